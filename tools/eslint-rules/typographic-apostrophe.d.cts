// Types for typographic-apostrophe.cjs (`module.exports = { meta, create }`), for the spec's import.
import type { Rule } from 'eslint';

export declare const meta: Rule.RuleMetaData;
export declare const create: Rule.RuleModule['create'];
