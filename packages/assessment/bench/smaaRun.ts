// Median wall time of 20 runs (after 3 warm-up runs) and memory of the SMAA benchmark, printed in the
// same form as smaa_numpy.py. Run from packages/assessment: node --conditions=@gebiedsgericht/source --import tsx bench/smaaRun.ts
import { smaaSample } from '../src/index';
import { benchProblem, M, N, SAMPLES } from './smaaProblem';

for (const [name, uncertain] of [
  ['weights unknown, exact scores', false],
  ['weights unknown, interval scores (with confidence factors)', true],
] as const) {
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
  // so this does not grow with the number of samples)
  const r = smaaSample(problem, { kind: 'unknown' }, SAMPLES, 7);
  const doubles = M * M + 6 * M * N + 4 * M + 2 * N + M * (M + M * N + M);
  const typed = r.acceptability.byteLength + r.central.byteLength + r.firstRank.byteLength + r.confidence.byteLength;
  console.log(`node ${process.version}: SMAA-2 ${name}, ${SAMPLES} samples, ${M} variants, ${N} criteria`);
  console.log(
    `median ${(times[10] as number).toFixed(1)} ms, min ${(times[0] as number).toFixed(1)} ms, working arrays at most ${((doubles * 8) / 1e3).toFixed(0)} kB (independent of the number of samples), result ${(typed / 1e3).toFixed(1)} kB`,
  );
}
