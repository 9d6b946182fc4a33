/**
 * Voorbeeld: een knelpunt water tegen wonen in Gebied Lindewaard, beslecht met een pakketdeal.
 *
 * Waterschap Aa en Lindt wil het beekdal van de Lindt vrijhouden voor 150 ha waterberging;
 * gemeente Beekdal wil er 300 woningen bouwen. Het knelpunt stond op de agenda van het
 * ijkmoment en gaat daarna naar een faciliterende bemiddelaar. De bemiddelaar zoekt een pakket
 * waarin elke partij meer krijgt dan bij escalatie naar de provincie.
 *
 * Alle namen en cijfers zijn verzonnen (het gedeelde scenario van de SDK).
 */
import {
  type Dispute,
  DurationBand,
  ImpartialityStatus,
  type Mediation,
  MediationStyle,
  type PackageDealInput,
} from '@gebiedsgericht/core';
import { beekdalPackageDealInput } from '@gebiedsgericht/core/fixtures';
import {
  adjustedWinner,
  checkImpartiality,
  durationStanding,
  findPackageDeals,
  negotiationPreparationToMarkdown,
  prepareNegotiation,
  recommendMediationStyle,
  settledOutcome,
} from '@gebiedsgericht/mediation';

const WS = 'waterschap-aa-en-lindt';
const GB = 'gemeente-beekdal';

const dispute: Dispute = {
  kind: 'dispute',
  schemaVersion: 2,
  id: 'geschil-beekdal',
  title: 'Woningbouw in het beekdal van de Lindt',
  knelpuntId: 'knelpunt-beekdal',
  areaId: 'gebied-lindewaard',
  parties: [
    {
      partyId: WS,
      name: 'Waterschap Aa en Lindt',
      interests: ['150 ha waterberging in het beekdal', 'Betaalbaar beheer'],
      values: ['Droge voeten', 'Een robuust watersysteem'],
      positions: [{ issueId: 'dal', statement: 'Geen woningen in het beekdal' }],
      alternative: 'Escalatie naar Gedeputeerde Staten',
    },
    {
      partyId: GB,
      name: 'Gemeente Beekdal',
      interests: ['Woningen voor starters en ouderen'],
      values: ['Vitale dorpen'],
      positions: [{ issueId: 'dal', statement: '300 woningen in het beekdal' }],
      alternative: 'Escalatie naar Gedeputeerde Staten',
    },
  ],
  issues: [
    { id: 'dal', title: 'Woningbouw in het beekdal' },
    { id: 'contingent', title: 'Extra woningcontingent elders' },
    { id: 'cofinanciering', title: 'Cofinanciering van de waterberging' },
    { id: 'fasering', title: 'Fasering' },
  ],
  history: [
    { at: '2026-03-02T10:00:00+01:00', kind: 'raised', description: 'Gemeld door het waterschap', byPartyId: WS },
    {
      at: '2026-03-20T14:00:00+01:00',
      kind: 'ijkmoment_agenda',
      description: 'Besproken op het ijkmoment, geen akkoord',
    },
    { at: '2026-04-01T09:00:00+02:00', kind: 'mediation_started', description: 'Faciliterende bemiddeling gestart' },
  ],
  characteristics: {
    contentExpertiseWanted: false,
    relationshipDamaged: false,
    trustLevel: 'medium',
    communicationBrokenDown: false,
    partiesWantOwnership: true,
    substantiveDisagreement: true,
  },
};

// Punten per partij (per kwestie telt de beste optie mee; samen 100) en het terugvalpunt: wat
// escalatie naar de provincie naar verwachting oplevert. Dit pakket hoort bij het gedeelde scenario.
const input: PackageDealInput = beekdalPackageDealInput;

const mediation: Mediation = {
  kind: 'mediation',
  schemaVersion: 2,
  id: 'bemiddeling-beekdal',
  disputeId: dispute.id,
  knelpuntId: 'knelpunt-beekdal',
  mediator: { name: 'mr. A. de Vries', organisation: 'Bureau Tussenweg' },
  style: 'facilitative',
  startedOn: '2026-04-01',
  partyIds: [WS, GB],
  sessions: [
    { date: '2026-04-14', hours: 2.5, note: 'Kennismaking en informeel gesprek' },
    { date: '2026-04-28', hours: 3, note: 'Belangen en opties' },
    { date: '2026-05-12', hours: 2, note: 'Pakketten' },
  ],
  impartialityRatings: [
    { partyId: WS, at: '2026-04-14T17:00:00+02:00', impartial: true, score: 4 },
    { partyId: GB, at: '2026-04-14T17:00:00+02:00', impartial: true, score: 4 },
    { partyId: WS, at: '2026-04-28T17:00:00+02:00', impartial: true, score: 4 },
    { partyId: GB, at: '2026-04-28T17:00:00+02:00', impartial: true, score: 5 },
  ],
};

const name = (partyId: string) => input.parties.find((p) => p.partyId === partyId)?.name ?? partyId;
const optionTitle = (issueId: string, optionId: string) =>
  input.issues.find((i) => i.id === issueId)?.options.find((o) => o.id === optionId)?.title ?? optionId;
const line = (text = '') => console.log(text);

line(`# Knelpunt: ${dispute.title}`);
line(`Partijen: ${dispute.parties.map((p) => p.name).join(' en ')}.`);
line();

line('## 1. Welke stijl van bemiddeling?');
const style = recommendMediationStyle(dispute.characteristics);
line(style.summary.nl);
for (const s of style.ranking)
  line(`- ${MediationStyle.label(s.style, 'nl')}: score ${s.score} (${s.reasons.length} redenen)`);
line();

line('## 2. Voorbereiding van het waterschap (best practices uit onderdeel 3)');
const prep = prepareNegotiation(dispute, WS);
line(
  negotiationPreparationToMarkdown(prep, 'nl')
    .trimEnd()
    .split('\n')
    .map((l) => `    ${l}`)
    .join('\n'),
);
line();

line('## 3. Stand van de bemiddeling');
const duration = durationStanding(mediation);
line(`${DurationBand.label(duration.band, 'nl')}: ${duration.message.nl}`);
const impartiality = checkImpartiality(mediation);
line(`${ImpartialityStatus.label(impartiality.status, 'nl')}: ${impartiality.message.nl}`);
line();

line('## 4. Pakketten die beide partijen meer geven dan escalatie');
const result = findPackageDeals(input);
const total = input.issues.reduce((n, i) => n * i.options.length, 1);
line(
  `${result.paretoPackages.length} van de ${total} mogelijke pakketten zijn Pareto-efficiënt en beter dan escalatie voor beide:`,
);
for (const p of result.paretoPackages) {
  const points = p.parties.map((x) => `${name(x.partyId)} ${x.points} (+${x.gain})`).join(', ');
  line(`- ${p.choices.map((c) => optionTitle(c.issueId, c.optionId)).join('; ')} → ${points}`);
}
const nash = result.nash;
if (!nash) {
  line('Geen pakket geeft beide partijen meer dan escalatie: het knelpunt gaat naar de volgende stap.');
  process.exit(0);
}
line();
line('## 5. Het Nash-pakket (grootste product van de winst ten opzichte van escalatie)');
for (const c of nash.choices)
  line(`- ${input.issues.find((i) => i.id === c.issueId)?.title}: ${optionTitle(c.issueId, c.optionId)}`);
if (nash.equivalentPackages > 1)
  line(`(${nash.equivalentPackages - 1} ander pakket geeft beide partijen precies evenveel punten)`);
line();

line('## 6. Uitkomst voor de escalatie van het knelpunt');
const outcome = settledOutcome({
  id: 'uitkomst-beekdal',
  mediation,
  input,
  choices: nash.choices,
  recordedAt: '2026-05-12T17:00:00+02:00',
  summary:
    'Het beekdal blijft vrij voor waterberging met cofinanciering; Beekdal krijgt extra woningcontingent op de hoge gronden.',
});
line(
  `Status: ${outcome.status === 'settled' ? 'opgelost' : 'niet opgelost'}, ${String(outcome.sessionHours).replace('.', ',')} uur gesprekstijd, ${MediationStyle.label(outcome.style, 'nl').toLowerCase()}.`,
);
for (const party of outcome.parties) {
  line(`${name(party.partyId)}`);
  for (const c of party.concedes) line(`  geeft toe: ${c}`);
  for (const g of party.gains) line(`  wint: ${g}`);
}

line();
line('## 7. Verdeling van de uitvoering tussen de twee partijen (Adjusted Winner)');
// Na het akkoord verdelen de partijen vier uitvoeringstaken; elk verdeelt 100 punten.
const tasks = [
  { id: 'ontwerpregie', title: 'Regie op het ontwerp van het beekdal' },
  { id: 'grond', title: 'Aankoop van de grond in het dal' },
  { id: 'route', title: 'Recreatieve route langs de waterberging' },
  { id: 'communicatie', title: 'Communicatie met de dorpsraden' },
];
const division = adjustedWinner({
  kind: 'adjustedWinnerInput',
  schemaVersion: 2,
  id: 'uitvoering-beekdal',
  items: tasks,
  parties: [
    {
      partyId: WS,
      name: 'Waterschap Aa en Lindt',
      points: { ontwerpregie: 45, grond: 30, route: 10, communicatie: 15 },
    },
    { partyId: GB, name: 'Gemeente Beekdal', points: { ontwerpregie: 20, grond: 20, route: 25, communicatie: 35 } },
  ],
});
for (const a of division.allocations) {
  const title = tasks.find((t) => t.id === a.itemId)?.title ?? a.itemId;
  const shares = a.shares
    .filter((s) => s.fraction > 0)
    .map((s) => `${name(s.partyId)}${s.fraction < 1 ? ` (${Math.round(s.fraction * 100)}%)` : ''}`)
    .join(' en ');
  line(`- ${title}: ${shares}`);
}
const points = division.totals.map(
  (t) => `${name(t.partyId)} ${String(Math.round(t.finalPoints * 10) / 10).replace('.', ',')}`,
);
line(`Beide partijen krijgen evenveel van hun eigen punten: ${points.join(', ')}.`);
