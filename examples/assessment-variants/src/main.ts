/**
 * Voorbeeld: drie ontwikkelvarianten voor het fictieve Gebied Lindewaard, afgewogen met het
 * afwegingskader van stap 2 en uitgelegd voor bestuurders (stappen 2–4 van de handreiking).
 *
 * Draaien: npx turbo run build --filter=@gebiedsgericht/assessment... && npm start -w @gebiedsgericht/example-assessment-variants
 */
import {
  addCriterionLater,
  assess,
  buildAssessmentRecord,
  checkAfwegingskader,
  deriveAhpWeights,
  prometheeII,
} from '@gebiedsgericht/assessment';
import { formatEuro, NoviPrinciple, type Score } from '@gebiedsgericht/core';
import { lindewaardInput } from './lindewaard';

const input = lindewaardInput();
const naam = (id: string) => input.variants.find((v) => v.id === id)?.name.nl ?? id;
const crit = (id: string) => input.afwegingskader.criteria.find((c) => c.id === id)?.name.nl ?? id;
const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
const getal = (x: number, d = 2) => x.toLocaleString('nl-NL', { minimumFractionDigits: d, maximumFractionDigits: d });
const kop = (t: string) => console.log(`\n== ${t} ==`);

console.log('Afweging ontwikkelvarianten Gebied Lindewaard (fictief)');
console.log('Varianten: A "Compacte kernen", B "Groeiende dorpen", C "Water als drager".');

kop('Stap 2 – het afwegingskader');
const check = checkAfwegingskader(input.afwegingskader);
for (const c of input.afwegingskader.criteria)
  console.log(
    `- ${c.name.nl} (${c.unit}, ${c.direction === 'benefit' ? 'hoe meer hoe beter' : 'hoe minder hoe beter'}), gewicht ${getal(c.weight ?? 0)}; bron: ${c.source}`,
  );
for (const cov of check.noviCoverage) {
  const door = cov.criterionIds.map(crit).join(', ');
  console.log(
    `  NOVI "${NoviPrinciple.label(cov.principle, 'nl')}": ${door ? `gemeten met ${door}` : `geen criterium — ${cov.absence?.nl ?? 'NIET GEMOTIVEERD'}`}`,
  );
}
console.log(
  check.ok
    ? 'Het kader is compleet: elk criterium is operationeel en elk NOVI-principe is gedekt of bewust weggelaten.'
    : `Aandachtspunten: ${check.findings.map((f) => f.message.nl).join('; ')}`,
);

// De bestuurders vergeleken ook drie hoofdcriteria paarsgewijs (AHP) als controle op de gewichten.
const ahp = deriveAhpWeights({
  kind: 'ahpComparison',
  schemaVersion: 2,
  id: 'lindewaard-ahp',
  criterionIds: ['woningen', 'waterberging', 'stikstof'],
  matrix: [
    [1, 1, 2],
    [1, 1, 1],
    [1 / 2, 1, 1],
  ],
});
console.log(
  `AHP-controle (woningen, water, stikstof): ${ahp.weights.map((w) => `${crit(w.criterionId)} ${pct(w.weight)}`).join(', ')}; consistentieratio ${getal(ahp.consistencyRatio, 3)} (${ahp.consistent ? 'aanvaardbaar, ≤ 0,10' : 'te inconsistent'}).`,
);

const result = assess(input);

kop('Stap 3 – maakbare varianten (toetsing aan de randvoorwaarden)');
for (const s of result.screening) {
  const oordeel =
    s.verdict === 'feasible' ? 'maakbaar' : s.verdict === 'notFeasible' ? 'NIET maakbaar' : 'nog niet te beoordelen';
  console.log(`- ${naam(s.variantId)}: ${oordeel}`);
  for (const c of s.checks.filter((x) => x.status !== 'met'))
    console.log(`    ${c.randvoorwaardeId}: ${c.motivation.nl}`);
}

kop('Ruimtelijke inpassing (alle claims tegen 520 ha beschikbare ruimte)');
for (const f of result.spatialFit ?? []) {
  console.log(
    `- ${naam(f.variantId)}: ${f.claimedHectares.toFixed(0)} ha geclaimd, ${f.multipleUseHectares.toFixed(0)} ha meervoudig gebruikt, ${f.conflictHectares.toFixed(0)} ha in conflict → netto ${f.netHectares.toFixed(0)} ha, ${f.fits ? `past (marge ${f.marginHectares.toFixed(0)} ha)` : 'past NIET'}`,
  );
  for (const o of f.overlaps)
    console.log(
      `    ${o.opgaveIds.join(' + ')}: ${o.hectares.toFixed(1)} ha ${o.kind === 'combined' ? 'slimme combinatie' : 'conflict'} (${o.source === 'geometry' ? 'gemeten op de kaart' : 'opgegeven'})`,
    );
}

kop('Stap 4 – afweging met de gewogen som (min–max-normalisatie, scores na mitigatie)');
for (const r of result.ranking) {
  console.log(`${r.rank}. ${naam(r.variantId)} — score ${getal(r.value ?? 0, 3)}`);
  const bijdragen = result.normalisedScores
    .filter((s) => s.variantId === r.variantId && (s.contribution ?? 0) > 0)
    .map((s) => `${crit(s.criterionId)} +${getal(s.contribution ?? 0)}`);
  console.log(`   sterk op: ${bijdragen.join(', ') || '—'}`);
}
console.log(`Niet gerangschikt (niet maakbaar): ${result.excludedVariantIds.map(naam).join(', ') || '—'}`);

const promethee = prometheeII(input);
console.log(
  `Controle met PROMETHEE II (outranking): ${promethee.ranking.map((r) => `${naam(r.variantId)} (netto stroom ${getal(r.value ?? 0)})`).join(' > ')}`,
);
const water = assess({ ...input, priorityOrderId: 'water-sturend' });
console.log(
  `Met de voorkeursvolgorde "water en bodem sturend" eerst: ${water.ranking.map((r) => `${naam(r.variantId)}${r.decidedAtLevel ? ` (beslist op niveau ${r.decidedAtLevel})` : ''}`).join(' > ')}`,
);

kop('Gevoeligheid van de gewichten');
const sens = result.sensitivity;
if (sens) {
  for (const c of sens.criteria) {
    const ch =
      c.smallestChange !== undefined
        ? c.decrease && -c.decrease.delta === c.smallestChange
          ? c.decrease
          : c.increase
        : undefined;
    console.log(
      `- ${crit(c.criterionId)} (gewicht ${getal(c.weight)}): ${ch ? `bij ${getal(ch.newWeight, 3)} wordt ${naam(ch.newTopVariantId)} de beste (${pct(c.relativeChange ?? 0)} verandering)` : 'geen gewicht tussen 0 en 1 verandert de winnaar'}`,
    );
  }
  console.log(
    `Meest kritisch criterium: ${sens.mostCriticalCriterionId ? crit(sens.mostCriticalCriterionId) : 'geen'}.`,
  );
}

kop('Onzekerheid (SMAA-2: gewichten onbekend, scores binnen hun marges)');
const onzeker = assess({
  ...input,
  uncertainty: { samples: 10_000, seed: 2027, weights: { kind: 'unknown' }, sampleScores: true },
});
for (const v of onzeker.uncertainty?.variants ?? [])
  console.log(
    `- ${naam(v.variantId)}: eerste plaats in ${pct(v.rankAcceptability[0] ?? 0)} van de gewichtscombinaties${v.confidenceFactor !== undefined ? `, betrouwbaarheid ${pct(v.confidenceFactor)}` : ''}${
      v.centralWeights
        ? `; typische gewichten: ${[...v.centralWeights]
            .sort((x, y) => y.weight - x.weight)
            .slice(0, 3)
            .map((w) => `${crit(w.criterionId)} ${pct(w.weight)}`)
            .join(', ')}`
        : ''
    }`,
  );
const puntscores = assess({
  ...input,
  uncertainty: { samples: 10_000, seed: 2027, weights: { kind: 'unknown' }, sampleScores: false },
});
console.log(
  `Met de scores als puntwaarden (alleen de gewichten onzeker): ${puntscores.uncertainty?.variants.map((v) => `${naam(v.variantId)} ${pct(v.rankAcceptability[0] ?? 0)}`).join(', ')} eerste plaats.`,
);
const gerangschikt = assess({
  ...input,
  uncertainty: { samples: 10_000, seed: 2027, weights: { kind: 'ranked' }, sampleScores: true },
});
console.log(
  `Met alleen de rangorde van de gewichten (woningen en water eerst): ${gerangschikt.uncertainty?.variants.map((v) => `${naam(v.variantId)} ${pct(v.rankAcceptability[0] ?? 0)}`).join(', ')} eerste plaats.`,
);

kop('Wie wint, wie verliest (verdeling van effecten)');
for (const d of result.distribution ?? []) {
  const geld = d.byParty
    .filter((b) => b.netAmountCents !== 0)
    .map((b) => `${b.subjectId} ${formatEuro(b.netAmountCents, 'nl')}`);
  console.log(
    `- ${naam(d.variantId)}: winnaars ${d.gainers.join(', ') || '—'}; verliezers ${d.losers.join(', ') || '—'}${geld.length ? `; geld: ${geld.join(', ')}` : ''}; spreiding tussen partijen ${d.partySpread}`,
  );
}

kop('Een criterium later toegevoegd (goedgekeurde wijziging)');
const gezondheid = {
  ...input.afwegingskader.criteria[0],
  id: 'gezondheid',
  name: { nl: 'Gezonde leefomgeving', en: 'Healthy living environment' },
  indicator: { nl: 'Woningen binnen geluidsnorm', en: 'Homes within the noise standard' },
  unit: 'plus-min',
  scale: 'plusMinus' as const,
  direction: 'benefit' as const,
  source: 'GGD Zuidmark',
  method: { nl: 'GGD-toets', en: 'GGD assessment' },
  referenceSituation: { description: { nl: 'Huidige situatie', en: 'Current situation' } },
  noviPrinciples: [],
  addedLater: {
    changeId: 'wijziging-4',
    approvedOn: '2027-02-10',
    motivation: {
      nl: 'Nieuwe GGD-norm, goedgekeurd door de integrale gebiedstafel',
      en: 'New GGD standard, approved by the area table',
    },
  },
};
const { priorityRank: _r, ...zonderRang } = gezondheid;
const gezondheidScores: Score[] = [
  { variantId: 'variant-a', criterionId: 'gezondheid', value: { scale: 'plusMinus', value: '-' } },
  { variantId: 'variant-b', criterionId: 'gezondheid', value: { scale: 'plusMinus', value: '0' } },
  { variantId: 'variant-c', criterionId: 'gezondheid', value: { scale: 'plusMinus', value: '+' } },
];
const aangevuld = addCriterionLater(input, { criterion: zonderRang, scores: gezondheidScores, weight: 0.1 });
const herzien = assess(aangevuld);
console.log(
  `Alleen het nieuwe criterium is gescoord; de ${input.scores.length} eerdere scores bleven ongewijzigd. Nieuwe rangorde: ${herzien.ranking.map((r) => `${naam(r.variantId)} ${getal(r.value ?? 0, 3)}`).join(' > ')}`,
);

kop('Verantwoording voor het besluit in stap 4');
const verantwoording = buildAssessmentRecord(input, result, {
  id: 'verantwoording-lindewaard',
  recordedOn: '2027-03-01',
  furtherElaboration: [
    {
      subject: { nl: 'Ligging van de windturbines bij Hoeverveen', en: 'Siting of the wind turbines near Hoeverveen' },
      basis: {
        nl: 'Participatietraject met de dorpsraad en het resultaat van de bemiddeling',
        en: 'Participation with the village council and the result of mediation',
      },
    },
  ],
});
console.log(`Methode: ${verantwoording.methodDescription.nl}`);
console.log(`Meegewogen: ${verantwoording.weighed.map((w) => w.name.nl).join(', ')}`);
console.log('Niet meegewogen:');
for (const n of verantwoording.notWeighed) console.log(`- ${n.subject.nl}: ${n.reason.nl}`);
console.log(
  `De afweging wijst naar: ${verantwoording.recommendedVariantId ? naam(verantwoording.recommendedVariantId) : 'geen eenduidige variant'}.`,
);
console.log(
  `Robuustheid: meest kritisch gewicht ${verantwoording.robustness?.mostCriticalCriterionId ? crit(verantwoording.robustness.mostCriticalCriterionId) : '—'} (${pct(verantwoording.robustness?.smallestRelativeChange ?? 0)} verandering nodig).`,
);
console.log('Kiezen de bestuurders een andere variant, dan motiveren zij dat in het besluit.');
