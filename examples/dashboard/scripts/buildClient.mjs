// Builds the dashboard page into dist/: app.js (the TypeScript in src/client, bundled and
// minified with esbuild for the browser), app.css (the voorbeeld theme's design tokens, the NL
// Design System component CSS and the page's own layout) and index.html.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);
mkdirSync(dist, { recursive: true });

await build({
  entryPoints: [join(root, 'src/client/main.ts')],
  outfile: join(dist, 'app.js'),
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
});

const css = [
  require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
  require.resolve('@utrecht/component-library-css/dist/index.css'),
  join(root, 'src/client/style.css'),
];
await build({
  stdin: {
    contents: css.map((file) => `@import ${JSON.stringify(file)};`).join('\n'),
    resolveDir: root,
    loader: 'css',
  },
  outfile: join(dist, 'app.css'),
  bundle: true,
  minify: true,
  logLevel: 'warning',
});
copyFileSync(join(root, 'src/client/index.html'), join(dist, 'index.html'));
console.log('dashboard: dist/app.js, dist/app.css, dist/index.html');
