import { KnelpuntLevel } from '@gebiedsgericht/core';
/**
 * Main example: the Lindewaard area process (fictional, see the shared SCENARIO), from step 0
 * through the monitoring loop — with an escalated knelpunt, a package deal checked against the
 * afwegingskader, the two tracks, ijkmomenten, a periodic evaluation and a scoped herijking — printed
 * as a progress log in Dutch. Run with `npm run example` from the repository root.
 */
import { lindewaardActors, lindewaardStartnotitie } from '@gebiedsgericht/core/fixtures';
import {
  createGebiedsproces,
  defaultStepTemplate,
  dueItems,
  nextIjkmomenten,
  prepareIjkmoment,
  replayGebiedsproces,
  restoreGebiedsproces,
  settingsFromStartnotitie,
  triggeredHerijkingen,
} from '@gebiedsgericht/process';
import { xstateOf } from '@gebiedsgericht/process/xstate';
import {
  beekdalWater,
  herijkingEvents,
  inOrder,
  type ScenarioEvent,
  secondHalfEvents,
  stepEvents,
  t,
  windHoeverveen,
} from './scenario';

const settings = settingsFromStartnotitie(lindewaardStartnotitie, lindewaardActors, {
  processId: 'gebiedsproces-lindewaard',
});
const startedAt = t('2026-01-12', '09:00');
const gebiedsproces = createGebiedsproces({ template: defaultStepTemplate, settings, startedAt });

const stepLabel = (id: string) =>
  id === 'monitoring'
    ? 'Monitoring en evaluatie'
    : (defaultStepTemplate.steps.find((s) => s.id === id)?.label.nl ?? id);

let failures = 0;
let currentStep = '';
function send(items: readonly ScenarioEvent[]) {
  for (const { tekst, event } of items) {
    const position = gebiedsproces.context().position;
    if (position !== currentStep) {
      currentStep = position;
      console.log(`\n== ${stepLabel(position)} ==`);
    }
    const result = gebiedsproces.send(event, { untyped: true });
    const date = event.timestamp.slice(0, 10);
    if (result.accepted) {
      if (event.type !== 'consent.record') console.log(`${date}  ${tekst}`);
    } else {
      failures++;
      console.log(`${date}  GEWEIGERD: ${tekst} — ${result.reason.message.nl}`);
    }
  }
}

function printDue(label: string, now: string) {
  const items = dueItems(gebiedsproces.snapshot(), now);
  console.log(`\nWat vraagt aandacht op ${label}?`);
  if (items.length === 0) console.log('  - niets');
  for (const item of items) console.log(`  - ${item.message.nl}`);
}

console.log('Gebied Lindewaard — gebiedsgericht werken aan ruimtelijke arrangementen (fictief voorbeeld)');
console.log(
  `Gebiedsproces ${settings.processId}, gestart op ${startedAt.slice(0, 10)}, stappen 0–5 en daarna doorlopend`,
);

const all = inOrder([...stepEvents(settings), ...secondHalfEvents()]);
const between = (from: string, to: string) =>
  all.filter(
    (e) => Date.parse(e.event.timestamp) >= Date.parse(from) && Date.parse(e.event.timestamp) < Date.parse(to),
  );
send(between(t('2000-01-01'), t('2027-04-15', '09:00')));

// The NOVEX ijkmoment of spring 2027, prepared from the process state and held with the rijk.
const novex = nextIjkmomenten(lindewaardStartnotitie.ijkmomenten, t('2027-04-01')).programme_moment;
if (novex) {
  const draft = prepareIjkmoment(gebiedsproces.snapshot(), {
    occurrence: novex,
    participants: ['ministerie-vro', 'provincie-zuidmark'],
  });
  console.log(`\nAgenda ${novex.name} (${novex.date}): ${draft.agenda.map((i) => i.subject.nl).join('; ')}`);
  console.log(`Voortgang: ${draft.progress[0]?.summary.nl}`);
  send([
    {
      tekst: `${novex.name} gehouden met het rijk: doorgaan`,
      event: {
        type: 'ijkmoment.hold',
        record: {
          ...draft,
          status: 'held',
          heldOn: novex.date,
          conclusions: [
            {
              outcome: 'continue',
              agendaItemId: 'agenda-voortgang',
              motivation: {
                nl: 'Op koers richting het ruimtelijk voorstel',
                en: 'On course towards the spatial proposal',
              },
              concludedBy: { partyId: 'ministerie-vro', role: 'opdrachtgever' },
            },
          ],
        },
        timestamp: t(novex.date, '16:00'),
        actor: 'ministerie-vro',
        role: 'opdrachtgever',
      },
    },
  ]);
} else failures++;

send(between(t('2027-04-15', '09:00'), t('2027-06-01')));
printDue('1 juni 2027 (stap 4)', t('2027-06-01'));
send(between(t('2027-06-01'), t('2100-01-01')));

// The package deal of the brook valley, re-scored with the afwegingskader.
const beekdal = gebiedsproces.context().knelpunten.items[beekdalWater.id];
const quality = beekdal?.outcomes.at(-1)?.packageDealQuality;
if (quality) {
  const score = (v?: number) => (v === undefined ? '—' : v.toFixed(3));
  console.log(
    `\nPakketdeal beekdal herbeoordeeld met het afwegingskader (gewogen som, scores uit de afweging van stap 4): ` +
      `${score(quality.score)} tegen ${score(quality.referenceScore)} voor variant C → ` +
      (quality.netGain ? 'per saldo netto winst' : 'geen netto winst: het compromis kost kwaliteit'),
  );
}

// The triggered herijking, and what is due the day after the measurement.
const herijking = triggeredHerijkingen(gebiedsproces.context().monitoring)[0];
printDue('11 januari 2029', t('2029-01-11'));
if (herijking) send(herijkingEvents(herijking.id));
else failures++;

// Where everything stands.
const c = gebiedsproces.context();
console.log('\n== Stand van zaken ==');
console.log(
  `Positie: ${stepLabel(c.position)}; ${Object.values(c.steps).filter((s) => s.status === 'closed').length} stappen gesloten`,
);
for (const k of [beekdalWater, windHoeverveen]) {
  const state = c.knelpunten.items[k.id];
  const actorState = xstateOf(gebiedsproces).actor.getSnapshot().children[`knelpunt:${k.id}`]?.getSnapshot().value;
  console.log(
    `Knelpunt "${k.title.nl}": ${state ? KnelpuntLevel.label(state.level, 'nl') : '?'} (kindactor: ${String(actorState)})`,
  );
}
for (const h of c.monitoring.herijkingen) {
  console.log(
    `Herijking ${h.id}: ${h.status === 'completed' ? 'afgerond' : h.status} — ${h.result?.nl ?? h.reason.nl}`,
  );
}
for (const e of c.monitoring.evaluations) {
  console.log(
    `Evaluatie ${e.heldOn}: ${e.findings.nl} (lessen: ${e.lessonIds.join(', ') || 'geen'}; PBL: ${e.pblPublicationIds.join(', ') || 'geen'})`,
  );
}
console.log(
  `Auditlog: ${c.auditLog.length} regels, ${c.auditLog.filter((e) => e.accepted).length} geaccepteerde gebeurtenissen (de rest is afgeleid uit de startnotitie)`,
);

// Persist, restore and replay: the same process.
const saved = JSON.stringify(gebiedsproces.snapshot());
const restored = restoreGebiedsproces(JSON.parse(saved));
const replayed = replayGebiedsproces({ template: defaultStepTemplate, settings, startedAt, log: c.auditLog });
const same = JSON.stringify(restored.snapshot()) === saved && JSON.stringify(replayed.snapshot()) === saved;
console.log(
  `Snapshot: ${(saved.length / 1024).toFixed(0)} kB JSON; herstellen en opnieuw afspelen geven hetzelfde proces: ${same ? 'ja' : 'NEE'}`,
);

printDue('1 juli 2029', t('2029-07-01'));

if (failures > 0 || !same) {
  console.error(`\n${failures} gebeurtenis(sen) geweigerd of ontbrekend; herstel gelijk: ${same}`);
  process.exitCode = 1;
}
