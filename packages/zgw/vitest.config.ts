import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@gebiedsgericht/source'] },
  ssr: { resolve: { conditions: ['@gebiedsgericht/source'] } },
  test: {
    setupFiles: ['../../scripts/fastCheckSetup.ts'],
    include: ['test/**/*.test.ts'],
    // The sync tests make a few hundred HTTP requests to a local server; on a busy 2-core machine
    // that can exceed vitest's default 5 s per test.
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
