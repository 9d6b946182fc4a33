// Prelude for documentation examples of mediation (scripts/docsExamples.ts): the beekdal package
// deal from core's fixtures, the dispute's characteristics and a facilitative mediation of it.
import type * as preludeCore from '@gebiedsgericht/core';
import * as preludeFixtures from '@gebiedsgericht/core/fixtures';

export const packageInput = preludeFixtures.beekdalPackageDealInput;
export const dispute: Pick<preludeCore.Dispute, 'characteristics'> = {
  characteristics: {
    contentExpertiseWanted: false,
    relationshipDamaged: false,
    trustLevel: 'medium',
    communicationBrokenDown: false,
    partiesWantOwnership: true,
    substantiveDisagreement: true,
  },
};
export const mediation: preludeCore.Mediation = {
  kind: 'mediation',
  schemaVersion: 2,
  id: 'bemiddeling-beekdal',
  disputeId: 'geschil-beekdal',
  knelpuntId: 'knelpunt-beekdal',
  mediator: { name: 'mr. A. de Vries', organisation: 'Bureau Tussenweg' },
  style: 'facilitative',
  startedOn: '2026-04-01',
  partyIds: ['waterschap-aa-en-lindt', 'gemeente-beekdal'],
  sessions: [
    { date: '2026-04-14', hours: 2.5, note: 'Kennismaking' },
    { date: '2026-05-12', hours: 2, note: 'Pakketten' },
  ],
  impartialityRatings: [],
};
