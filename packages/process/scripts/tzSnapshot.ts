/**
 * Prints, as JSON, what an area process computes from dates: the snapshot of the Lindewaard test
 * scenario with two knelpunten (one escalated to the province in March 2027, so its deadline lies
 * across the change to summer time), the due items and the progress summary. `test/timeZones.test.ts`
 * runs it under several host time zones (`TZ=...`) and expects the same output from each.
 */
import { createGebiedsproces, defaultStepTemplate, dueItems, progressSummary } from '../src/index';
import { beekdalWater, lindewaardModel, windHoeverveen } from '../test/knelpuntSupport';
import { day, lindewaardSettings, START, stepEvents, testOptions } from '../test/support/gebiedsprocesFixtures';

const meta = (d: number, actor: string, role = 'partij') => ({ timestamp: day(d), actor, role });

const events: Record<string, unknown>[] = [
  ...defaultStepTemplate.steps
    .slice(0, 3)
    .flatMap(
      (_, i) =>
        stepEvents(defaultStepTemplate, lindewaardSettings, i, 1 + i * 100) as unknown as Record<string, unknown>[],
    ),
  { type: 'escalation.configure', model: lindewaardModel, ...meta(300, 'provincie-zuidmark', 'regisseur') },
  { type: 'knelpunt.raise', knelpunt: beekdalWater, ...meta(310, 'waterschap-aa-en-lindt') },
  {
    type: 'knelpunt.startMediation',
    knelpuntId: beekdalWater.id,
    mediator: 'bureau-de-brug',
    style: 'facilitative',
    ...meta(320, 'provincie-zuidmark', 'regisseur'),
  },
  { type: 'knelpunt.raise', knelpunt: windHoeverveen, ...meta(405, 'dorpsraad-hoeverveen') },
  { type: 'knelpunt.escalate', knelpuntId: windHoeverveen.id, ...meta(420, 'gemeente-hoeverveen') },
];

const process = createGebiedsproces({
  template: defaultStepTemplate,
  settings: lindewaardSettings,
  startedAt: START,
  options: testOptions,
});
for (const event of events) {
  const result = process.send(event, { untyped: true });
  if (!result.accepted) throw new Error(`${String(event.type)} rejected: ${result.reason.code}`);
}
const snapshot = process.snapshot();
const output = {
  snapshot,
  due: dueItems(snapshot, day(480)),
  summary: progressSummary(snapshot, day(480)),
};
console.log(JSON.stringify(output));
