import { describe, expect, it } from 'vitest';
import { lindewaardMonitoring } from '../src/fixtures/index';
import { BredeWelvaartTheme, type GebiedsgerichtError, MonitoringSchema, validate } from '../src/index';
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

describe('monitoring and learning', () => {
  it('accepts the scenario monitoring, round-trips and agrees with its JSON Schema', () => {
    expect(validate(MonitoringSchema, JSON.parse(JSON.stringify(lindewaardMonitoring)))).toEqual(lindewaardMonitoring);
    const counts = expectJsonSchemaAgreement('monitoring', [lindewaardMonitoring], { runs: 150 });
    expect(counts.invalid).toBeGreaterThan(80);
  });

  it('traces every change back through an action to a lesson', () => {
    const m = lindewaardMonitoring;
    for (const change of m.changes)
      for (const actionId of change.actionIds) {
        const action = m.actions.find((a) => a.id === actionId);
        expect(action).toBeDefined();
        for (const lessonId of action?.lessonIds ?? []) expect(m.lessons.some((l) => l.id === lessonId)).toBe(true);
      }
  });

  it('rejects broken links in the chain lessons → actions → changes, and measurements of unknown indicators', () => {
    const input = clone(lindewaardMonitoring);
    input.measurements[0]!.indicatorId = 'indicator-onbekend';
    input.actions[0]!.lessonIds = ['les-onbekend'];
    input.changes[0]!.actionIds = ['actie-onbekend'];
    expect(issuesOf(() => validate(MonitoringSchema, input))).toEqual([
      { code: 'unknown_reference', path: ['measurements', 0, 'indicatorId'] },
      { code: 'unknown_reference', path: ['actions', 0, 'lessonIds', 0] },
      { code: 'unknown_reference', path: ['changes', 0, 'actionIds', 0] },
    ]);
  });

  it('asks a decision for a major change and a theme for a brede welvaart indicator', () => {
    const input = clone(lindewaardMonitoring);
    input.changes[0]!.size = 'major';
    delete input.indicators[2]!.theme;
    expect(issuesOf(() => validate(MonitoringSchema, input))).toEqual(
      expect.arrayContaining([
        { code: 'major_change_without_decision', path: ['changes', 0, 'decisionId'] },
        { code: 'brede_welvaart_without_theme', path: ['indicators', 2, 'theme'] },
      ]),
    );
  });

  it('knows the eight CBS "hier en nu" themes plus later and elders', () => {
    // CBS, Monitor Brede Welvaart en de Sustainable Development Goals: eight themes for "hier en nu"
    // and the dimensions "later" and "elders".
    expect(BredeWelvaartTheme.values).toHaveLength(10);
    expect(BredeWelvaartTheme.label('materiele_welvaart', 'nl')).toBe('Materiële welvaart');
  });

  it('rejects a monitoring document without indicators', () => {
    expect(
      issuesOf(() => validate(MonitoringSchema, { ...lindewaardMonitoring, indicators: [], measurements: [] })),
    ).toEqual(expect.arrayContaining([{ code: 'too_small', path: ['indicators'] }]));
  });
});
