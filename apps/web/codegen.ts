import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the schema the API serves (apps/web/schema.graphql, kept current by
// test/web-schema.e2e-spec.ts). `npm run web:codegen` writes src/gql/; `npm run check` fails when it is stale.
const config: CodegenConfig = {
  schema: 'apps/web/schema.graphql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**'],
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
