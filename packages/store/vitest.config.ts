import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@gebiedsgericht/source'] },
  ssr: { resolve: { conditions: ['@gebiedsgericht/source'] } },
  test: {
    setupFiles: ['../../scripts/fastCheckSetup.ts'],
    include: ['test/**/*.test.ts'],
    // Real databases with durable commits on a shared machine: generous limits, no timing asserts.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
