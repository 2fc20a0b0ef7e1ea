// Types for index.cjs (`module.exports = { meta, rules }`), for the spec's import.
import type { ESLint } from 'eslint';

export declare const meta: ESLint.Plugin['meta'];
export declare const rules: NonNullable<ESLint.Plugin['rules']>;
