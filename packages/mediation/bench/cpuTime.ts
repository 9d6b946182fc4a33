// CPU time (user + system) of the package-deal search per call, median and minimum of 15 calls
// after 3 warm-up calls. CPU time rather than wall time, because benchmark machines are often
// shared. Run: npx tsx --conditions=@gebiedsgericht/source bench/cpuTime.ts
import { findPackageDeals } from '../src/index';
import { searchParetoPackages } from '../src/internal/paretoPackages';
import { benchCases } from './benchCases';

function cpuMs(fn: () => void): { min: number; median: number } {
  for (let k = 0; k < 3; k++) fn();
  const xs: number[] = [];
  for (let k = 0; k < 15; k++) {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    xs.push((used.user + used.system) / 1000);
  }
  xs.sort((a, b) => a - b);
  return { min: xs[0] as number, median: xs[7] as number };
}

console.log('| instance | Pareto vectors | search: median (min) ms CPU | findPackageDeals: median (min) ms CPU |');
console.log('|---|---|---|---|');
for (const c of benchCases) {
  const size = searchParetoPackages({ scores: c.scores, disagreement: c.disagreement }).packages.length;
  const s = cpuMs(() => searchParetoPackages({ scores: c.scores, disagreement: c.disagreement }));
  const f = cpuMs(() => findPackageDeals(c.input));
  console.log(
    `| ${c.name} | ${size} | ${s.median.toFixed(1)} (${s.min.toFixed(1)}) | ${f.median.toFixed(1)} (${f.min.toFixed(1)}) |`,
  );
}
