// Test data from the shared fictional scenario (Gebied Lindewaard): the knelpunt between
// Waterschap Aa en Lindt and gemeente Beekdal on housing in the Lindt brook valley.
import type { Dispute, Mediation, PackageDealInput } from '@gebiedsgericht/core';
import { beekdalPackageDealInput } from '@gebiedsgericht/core/fixtures';

export const WS = 'waterschap-aa-en-lindt';
export const GB = 'gemeente-beekdal';

export const beekdalDispute: Dispute = {
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
      positions: [
        { issueId: 'dal', statement: '300 woningen in het beekdal' },
        { issueId: 'contingent', statement: 'Geen extra contingent nodig als het dal open gaat' },
      ],
    },
  ],
  issues: [
    { id: 'dal', title: 'Woningbouw in het beekdal' },
    { id: 'contingent', title: 'Extra woningcontingent elders' },
  ],
  history: [
    { at: '2026-03-02T10:00:00+01:00', kind: 'raised', description: 'Gemeld door het waterschap', byPartyId: WS },
    { at: '2026-03-20T14:00:00+01:00', kind: 'ijkmoment_agenda', description: 'Op de agenda van het ijkmoment' },
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

/** Points per party: the shared scenario fixture. */
export const beekdalPackageInput: PackageDealInput = beekdalPackageDealInput;

export const beekdalMediation: Mediation = {
  kind: 'mediation',
  schemaVersion: 2,
  id: 'bemiddeling-beekdal',
  disputeId: 'geschil-beekdal',
  knelpuntId: 'knelpunt-beekdal',
  mediator: { name: 'mr. A. de Vries', organisation: 'Bureau Tussenweg' },
  style: 'facilitative',
  startedOn: '2026-04-01',
  partyIds: [WS, GB],
  sessions: [
    { date: '2026-04-14', hours: 2.5 },
    { date: '2026-04-28', hours: 3 },
    { date: '2026-05-12', hours: 2 },
  ],
  impartialityRatings: [],
};
