// Prelude for documentation examples about the Lindewaard area process (scripts/docsExamples.ts):
// its startnotitie, the settings derived from it, the start date and step 0's first event.
import * as preludeFixtures from '@gebiedsgericht/core/fixtures';
import * as preludeProcess from '@gebiedsgericht/process';

export const startnotitie = preludeFixtures.lindewaardStartnotitie;
export const settings = preludeProcess.settingsFromStartnotitie(startnotitie, preludeFixtures.lindewaardActors, {
  processId: 'lindewaard',
});
export const startedAt = '2026-01-12T09:00:00+01:00';
export const event: preludeProcess.GebiedsprocesEvent = {
  type: 'deliverable.submit',
  timestamp: '2026-02-20T09:00:00+01:00',
  actor: 'procesregisseur-zuidmark',
  role: 'regisseur',
  stepId: 'opstart',
  document: startnotitie,
};
