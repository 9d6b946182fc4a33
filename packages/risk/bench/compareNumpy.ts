/**
 * Runs the benchmark computation in this package and in the vectorised numpy reference
 * (`monteCarlo_numpy.py`) one after the other on the same machine, and prints both timings and
 * the peak resident memory of each process. Usage, in packages/risk:
 *   npx tsx --conditions=@gebiedsgericht/source bench/compareNumpy.ts
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { simulateEstimate } from '../src/index';
import { benchEstimate } from './benchEstimate';

const estimate = benchEstimate();
const rssBefore = process.resourceUsage().maxRSS / 1024;
const times: number[] = [];
const cpu: number[] = [];
let last = simulateEstimate(estimate, { iterations: 100_000, seed: 0 });
for (let run = 1; run <= 7; run++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  last = simulateEstimate(estimate, { iterations: 100_000, seed: run });
  const c1 = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpu.push((c1.user + c1.system) / 1000);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const peak = process.resourceUsage().maxRSS / 1024;
console.log(
  `@gebiedsgericht/risk (node ${process.version}): best ${times[0]?.toFixed(1)} ms, median ${times[3]?.toFixed(1)} ms over 7 runs`,
);
console.log(`CPU time: best ${cpu[0]?.toFixed(1)} ms, median ${cpu[3]?.toFixed(1)} ms`);
console.log(`peak RSS ${peak.toFixed(0)} MB (${rssBefore.toFixed(0)} MB before the first simulation)`);
console.log(`mean ${last.mean} P50 ${last.p50} P85 ${last.p85} (cents)`);
const script = join(dirname(fileURLToPath(import.meta.url)), 'monteCarlo_numpy.py');
console.log(execFileSync('python3', [script], { encoding: 'utf8' }).trim());
