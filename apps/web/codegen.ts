import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the schema the API serves (apps/web/schema.graphql, kept current by
// test/web-schema.e2e-spec.ts). `npm run web:codegen` writes src/gql/; `npm run check` fails when it is stale.
// Documents live only in `<feature>.queries.ts` beside their pages: a `graphql()` call anywhere else is not typed.
const config: CodegenConfig = {
  schema: 'apps/web/schema.graphql',
  documents: ['apps/web/src/**/*.queries.ts'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
