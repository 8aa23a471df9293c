import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['content/**/*.spec.ts'],
    environment: 'node',
  },
});
