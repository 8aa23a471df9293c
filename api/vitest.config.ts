import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

// SWC compiles the decorators and their metadata that NestJS and code-first GraphQL read.
const plugins = [
  swc.vite({
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
  }),
];

export default defineConfig({
  test: {
    projects: [
      { plugins, test: { name: 'unit', include: ['src/**/*.spec.ts'], exclude: ['src/**/*.int.spec.ts'] } },
      {
        plugins,
        test: {
          name: 'integration',
          include: ['src/**/*.int.spec.ts', 'test/**/*.int.spec.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two cores: files run side by side in two workers, each on its own database.
          maxWorkers: 2,
        },
      },
    ],
  },
});
