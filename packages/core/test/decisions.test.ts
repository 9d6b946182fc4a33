import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  lindewaardBestuursovereenkomst,
  lindewaardConsents,
  lindewaardDecisions,
  lindewaardDeferredChoices,
  windExchangeNoordveld,
  zuidmarkWisselgeld,
} from '../src/fixtures/index';
import {
  BestuursovereenkomstSchema,
  ConsentOutcome,
  ConsentSchema,
  type Decision,
  DecisionSchema,
  DeferredChoiceSchema,
  type GebiedsgerichtError,
  ProvinceExchangeSchema,
  validate,
  WisselgeldSchema,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

function issuesOf(fn: () => unknown): { code: string; path: (string | number)[] }[] {
  try {
    fn();
  } catch (error) {
    const e = error as GebiedsgerichtError;
    expect(e.code).toBe('invalid_input');
    return e.issues.map((i) => ({ code: i.code, path: i.path }));
  }
  throw new Error('expected a rejection');
}
const clone = <T>(value: T): T => structuredClone(value);
const decision = lindewaardDecisions[0] as Decision;

describe('decision', () => {
  it('accepts every scenario decision and keeps it through a JSON round trip', () => {
    for (const d of lindewaardDecisions) expect(validate(DecisionSchema, JSON.parse(JSON.stringify(d)))).toEqual(d);
  });

  it('rejects a decision without body or motivation, naming both paths', () => {
    const input = clone(decision) as Partial<Decision>;
    delete input.bodyId;
    delete input.motivation;
    expect(issuesOf(() => validate(DecisionSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'invalid_type', path: ['bodyId'] },
        { code: 'invalid_type', path: ['motivation'] },
      ]),
    );
  });

  it('rejects a motivation given in one language only, and an actor without role', () => {
    const input = clone(decision) as unknown as Record<string, Record<string, unknown>>;
    input.motivation = { nl: 'Alleen Nederlands' };
    delete input.decidedBy!.role;
    expect(issuesOf(() => validate(DecisionSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'invalid_type', path: ['motivation', 'en'] },
        { code: 'invalid_value', path: ['decidedBy', 'role'] },
      ]),
    );
  });

  it('never pollutes a prototype from a hostile document', () => {
    const hostile = JSON.parse(`{"__proto__":{"polluted":1},${JSON.stringify(decision).slice(1)}`);
    expect(issuesOf(() => validate(DecisionSchema, hostile))).toEqual([{ code: 'unrecognized_keys', path: [] }]);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });
});

describe('consent of a medeoverheid', () => {
  it('traces the amendment of Beekdal as a change of target', () => {
    const beekdal = lindewaardConsents.find((c) => c.partyId === 'gemeente-beekdal' && c.stepId === 'afwegen-en-keuze');
    expect(beekdal?.outcome).toBe('amended');
    expect(beekdal?.targetChanges).toEqual([
      expect.objectContaining({ opgaveId: 'opgave-wonen-eigen', before: 800, after: 700 }),
    ]);
    expect(ConsentOutcome.label('amended', 'en')).toBe('Adopted with amendments');
  });

  it('rejects an amendment without traced changes, changes without amendment, a rejection without reason', () => {
    const base = lindewaardConsents[0]!;
    expect(issuesOf(() => validate(ConsentSchema, { ...base, outcome: 'amended' }))).toEqual([
      { code: 'consent_amended_without_changes', path: ['targetChanges'] },
    ]);
    const withChanges = lindewaardConsents.find((c) => c.outcome === 'amended')!;
    expect(issuesOf(() => validate(ConsentSchema, { ...withChanges, outcome: 'adopted' }))).toEqual([
      { code: 'consent_changes_without_amendment', path: ['outcome'] },
    ]);
    expect(issuesOf(() => validate(ConsentSchema, { ...base, outcome: 'rejected' }))).toEqual([
      { code: 'consent_rejected_without_reason', path: ['reason'] },
    ]);
  });

  it('property: adopted and rejected consents with a reason never carry target changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ConsentOutcome.values), fc.nat({ max: 3 }), (outcome, changes) => {
        const consent = {
          ...lindewaardConsents[0]!,
          outcome,
          reason: { nl: 'r', en: 'r' },
          targetChanges: Array.from({ length: changes }, () => ({
            opgaveId: 'opgave-wonen',
            unit: 'woningen',
            before: 1,
            after: 2,
            motivation: { nl: 'm', en: 'm' },
          })),
        };
        const ok = ConsentSchema.safeParse(consent).success;
        expect(ok).toBe(outcome === 'amended' ? changes > 0 : changes === 0);
      }),
    );
  });
});

describe('bestuursovereenkomst', () => {
  it('is accepted, round-trips and agrees with its JSON Schema', () => {
    expect(validate(BestuursovereenkomstSchema, JSON.parse(JSON.stringify(lindewaardBestuursovereenkomst)))).toEqual(
      lindewaardBestuursovereenkomst,
    );
    const counts = expectJsonSchemaAgreement('bestuursovereenkomst', [lindewaardBestuursovereenkomst]);
    expect(counts.invalid).toBeGreaterThan(100);
  });

  it('rejects a signatory that is not a party', () => {
    const input = clone(lindewaardBestuursovereenkomst);
    input.signatories.push({ partyId: 'lto', signedOn: '2027-10-01' });
    expect(issuesOf(() => validate(BestuursovereenkomstSchema, input))).toEqual([
      { code: 'signatory_not_a_party', path: ['signatories', 6, 'partyId'] },
    ]);
  });
});

describe('wisselgeld and exchanges between provinces', () => {
  it('holds the scenario: 40 ha solar to Hoge Zand, 300 homes to Lindewaard, the N-road co-financed', () => {
    const w = validate(WisselgeldSchema, zuidmarkWisselgeld);
    expect(w.transfers.map((t) => [t.opgaveId, t.quantity, t.to])).toEqual([
      ['opgave-zon', 40, 'gebiedsproces-hoge-zand'],
      ['hz-opgave-wonen', 300, 'gebiedsproces-lindewaard'],
    ]);
    expect(w.compensations[0]?.projectId).toBe('project-n-weg');
  });

  it('rejects a transfer within one area, to an area outside the exchange, and agreed without a date', () => {
    const input = clone(zuidmarkWisselgeld);
    input.transfers[0]!.to = input.transfers[0]!.from;
    input.transfers[1]!.from = 'gebiedsproces-elders';
    delete input.agreedOn;
    expect(issuesOf(() => validate(WisselgeldSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'transfer_within_one_area', path: ['transfers', 0, 'to'] },
        { code: 'transfer_outside_exchange', path: ['transfers', 1, 'from'] },
        { code: 'agreed_without_date', path: ['agreedOn'] },
      ]),
    );
  });

  it('rejects an exchange of wind turbines with the same province', () => {
    const input = clone(windExchangeNoordveld);
    input.transfers[0]!.to = 'provincie-zuidmark';
    expect(issuesOf(() => validate(ProvinceExchangeSchema, input))).toEqual([
      { code: 'transfer_within_one_province', path: ['transfers', 0, 'to'] },
    ]);
  });
});

describe('deferred choice', () => {
  it('rejects a deferral without consequences or decide-by date', () => {
    const input = clone(lindewaardDeferredChoices[0]!) as Record<string, unknown>;
    input.consequences = [];
    delete input.decideBy;
    expect(issuesOf(() => validate(DeferredChoiceSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'too_small', path: ['consequences'] },
        { code: 'invalid_type', path: ['decideBy'] },
      ]),
    );
  });
});
