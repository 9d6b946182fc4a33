import { describe, expect, it } from 'vitest';
import * as arrangementFixtures from '../src/fixtures/arrangement';
import * as decisionsFixtures from '../src/fixtures/decisions';
import * as hogeZandFixtures from '../src/fixtures/hogeZand';
import { hogeZand, lindewaard } from '../src/fixtures/index';
import * as programmeFixtures from '../src/fixtures/programme';
import * as recordsFixtures from '../src/fixtures/records';
import * as stepsFixtures from '../src/fixtures/steps';
import {
  ConsentState,
  consentStatus,
  documentSchemas,
  type GebiedsgerichtError,
  type Gebiedsproces,
  GebiedsprocesSchema,
  validate,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

function issuesOf(fn: () => unknown): { code: string; path: (string | number)[] }[] {
  try {
    fn();
  } catch (error) {
    const e = error as GebiedsgerichtError;
    expect(e.code).toBe('invalid_input');
    for (const i of e.issues) expect(i.message.nl).not.toBe(i.message.en);
    return e.issues.map((i) => ({ code: i.code, path: i.path }));
  }
  throw new Error('expected a rejection');
}
const clone = <T>(value: T): T => structuredClone(value);

describe('gebiedsproces document', () => {
  it('accepts Lindewaard (all six steps) and Hoge Zand (in step 2), each through a JSON round trip', () => {
    for (const doc of [lindewaard, hogeZand]) {
      const text = JSON.stringify(doc);
      expect(validate(GebiedsprocesSchema, JSON.parse(text))).toEqual(doc);
    }
    expect(Object.keys(lindewaard.deliverables)).toEqual([
      'dataInventory',
      'visionAndFramework',
      'developmentVariants',
      'assessmentAndChoice',
      'embedding',
    ]);
  });

  // Compiling the JSON Schema of a whole area process takes a few seconds with ajv; hence the timeout.
  it('agrees with its JSON Schema', { timeout: 60_000 }, () => {
    const counts = expectJsonSchemaAgreement('gebiedsproces', [lindewaard, hogeZand], { runs: 40 });
    expect(counts.invalid).toBeGreaterThan(30);
  });

  it('rejects consent from a body that is not part of the process', () => {
    const input: Gebiedsproces = clone(lindewaard);
    const at = input.consents.length;
    input.consents.push({
      id: 'instemming-raad-elders',
      partyId: 'gemeente-elders',
      bodyId: 'raad-elders',
      outcome: 'adopted',
      date: '2027-07-01',
      targetChanges: [],
    });
    expect(issuesOf(() => validate(GebiedsprocesSchema, input))).toEqual([
      { code: 'consent_from_outside_process', path: ['consents', at, 'partyId'] },
    ]);
  });

  it('rejects consent from a party that is no medeoverheid, and a body of another party', () => {
    const input = clone(lindewaard);
    input.consents[0]!.partyId = 'lto';
    expect(input.consents[1]!.partyId).toBe('gemeente-beekdal');
    input.consents[1]!.bodyId = 'raad-lindewaard';
    expect(issuesOf(() => validate(GebiedsprocesSchema, input))).toEqual([
      { code: 'consent_from_outside_process', path: ['consents', 0, 'partyId'] },
      { code: 'body_not_of_party', path: ['consents', 1, 'bodyId'] },
    ]);
  });

  it('rejects decisions by unknown parties or bodies, for unknown steps or goals', () => {
    const input = clone(lindewaard);
    input.decisions[0]!.partyId = 'provincie-elders';
    input.decisions[1]!.bodyId = 'raad-lindewaard';
    input.decisions[2]!.stepId = 'stap-7';
    input.decisions[2]!.servesGoalIds = ['doel-onbekend'];
    expect(issuesOf(() => validate(GebiedsprocesSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'unknown_party', path: ['decisions', 0, 'partyId'] },
        { code: 'body_not_of_party', path: ['decisions', 1, 'bodyId'] },
        { code: 'unknown_step', path: ['decisions', 2, 'stepId'] },
        { code: 'unknown_goal', path: ['decisions', 2, 'servesGoalIds', 0] },
      ]),
    );
  });

  it('rejects a deliverable or knelpunt of another area process, and a chosen variant that was never designed', () => {
    const input = clone(lindewaard);
    input.deliverables.dataInventory!.gebiedsprocesId = 'gebiedsproces-hoge-zand';
    input.knelpunten[0]!.gebiedsprocesId = 'gebiedsproces-hoge-zand';
    input.deliverables.developmentVariants!.variantSet.variants.splice(2, 1);
    expect(issuesOf(() => validate(GebiedsprocesSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'wrong_process', path: ['deliverables', 'dataInventory', 'gebiedsprocesId'] },
        { code: 'wrong_process', path: ['knelpunten', 0, 'gebiedsprocesId'] },
        { code: 'unknown_variant', path: ['deliverables', 'assessmentAndChoice', 'choice', 'chosenVariantId'] },
      ]),
    );
  });

  it('rejects a variant screened against a randvoorwaarde that step 2 does not have', () => {
    const input = clone(lindewaard);
    input.deliverables.developmentVariants!.variantSet.variants[0]!.judgements![0]!.randvoorwaardeId = 'rv-onbekend';
    expect(issuesOf(() => validate(GebiedsprocesSchema, input))).toEqual([
      {
        code: 'unknown_randvoorwaarde',
        path: ['deliverables', 'developmentVariants', 'variantSet', 'variants', 0, 'judgements', 0, 'randvoorwaardeId'],
      },
    ]);
  });

  it('rejects weights that do not sum to 1 inside the whole document, with the full path', () => {
    const input = clone(lindewaard);
    input.deliverables.visionAndFramework!.afwegingskader.criteria[1]!.weight = 0.5;
    expect(issuesOf(() => validate(GebiedsprocesSchema, input))).toEqual([
      { code: 'weights_do_not_sum_to_one', path: ['deliverables', 'visionAndFramework', 'afwegingskader', 'criteria'] },
    ]);
  });

  it('checks mediation disputes and parties of money and programmes when they are given', () => {
    const input = clone(lindewaard);
    input.disputes = [];
    input.agreements[0]!.finance[0]!.payerPartyId = 'bank-onbekend';
    input.programme!.fundingSources[0]!.partyId = 'fonds-onbekend';
    expect(issuesOf(() => validate(GebiedsprocesSchema, input))).toEqual([
      { code: 'unknown_party', path: ['agreements', 0, 'finance', 0, 'payerPartyId'] },
      { code: 'unknown_dispute', path: ['knelpunten', 0, 'escalation', 1, 'disputeId'] },
      { code: 'unknown_party', path: ['programme', 'fundingSources', 0, 'partyId'] },
    ]);
  });

  it('rejects a quick win towards a goal the vision does not have', () => {
    const input = clone(lindewaard);
    input.programme!.quickWins[0]!.longTermGoalIds = ['doel-onbekend'];
    expect(issuesOf(() => validate(GebiedsprocesSchema, input))).toEqual([
      { code: 'unknown_goal', path: ['programme', 'quickWins', 0, 'longTermGoalIds', 0] },
    ]);
  });

  it('leaves the input unchanged and pollutes nothing when rejecting a hostile document', () => {
    const text = `{"__proto__":{"polluted":true},${JSON.stringify(lindewaard).slice(1)}`;
    const input = JSON.parse(text);
    expect(issuesOf(() => validate(GebiedsprocesSchema, input))).toEqual([{ code: 'unrecognized_keys', path: [] }]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(JSON.stringify(input)).toBe(JSON.stringify(JSON.parse(text)));
  });
});

describe('consentStatus', () => {
  it('shows where every medeoverheid of Lindewaard stands on the choice of variant C', () => {
    const status = consentStatus(lindewaard, { decisionId: 'besluit-keuze-variant-c' });
    expect(Object.fromEntries(status.map((s) => [s.partyId, s.state]))).toEqual({
      'provincie-zuidmark': 'adopted',
      'gemeente-lindewaard': 'adopted',
      'gemeente-beekdal': 'amended',
      'gemeente-hoeverveen': 'adopted',
      'waterschap-aa-en-lindt': 'adopted',
    });
    expect(ConsentState.label('missing', 'en')).toBe('No consent yet');
  });

  it('reports missing consent and takes the latest response of a body', () => {
    const input = clone(lindewaard);
    input.consents = input.consents.filter((c) => c.partyId !== 'gemeente-hoeverveen');
    input.consents.push({
      id: 'instemming-raad-beekdal-2',
      partyId: 'gemeente-beekdal',
      bodyId: 'raad-beekdal',
      stepId: 'afwegen-en-keuze',
      decisionId: 'besluit-keuze-variant-c',
      outcome: 'rejected',
      date: '2027-09-01',
      targetChanges: [],
      reason: { nl: 'Motie van wantrouwen', en: 'Motion of no confidence' },
    });
    const byParty = Object.fromEntries(consentStatus(input, { stepId: 'afwegen-en-keuze' }).map((s) => [s.partyId, s]));
    expect(byParty['gemeente-hoeverveen']).toEqual({
      partyId: 'gemeente-hoeverveen',
      state: 'missing',
      consentIds: [],
    });
    expect(byParty['gemeente-beekdal']?.state).toBe('rejected');
    expect(byParty['gemeente-beekdal']?.consentIds).toEqual(['instemming-raad-beekdal', 'instemming-raad-beekdal-2']);
  });

  it('refuses an unknown decision or step with a typed error', () => {
    expect(() => consentStatus(lindewaard, { decisionId: 'besluit-onbekend' })).toThrowError(
      expect.objectContaining({ code: 'unknown_decision', path: ['subject', 'decisionId'] }),
    );
    expect(() => consentStatus(lindewaard, { stepId: 'stap-9' })).toThrowError(
      expect.objectContaining({ code: 'unknown_step', path: ['subject', 'stepId'] }),
    );
  });

  it('refuses a subject that is not an object, or whose id is not text, with a typed error', () => {
    for (const subject of [1e9, null, 'besluit', Symbol('s')]) {
      expect(() => consentStatus(lindewaard, subject as never)).toThrowError(
        expect.objectContaining({ code: 'invalid_argument', path: ['subject'] }),
      );
    }
    expect(() => consentStatus(lindewaard, { decisionId: Symbol('d') } as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['subject', 'decisionId'] }),
    );
    expect(() => consentStatus(lindewaard, { stepId: Object.create(null) } as never)).toThrowError(
      expect.objectContaining({ code: 'invalid_argument', path: ['subject', 'stepId'] }),
    );
  });
});

describe('horizon of the vision', () => {
  it('must match the horizon year of the area', () => {
    const input = clone(lindewaard);
    input.deliverables.visionAndFramework!.vision.horizonYear = 2060;
    expect(issuesOf(() => validate(GebiedsprocesSchema, input))).toEqual([
      { code: 'horizon_mismatch', path: ['deliverables', 'visionAndFramework', 'vision', 'horizonYear'] },
    ]);
  });
});

describe('every core-B fixture', () => {
  const modules = {
    arrangementFixtures,
    decisionsFixtures,
    hogeZandFixtures,
    programmeFixtures,
    recordsFixtures,
    stepsFixtures,
  };
  const entries = Object.entries(modules).flatMap(([module, exports]) =>
    Object.entries(exports as Record<string, unknown>).map(([name, value]) => [`${module}.${name}`, value] as const),
  );

  it.each(entries)('%s survives a JSON round trip unchanged', (_name, value) => {
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });

  it('validates every fixture that is a registered document against its schema', () => {
    let documents = 0;
    for (const [name, value] of entries)
      for (const item of Array.isArray(value) ? value : [value]) {
        const kind = (item as { kind?: unknown }).kind;
        if (typeof kind !== 'string' || !Object.hasOwn(documentSchemas, kind)) continue;
        const result = documentSchemas[kind]!.schema.safeParse(item);
        expect(result.success, `${name} (${kind})`).toBe(true);
        documents += 1;
      }
    expect(documents).toBeGreaterThanOrEqual(18);
  });
});
