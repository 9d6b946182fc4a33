import {
  type GebiedsprocesContext,
  GebiedsprocesContextSchema,
  type GebiedsprocesSnapshot,
  type StepTemplate,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { AUDIT_CHAIN_START_TYPE } from '../audit/chainAuditLogAtMigration';
import { isAuditEntry } from '../audit/isAuditEntry';
import { processMessages } from '../messages';

type Path = readonly (string | number)[];

/** The context schema with the audit log left to {@link isAuditEntry}, the bulk of a long snapshot. */
const ContextBesideAuditLogSchema = GebiedsprocesContextSchema.extend({ auditLog: z.array(z.unknown()) });

/**
 * Whether `GebiedsprocesContextSchema` accepts the context, answered quickly for the usual valid
 * snapshot: the audit entries by a hand-written check, the rest by the schema. `false` also when
 * the quick check cannot tell; the caller then validates with the schema for the typed error.
 */
function fitsContextSchema(context: unknown, chainVerified: boolean): boolean {
  try {
    if (!ContextBesideAuditLogSchema.safeParse(context).success) return false;
  } catch {
    return false;
  }
  const log = (context as { auditLog: unknown[] }).auditLog;
  for (const entry of log) if (!isAuditEntry(entry, { chainVerified })) return false;
  return true;
}

function inconsistent(detail: string, path: Path): never {
  throw processMessages.fail('snapshot_inconsistent', { detail }, [...path]);
}

/**
 * Validates the context of a snapshot (already migrated to the current format) with
 * {@link GebiedsprocesContextSchema}, and checks that it fits the snapshot's template and revision:
 * one step record per template step, a position that is a step of the template or `monitoring`,
 * an audit log numbered from 0 whose length is the revision and whose entries were all accepted
 * (but the chain-start entry of a migrated snapshot and the entries derived from a document), and slices keyed by their own ids.
 * Throws `invalid_input` (every problem in `issues`, paths under `<path>.context`) or
 * `snapshot_inconsistent`. With `schema: false` only the fit is checked (for a snapshot its holder
 * wrote and kept intact; a context of another shape may then throw an untyped error). With
 * `chainVerified` (the audit chain of this very snapshot verified) the entries' hashes are not
 * checked again.
 */
export function readContext(
  snapshot: GebiedsprocesSnapshot,
  path: Path = [],
  { schema = true, chainVerified = false }: { readonly schema?: boolean; readonly chainVerified?: boolean } = {},
): GebiedsprocesContext {
  const contextPath = [...path, 'context'];
  if (schema && !fitsContextSchema(snapshot.context, chainVerified)) {
    validate(GebiedsprocesContextSchema, snapshot.context, { path: contextPath });
  }
  // The validated input, not zod's output: the same values, in the order they were written, so a
  // restored process writes its snapshot back byte for byte. (The snapshot is already a private
  // copy made by the migration step.)
  const context = snapshot.context as GebiedsprocesContext;
  validateFitsTemplate(context, snapshot.template, contextPath);
  const log = context.auditLog;
  if (snapshot.revision !== log.length) {
    inconsistent(`revision ${snapshot.revision} ≠ ${log.length} audit entries`, [...path, 'revision']);
  }
  log.forEach((entry, index) => {
    if (entry.seq !== index)
      inconsistent(`audit entry ${index} has seq ${entry.seq}`, [...contextPath, 'auditLog', index, 'seq']);
    // Entries that record no event of their own: the start of the audit chain written by the
    // migration, and what an accepted event derived from a document (`derivedFrom`).
    if (!entry.accepted && entry.type !== AUDIT_CHAIN_START_TYPE && entry.derivedFrom === undefined)
      inconsistent(`audit entry ${index} is not accepted`, [...contextPath, 'auditLog', index, 'accepted']);
  });
  for (const [id, state] of Object.entries(context.knelpunten.items)) {
    if (state.knelpunt.id !== id)
      inconsistent(`knelpunt ${id} holds ${state.knelpunt.id}`, [...contextPath, 'knelpunten', 'items', id]);
  }
  for (const [id, state] of Object.entries(context.regimes)) {
    if (state.id !== id) inconsistent(`regime ${id} holds ${state.id}`, [...contextPath, 'regimes', id]);
  }
  return context;
}

function validateFitsTemplate(context: GebiedsprocesContext, template: StepTemplate, path: Path): void {
  const ids = template.steps.map((step) => step.id);
  for (const id of ids) {
    const record = context.steps[id];
    if (!record) inconsistent(`no record of step ${id}`, [...path, 'steps', id]);
    if (record.stepId !== id)
      inconsistent(`step record ${id} holds ${record.stepId}`, [...path, 'steps', id, 'stepId']);
  }
  for (const id of Object.keys(context.steps)) {
    if (!ids.includes(id)) inconsistent(`step ${id} is not in the template`, [...path, 'steps', id]);
  }
  if (context.position !== 'monitoring' && !ids.includes(context.position)) {
    inconsistent(`position ${context.position} is not a step of the template`, [...path, 'position']);
  }
}

/** True when a herijking is underway (the monitoring region is in its `herijking` sub-state). */
export function herijkingIsUnderway(context: GebiedsprocesContext): boolean {
  return context.monitoring.herijkingen.some((h) => h.status === 'underway');
}

/** The state of the steps region inside `running`: a step id, or monitoring with its sub-state. */
export function runningValueOf(context: GebiedsprocesContext): string | { monitoring: 'watching' | 'herijking' } {
  if (context.position !== 'monitoring') return context.position;
  return { monitoring: herijkingIsUnderway(context) ? 'herijking' : 'watching' };
}

/**
 * The XState state value of the area process machine, derived from the context: the steps region
 * (running in a step or in monitoring, suspended or stopped) and the other regions, which have one
 * state each.
 */
export function stateValueOf(context: GebiedsprocesContext) {
  return {
    steps: context.status === 'running' ? { running: runningValueOf(context) } : context.status,
    knelpunten: 'watching',
    ijkmomenten: 'scheduled',
    regime: 'none',
  } as const;
}
