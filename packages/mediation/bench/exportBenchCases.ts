// Writes the benchmark instances and the search results as JSON for bruteForceReference.py:
//   npx tsx --conditions=@gebiedsgericht/source bench/exportBenchCases.ts /tmp/bench-cases.json
import { writeFileSync } from 'node:fs';
import { searchParetoPackages } from '../src/internal/paretoPackages';
import { benchCases } from './benchCases';

const out = benchCases.map((c) => {
  const r = searchParetoPackages({ scores: c.scores, disagreement: c.disagreement });
  return {
    name: c.name,
    scores: c.scores,
    disagreement: c.disagreement,
    packages: r.packages.map((p) => ({ scores: p.scores, count: p.count, choice: p.choice })),
    nashProduct: r.nashIndex >= 0 ? r.packages[r.nashIndex]?.nashProduct : null,
  };
});
writeFileSync(process.argv[2] ?? 'bench-cases.json', JSON.stringify(out));
console.log(out.map((c) => `${c.name}: ${c.packages.length} Pareto vectors`).join('\n'));
