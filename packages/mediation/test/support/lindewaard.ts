// Test data from the shared fictional scenario (Gebied Lindewaard): the knelpunt between
// Waterschap Aa en Lindt and gemeente Beekdal on housing in the Lindt brook valley.
import type { Dispute, Mediation, PackageDealInput } from '@gebiedsgericht/core';

export const WS = 'waterschap-aa-en-lindt';
export const GB = 'gemeente-beekdal';

export const beekdalDispute: Dispute = {
  kind: 'dispute',
  schemaVersion: 1,
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

/** Points per party (Raiffa-style scoring: the best option on every issue adds up to 100). */
export const beekdalPackageInput: PackageDealInput = {
  kind: 'packageDealInput',
  schemaVersion: 1,
  id: 'pakket-beekdal',
  disputeId: 'geschil-beekdal',
  issues: [
    {
      id: 'dal',
      title: 'Woningbouw in het beekdal',
      options: [
        { id: 'geen', title: 'Geen woningen, 150 ha waterberging' },
        { id: 'rand', title: '100 woningen aan de rand, 120 ha waterberging' },
        { id: 'deels', title: '300 woningen, 80 ha waterberging' },
      ],
    },
    {
      id: 'contingent',
      title: 'Extra woningcontingent elders voor Beekdal',
      options: [
        { id: 'geen', title: 'Geen extra contingent' },
        { id: 'extra-150', title: '150 woningen extra op de hoge gronden' },
        { id: 'extra-300', title: '300 woningen extra op de hoge gronden' },
      ],
    },
    {
      id: 'cofinanciering',
      title: 'Cofinanciering van de waterberging',
      options: [
        { id: 'geen', title: 'Geen cofinanciering' },
        { id: 'deels', title: '€ 1,5 miljoen cofinanciering' },
        { id: 'volledig', title: '€ 3 miljoen cofinanciering' },
      ],
    },
    {
      id: 'fasering',
      title: 'Fasering',
      options: [
        { id: 'direct', title: 'Waterberging vóór 2028' },
        { id: 'gefaseerd', title: 'Waterberging gefaseerd tot 2032' },
      ],
    },
  ],
  parties: [
    {
      partyId: WS,
      name: 'Waterschap Aa en Lindt',
      points: {
        dal: { geen: 50, rand: 30, deels: 0 },
        contingent: { geen: 10, 'extra-150': 10, 'extra-300': 6 },
        cofinanciering: { geen: 0, deels: 15, volledig: 25 },
        fasering: { direct: 15, gefaseerd: 5 },
      },
      disagreementPoint: 40,
      disagreementDescription: 'Escalatie naar de provincie: uitkomst onzeker, jaren vertraging',
    },
    {
      partyId: GB,
      name: 'Gemeente Beekdal',
      points: {
        dal: { geen: 0, rand: 15, deels: 35 },
        contingent: { geen: 0, 'extra-150': 25, 'extra-300': 40 },
        cofinanciering: { geen: 15, deels: 8, volledig: 0 },
        fasering: { direct: 3, gefaseerd: 10 },
      },
      disagreementPoint: 35,
      disagreementDescription: 'Escalatie naar de provincie: woningbouw in het dal onzeker',
    },
  ],
};

export const beekdalMediation: Mediation = {
  kind: 'mediation',
  schemaVersion: 1,
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
