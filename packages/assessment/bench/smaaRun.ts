// Median wall time of 20 runs (after 3 warm-up runs) and memory of the SMAA benchmark, printed in the
// same form as smaa_numpy.py. Each case runs in a process of its own, so that one case's
// optimisations in the engine do not colour the next one's figures.
// Run from packages/assessment: node --conditions=@gebiedsgericht/source --import tsx bench/smaaRun.ts
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { smaaSample } from '../src/index';
import { setSmaaKernelEnabled, smaaKernelMemoryBytes } from '../src/internal/smaaKernel';
import { benchProblem, M, N, SAMPLES } from './smaaProblem';

const cases = {
  exact: ['weights unknown, exact scores (WebAssembly kernel)', false, true],
  interval: ['weights unknown, interval scores (with confidence factors)', true, true],
  'exact-js': ['weights unknown, exact scores (JavaScript loop, where WebAssembly is unavailable)', false, false],
} as const;

function run(key: keyof typeof cases): void {
  const [name, uncertain, kernel] = cases[key];
  setSmaaKernelEnabled(kernel);
  const problem = benchProblem(uncertain);
  for (let i = 0; i < 3; i++) smaaSample(problem, { kind: 'unknown' }, SAMPLES, i);
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    smaaSample(problem, { kind: 'unknown' }, SAMPLES, 100 + i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  // memory: the typed arrays the computation allocates, from their sizes (the samples are streamed,
  // so this does not grow with the number of samples), plus the kernel's memory (whole 64 KiB pages
  // holding the utilities, a block of 256 weight vectors and the counts)
  const r = smaaSample(problem, { kind: 'unknown' }, SAMPLES, 7);
  const doubles = M * M + 6 * M * N + 4 * M + 2 * N + M * (M + M * N + M);
  const typed = r.acceptability.byteLength + r.central.byteLength + r.firstRank.byteLength + r.confidence.byteLength;
  const kernelBytes = smaaKernelMemoryBytes();
  console.log(`node ${process.version}: SMAA-2 ${name}, ${SAMPLES} samples, ${M} variants, ${N} criteria`);
  console.log(
    `median ${(times[10] as number).toFixed(1)} ms, min ${(times[0] as number).toFixed(1)} ms, working arrays at most ${((doubles * 8 + kernelBytes) / 1e3).toFixed(0)} kB (independent of the number of samples), result ${(typed / 1e3).toFixed(1)} kB`,
  );
}

const asked = process.argv[2];
if (asked && asked in cases) run(asked as keyof typeof cases);
else
  for (const key of Object.keys(cases))
    process.stdout.write(
      execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), key], { encoding: 'utf8' }),
    );
