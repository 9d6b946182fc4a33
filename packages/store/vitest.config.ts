import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@gebiedsgericht/source'] },
  ssr: { resolve: { conditions: ['@gebiedsgericht/source'] } },
  test: {
    setupFiles: ['../../scripts/fastCheckSetup.ts'],
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    benchmark: { include: ['bench/**/*.bench.ts'] },
  },
});
