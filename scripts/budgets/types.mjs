// Consumer type-check budget: type-checks a small consumer of process and core against the built
// declarations (`skipLibCheck: false`, as a strict consumer would) and compares the instantiation
// count from `tsc --extendedDiagnostics` with a budget. Counts do not depend on machine load;
// check time and memory are printed for docs/performance.md. The consumer must not load XState's
// declarations: they belong to `@gebiedsgericht/process/xstate`, which it does not import.
// It then type-checks every entry point of every package the same way, without a budget.
// Usage: node scripts/budgets/types.mjs [--check]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Budget in instantiations; the figures and the target are in docs/performance.md. */
const budget = 348_000;

const here = path.dirname(fileURLToPath(import.meta.url));
const tsc = path.resolve(here, '../../node_modules/typescript/bin/tsc');
const run = spawnSync(
  process.execPath,
  [tsc, '-p', path.join(here, 'consumer/tsconfig.json'), '--extendedDiagnostics', '--listFiles'],
  { encoding: 'utf8' },
);
const out = `${run.stdout}${run.stderr}`;
const figure = (label) => out.match(new RegExp(`^${label}:\\s+(\\S+)`, 'm'))?.[1];
if (run.status !== 0) {
  console.error(out);
  console.error('The consumer does not type-check against the built declarations.');
  process.exit(1);
}
const instantiations = Number(figure('Instantiations'));
console.log(
  `consumer type-check: ${instantiations.toLocaleString('en')} instantiations (budget ${budget.toLocaleString('en')}), ` +
    `check time ${figure('Check time')}, memory ${figure('Memory used')}`,
);
if (process.argv.includes('--check') && !(instantiations <= budget)) {
  console.error('consumer type-check budget exceeded');
  process.exit(1);
}
const xstateFiles = out.split('\n').filter((line) => /[\\/]node_modules[\\/]xstate[\\/]/.test(line));
if (xstateFiles.length > 0) {
  console.error(
    `the consumer loads ${xstateFiles.length} of XState's declaration files (first: ${xstateFiles[0]}); ` +
      'no declaration the main entries reach may import xstate (see docs/architecture.md)',
  );
  process.exit(1);
}

// Every entry point of every package, with no budget: each declaration file must type-check.
const all = spawnSync(process.execPath, [tsc, '-p', path.join(here, 'consumer/tsconfig.all.json')], {
  encoding: 'utf8',
});
if (all.status !== 0) {
  console.error(`${all.stdout}${all.stderr}`);
  console.error('The declarations of the packages do not type-check for a consumer (skipLibCheck: false).');
  process.exit(1);
}
console.log('declarations of every entry point type-check with skipLibCheck: false');
