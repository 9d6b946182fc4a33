/**
 * The Lindewaard area process (fictional, see the main example) kept in a SQLite file: the process up to
 * its first knelpunt is run into the store, the province overview is listed, the file is closed and opened
 * again, the process is reloaded from it and continued to the end, and the stream is verified
 * and exported. Run with `npm start -w @gebiedsgericht/example-store [file.db]`; without a file
 * name it uses a new file in a temp dir.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lindewaardActors, lindewaardStartnotitie } from '@gebiedsgericht/core/fixtures';
import { defaultStepTemplate, settingsFromStartnotitie } from '@gebiedsgericht/process';
import { type GebiedsprocesStore, openSqliteStore } from '@gebiedsgericht/store';
import { inOrder, secondHalfEvents, stepEvents, t } from '../../lindewaard/src/scenario';

const path = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), 'gebiedsgericht-')), 'gebiedsprocessen.db');
const settings = settingsFromStartnotitie(lindewaardStartnotitie, lindewaardActors, {
  processId: 'gebiedsproces-lindewaard',
});
const processId = settings.processId;
const events = inOrder([...stepEvents(settings), ...secondHalfEvents()]);
// Halfway: just after the first knelpunt is raised, so the overview shows it open.
const halfway = events.findIndex((e) => e.event.type === 'knelpunt.raise') + 1;
const halfwayDate = events[halfway - 1]?.event.timestamp ?? t('2026-01-12');

async function run(store: GebiedsprocesStore, from: number, to: number, version: number): Promise<number> {
  let current = version;
  for (const { tekst, event } of events.slice(from, to)) {
    // The idempotency key makes a retry after a lost reply harmless.
    const result = await store.append(processId, event, {
      expectedVersion: current,
      idempotencyKey: `lindewaard-${current + 1}`,
    });
    if (result.status === 'accepted') current = result.version;
    else if (result.status === 'rejected') console.log(`  GEWEIGERD: ${tekst} — ${result.reason.message.nl}`);
    else throw new Error(result.reason.message.nl);
  }
  return current;
}

async function printOverview(store: GebiedsprocesStore, now: string) {
  const overview = await store.provinceOverview('provincie-zuidmark', now);
  console.log(`\nOverzicht provincie Zuidmark op ${now.slice(0, 10)}: ${overview.processCount} gebiedsproces(sen)`);
  for (const row of overview.processes) {
    const knelpunten = row.openKnelpunten.map(
      (k) => `${k.id} (${k.level}${k.dueAt ? `, uiterlijk ${k.dueAt.slice(0, 10)}` : ''})`,
    );
    console.log(
      `  ${row.processId}: stap ${row.step}, ${row.status}, ${row.stepsClosed}/${row.stepCount} stappen gesloten`,
    );
    console.log(`    open knelpunten: ${knelpunten.length > 0 ? knelpunten.join('; ') : 'geen'}`);
    console.log(`    laatste gebeurtenis ${row.lastEventAt.slice(0, 10)}, versie ${row.version}`);
  }
  if (overview.overdue.length > 0) console.log(`  over tijd: ${overview.overdue.map((r) => r.processId).join(', ')}`);
}

console.log(`Gebied Lindewaard in een SQLite-bestand: ${path}`);
const first = await openSqliteStore({ path });
console.log(`Opslag geopend met ${first.library}`);
await first.create({ template: defaultStepTemplate, settings, startedAt: t('2026-01-12', '09:00') });
const version = await run(first, 0, halfway, 0);
console.log(`${version} gebeurtenissen opgeslagen tot ${events[halfway - 1]?.event.timestamp.slice(0, 10)}`);
await printOverview(first, halfwayDate);
await first.close();

console.log('\nBestand gesloten en opnieuw geopend (zoals na een herstart van de server).');
const second = await openSqliteStore({ path });
const loaded = await second.load(processId);
console.log(
  `Herladen op versie ${loaded.version}${loaded.snapshotVersion === null ? ' door alle gebeurtenissen te herhalen' : ` vanaf de snapshot van versie ${loaded.snapshotVersion}`}; positie ${loaded.process.context().position}`,
);
const final = await run(second, halfway, events.length, loaded.version);
console.log(`Doorgegaan tot versie ${final}`);
await printOverview(second, t('2029-06-01', '09:00'));

const report = await second.verify(processId);
console.log(
  `\nControle (herhalen en vergelijken): ${report.ok ? 'in orde' : report.problems.map((p) => p.message.nl).join('; ')}`,
);
const exported = await second.exportProcess(processId);
console.log(`Export als JSON lines: ${exported.trim().split('\n').length} regels (kop plus gebeurtenissen)`);
await second.close();
if (!report.ok || final !== events.length) process.exitCode = 1;
