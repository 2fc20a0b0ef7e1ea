'use strict';

/**
 * `continuum/typographic-apostrophe`: French written for people elides with the typographic
 * apostrophe (« d’Orléans », « l’Argonne », « n’a »), never the typewriter one (« d'Orléans »).
 *
 * Checks the text of string literals and template literals — Angular's inline templates, the
 * domain's labels, server messages, the demo seed — and only French elisions (a lone c, d, j, l, m,
 * n, s, t, or qu, jusqu, lorsqu, puisqu… before an apostrophe and a letter): code such as SQL
 * (`status = 'PENDING'`) or CSS selectors never matches. Comments are not read. The fix swaps the
 * apostrophe (and drops its escape in a single-quoted string).
 */

// In source text a single-quoted string escapes its apostrophe (`\\'`), and SQL doubles it (`''`).
const ELISION =
  /(?<![\p{L}\p{N}_\\])((?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu))(?:''|\\?')(?=\p{L})/giu;

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'suggestion',
    fixable: 'code',
    docs: { description: 'Require the typographic apostrophe (’) in French elisions of user-facing text' },
    schema: [],
    messages: {
      straight: 'Apostrophe typographique en français : « {{ found }} » s’écrit « {{ wanted }} ».',
    },
  },
  create(context) {
    const source = context.sourceCode ?? context.getSourceCode();

    function check(node, text) {
      const matches = [...text.matchAll(ELISION)];
      if (matches.length === 0) return;
      const raw = source.getText(node);
      const found = matches[0][0];
      context.report({
        node,
        messageId: 'straight',
        data: { found, wanted: `${matches[0][1]}’` },
        fix: (fixer) => fixer.replaceText(node, raw.replace(ELISION, '$1’')),
      });
    }

    return {
      Literal(node) {
        if (typeof node.value === 'string') check(node, source.getText(node));
      },
      TemplateElement(node) {
        check(node, node.value.raw);
      },
    };
  },
};
