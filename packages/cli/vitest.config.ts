import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@gebiedsgericht/source'] },
  ssr: { resolve: { conditions: ['@gebiedsgericht/source'] } },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
