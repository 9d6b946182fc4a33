import { defineConfig } from 'tsup';

// The two builds run side by side into one folder, so neither cleans it: `npm run build` empties
// dist first.
export default defineConfig([
  {
    entry: ['src/index.ts'],
    format: ['esm', 'cjs'],
    dts: { compilerOptions: { ignoreDeprecations: '6.0', customConditions: [] } },
    sourcemap: true,
    clean: false,
    target: 'node20',
    treeshake: true,
  },
  {
    // The executable: one ESM file with its shebang kept; tsup marks files with a shebang executable.
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    sourcemap: true,
    clean: false,
    target: 'node20',
    treeshake: true,
  },
]);
