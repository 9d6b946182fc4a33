// Builds one package (run from its directory): unbundled ESM (one file per source module, so
// bundlers can drop whole modules under `"sideEffects": false`), bundled ESM for Node under
// `dist/node/` (fewer files to load), one bundled CommonJS file per entry point, and declarations
// from `tsc --emitDeclarationOnly` (`.d.ts` beside the ESM files and `.d.cts` copies for
// `require`). Entry points are read from the package's `exports`: every export with a
// `@gebiedsgericht/source` condition. Source files must not use bare side-effect imports
// (`import './x'`); relative specifiers in `from` clauses get their file extension here.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { collectSchemas, exportedNames, shareTypes } from './shareDeclarations.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const pkgDir = process.cwd();
const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
const srcDir = path.join(pkgDir, 'src');
const outDir = path.join(pkgDir, 'dist');
const target = 'node20';

/** Source entry → dist path without extension, from the `exports` map. */
const entries = Object.values(pkg.exports)
  .filter((e) => typeof e === 'object' && e['@gebiedsgericht/source'])
  .map((e) => ({ src: path.join(pkgDir, e['@gebiedsgericht/source']), out: e.require.default.replace(/\.cjs$/, '') }));

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Rewrites relative specifiers (`./x`, `../y/index`) to full file names with `ext`. */
function withExtensions(code, fromFile, probeExt, ext) {
  return code.replace(/(\bfrom\s*|\bimport\s*\(\s*)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g, (all, lead, quote, spec) => {
    if (/\.(c|m)?js$/.test(spec)) return all;
    const base = path.resolve(path.dirname(fromFile), spec);
    let resolved;
    if (existsSync(base + probeExt)) resolved = spec + ext;
    else if (existsSync(path.join(base, 'index' + probeExt))) resolved = `${spec.replace(/\/$/, '')}/index${ext}`;
    else throw new Error(`${path.relative(pkgDir, fromFile)}: cannot resolve ${spec}`);
    return `${lead}${quote}${resolved}${quote}`;
  });
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const started = Date.now();

// 1. ESM, one output file per source file.
const sources = walk(srcDir).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
await build({
  entryPoints: sources,
  outdir: outDir,
  outbase: srcDir,
  bundle: false,
  format: 'esm',
  platform: 'neutral',
  target,
  logLevel: 'warning',
});
for (const file of walk(outDir).filter((f) => f.endsWith('.js'))) {
  writeFileSync(file, withExtensions(readFileSync(file, 'utf8'), file, '.js', '.js'));
}

/**
 * Node's variant of a module: a source `x.ts` with a sibling `x.node.ts` is bundled as that
 * sibling in the ESM build for Node, for a module that can use a Node built-in where every other
 * runtime needs a library (which Node then does not have to load). Both export the same names.
 */
const nodeVariants = {
  name: 'node-variants',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const base = path.resolve(args.resolveDir, args.path).replace(/\.(c|m)?[jt]s$/, '');
      const variant = `${base}.node.ts`;
      return existsSync(`${base}.ts`) && existsSync(variant) ? { path: variant } : undefined;
    });
  },
};

// 2. ESM for Node (the `node` condition): the same modules bundled per entry point with shared
// chunks, because Node pays for every file it loads while a consumer's bundler pays for none.
// Modules with a Node variant (`x.node.ts`) are bundled as that variant.
await build({
  entryPoints: entries.map((e) => ({ in: e.src, out: e.out.replace(/^\.\/dist\//, '') })),
  outdir: path.join(outDir, 'node'),
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  packages: 'external',
  format: 'esm',
  platform: 'node',
  target,
  logLevel: 'warning',
  plugins: [nodeVariants],
});

// 2b. Executables named in `bin` (`./dist/<name>.js` from `src/<name>.ts`): one ESM bundle each,
// with its shebang, replacing the unbundled file of step 1; lazily imported modules become chunks.
const bins = Object.values(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {})).map((out) => ({
  in: path.join(srcDir, out.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts')),
  out: out.replace(/^\.\/dist\//, '').replace(/\.js$/, ''),
}));
if (bins.length > 0) {
  await build({
    entryPoints: bins,
    outdir: outDir,
    bundle: true,
    splitting: true,
    chunkNames: 'bin-chunks/[name]-[hash]',
    packages: 'external',
    format: 'esm',
    platform: 'node',
    target,
    logLevel: 'warning',
  });
  for (const bin of bins) chmodSync(path.join(outDir, `${bin.out}.js`), 0o755);
}

// 3. CommonJS, one bundle per entry point; dependencies stay external. A module that reads
// `import.meta.url` only where `__filename` is missing (ESM) gets no warning about it here.
await build({
  entryPoints: entries.map((e) => ({ in: e.src, out: e.out.replace(/^\.\/dist\//, '') })),
  outdir: outDir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  packages: 'external',
  format: 'cjs',
  platform: 'node',
  target,
  logLevel: 'warning',
  logOverride: { 'empty-import-meta': 'silent' },
});
const jsDone = Date.now();

// 4. Declarations.
const tsc = spawnSync(
  process.execPath,
  [path.resolve(here, '../../node_modules/typescript/bin/tsc'), '-p', path.join(pkgDir, 'tsconfig.build.json')],
  { cwd: pkgDir, stdio: 'inherit', env: process.env },
);
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
// Declarations name the schemas they embed (`typeof XSchema`) instead of repeating their types;
// see shareDeclarations.mjs. Schemas of the `@gebiedsgericht/*` packages this one depends on are
// named through those packages' entry points.
const workspace = path.resolve(here, '../..');
const dependencySchemas = new Map();
function packageSchemas(name) {
  if (!dependencySchemas.has(name)) {
    const dist = path.join(realpathSync(path.join(workspace, 'node_modules', name)), 'dist');
    const files = walk(dist).filter((f) => f.endsWith('.d.ts'));
    dependencySchemas.set(
      name,
      collectSchemas(files, {
        names: exportedNames(path.join(dist, 'index.d.ts')),
        specifier: name,
        external: (spec, n) => (spec.startsWith('@gebiedsgericht/') ? packageSchemas(spec).byName.get(n) : undefined),
      }),
    );
  }
  return dependencySchemas.get(name);
}
const declarationFiles = walk(outDir).filter((f) => f.endsWith('.d.ts'));
const own = collectSchemas(declarationFiles, {
  external: (spec, n) => (spec.startsWith('@gebiedsgericht/') ? packageSchemas(spec).byName.get(n) : undefined),
});
const schemas = new Map(own.schemas);
for (const name of Object.keys(pkg.dependencies ?? {}).filter((n) => n.startsWith('@gebiedsgericht/'))) {
  for (const [key, schema] of packageSchemas(name).schemas) if (!schemas.has(key)) schemas.set(key, schema);
}
const shared = new Map(declarationFiles.map((file) => [file, shareTypes(file, readFileSync(file, 'utf8'), schemas)]));
for (const [file, code] of shared) {
  writeFileSync(file, withExtensions(code, file, '.d.ts', '.js'));
  writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), withExtensions(code, file, '.d.ts', '.cjs'));
}
console.log(`${pkg.name}: JavaScript ${jsDone - started} ms, declarations ${Date.now() - jsDone} ms`);
