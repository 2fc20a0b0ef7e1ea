// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import { createProjectGraphAsync } from 'nx/src/devkit-exports.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import tseslint from 'typescript-eslint';
import continuum from './tools/eslint-rules/index.cjs';

// Only the rule is taken from @nx/eslint-plugin: its entry point also tries to load
// tools/eslint-rules as `@nx/workspace-*` rules through a TypeScript loader (ts-node or swc, neither
// installed) and prints a stack trace on every run when it cannot. Our rules are plain CommonJS.
const require = createRequire(import.meta.url);
const nxPluginRoot = dirname(require.resolve('@nx/eslint-plugin/package.json'));
const nx = {
  meta: { name: '@nx' },
  rules: {
    'enforce-module-boundaries': require(join(nxPluginRoot, 'dist/src/rules/enforce-module-boundaries.js'))
      .default,
  },
};

// @nx/enforce-module-boundaries only reads the *cached* project graph, and when there is none it
// prints a warning to stdout and checks nothing (the run still passes). Refresh the cache first so
// tags and imports are current and a missing graph fails the lint instead of silencing the rule.
await createProjectGraphAsync({ exitOnError: false });

/** Frameworks and infrastructure the domain must never see: it is plain TypeScript and policy. */
const FRAMEWORKS = [
  '@nestjs/*',
  '@angular/*',
  'typeorm',
  'express',
  'ioredis',
  'bullmq',
  'pg',
  'rxjs',
  'rxjs/*',
  'apollo-angular',
  '@apollo/*',
];
/** Server-only packages: a web project importing one would drag the server into the bundle. */
const SERVER_ONLY = [
  '@nestjs/*',
  'typeorm',
  'express',
  'ioredis',
  'bullmq',
  'pg',
  '@apollo/server',
  'argon2',
  'nestjs-pino',
  'pino',
  'pino-http',
  'prom-client',
];
/** Browser-only packages, for the reverse direction. */
const WEB_ONLY = ['@angular/*', 'apollo-angular', '@apollo/client', 'leaflet', '@gouvfr/dsfr'];

const nodeGlobals = Object.fromEntries(
  [
    'AbortController',
    'AbortSignal',
    'Buffer',
    'URL',
    'URLSearchParams',
    'TextDecoder',
    'TextEncoder',
    'clearImmediate',
    'clearInterval',
    'clearTimeout',
    'console',
    'fetch',
    'FormData',
    'performance',
    'process',
    'queueMicrotask',
    'setImmediate',
    'setInterval',
    'setTimeout',
    'structuredClone',
  ].map((name) => [name, 'readonly']),
);
const commonJsGlobals = {
  require: 'readonly',
  module: 'writable',
  exports: 'writable',
  __dirname: 'readonly',
  __filename: 'readonly',
};

/**
 * Tags are in each project.json. Every constraint whose source tag matches must hold, so a project
 * is limited by its scope AND its type. Nothing here is `*` -> `*` except tooling, apps and e2e,
 * which the scope constraints still fence in.
 */
const depConstraints = [
  // Scopes: which side of the wire a project lives on.
  {
    sourceTag: 'scope:web',
    onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
    bannedExternalImports: SERVER_ONLY,
  },
  {
    sourceTag: 'scope:server',
    onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'],
    bannedExternalImports: WEB_ONLY,
  },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['*'] },

  // Types: layering inside a scope. Every matching constraint must hold (scope AND type).
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['*'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['*'] },
  { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['*'] },
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain'],
    bannedExternalImports: FRAMEWORKS,
  },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:domain'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:domain'] },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:domain', 'type:data-access'] },
  // A web feature is a leaf: it never imports another feature (routes compose them in the app).
  {
    allSourceTags: ['scope:web', 'type:feature'],
    onlyDependOnLibsWithTags: ['type:data-access', 'type:ui', 'type:domain'],
  },
  // A server feature may use another feature's public API (its index; deep and relative
  // imports across projects are refused by the rule itself), the platform and the domain.
  {
    allSourceTags: ['scope:server', 'type:feature'],
    onlyDependOnLibsWithTags: ['type:feature', 'type:platform', 'type:domain'],
  },
];

/** `allow`: import strings (Nx wildcard or regex) exempt from the rule. */
const moduleBoundaries = (allow = []) => [
  'error',
  {
    enforceBuildableLibDependency: false,
    allowCircularSelfDependency: false,
    banTransitiveDependencies: false,
    checkDynamicDependenciesExceptions: [],
    allow,
    depConstraints,
  },
];

export default defineConfig(
  {
    ignores: [
      '**/dist/',
      '**/node_modules/',
      '**/tmp/',
      '**/.nx/',
      '**/.angular/',
      '**/coverage/',
      '**/migrations/',
      'libs/web/data-access/src/generated/',
      'var/',
      '**/test-results/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@nx': nx, continuum },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // The API logs through pino and the web app has nothing to print; scripts in tools/ may.
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // Data files are required lazily on purpose (e.g. @etalab/decoupage-administratif/data/*.json,
      // several MB that `import` would load at start-up and make the compiler type).
      '@typescript-eslint/no-require-imports': ['error', { allow: ['\\.json$'] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts', '**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries() },
  },
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    rules: { 'continuum/guarded-resolvers': 'error' },
  },
  {
    // What people read is written with « ’ » (d’Orléans): labels, messages, templates, demo data.
    files: ['libs/**/*.ts', 'apps/web/**/*.ts', 'tools/seed/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/*.int-spec.ts', '**/testing/**'],
    rules: { 'continuum/typographic-apostrophe': 'error' },
  },
  {
    // Leaflet puts a string given as tooltip or popup content into the page as HTML: text built
    // from data (a case title, a zone name) goes in as a node (plainText of @continuum/web/map).
    files: ['libs/web/**/*.ts', 'apps/web/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(bindTooltip|bindPopup|setContent|setTooltipContent|setPopupContent)$/][arguments.0.type=/^(TemplateLiteral|BinaryExpression|Identifier|MemberExpression)$/]',
          message:
            'Leaflet insère une chaîne comme du HTML : passez un nœud (plainText) ou une fonction qui en renvoie un.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    // package.json has no "type": "module", so Node runs .js as CommonJS (jest configs, scripts).
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...nodeGlobals, ...commonJsGlobals } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The end-to-end tests catch the API's mails with a real SMTP server: only that testing entry
    // point of the server is theirs to import (a web project may not otherwise reach the server).
    files: ['apps/web-e2e/**'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries(['@continuum/server/mail/testing']) },
  },
  {
    files: ['tools/**'],
    rules: {
      'no-console': 'off',
      // Scripts read workspace-level files such as ../../tsconfig.base.json, which belong to no project.
      '@nx/enforce-module-boundaries': moduleBoundaries(['^(\\.\\./)+[^/]+\\.json$']),
    },
  },
  prettier,
);
