import { describe, expect, it } from 'vitest';
import {
  type AdjustedWinnerInput,
  AdjustedWinnerInputSchema,
  type AdjustedWinnerResult,
  type DilemmaLine,
  DilemmaLineSchema,
  type Dispute,
  DisputeSchema,
  type DocaBoard,
  isGebiedsgerichtError,
  type Mediation,
  type MediationOutcome,
  MediationOutcomeSchema,
  MediationSchema,
  MediationStyle,
  mediationStyleRegie,
  type NegotiationPreparation,
  NegotiationPreparationSchema,
  type PackageDealInput,
  PackageDealInputSchema,
  type PackageDealResult,
  validate,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

const dispute: Dispute = {
  kind: 'dispute',
  schemaVersion: 2,
  id: 'geschil-beekdal',
  title: 'Woningbouw in het beekdal van de Lindt',
  knelpuntId: 'knelpunt-beekdal',
  parties: [
    {
      partyId: 'waterschap-aa-en-lindt',
      name: 'Waterschap Aa en Lindt',
      interests: ['150 ha waterberging in het beekdal'],
      values: ['Droge voeten', 'Robuust watersysteem'],
      positions: [{ issueId: 'dal', statement: 'Geen woningen in het beekdal' }],
      alternative: 'Escalatie naar Gedeputeerde Staten',
    },
    {
      partyId: 'gemeente-beekdal',
      name: 'Gemeente Beekdal',
      interests: ['Woningen voor starters'],
      values: ['Vitale dorpen'],
      positions: [{ issueId: 'dal', statement: '300 woningen in het beekdal' }],
    },
  ],
  issues: [{ id: 'dal', title: 'Woningbouw in het beekdal' }],
  history: [
    {
      at: '2026-03-02T10:00:00+01:00',
      kind: 'raised',
      description: 'Gemeld door het waterschap',
      byPartyId: 'waterschap-aa-en-lindt',
    },
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

const mediation: Mediation = {
  kind: 'mediation',
  schemaVersion: 2,
  id: 'bemiddeling-beekdal',
  disputeId: 'geschil-beekdal',
  mediator: { name: 'mr. A. de Vries', organisation: 'Bureau Tussenweg' },
  style: 'facilitative',
  startedOn: '2026-04-01',
  partyIds: ['waterschap-aa-en-lindt', 'gemeente-beekdal'],
  sessions: [{ date: '2026-04-14', hours: 2.5, partyIds: ['gemeente-beekdal'] }],
  impartialityRatings: [{ partyId: 'gemeente-beekdal', at: '2026-04-14T16:00:00+02:00', impartial: true, score: 4 }],
};

const packageInput: PackageDealInput = {
  kind: 'packageDealInput',
  schemaVersion: 2,
  id: 'pakket-beekdal',
  issues: [
    {
      id: 'dal',
      title: 'Woningbouw in het dal',
      options: [
        { id: 'geen', title: 'Geen' },
        { id: 'deels', title: 'Deels' },
      ],
    },
  ],
  parties: [
    { partyId: 'ws', name: 'Waterschap', points: { dal: { geen: 60, deels: 10 } }, disagreementPoint: 20 },
    { partyId: 'gb', name: 'Beekdal', points: { dal: { geen: 0, deels: 50 } }, disagreementPoint: 10 },
  ],
};

const packageResult: PackageDealResult = {
  kind: 'packageDealResult',
  schemaVersion: 2,
  id: 'pakket-beekdal-uitkomst',
  inputId: 'pakket-beekdal',
  feasible: true,
  paretoPackages: [
    {
      choices: [{ issueId: 'dal', optionId: 'deels' }],
      parties: [
        {
          partyId: 'ws',
          points: 10,
          gain: 5,
          concessions: [{ issueId: 'dal', optionId: 'deels', preferredOptionId: 'geen', pointsGivenUp: 50 }],
          preferredOn: [],
        },
        { partyId: 'gb', points: 50, gain: 40, concessions: [], preferredOn: ['dal'] },
      ],
      nashProduct: 200,
      equivalentPackages: 1,
    },
  ],
};

const awInput: AdjustedWinnerInput = {
  kind: 'adjustedWinnerInput',
  schemaVersion: 2,
  id: 'aw',
  items: [
    { id: 'x', title: 'X' },
    { id: 'y', title: 'Y' },
  ],
  parties: [
    { partyId: 'a', name: 'A', points: { x: 60, y: 40 } },
    { partyId: 'b', name: 'B', points: { x: 30, y: 70 } },
  ],
};

const awResult: AdjustedWinnerResult = {
  kind: 'adjustedWinnerResult',
  schemaVersion: 2,
  id: 'aw-uitkomst',
  inputId: 'aw',
  allocations: [
    {
      itemId: 'x',
      initialWinnerId: 'a',
      shares: [
        { partyId: 'a', fraction: 1 },
        { partyId: 'b', fraction: 0 },
      ],
    },
  ],
  totals: [
    { partyId: 'a', initialPoints: 60, finalPoints: 60 },
    { partyId: 'b', initialPoints: 70, finalPoints: 70 },
  ],
  transferredItemIds: [],
};

const preparation: NegotiationPreparation = {
  kind: 'negotiationPreparation',
  schemaVersion: 2,
  id: 'voorbereiding-ws',
  partyId: 'ws',
  partyName: 'Waterschap',
  ownValues: [{ value: 'Droge voeten', why: 'Kerntaak' }],
  otherParties: [{ partyId: 'gb', name: 'Beekdal', values: ['Vitale dorpen'], interests: [] }],
  possibilities: ['Woningen op de hoge gronden'],
  informalTalk: { planned: true },
  questions: [{ toPartyId: 'gb', topic: 'motive', question: 'Waarom juist in het dal?' }],
};

const dilemmaLine: DilemmaLine = {
  kind: 'dilemmaLine',
  schemaVersion: 2,
  id: 'dilemmalijn',
  title: 'RES-dilemma’s',
  dilemmas: [
    { id: 'clusteren', question: 'Clusteren of spreiden?', leftExtreme: 'Clusteren', rightExtreme: 'Spreiden' },
  ],
  participants: [{ id: 'p1', name: 'Wethouder' }],
  arguments: [{ id: 'net', text: 'Het net zit vol' }],
  positions: [{ dilemmaId: 'clusteren', participantId: 'p1', position: 0.2, argumentIds: ['net'] }],
};

const doca: DocaBoard = {
  kind: 'docaBoard',
  schemaVersion: 2,
  id: 'doca',
  title: 'Atelierdag',
  contributions: [{ id: 'c1', text: 'In 2021 overstroomde het dal twee keer', category: 'data' }],
};

const settled: MediationOutcome = {
  kind: 'mediationOutcome',
  schemaVersion: 2,
  id: 'uitkomst',
  disputeId: 'geschil-beekdal',
  recordedAt: '2026-06-01T12:00:00+02:00',
  style: 'facilitative',
  sessionHours: 7.5,
  parties: [
    { partyId: 'ws', concedes: [], gains: ['Het beekdal'] },
    { partyId: 'gb', concedes: ['Geen woningen in het dal'], gains: ['Extra woningcontingent elders'] },
  ],
  status: 'settled',
  package: [{ issueId: 'dal', optionId: 'geen', agreement: 'Het dal blijft onbebouwd' }],
  summary: 'Pakketdeal',
};

const notSettled: MediationOutcome = {
  kind: 'mediationOutcome',
  schemaVersion: 2,
  id: 'uitkomst-2',
  disputeId: 'geschil-beekdal',
  recordedAt: '2026-06-01T12:00:00+02:00',
  style: 'evaluative',
  sessionHours: 12,
  parties: [
    { partyId: 'ws', concedes: [], gains: [] },
    { partyId: 'gb', concedes: [], gains: [] },
  ],
  status: 'not_settled',
  reason: 'Geen pakket dat beide partijen meer geeft dan escalatie',
};

function codesOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (isGebiedsgerichtError(e)) return e.issues.map((i) => i.code);
    throw e;
  }
  return [];
}

describe('mediation shapes', () => {
  it('give every style its regie as the handreiking describes it', () => {
    expect(mediationStyleRegie.evaluative).toEqual({ contentRegie: 'mediator', processRegie: 'mediator' });
    expect(mediationStyleRegie.facilitative).toEqual({ contentRegie: 'parties', processRegie: 'mediator' });
    expect(mediationStyleRegie.transformative).toEqual({ contentRegie: 'parties', processRegie: 'parties' });
    expect(MediationStyle.label('transformative', 'nl')).toBe('Transformatieve bemiddeling');
  });

  it('reject a position on an unknown issue and a dispute without two parties', () => {
    const bad = structuredClone(dispute);
    bad.parties[0]?.positions.push({ issueId: 'nergens', statement: 'x' });
    expect(codesOf(() => validate(DisputeSchema, bad))).toContain('unknown_issue');
    expect(codesOf(() => validate(DisputeSchema, { ...dispute, parties: [] }))).toContain('too_small');
  });

  it('reject a mediator who belongs to one of the parties', () => {
    const bad = { ...mediation, mediator: { name: 'X', affiliatedPartyId: 'gemeente-beekdal' } };
    expect(codesOf(() => validate(MediationSchema, bad))).toEqual(['mediator_is_party']);
  });

  it('reject package input with unknown issues, unknown options and missing points', () => {
    const bad = structuredClone(packageInput);
    const [ws, gb] = bad.parties;
    if (!ws || !gb) throw new Error('fixture');
    ws.points.nergens = { geen: 1 };
    gb.points = { dal: { geen: 0, veel: 3 } };
    const codes = codesOf(() => validate(PackageDealInputSchema, bad));
    expect(codes).toContain('unknown_issue');
    expect(codes).toContain('unknown_option');
    expect(codes).toContain('missing_points');
  });

  it('reject Adjusted Winner points that do not sum to 100', () => {
    const bad = structuredClone(awInput);
    const a = bad.parties[0];
    if (!a) throw new Error('fixture');
    a.points.x = 59;
    expect(codesOf(() => validate(AdjustedWinnerInputSchema, bad))).toEqual(['points_do_not_sum_to_100']);
    expect(validate(AdjustedWinnerInputSchema, awInput)).toEqual(awInput);
  });

  it('reject questions to parties that are not among the others', () => {
    const bad = structuredClone(preparation);
    bad.questions.push({ toPartyId: 'rijk', topic: 'goal', question: '?' });
    expect(codesOf(() => validate(NegotiationPreparationSchema, bad))).toEqual(['unknown_party']);
  });

  it('reject a second place of one participant on the same dilemma', () => {
    const bad = structuredClone(dilemmaLine);
    bad.positions.push({ dilemmaId: 'clusteren', participantId: 'p1', position: 0.9, argumentIds: [] });
    expect(codesOf(() => validate(DilemmaLineSchema, bad))).toEqual(['duplicate_position']);
  });

  it('require a reason when a mediation did not settle', () => {
    const { reason: _reason, ...withoutReason } = notSettled as Extract<MediationOutcome, { status: 'not_settled' }>;
    expect(codesOf(() => validate(MediationOutcomeSchema, withoutReason)).length).toBeGreaterThan(0);
    expect(validate(MediationOutcomeSchema, settled)).toEqual(settled);
  });

  it.each([
    ['dispute', dispute],
    ['mediation', mediation],
    ['packageDealInput', packageInput],
    ['packageDealResult', packageResult],
    ['adjustedWinnerInput', awInput],
    ['adjustedWinnerResult', awResult],
    ['negotiationPreparation', preparation],
    ['dilemmaLine', dilemmaLine],
    ['docaBoard', doca],
    ['mediationOutcome', settled],
    ['mediationOutcome', notSettled],
  ] as const)('publish JSON Schema for %s that agrees with zod', (name, sample) => {
    const counts = expectJsonSchemaAgreement(name, [sample], { runs: 150 });
    expect(counts.checked).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(sample))).toEqual(sample);
  });
});
