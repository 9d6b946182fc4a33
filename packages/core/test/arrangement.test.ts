import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zuidmarkArrangement } from '../src/fixtures/index';
import {
  ArrangementStage,
  type GebiedsgerichtError,
  nationalOpgaveSummary,
  type RuimtelijkArrangement,
  RuimtelijkArrangementSchema,
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

describe('provincial ruimtelijk arrangement', () => {
  it('accepts the Zuidmark arrangement and keeps it through a JSON round trip', () => {
    expect(validate(RuimtelijkArrangementSchema, JSON.parse(JSON.stringify(zuidmarkArrangement)))).toEqual(
      zuidmarkArrangement,
    );
    expect(ArrangementStage.label('voorstel', 'nl')).toBe('Ruimtelijk voorstel');
  });

  // Compiling the JSON Schema of a whole arrangement takes a few seconds with ajv; hence the timeout.
  it('agrees with its JSON Schema', { timeout: 60_000 }, () => {
    const counts = expectJsonSchemaAgreement('ruimtelijkArrangement', [zuidmarkArrangement], { runs: 30 });
    expect(counts.invalid).toBeGreaterThan(15);
  });

  it('shows per national opgave what fits, what needs something extra and what is not realistic', () => {
    const verdicts = Object.fromEntries(zuidmarkArrangement.nationalOpgaven.map((o) => [o.id, o.placement.status]));
    expect(verdicts).toEqual({
      'nationaal-wonen': 'fits',
      'nationaal-zon': 'needs_extra',
      'nationaal-wind': 'not_realistic',
      'nationaal-stikstof': 'needs_extra',
      'nationaal-water': 'fits',
    });
    const wind = zuidmarkArrangement.nationalOpgaven.find((o) => o.id === 'nationaal-wind');
    const placed = wind?.contributions.reduce((s, c) => s + c.quantity, 0);
    expect([placed, wind?.provincialTarget]).toEqual([4, 6]);
  });

  it('rejects wisselgeld with an area process that is not in the arrangement, or an opgave the giving area lacks', () => {
    const input: RuimtelijkArrangement = clone(zuidmarkArrangement);
    input.wisselgeld[0]!.gebiedsprocesIds[1] = 'gebiedsproces-elders';
    input.wisselgeld[0]!.transfers[0]!.opgaveId = 'hz-opgave-zon';
    expect(issuesOf(() => validate(RuimtelijkArrangementSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'unknown_gebiedsproces', path: ['wisselgeld', 0, 'gebiedsprocesIds', 1] },
        { code: 'unknown_opgave', path: ['wisselgeld', 0, 'transfers', 0, 'opgaveId'] },
      ]),
    );
  });

  it('rejects a not-realistic opgave without exchange or consequence, and a dangling exchange id', () => {
    const input = clone(zuidmarkArrangement);
    const wind = input.nationalOpgaven[2]!;
    wind.provinceExchangeIds = [];
    wind.placement = { status: 'not_realistic', reasoning: 'Past niet' };
    input.nationalOpgaven[0]!.wisselgeldIds = ['wisselgeld-onbekend'];
    expect(issuesOf(() => validate(RuimtelijkArrangementSchema, input))).toEqual([
      { code: 'unknown_exchange', path: ['nationalOpgaven', 0, 'wisselgeldIds', 0] },
      { code: 'not_realistic_without_follow_up', path: ['nationalOpgaven', 2, 'placement'] },
    ]);
  });

  it('rejects an exchange that does not involve this province', () => {
    const input = clone(zuidmarkArrangement);
    input.provinceExchanges[0]!.transfers[0]!.from = 'provincie-westerkwartier';
    expect(issuesOf(() => validate(RuimtelijkArrangementSchema, input))).toEqual([
      { code: 'exchange_without_this_province', path: ['provinceExchanges', 0, 'transfers', 0] },
    ]);
  });

  it('asks the signatures of province and rijk for an agreed arrangement, and versions in date order', () => {
    const input = clone(zuidmarkArrangement);
    input.signatories = input.signatories.slice(0, 1);
    input.versions[0]!.date = '2028-01-01';
    expect(issuesOf(() => validate(RuimtelijkArrangementSchema, input))).toEqual([
      { code: 'versions_out_of_order', path: ['versions', 1, 'date'] },
      { code: 'agreed_without_signatories', path: ['signatories'] },
    ]);
  });

  it('rejects a signatory that is no party of any area process, and an arrangement without area processes', () => {
    const input = clone(zuidmarkArrangement);
    input.signatories[0]!.partyId = 'ministerie-onbekend';
    expect(issuesOf(() => validate(RuimtelijkArrangementSchema, input))).toEqual([
      { code: 'unknown_party', path: ['signatories', 0, 'partyId'] },
    ]);
    expect(
      issuesOf(() => validate(RuimtelijkArrangementSchema, { ...zuidmarkArrangement, gebiedsprocessen: [] })),
    ).toEqual(expect.arrayContaining([{ code: 'too_small', path: ['gebiedsprocessen'] }]));
  });
});

describe('nationalOpgaveSummary', () => {
  it('shows target, placed and open per national opgave', () => {
    const rows = nationalOpgaveSummary(zuidmarkArrangement);
    const wind = rows.find((r) => r.id === 'nationaal-wind');
    expect(wind).toMatchObject({ status: 'not_realistic', target: 6, placed: 4, open: 2, unit: 'windturbines' });
    expect(rows.filter((r) => r.open > 0).map((r) => r.id)).toEqual(['nationaal-wind', 'nationaal-stikstof']);
  });

  it('property: placed plus open is at least the target, and open is never negative', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 2 }),
        fc.integer({ min: 0, max: 1500 }),
        (quantities, target) => {
          const input = clone(zuidmarkArrangement);
          const wind = input.nationalOpgaven[2]!;
          wind.provincialTarget = target;
          wind.contributions = quantities.map((q, i) => ({
            gebiedsprocesId: i === 0 ? 'gebiedsproces-lindewaard' : 'gebiedsproces-hoge-zand',
            opgaveId: i === 0 ? 'opgave-wind' : 'hz-opgave-wind',
            quantity: q,
          }));
          const row = nationalOpgaveSummary(input).find((r) => r.id === 'nationaal-wind')!;
          expect(row.open).toBeGreaterThanOrEqual(0);
          expect(row.placed + row.open).toBeGreaterThanOrEqual(target);
          expect(row.placed).toBe(quantities.reduce((s, q) => s + q, 0));
        },
      ),
      { numRuns: 20 },
    );
  });
});
