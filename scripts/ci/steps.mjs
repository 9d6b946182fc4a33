// Runs the root scripts named on the command line in order (`npm run <name>` each), stops at the
// first failure, and closes with the time each one took, so slow parts of `npm test` stay visible.
// Usage: node scripts/ci/steps.mjs build typecheck lint ...
import { spawnSync } from 'node:child_process';

const steps = process.argv.slice(2);
const times = [];
let failedStep;
for (const step of steps) {
  const started = Date.now();
  const run = spawnSync('npm', ['run', step], { stdio: 'inherit', shell: false });
  times.push([step, (Date.now() - started) / 1000]);
  if (run.status !== 0) {
    failedStep = step;
    break;
  }
}
const total = times.reduce((sum, [, s]) => sum + s, 0);
console.log('\nTime per step:');
for (const [step, seconds] of times) console.log(`  ${step.padEnd(16)} ${seconds.toFixed(1).padStart(7)} s`);
console.log(`  ${'total'.padEnd(16)} ${total.toFixed(1).padStart(7)} s`);
if (failedStep) {
  console.error(`step failed: ${failedStep}`);
  process.exit(1);
}
