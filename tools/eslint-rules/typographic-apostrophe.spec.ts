import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
// A namespace import reads a CommonJS module the same with or without esModuleInterop.
import * as rule from './typographic-apostrophe.cjs';

const ruleTester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: 'module' },
});

ruleTester.run('continuum/typographic-apostrophe', rule, {
  valid: [
    { name: 'the typographic apostrophe', code: `const name = 'Mairie d’Orléans';` },
    {
      name: 'SQL keeps its quotes',
      code: `const sql = "select 1 where status = 'PENDING' and kind in ('A','B')";`,
    },
    {
      name: 'English in code and comments is not French',
      code: `// the zone's box\nconst m = "can't connect";`,
    },
    { name: 'a CSS selector', code: `const s = "[data-action='logout']";` },
    { name: 'an Angular expression', code: 'const t = `<p [class]="\'cnt-tlp--\' + level"></p>`;' },
  ],
  invalid: [
    {
      name: 'a demo organisation name',
      code: `const name = "Mairie d'Orléans";`,
      output: `const name = "Mairie d’Orléans";`,
      errors: [{ messageId: 'straight' }],
    },
    {
      name: 'an escaped apostrophe in a single-quoted message',
      code: `const m = 'Vous n\\'avez pas le droit';`,
      output: `const m = 'Vous n’avez pas le droit';`,
      errors: [{ messageId: 'straight' }],
    },
    {
      name: 'the text of an Angular template, and several elisions at once',
      code: "const t = `<p>L'ordre du jour jusqu'à ${when}, qu'il</p>`;",
      output: 'const t = `<p>L’ordre du jour jusqu’à ${when}, qu’il</p>`;',
      errors: [{ messageId: 'straight' }, { messageId: 'straight' }],
    },
    {
      name: 'French text inside SQL, where the apostrophe is doubled',
      code: "const sql = `values ('Décision du CLSPD d''Orléans.')`;",
      output: "const sql = `values ('Décision du CLSPD d’Orléans.')`;",
      errors: [{ messageId: 'straight' }],
    },
    {
      name: 'a domain label',
      code: `export const L = { a: { label: "Occupation de halls d'immeubles" } };`,
      output: `export const L = { a: { label: "Occupation de halls d’immeubles" } };`,
      errors: [{ messageId: 'straight' }],
    },
  ],
});
