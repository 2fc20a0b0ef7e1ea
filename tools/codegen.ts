// graphql-codegen (npm run codegen): the web client's types and Apollo services, generated from the
// schema the API emits (apps/api/schema.graphql, `npm run schema`) and the operations kept next to
// the data-access library. The output is generated: never edit it, run the command again.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  overwrite: true,
  schema: 'apps/api/schema.graphql',
  documents: ['libs/web/data-access/src/**/*.graphql'],
  generates: {
    'libs/web/data-access/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-operations', 'typescript-apollo-angular'],
      config: {
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        inputMaybeValue: 'T | null | undefined',
        scalars: { DateTime: 'string', JSON: 'unknown', ID: 'string' },
        documentMode: 'documentNode',
        optimizeDocumentNode: true,
        dedupeFragments: true,
        addExplicitOverride: true,
        useTypeImports: true,
        nonOptionalTypename: false,
        skipTypename: false,
      },
    },
  },
};

export default config;
