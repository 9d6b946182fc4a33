import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@gebiedsgericht/source'] },
  ssr: { resolve: { conditions: ['@gebiedsgericht/source'] } },
  test: {
    setupFiles: ['../../scripts/fastCheckSetup.ts'],
    include: ['test/**/*.test.ts'],
    // The property tests replay hundreds of random event sequences; on a shared two-core CI runner
    // they can take longer than vitest's default 5 s. Speed is measured by the benchmarks instead.
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
