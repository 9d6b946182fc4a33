// Browser bundle budgets: bundles small entry files the way a consumer would (esbuild, minified,
// for the browser), gzips the result and compares it with a budget in kB (1 kB = 1000 bytes).
// Usage: node scripts/budgets/bundles.mjs [--check] [--root <dir with node_modules>] [--json]
// Without --root the packages resolve from this repository's workspaces (their built dist files).

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const asJson = args.includes('--json');
const rootIndex = args.indexOf('--root');
const root = rootIndex >= 0 ? path.resolve(args[rootIndex + 1]) : path.resolve(here, '../..');

/**
 * Each entry is what a consumer writes; `budget` is the limit in kB min+gzip that the check
 * enforces, `target` (where given) the figure to reach, see docs/performance.md.
 */
export const entries = [
  {
    name: 'dashboard: fetch a snapshot, progressSummary + dueItems',
    budget: 70,
    code: `import { dueItems, progressSummary } from '@gebiedsgericht/process';
const snapshot = await (await fetch('/snapshot.json')).json();
const now = new Date().toISOString();
console.log(progressSummary(snapshot, now), dueItems(snapshot, now));`,
  },
  {
    name: 'core: StartnotitieSchema alone',
    budget: 40,
    code: `import { StartnotitieSchema } from '@gebiedsgericht/core';
console.log(StartnotitieSchema.safeParse(globalThis.input).success);`,
  },
  {
    name: 'core: isGebiedsgerichtError alone',
    budget: 8,
    code: `import { isGebiedsgerichtError } from '@gebiedsgericht/core';
console.log(isGebiedsgerichtError(globalThis.input));`,
  },
  { name: 'core (whole entry)', budget: 110, code: `export * from '@gebiedsgericht/core';` },
  { name: 'core/fixtures (whole entry)', budget: 40, code: `export * from '@gebiedsgericht/core/fixtures';` },
  { name: 'risk (whole entry)', budget: 53, code: `export * from '@gebiedsgericht/risk';` },
  { name: 'assessment (whole entry)', budget: 60, code: `export * from '@gebiedsgericht/assessment';` },
  { name: 'mediation (whole entry)', budget: 52, code: `export * from '@gebiedsgericht/mediation';` },
  { name: 'process (whole entry)', budget: 180, code: `export * from '@gebiedsgericht/process';` },
  { name: 'process/xstate (whole entry)', budget: 136, code: `export * from '@gebiedsgericht/process/xstate';` },
  {
    name: 'examples/dashboard page (Plot charts, all views)',
    budget: 150,
    code: `import './examples/dashboard/src/client/main.ts';`,
  },
];

async function measure(entry) {
  const result = await build({
    stdin: { contents: entry.code, resolveDir: root, loader: 'js', sourcefile: 'entry.js' },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const bytes = result.outputFiles[0].contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

const kB = (n) => (n / 1000).toFixed(1);
const rows = [];
let failed = 0;
for (const entry of entries) {
  const { min, gzip } = await measure(entry);
  const over = gzip > entry.budget * 1000;
  if (over) failed++;
  rows.push({ name: entry.name, min, gzip, budget: entry.budget, target: entry.target, over });
}
if (asJson) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  for (const r of rows) {
    const mark = r.over ? 'OVER BUDGET' : 'ok';
    console.log(
      `${r.name.padEnd(58)} ${kB(r.min).padStart(7)} kB min ${kB(r.gzip).padStart(6)} kB gzip  budget ${String(r.budget).padStart(3)} kB${r.target ? ` (target ${r.target})` : ''}  ${mark}`,
    );
  }
}
if (check && failed > 0) {
  console.error(`${failed} bundle budget(s) exceeded`);
  process.exit(1);
}
