// The one place that reads an area process snapshot. Everything else in this package works on the
// `ProcessView` below, so a change in the snapshot format is absorbed here.
import {
  type AuditEntry,
  AuditEntrySchema,
  type Consent,
  ConsentSchema,
  type Decision,
  DecisionSchema,
  type GebiedsprocesSettings,
  GebiedsprocesSnapshotSchema,
  IsoDateTimeSchema,
  LabelSchema,
  type StepTemplate,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';

/** One time a step was opened (the first round, or again after a reopening). */
export interface StepOpening {
  readonly stepId: string;
  readonly round: number;
  readonly openedAt: string;
}

/** What the ZGW mapping needs to know of one step. */
export interface StepView {
  readonly stepId: string;
  readonly openings: readonly StepOpening[];
  /** When the step's latest round closed, if it did. */
  readonly closedAt?: string;
  /** The deliverable of the latest round, if one was handed in. */
  readonly deliverable?: Readonly<Record<string, unknown>>;
}

/** One stay of a knelpunt at a level of the escalation model. */
export interface KnelpuntStayView {
  readonly level: string;
  readonly enteredAt: string;
}

/** What the ZGW mapping needs to know of one knelpunt. */
export interface KnelpuntView {
  readonly id: string;
  readonly title: { readonly nl: string; readonly en: string };
  readonly parties: readonly string[];
  readonly raisedBy: string;
  readonly raisedAt: string;
  readonly level: string;
  readonly stays: readonly KnelpuntStayView[];
}

/** The parts of an area process snapshot the ZGW mapping reads, in one plain shape. */
export interface ProcessView {
  readonly template: StepTemplate;
  readonly settings: GebiedsprocesSettings;
  readonly status: 'running' | 'suspended' | 'stopped';
  /** The current step id, or `monitoring` after the last step closed. */
  readonly position: string;
  readonly startedAt: string;
  readonly lastEventAt?: string;
  /** In the order of the template. */
  readonly steps: readonly StepView[];
  /** Every recorded decision, once each, in the order they were taken. */
  readonly decisions: readonly Decision[];
  /** Every consent of every round. */
  readonly consents: readonly Consent[];
  readonly knelpunten: readonly KnelpuntView[];
  readonly auditLog: readonly AuditEntry[];
}

const RoundSchema = z.looseObject({
  round: z.number().int(),
  openedAt: IsoDateTimeSchema,
  closedAt: IsoDateTimeSchema,
  consents: z.array(ConsentSchema),
});

const StepRecordSchema = z.looseObject({
  stepId: z.string(),
  round: z.number().int().nonnegative(),
  openedAt: IsoDateTimeSchema.optional(),
  closedAt: IsoDateTimeSchema.optional(),
  deliverable: z.looseObject({ document: z.record(z.string(), z.unknown()) }).optional(),
  consents: z.array(ConsentSchema),
  history: z.array(RoundSchema),
});

const KnelpuntStateSchema = z.looseObject({
  knelpunt: z.looseObject({
    id: z.string(),
    title: LabelSchema,
    parties: z.array(z.string()),
    raisedBy: z.string(),
  }),
  raisedAt: IsoDateTimeSchema,
  level: z.string(),
  stays: z.array(z.looseObject({ level: z.string(), enteredAt: IsoDateTimeSchema })),
});

const ContextSchema = z.looseObject({
  status: z.enum(['running', 'suspended', 'stopped']),
  position: z.string(),
  startedAt: IsoDateTimeSchema,
  lastEventAt: IsoDateTimeSchema.optional(),
  steps: z.record(z.string(), StepRecordSchema),
  decisions: z.array(z.looseObject({ decision: DecisionSchema })),
  knelpunten: z.looseObject({ items: z.record(z.string(), KnelpuntStateSchema) }).optional(),
  auditLog: z.array(AuditEntrySchema),
});

/**
 * Reads an area process snapshot (as `snapshot()` returns it, or after a JSON round trip) into a
 * {@link ProcessView}. Throws `invalid_input` with the path when the snapshot does not have the
 * expected shape.
 */
export function readProcess(snapshot: unknown, path: (string | number)[] = ['snapshot']): ProcessView {
  const envelope = validate(GebiedsprocesSnapshotSchema, snapshot, { path });
  const context = validate(ContextSchema, envelope.context, { path: [...path, 'context'] });

  const steps: StepView[] = envelope.template.steps.map((definition) => {
    const record = context.steps[definition.id];
    if (!record) return { stepId: definition.id, openings: [] };
    const openings: StepOpening[] = record.history.map((r) => ({
      stepId: definition.id,
      round: r.round,
      openedAt: r.openedAt,
    }));
    if (record.openedAt !== undefined && record.round > 0)
      openings.push({ stepId: definition.id, round: record.round, openedAt: record.openedAt });
    return {
      stepId: definition.id,
      openings,
      ...(record.closedAt !== undefined ? { closedAt: record.closedAt } : {}),
      ...(record.deliverable ? { deliverable: record.deliverable.document } : {}),
    };
  });

  const decisions: Decision[] = [];
  const seen = new Set<string>();
  for (const entry of context.decisions) {
    if (seen.has(entry.decision.id)) continue;
    seen.add(entry.decision.id);
    decisions.push(entry.decision);
  }

  const consents: Consent[] = [];
  for (const record of Object.values(context.steps)) {
    for (const round of record.history) consents.push(...round.consents);
    consents.push(...record.consents);
  }

  const knelpunten: KnelpuntView[] = Object.values(context.knelpunten?.items ?? {}).map((state) => ({
    id: state.knelpunt.id,
    title: state.knelpunt.title,
    parties: state.knelpunt.parties,
    raisedBy: state.knelpunt.raisedBy,
    raisedAt: state.raisedAt,
    level: state.level,
    stays: state.stays.map((s) => ({ level: s.level, enteredAt: s.enteredAt })),
  }));

  return {
    template: envelope.template,
    settings: envelope.settings,
    status: context.status,
    position: context.position,
    startedAt: context.startedAt,
    ...(context.lastEventAt !== undefined ? { lastEventAt: context.lastEventAt } : {}),
    steps,
    decisions,
    consents,
    knelpunten,
    auditLog: context.auditLog,
  };
}
