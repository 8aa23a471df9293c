import type { CodegenConfig } from '@graphql-codegen/cli';

// Reads the committed contract, never a running server, so the web builds without the api.
const config: CodegenConfig = {
  schema: '../schemas/graphql/schema.graphql',
  documents: ['src/**/*.ts', '!src/lib/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    './src/lib/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false },
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
