/**
 * Example: the ruimtelijk arrangement of the fictional Provincie Zuidmark, reflected against the
 * handreiking. We take a deep copy of the scenario fixture, make a few deliberate gaps in the
 * process design of Gebied Lindewaard, and print the findings as a report in Dutch.
 *
 * Run: `npx turbo run build --filter=@gebiedsgericht/process...` then
 * `npm start -w @gebiedsgericht/example-reflection-report`.
 */
import { type Finding, FindingSeverity, formatPath, type RuimtelijkArrangement } from '@gebiedsgericht/core';
import { zuidmarkArrangement } from '@gebiedsgericht/core/fixtures';
import { reflect, reflectionRules } from '@gebiedsgericht/process';

// The moment of the check: the SDK never reads the clock, the caller says what "now" is.
const now = '2028-01-15T10:00:00+01:00';

// A deep copy: the fixtures are shared and must never change.
const arrangement: RuimtelijkArrangement = structuredClone(zuidmarkArrangement);
const lindewaard = arrangement.gebiedsprocessen.find((g) => g.id === 'gebiedsproces-lindewaard');
if (!lindewaard?.startnotitie || !lindewaard.deliverables.assessmentAndChoice) {
  throw new Error('The Zuidmark fixture no longer holds the Lindewaard process with its startnotitie and choice');
}

// Deliberate gap 1: the waterschap only joins the integrale gebiedstafel now and then (§2.1).
for (const structure of lindewaard.actors.structures) {
  if (structure.type !== 'integrale_gebiedstafel') continue;
  for (const member of structure.members)
    if (member.partyId === 'waterschap-aa-en-lindt') member.membership = 'incidenteel';
}
// Deliberate gap 2: no ijkmomenten planned, neither with the rijk nor regional (bijlage 1, onderdeel 4).
lindewaard.startnotitie.ijkmomenten.programmeMoments = [];
lindewaard.startnotitie.ijkmomenten.regionalMoments = [];
// Deliberate gap 3: residents are only involved from the choice step onwards (§2.6).
for (const activity of lindewaard.startnotitie.participation.activities) {
  if (activity.method === 'praatkaart') activity.stepIds = ['afwegen-en-keuze'];
}
// Deliberate gap 4: gemeente Beekdal has not (yet) consented to the administrative choice (§2.6).
lindewaard.consents = lindewaard.consents.filter((c) => c.partyId !== 'gemeente-beekdal');
// Deliberate gap 5: the choice does not say what it means for other plans (bijlage 1, onderdeel 2, stap 4).
lindewaard.deliverables.assessmentAndChoice.choice.impactOnOtherPlans = [];

const report = reflect({ arrangement }, { now });

const line = '─'.repeat(78);
console.log(line);
console.log(`Reflectie op het ruimtelijk arrangement: ${arrangement.title.nl}`);
console.log(`Getoetst aan de handreiking gebiedsgericht werken (VNG, IPO, UvW) op ${report.checkedAt}`);
console.log(
  `Gelezen: ${report.documents.join(', ')} · ${report.rulesRun.length} van de ${reflectionRules.length} regels toegepast`,
);
console.log(
  `Bevindingen: ${report.counts.error} ${FindingSeverity.label('error', 'nl').toLowerCase()}(en), ` +
    `${report.counts.warning} waarschuwing(en), ${report.counts.info} ter overweging`,
);
console.log(line);

const titleOf = new Map(reflectionRules.map((r) => [r.id, r.title.nl]));
for (const severity of FindingSeverity.values) {
  const findings: Finding[] = report.findings.filter((f) => f.severity === severity);
  if (findings.length === 0) continue;
  console.log(`\n${FindingSeverity.label(severity, 'nl').toUpperCase()} (${findings.length})`);
  for (const f of findings) {
    console.log(`\n  • ${f.message.nl}`);
    console.log(`    Regel: ${f.ruleId} — ${titleOf.get(f.ruleId) ?? ''}`);
    console.log(`    Handreiking: ${f.section}`);
    console.log(`    Plaats: ${formatPath(f.path)}`);
  }
}
console.log(`\n${line}`);
console.log('De handreiking is geen vastgesteld document maar een hulpmiddel: weeg elke bevinding zelf.');
