// Prelude for documentation examples that read a stored row (scripts/docsExamples.ts): `row.json`
// holds the Lindewaard startnotitie, `row.snapshot` the snapshot of a freshly started process, and
// `db.save` stands for the caller's own database.
import * as preludeFixtures from '@gebiedsgericht/core/fixtures';
import * as preludeProcess from '@gebiedsgericht/process';

const preludeGebied = preludeProcess.createGebiedsproces({
  template: preludeProcess.defaultStepTemplate,
  settings: preludeProcess.settingsFromStartnotitie(
    preludeFixtures.lindewaardStartnotitie,
    preludeFixtures.lindewaardActors,
    { processId: 'lindewaard' },
  ),
  startedAt: '2026-01-12T09:00:00+01:00',
});
export const row = {
  json: JSON.stringify(preludeFixtures.lindewaardStartnotitie),
  snapshot: JSON.stringify(preludeGebied.snapshot()),
};
export const db = {
  async save(snapshot: unknown): Promise<void> {
    row.snapshot = JSON.stringify(snapshot);
  },
};
