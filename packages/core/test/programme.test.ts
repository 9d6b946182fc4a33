import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lindewaardProgramme } from '../src/fixtures/index';
import {
  type FinancialStatus,
  FundingSourceKind,
  type GebiedsgerichtError,
  investmentAgenda,
  type Programme,
  ProgrammeSchema,
  validate,
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
const M = 100_000_000;

describe('programme', () => {
  it('accepts the scenario programme, round-trips, and agrees with its JSON Schema', () => {
    expect(validate(ProgrammeSchema, JSON.parse(JSON.stringify(lindewaardProgramme)))).toEqual(lindewaardProgramme);
    const counts = expectJsonSchemaAgreement('programme', [lindewaardProgramme], { runs: 150 });
    expect(counts.invalid).toBeGreaterThan(80);
  });

  it('links every quick win to a long-term goal (none without)', () => {
    const input = clone(lindewaardProgramme);
    input.quickWins[0]!.longTermGoalIds = [];
    expect(issuesOf(() => validate(ProgrammeSchema, input))).toEqual([
      { code: 'too_small', path: ['quickWins', 0, 'longTermGoalIds'] },
    ]);
  });

  it('rejects funding from an unknown source or outside the agenda years, and money in floats', () => {
    const input = clone(lindewaardProgramme);
    input.projects[0]!.funding[0]!.sourceId = 'bron-onbekend';
    input.projects[1]!.funding[0]!.year = 2040;
    input.projects[2]!.funding[0]!.amountCents = 0.5;
    expect(issuesOf(() => validate(ProgrammeSchema, input))).toEqual(
      expect.arrayContaining([{ code: 'invalid_type', path: ['projects', 2, 'funding', 0, 'amountCents'] }]),
    );
    const structural = clone(lindewaardProgramme);
    structural.projects[0]!.funding[0]!.sourceId = 'bron-onbekend';
    structural.projects[1]!.funding[0]!.year = 2040;
    expect(issuesOf(() => validate(ProgrammeSchema, structural))).toEqual([
      { code: 'unknown_funding_source', path: ['projects', 0, 'funding', 0, 'sourceId'] },
      { code: 'funding_outside_agenda', path: ['projects', 1, 'funding', 0, 'year'] },
    ]);
  });

  it('has labels for every funding source kind', () => {
    for (const kind of FundingSourceKind.values) expect(FundingSourceKind.label(kind, 'nl')).not.toBe(kind);
  });
});

describe('investment agenda', () => {
  it('sums the scenario funding per year, source and status', () => {
    const agenda = investmentAgenda(lindewaardProgramme);
    // The fixture: waterschap 15 M (2028, committed) + 15 M (2029, reserved); province 15 M (2028,
    // reserved) + 15 M (2029, indicative) + 24 M (2028, committed); NOVEX 4 M (2029, indicative);
    // Regio Deal 12 M (2029, reserved); gemeenten 12 M (2030, indicative) + 8 M (2031, indicative).
    expect(agenda.totalCents).toBe(120 * M);
    expect(agenda.byStatus).toEqual({ committed: 39 * M, reserved: 42 * M, indicative: 39 * M });
    expect(agenda.years.map((y) => [y.year, y.totalCents])).toEqual([
      [2027, 0],
      [2028, 54 * M],
      [2029, 46 * M],
      [2030, 12 * M],
      [2031, 8 * M],
      [2032, 0],
    ]);
    expect(agenda.bySource.find((s) => s.sourceId === 'bron-provincie')?.totalCents).toBe(54 * M);
  });

  it('throws invalid_input with a path and changes nothing on a bad programme', () => {
    const input = clone(lindewaardProgramme);
    input.agendaUntilYear = 2020;
    const before = JSON.stringify(input);
    expect(issuesOf(() => investmentAgenda(input))).toEqual(
      expect.arrayContaining([{ code: 'ends_before_start', path: ['agendaUntilYear'] }]),
    );
    expect(JSON.stringify(input)).toBe(before);
  });

  it('refuses totals that no longer fit exactly in cents', () => {
    const input = clone(lindewaardProgramme);
    input.projects[0]!.funding[0]!.amountCents = Number.MAX_SAFE_INTEGER;
    expect(() => investmentAgenda(input)).toThrowError(expect.objectContaining({ code: 'amount_too_large' }));
  });

  const fundingArb = fc.array(
    fc.record({
      sourceId: fc.constantFrom('s1', 's2', 's3'),
      year: fc.integer({ min: 2027, max: 2032 }),
      amountCents: fc.integer({ min: 0, max: 10_000 * M }),
      status: fc.constantFrom<FinancialStatus>('indicative', 'reserved', 'committed'),
    }),
    { maxLength: 40 },
  );
  const programmeWith = (lines: Programme['projects'][number]['funding']): Programme => ({
    ...lindewaardProgramme,
    fundingSources: ['s1', 's2', 's3'].map((id) => ({
      id,
      name: { nl: id, en: id },
      kind: 'own_budget' as const,
      partyId: 'provincie-zuidmark',
    })),
    projects: [{ ...lindewaardProgramme.projects[0]!, funding: lines }],
  });

  it('property: the total equals the sum over years, over sources and over statuses', () => {
    fc.assert(
      fc.property(fundingArb, (lines) => {
        const agenda = investmentAgenda(programmeWith(lines));
        const direct = lines.reduce((s, l) => s + l.amountCents, 0);
        expect(agenda.totalCents).toBe(direct);
        expect(agenda.years.reduce((s, y) => s + y.totalCents, 0)).toBe(direct);
        expect(agenda.bySource.reduce((s, x) => s + x.totalCents, 0)).toBe(direct);
        const st = agenda.byStatus;
        expect(st.indicative + st.reserved + st.committed).toBe(direct);
        for (const y of agenda.years) expect(y.bySource.reduce((s, x) => s + x.amountCents, 0)).toBe(y.totalCents);
      }),
    );
  });

  it('property: adding a funding line never lowers any year total', () => {
    fc.assert(
      fc.property(
        fundingArb,
        fundingArb.filter((a) => a.length > 0),
        (lines, extra) => {
          const before = investmentAgenda(programmeWith(lines));
          const after = investmentAgenda(programmeWith([...lines, ...extra]));
          for (const [i, y] of after.years.entries())
            expect(y.totalCents).toBeGreaterThanOrEqual(before.years[i]!.totalCents);
        },
      ),
      { numRuns: 50 },
    );
  });
});
