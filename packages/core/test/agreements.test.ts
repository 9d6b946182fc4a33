import { describe, expect, it } from 'vitest';
import { lindewaardAgreements } from '../src/fixtures/index';
import {
  type Agreement,
  AgreementSchema,
  Bindingness,
  FinancialStatus,
  type GebiedsgerichtError,
  validate,
} from '../src/index';

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
const base = lindewaardAgreements[0] as Agreement;
const clone = <T>(value: T): T => structuredClone(value);

describe('agreements (afspraken)', () => {
  it('accepts the scenario agreements and keeps them through a JSON round trip', () => {
    for (const a of lindewaardAgreements) expect(validate(AgreementSchema, JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  it('has the three degrees of bindingness and three financial statuses, in Dutch and English', () => {
    expect(Bindingness.values).toEqual(['intention', 'best_effort', 'result']);
    expect(Bindingness.label('best_effort', 'nl')).toBe('Inspanningsverplichting');
    expect(FinancialStatus.values).toEqual(['indicative', 'reserved', 'committed']);
  });

  it('rejects an agreement without a party', () => {
    expect(issuesOf(() => validate(AgreementSchema, { ...base, partyIds: [] }))).toEqual(
      expect.arrayContaining([{ code: 'too_small', path: ['partyIds'] }]),
    );
    const input = clone(base) as unknown as { commitments: Record<string, unknown>[] };
    delete input.commitments[0]!.partyId;
    expect(issuesOf(() => validate(AgreementSchema, input))).toEqual([
      { code: 'invalid_type', path: ['commitments', 0, 'partyId'] },
    ]);
  });

  it('rejects an agreement without a date, and a commitment without a due date', () => {
    const input = clone(base) as unknown as Record<string, unknown> & { commitments: Record<string, unknown>[] };
    delete input.agreedOn;
    delete input.commitments[1]!.dueBy;
    expect(issuesOf(() => validate(AgreementSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'invalid_type', path: ['agreedOn'] },
        { code: 'invalid_type', path: ['commitments', 1, 'dueBy'] },
      ]),
    );
  });

  it('rejects a task for someone who is not a party to the agreement', () => {
    const input = clone(base);
    input.commitments[0]!.partyId = 'gemeente-hoeverveen';
    expect(issuesOf(() => validate(AgreementSchema, input))).toEqual([
      { code: 'commitment_by_non_party', path: ['commitments', 0, 'partyId'] },
    ]);
  });

  it('asks when the financial obligation arises as soon as money is committed', () => {
    const input = clone(base);
    input.finance[0]!.status = 'committed';
    expect(issuesOf(() => validate(AgreementSchema, input))).toEqual([
      { code: 'committed_without_obligation_date', path: ['finance', 0, 'obligationArisesOn'] },
    ]);
    input.finance[0]!.obligationArisesOn = '2028-01-01';
    expect(validate(AgreementSchema, input).finance[0]?.status).toBe('committed');
  });

  it('rejects validity that ends before it starts, money as a float, and an unknown bindingness', () => {
    const input = clone(base) as unknown as Record<string, unknown> & { finance: { amountCents: number }[] };
    input.validUntil = '2020-01-01';
    input.finance[0]!.amountCents = 12.5;
    input.bindingness = 'promise';
    expect(issuesOf(() => validate(AgreementSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'invalid_type', path: ['finance', 0, 'amountCents'] },
        { code: 'invalid_value', path: ['bindingness'] },
      ]),
    );
    const late = { ...clone(base), validUntil: '2020-01-01' };
    expect(issuesOf(() => validate(AgreementSchema, late))).toEqual([
      { code: 'ends_before_start', path: ['validUntil'] },
    ]);
  });

  it('says what ends before it starts, with both dates, in Dutch and English', () => {
    const late = { ...clone(base), validUntil: '2020-01-01' };
    const result = AgreementSchema.safeParse(late);
    expect(result.success).toBe(false);
    let issue: GebiedsgerichtError['issues'][number] | undefined;
    try {
      validate(AgreementSchema, late);
    } catch (error) {
      issue = (error as GebiedsgerichtError).issues[0];
    }
    expect(issue?.message).toEqual({
      nl: `De geldigheid eindigt (2020-01-01) vóór het begin (${base.validFrom})`,
      en: `The validity ends (2020-01-01) before it starts (${base.validFrom})`,
    });
  });
});
