import { describe, expect, it } from 'vitest';
import {
  type Finding,
  FindingSchema,
  FindingSeverity,
  HandreikingSectionSchema,
  isGebiedsgerichtError,
  type ReflectionReport,
  ReflectionReportSchema,
  validate,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

// The shapes of the reflection check (`reflect` in @gebiedsgericht/process) live in core, so a
// stored report can be validated without the process package, also from other languages.

const finding: Finding = {
  ruleId: 'escalation-model-missing',
  severity: 'error',
  message: { nl: 'Er is geen escalatiemodel afgesproken', en: 'No escalation model has been agreed' },
  section: '§2.3',
  path: ['startnotitie', 'escalationModel'],
};

const report: ReflectionReport = {
  checkedAt: '2026-11-28T12:00:00+01:00',
  documents: ['startnotitie'],
  rulesRun: ['escalation-model-missing', 'change-rules-missing'],
  counts: { error: 1, warning: 0, info: 0 },
  findings: [finding],
};

function codesOf(schema: Parameters<typeof validate>[0], value: unknown): string[] {
  try {
    validate(schema, value);
  } catch (e) {
    if (isGebiedsgerichtError(e)) return e.issues.map((i) => `${i.code} ${i.path.join('.')}`);
    throw e;
  }
  return [];
}

describe('reflection shapes', () => {
  it('accept a finding and a report, with handreiking sections written as the handreiking numbers itself', () => {
    expect(validate(ReflectionReportSchema, report)).toEqual(report);
    for (const section of ['§2', '§2.3', 'slotwoord', 'bijlage 1, onderdeel 2, stap 0', 'bijlage 2, voorbeeld 8'])
      expect(HandreikingSectionSchema.safeParse(section).success).toBe(true);
    expect(FindingSeverity.label('info', 'nl')).toBe('Ter overweging');
  });

  it('reject a rule id that is not kebab-case, an unknown severity or section, and unknown keys', () => {
    expect(codesOf(FindingSchema, { ...finding, ruleId: 'Escalation_Model' })).toEqual(['invalid_format ruleId']);
    expect(codesOf(FindingSchema, { ...finding, severity: 'fatal' })).toEqual(['invalid_value severity']);
    expect(codesOf(FindingSchema, { ...finding, section: 'hoofdstuk 2' })).toEqual(['invalid_format section']);
    expect(codesOf(ReflectionReportSchema, { ...report, documents: [] })).toEqual(['too_small documents']);
    expect(codesOf(ReflectionReportSchema, { ...report, extra: true })).toEqual(['unrecognized_keys ']);
  });

  it.each([
    ['finding', finding],
    ['reflectionReport', report],
  ] as const)('publish JSON Schema for %s that agrees with zod', (name, sample) => {
    const counts = expectJsonSchemaAgreement(name, [sample], { runs: 150 });
    expect(counts.checked).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(sample))).toEqual(sample);
  });
});
