/**
 * Example: a GOKIT-R report for the fictional Lindewaard programme (Provincie Zuidmark). Prints a
 * short report in Dutch and writes an SVG heat map, histogram and S-curve to `out/`.
 *
 * Run: npx turbo run build --filter=@gebiedsgericht/risk... && npm start -w @gebiedsgericht/example-risk-report
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  ControlAspect,
  ControlStatus,
  ExceptionRoute,
  FactorVerdict,
  FailureFactor,
  formatEuro,
} from '@gebiedsgericht/core';
import {
  assessControlSheet,
  checkFailureFactors,
  gokitOverview,
  heatMapSvg,
  histogramSvg,
  riskTrend,
  sCurveSvg,
  simulateEstimate,
  topRisks,
  tornadoSvg,
  updateRisk,
} from '@gebiedsgericht/risk';
import { lindewaardRegister, nWegEstimate, nWegSetup, projectSheet, stap3Sheet } from './data';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'out');
mkdirSync(out, { recursive: true });
const euro = (cents: number) => formatEuro(cents, 'nl');

console.log('GOKIT-R-rapportage programma Lindewaard (Provincie Zuidmark, fictief)');
console.log('='.repeat(70));

// R: the risk register.
console.log('\nToprisico’s (kans × hoogste impact):');
for (const s of topRisks(lindewaardRegister, { count: 5 })) {
  const risk = lindewaardRegister.risks.find((r) => r.id === s.riskId);
  console.log(
    `  ${String(s.score).padStart(2)}  ${s.band.label.nl.padEnd(6)} ${risk?.title} (${ControlAspect.label(s.aspect, 'nl')}, eigenaar ${risk?.ownerId})`,
  );
}
writeFileSync(join(out, 'risicokaart.svg'), heatMapSvg(lindewaardRegister, { locale: 'nl' }));

// GOKIT per step: step 3 of the area process.
const report = assessControlSheet(stap3Sheet, { register: lindewaardRegister });
console.log('\nStap 3 Ontwerpen ontwikkelvarianten, meetpunt', report.status.measuredOn);
for (const aspect of report.aspects) {
  console.log(`  ${ControlAspect.label(aspect.aspect, 'nl').padEnd(12)} ${ControlStatus.label(aspect.status, 'nl')}`);
}
if (report.status.risks) console.log(`  ${"Risico's".padEnd(12)} ${ControlStatus.label(report.status.risks, 'nl')}`);
console.log(`  Totaal: ${ControlStatus.label(report.status.overall, 'nl')}`);
console.log('\nUitzonderingen (een niveau hoger):');
for (const e of report.exceptions) {
  console.log(`  - ${e.summary.nl} → ${ExceptionRoute.label(e.proposedRoute, 'nl')}`);
}

// GOKIT per project in the programme.
const projects = [
  assessControlSheet(projectSheet('n-weg', '2026-10-01', 12_500_000_00, 13_400_000_00, 20)),
  assessControlSheet(projectSheet('zonneveld-beekdal', '2026-10-01', 4_000_000_00, 4_150_000_00, 90)),
  assessControlSheet(projectSheet('waterberging-lindt', '2026-10-01', 9_000_000_00, 8_800_000_00, 0)),
];
const overview = gokitOverview(projects, { programmeId: 'lindewaard' });
console.log('\nGOKIT per project in het programma:');
for (const row of overview.rows) {
  const id = row.scope.level === 'project' ? row.scope.projectId : row.reportId;
  const aspects = ControlAspect.values
    .flatMap((a) => {
      const s = row.status.aspects[a];
      return s ? [`${ControlAspect.label(a, 'nl')}: ${ControlStatus.label(s, 'nl')}`] : [];
    })
    .join(', ');
  console.log(`  ${id.padEnd(20)} ${ControlStatus.label(row.status.overall, 'nl').padEnd(18)} ${aspects}`);
}

// Geld: probabilistic estimate of the N-road.
const result = simulateEstimate(nWegEstimate, { iterations: 20_000, seed: 20261128 });
console.log('\nProbabilistische raming opwaardering N-weg (20.000 trekkingen, seed 20261128):');
console.log(`  Basisraming ${euro(result.baseEstimate)}; verwachtingswaarde ${euro(result.mean)}`);
console.log(`  P50 ${euro(result.p50)}; P85 ${euro(result.p85)}`);
console.log(`  Onvoorzien (P85 − basisraming): ${euro(result.contingency.amount)}`);
if (result.certainEventIds.length > 0)
  console.log(`  Als zekere kosten meegenomen (kans > 50%, CROW SSK): ${result.certainEventIds.join(', ')}`);
console.log('  Grootste bijdragen aan de spreiding (tornado: totaal met deze post op P10 … P90):');
for (const c of result.contributions.slice(0, 3)) {
  console.log(
    `    ${c.label.padEnd(24)} ${(c.varianceShare * 100).toFixed(0).padStart(3)}%   ${euro(c.low)} … ${euro(c.high)}`,
  );
}
writeFileSync(join(out, 'n-weg-histogram.svg'), histogramSvg(result, { locale: 'nl' }));
writeFileSync(join(out, 'n-weg-s-curve.svg'), sCurveSvg(result, { locale: 'nl' }));
writeFileSync(join(out, 'n-weg-tornado.svg'), tornadoSvg(result, { locale: 'nl' }));

// Failure factors of the N-road project set-up.
// The budget in the set-up is compared with the P50 of the simulation.
const planned = { ...nWegSetup, planning: { ...nWegSetup.planning, budget: 12_000_000_00, costP50: result.p50 } };
const check = checkFailureFactors(planned, { checkedOn: '2026-11-01' });
console.log('\nToets op faalfactoren (N-weg):');
for (const f of check.findings) {
  console.log(`  ${FactorVerdict.label(f.verdict, 'nl').padEnd(14)} ${FailureFactor.label(f.factor, 'nl')}`);
}

// Trend: the register half a year later.
const later = updateRisk(
  lindewaardRegister,
  'r-netcongestie',
  { probability: 2 },
  { on: '2026-10-01', actorId: 'provincie-zuidmark', note: 'Netbeheerder heeft capaciteit toegezegd' },
);
const trend = riskTrend(lindewaardRegister, later);
console.log(
  `\nTrend register versie ${trend.fromVersion} → ${trend.toVersion}: totale score ${trend.totalScore.from} → ${trend.totalScore.to}` +
    (trend.decreased.length > 0
      ? `; gedaald: ${trend.decreased.map((d) => `${d.riskId} (${d.from} → ${d.to})`).join(', ')}`
      : ''),
);
console.log(
  `\nSVG's geschreven naar ${out}: risicokaart.svg, n-weg-histogram.svg, n-weg-s-curve.svg, n-weg-tornado.svg`,
);
