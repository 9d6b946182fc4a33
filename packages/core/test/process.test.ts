import { describe, expect, it } from 'vitest';
import {
  AuditEntrySchema,
  ElectionCalendarSchema,
  GebiedsprocesSettingsSchema,
  ProcessEventSchema,
  StepTemplateSchema,
} from '../src/index';
import { expectJsonSchemaAgreement } from './support/jsonSchemaAgreement';

const step = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  label: { nl: `Stap ${id}`, en: `Step ${id}` },
  deliverable: { documentType: 'startnotitie', label: { nl: 'Startnotitie', en: 'Start memo' } },
  gate: { consent: 'startnotitie', ...extra },
});
const template = {
  kind: 'stepTemplate',
  schemaVersion: 2,
  id: 'rivierenland-gebiedsvisie',
  label: { nl: 'Gebiedsvisie Rivierenland', en: 'Rivierenland area vision' },
  steps: [step('inventariseren', { timeboxDays: 180 }), step('ambities'), step('visie'), step('uitvoeringsagenda')],
};
const settings = {
  processId: 'gebiedsproces-lindewaard',
  areaId: 'gebied-lindewaard',
  provinceId: 'provincie-zuidmark',
  medeoverheden: [
    { partyId: 'gemeente-beekdal', layer: 'gemeente' },
    { partyId: 'waterschap-aa-en-lindt', layer: 'waterschap' },
  ],
  consentStepIds: ['visie'],
  changeRules: { majorChangeApprovers: ['provincie-zuidmark'], reopenableStepIds: ['ambities'] },
};
const decision = {
  id: 'besluit-gs-2026-14',
  subject: 'step_closure',
  stepId: 'visie',
  title: { nl: 'Vaststelling visie', en: 'Adoption of the vision' },
  partyId: 'provincie-zuidmark',
  bodyId: 'gs-zuidmark',
  date: '2026-06-02',
  decidedBy: { partyId: 'provincie-zuidmark', role: 'bevoegd_gezag' },
  motivation: { nl: 'Besproken aan de gebiedstafel', en: 'Discussed at the area table' },
  documents: [],
  servesGoalIds: [],
};
const meta = { timestamp: '2026-06-02T16:00:00+02:00', actor: 'regisseur-zuidmark', role: 'regisseur' };
const events = [
  { type: 'step.close', ...meta, stepId: 'visie', decision },
  {
    type: 'change.major',
    ...meta,
    motivation: 'Nieuwe kaarten',
    change: { id: 'w1', description: 'Nieuwe kaarten' },
    reopenStepId: 'ambities',
    approvedBy: ['provincie-zuidmark'],
    decision,
  },
  {
    type: 'decision.plan',
    ...meta,
    plannedDecision: {
      id: 'p1',
      partyId: 'gemeente-beekdal',
      body: 'Gemeenteraad',
      subject: 'Visie',
      plannedDate: '2026-03-04',
    },
  },
  {
    type: 'opgave.assess',
    ...meta,
    assessment: {
      opgaveId: 'lw-wind',
      nationalOpgaveId: 'opgave-wind',
      placement: { status: 'not_realistic', reasoning: 'Twee turbines passen niet' },
    },
  },
];

describe('process section shapes', () => {
  it('a step template is data: Rivierenland’s four steps validate', () => {
    expect(StepTemplateSchema.safeParse(template).success).toBe(true);
  });

  it('rejects duplicate and reserved step ids with stable codes', () => {
    const duplicate = StepTemplateSchema.safeParse({ ...template, steps: [step('visie'), step('visie')] });
    expect(duplicate.success).toBe(false);
    expect(JSON.stringify(duplicate.error?.issues)).toContain('duplicate_step_id');
    const reserved = StepTemplateSchema.safeParse({ ...template, steps: [step('monitoring')] });
    expect(JSON.stringify(reserved.error?.issues)).toContain('reserved_step_id');
    const empty = StepTemplateSchema.safeParse({ ...template, steps: [] });
    expect(empty.success).toBe(false);
  });

  it('process events carry timestamp, actor and role; decisions are core decision records', () => {
    for (const event of events) expect(ProcessEventSchema.safeParse(event).success, event.type).toBe(true);
    const withoutRole = { ...events[0], role: undefined };
    expect(ProcessEventSchema.safeParse(withoutRole).success).toBe(false);
    const localTime = { ...events[0], timestamp: '2026-06-02T16:00:00' };
    expect(ProcessEventSchema.safeParse(localTime).success).toBe(false);
  });

  it('audit checkpoints, signed or not, agree with their published JSON Schema', () => {
    const checkpoint = { processId: 'gebiedsproces-lindewaard', seq: 41, hash: '5f1d'.repeat(16) };
    expectJsonSchemaAgreement('auditCheckpoint', [checkpoint], { runs: 60 });
    expectJsonSchemaAgreement(
      'signedAuditCheckpoint',
      [{ checkpoint, algorithm: 'Ed25519', publicKey: 'ab'.repeat(32), signature: 'cd'.repeat(64) }],
      { runs: 60 },
    );
    expectJsonSchemaAgreement(
      'electionCalendar',
      [{ windowDaysBefore: 90, windowDaysAfter: 90, elections: [{ kind: 'gemeenteraad', date: '2026-03-18' }] }],
      { runs: 60 },
    );
  });

  it('every process document type agrees with its published JSON Schema', () => {
    expectJsonSchemaAgreement('stepTemplate', [template], { runs: 60 });
    expectJsonSchemaAgreement('gebiedsprocesSettings', [settings], { runs: 60 });
    expectJsonSchemaAgreement('processEvent', events, { runs: 60 });
    expectJsonSchemaAgreement(
      'auditEntry',
      [
        {
          seq: 0,
          type: 'step.close',
          timestamp: meta.timestamp,
          actor: meta.actor,
          role: 'regisseur',
          stepBefore: 'visie',
          stepAfter: 'uitvoeringsagenda',
          accepted: true,
          event: events[0],
          prevHash: '0'.repeat(64),
          hash: '5f1d'.repeat(16),
        },
      ],
      { runs: 60 },
    );
    expectJsonSchemaAgreement(
      'gebiedsprocesSnapshot',
      [
        {
          kind: 'gebiedsprocesSnapshot',
          schemaVersion: 2,
          id: 'gebiedsproces-lindewaard',
          revision: 0,
          template,
          settings,
          context: {},
        },
      ],
      { runs: 60 },
    );
    expect(AuditEntrySchema).toBeDefined();
    expect(GebiedsprocesSettingsSchema.safeParse(settings).success).toBe(true);
    expect(ElectionCalendarSchema.safeParse({ windowDaysBefore: -1, windowDaysAfter: 0, elections: [] }).success).toBe(
      false,
    );
  });
});
