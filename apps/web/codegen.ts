import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed schema: every `graphql(...)` document in src/ gets
// its result and variable types in src/gql (generated, not committed). Paths are from the
// repository's root, where `npm run codegen` runs.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { UUID: 'string', LocalDate: 'string', DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};
export default config;
