'use strict';

/**
 * `continuum/guarded-resolvers`: every GraphQL operation and HTTP route declares who may call it.
 *
 * The global access guard refuses an operation that declares nothing; this rule turns that runtime
 * refusal into a lint error, so "public" is always written down and never the result of forgetting.
 * Decorators are matched by their imported name, so `import { Query as GqlQuery }` is still seen.
 */

const RESOLVER_OPERATIONS = new Set(['Query', 'Mutation', 'Subscription', 'ResolveField']);
const CONTROLLER_ROUTES = new Set(['Get', 'Post', 'Put', 'Patch', 'Delete', 'All', 'Head', 'Options']);
const DEFAULT_ACCESS = ['Public', 'Authenticated', 'Can'];

/** @type {import('eslint').Rule.RuleModule} */
module.exports = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Require @Public(), @Authenticated() or @Can(...) on every resolver operation and controller route',
    },
    schema: [
      {
        type: 'object',
        properties: {
          // Project decorators that wrap one of the three (e.g. an `@AdminOnly()` built on `@Can`).
          accessDecorators: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      unguarded:
        'Resolver method "{{name}}" declares no access: add @Public(), @Authenticated() or @Can(...)',
    },
  },

  create(context) {
    const options = context.options[0] || {};
    const access = new Set([...DEFAULT_ACCESS, ...(options.accessDecorators || [])]);
    /** local binding -> exported name, for `import { Query as GqlQuery } from '@nestjs/graphql'` */
    const importedAs = new Map();
    const classes = [];

    /** The name a decorator was exported under: `@Query()`, `@Query`, `@graphql.Query()`. */
    function decoratorName(decorator) {
      let expression = decorator.expression;
      if (expression.type === 'CallExpression') expression = expression.callee;
      if (expression.type === 'Identifier') return importedAs.get(expression.name) || expression.name;
      if (expression.type === 'MemberExpression' && !expression.computed) return expression.property.name;
      return undefined;
    }

    function names(node) {
      return (node.decorators || []).map(decoratorName).filter(Boolean);
    }

    function methodName(method) {
      const key = method.key;
      if (!method.computed && key.type === 'Identifier') return key.name;
      if (key.type === 'Literal') return String(key.value);
      if (key.type === 'PrivateIdentifier') return `#${key.name}`;
      return context.sourceCode.getText(key);
    }

    function checkClass(node) {
      const classDecorators = names(node);
      const operations = new Set();
      if (classDecorators.includes('Resolver')) RESOLVER_OPERATIONS.forEach((name) => operations.add(name));
      if (classDecorators.includes('Controller')) CONTROLLER_ROUTES.forEach((name) => operations.add(name));
      if (operations.size === 0) return;
      if (classDecorators.some((name) => access.has(name))) return;

      for (const member of node.body.body) {
        if (member.type !== 'MethodDefinition' && member.type !== 'TSAbstractMethodDefinition') continue;
        const memberDecorators = names(member);
        if (!memberDecorators.some((name) => operations.has(name))) continue;
        if (memberDecorators.some((name) => access.has(name))) continue;
        context.report({ node: member.key, messageId: 'unguarded', data: { name: methodName(member) } });
      }
    }

    return {
      ImportSpecifier(node) {
        const imported = node.imported.type === 'Identifier' ? node.imported.name : node.imported.value;
        if (imported !== node.local.name) importedAs.set(node.local.name, imported);
      },
      ClassDeclaration: (node) => classes.push(node),
      ClassExpression: (node) => classes.push(node),
      // Imports are hoisted and may follow a class in the text: decide once the whole file is read.
      'Program:exit': () => classes.forEach(checkClass),
    };
  },
};
