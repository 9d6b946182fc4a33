import { describe, expect, it } from 'vitest';
import { lindewaardFeasibilityCheck } from '../src/fixtures/index';
import { FeasibilityCheckSchema, type GebiedsgerichtError, GovernmentFeasibilitySchema, validate } from '../src/index';
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

describe('UDO feasibility check', () => {
  it('accepts the scenario check, round-trips and agrees with its JSON Schema', () => {
    expect(validate(FeasibilityCheckSchema, JSON.parse(JSON.stringify(lindewaardFeasibilityCheck)))).toEqual(
      lindewaardFeasibilityCheck,
    );
    const counts = expectJsonSchemaAgreement('feasibilityCheck', [lindewaardFeasibilityCheck], { runs: 150 });
    expect(counts.invalid).toBeGreaterThan(80);
  });

  it('judges tasks, expertise, people, money and uitvoeringskracht per government', () => {
    const hoeverveen = lindewaardFeasibilityCheck.governments.find((g) => g.partyId === 'gemeente-hoeverveen');
    expect(hoeverveen?.people.verdict).toBe('insufficient');
    expect(hoeverveen?.people.fteNeeded).toBeGreaterThan(hoeverveen?.people.fteAvailable ?? 0);
    const input = clone(lindewaardFeasibilityCheck.governments[0]!) as unknown as Record<string, unknown>;
    delete input.uitvoeringskracht;
    expect(issuesOf(() => validate(GovernmentFeasibilitySchema, input))).toEqual([
      { code: 'invalid_type', path: ['uitvoeringskracht'] },
    ]);
  });

  it('keeps effects on people and the living environment apart from the judgements', () => {
    const input = clone(lindewaardFeasibilityCheck) as unknown as { governments: Record<string, unknown>[] };
    input.governments[0]!.effects = [];
    expect(issuesOf(() => validate(FeasibilityCheckSchema, input))).toEqual([
      { code: 'unrecognized_keys', path: ['governments', 0] },
    ]);
    expect(lindewaardFeasibilityCheck.livingEnvironmentEffects.map((e) => e.direction)).toEqual([
      'negative',
      'positive',
    ]);
  });

  it('rejects a verdict short of sufficient without conditions, and a government judged twice', () => {
    const input = clone(lindewaardFeasibilityCheck);
    input.governments[0]!.conditions = [];
    input.governments[1]!.partyId = input.governments[0]!.partyId;
    expect(issuesOf(() => validate(FeasibilityCheckSchema, input))).toEqual([
      { code: 'verdict_without_conditions', path: ['governments', 0, 'conditions'] },
      { code: 'duplicate_government', path: ['governments', 1, 'partyId'] },
    ]);
  });
});
