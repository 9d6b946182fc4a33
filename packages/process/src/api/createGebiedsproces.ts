import {
  type AuditEntry,
  AuditEntrySchema,
  type ErrorIssue,
  GEBIEDSPROCES_SNAPSHOT_VERSION,
  type GebiedsprocesSettings,
  type GebiedsprocesSnapshot,
  IsoDateTimeSchema,
  type StepTemplate,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { refuseBrokenAuditChain } from '../audit/refuseBrokenAuditChain';
import { readContext } from '../internal/readContext';
import { validateDefinition } from '../machine/definition';
import { type GebiedsprocesEvent, parseGebiedsprocesEvent } from '../machine/extensions';
import { type GebiedsprocesContext, initialGebiedsprocesContext, positionLabel } from '../machine/gebiedsprocesContext';
import { reduceGebiedsprocesEvent, rejectionOfGebiedsprocesEvent } from '../machine/gebiedsprocesEvent';
import { forgetPreChecked, markPreChecked } from '../machine/preChecked';
import type { GebiedsprocesOptions } from '../machine/processOptions';
import type { GebiedsprocesDefinition } from '../machine/rejectionOfEvent';
import { copyEvent, invalidPayload, preCheckEvent, type RejectedEvent, rejectedEntry } from '../machine/transition';
import { carryUsedIds } from '../machine/usedIds';
import { processMessages } from '../messages';
import { migrateGebiedsprocesSnapshot, type SnapshotMigration } from './migrateGebiedsprocesSnapshot';
import { type AttachedActor, type AttachedXState, XSTATE_LINK, type XStateLink } from './xstateLink';

/** The answer to {@link RunningGebiedsproces.send}: accepted with its audit entry, or rejected with the reason. */
export type SendResult =
  | {
      readonly accepted: true;
      readonly entry: AuditEntry;
      /** Present when the event was identical to one accepted before: `entry` is that one's entry. */
      readonly duplicate?: true;
    }
  | RejectedEvent;

/**
 * One running area process behind a small API, for callers who do not want to deal with XState:
 * send events, read the context, persist the snapshot. Its XState machine and actor are available
 * through `xstateOf` from `@gebiedsgericht/process/xstate` for those who do; they are built when
 * first asked for, so a process nobody asks them of does not pay for them.
 */
export interface RunningGebiedsproces {
  /** The validated template, settings and options the process runs on. */
  readonly definition: GebiedsprocesDefinition;
  /**
   * Sends an event. Accepted events change the state and append one audit entry (closing the step
   * that accepts the startnotitie also appends the entries derived from it); a rejected event
   * changes nothing and the result says why (not allowed in this state, missing deliverable,
   * missing consent, invalid payload with the path, ...). Never throws for a bad event.
   *
   * Ids are unique within a process: a consent, change or decision under an id an earlier event
   * used is rejected (`duplicate_id`). An event identical to one already accepted (a retry) is
   * idempotent: it is not applied again, and the answer is the same as the first time, accepted
   * with the original audit entry (`duplicate: true` says so). An event dated before the process
   * started is rejected (`event_before_start`); pass `now` to also reject one dated later than
   * `now` plus five minutes (`event_in_future`, see `LIMITS.eventClockTolerance`).
   */
  send(event: GebiedsprocesEvent, options?: SendOptions): SendResult;
  /**
   * Sends an event whose type is not known at compile time (data from the wire, a form, a queue):
   * validated against the schema of its `type` at run time, with the same result.
   */
  send(event: unknown, options: UntypedInput & SendOptions): SendResult;
  /** The current context (plain JSON). */
  context(): GebiedsprocesContext;
  /**
   * The persisted snapshot: JSON with schema version, template, settings, context and revision;
   * store it as is.
   */
  snapshot(): GebiedsprocesSnapshot;
  /**
   * The revision: the length of the audit log (the accepted events, and the entries derived from
   * an accepted startnotitie). A restored
   * process starts at the revision of its snapshot, so a store can refuse to save over a newer one
   * (optimistic concurrency).
   */
  revision(): number;
  /** Why this event would be rejected now, or `null` if it would be accepted; changes nothing. */
  rejectionOf(event: GebiedsprocesEvent): ErrorIssue | null;
  /** {@link RunningGebiedsproces.rejectionOf} for an event whose type is not known at compile time. */
  rejectionOf(event: unknown, options: UntypedInput): ErrorIssue | null;
}

/** Marks an argument as untyped input, validated at run time only: `{ untyped: true }`. */
export interface UntypedInput {
  readonly untyped: true;
}

/**
 * Options of {@link RunningGebiedsproces.send}. The SDK never reads the clock: pass the current time as
 * `now` (ISO 8601 with offset) to have events dated in the future refused.
 *
 * @example
 * process.send(event, { now: new Date().toISOString() });
 */
export interface SendOptions {
  /** The current time; an event later than this plus `LIMITS.eventClockTolerance` is rejected. */
  readonly now?: string;
}

function parseEvent(event: unknown): { event: GebiedsprocesEvent } | { issues: ErrorIssue[] } {
  // Every event type is parsed with its own schema (core's process events and the knelpunt,
  // regime, ijkmoment, monitoring and track events), on a plain-JSON copy of the caller's value.
  const copied = copyEvent(event);
  if ('issue' in copied) return { issues: [copied.issue] };
  return parseGebiedsprocesEvent(copied.copy);
}

/**
 * The running process behind the small API. It keeps the context itself and applies each accepted
 * event with the same rules and reducer as the machine's guards and actions (`preCheckEvent`,
 * `reduceGebiedsprocesEvent`), so `send` does not step an XState actor and this entry does not load
 * XState. `xstateOf` (in the `@gebiedsgericht/process/xstate` entry) attaches a machine and an actor
 * started from the current context, as restore starts one; from then on every event goes through
 * that actor, so its subscribers and child actors see each one.
 */
function wrap(
  definition: GebiedsprocesDefinition,
  initial: GebiedsprocesContext,
): RunningGebiedsproces & { readonly [XSTATE_LINK]: XStateLink } {
  let held = initial;
  let attached: AttachedXState | undefined;
  const context = () => (attached === undefined ? held : attached.actor.getSnapshot().context);
  const link: XStateLink = {
    attach(start) {
      attached ??= start(definition, held);
      return attached;
    },
  };
  const rejectionOf = (raw: unknown): ErrorIssue | null => {
    const parsed = parseEvent(raw);
    if ('issues' in parsed) return invalidPayload(parsed.issues);
    return rejectionOfGebiedsprocesEvent(definition, context(), parsed.event);
  };
  /** Applies a checked event through the actor; `null` when the machine did not take it. */
  const sendToActor = (running: AttachedActor, event: GebiedsprocesEvent, before: GebiedsprocesContext) => {
    markPreChecked(event, before);
    try {
      running.send(event);
    } finally {
      forgetPreChecked(event);
    }
    const after = running.getSnapshot().context;
    // The event's own entry; entries derived from it (the startnotitie's configuration) follow it.
    const entry = after.auditLog[before.auditLog.length];
    return after.auditLog.length > before.auditLog.length && entry?.accepted ? entry : null;
  };
  return {
    [XSTATE_LINK]: link,
    definition,
    context,
    rejectionOf,
    send(raw, options?: SendOptions) {
      const before = context();
      const checked = preCheckEvent(definition, before, raw, options);
      if (checked.kind === 'rejected') return checked.rejection;
      if (checked.kind === 'duplicate') return { accepted: true, entry: checked.entry, duplicate: true };
      if (attached === undefined) {
        held = reduceGebiedsprocesEvent(definition, before, checked.event);
        carryUsedIds(before, held);
        return { accepted: true, entry: held.auditLog[before.auditLog.length] as AuditEntry };
      }
      const entry = sendToActor(attached.actor, checked.event, before);
      if (entry) {
        carryUsedIds(before, attached.actor.getSnapshot().context);
        return { accepted: true, entry };
      }
      const notHandled = processMessages.issue(
        'event_not_allowed',
        { event: checked.event.type, state: positionLabel(before) },
        ['type'],
      );
      const rejected = rejectedEntry(before, checked.copy, notHandled);
      return { accepted: false, reason: notHandled, issues: [notHandled], ...(rejected ? { entry: rejected } : {}) };
    },
    revision: () => context().auditLog.length,
    snapshot() {
      const current = context();
      return {
        kind: 'gebiedsprocesSnapshot',
        schemaVersion: GEBIEDSPROCES_SNAPSHOT_VERSION,
        id: definition.settings.processId,
        revision: current.auditLog.length,
        template: definition.template,
        settings: definition.settings,
        context: JSON.parse(JSON.stringify(current)) as Record<string, unknown>,
      };
    },
  };
}

/** What {@link createGebiedsproces} needs. */
export interface CreateGebiedsprocesInput {
  readonly template: StepTemplate;
  readonly settings: GebiedsprocesSettings;
  /** When the process started: the first step opens at this moment. */
  readonly startedAt: string;
  readonly options?: GebiedsprocesOptions;
}

/** Any object; the fields are validated one by one, each with its own path. */
const InputObjectSchema = z.looseObject({});
/** A replayable log: audit entries as `AuditEntrySchema` describes them. */
const AuditLogSchema = z.array(AuditEntrySchema);

/**
 * Starts a new area process from a step template and the settings from the startnotitie, behind
 * the small {@link RunningGebiedsproces} API. Throws `invalid_input` when `input` is not an object (path
 * `[]`) and for an invalid template, settings or start time (paths `template`, `settings`,
 * `startedAt`); `unknown_step` when the settings name a step the template lacks; and
 * `invalid_argument` (path `options`, ...) for options that are not an object, a document entry
 * without a zod `schema`, or a reader that is not a function.
 *
 * @example
 * const process = createGebiedsproces({ template: defaultStepTemplate, settings, startedAt: '2026-01-12T09:00:00+01:00' });
 * const result = process.send({ type: 'deliverable.submit', stepId: 'opstart', document: startnotitie, ... });
 * if (!result.accepted) console.log(result.reason.code, result.reason.message.nl);
 * @see docs/process.md
 */
export function createGebiedsproces(input: CreateGebiedsprocesInput): RunningGebiedsproces {
  validate(InputObjectSchema, input, { path: [] });
  const definition = validateDefinition(input.template, input.settings, input.options);
  const startedAt = validate(IsoDateTimeSchema, input.startedAt, { path: ['startedAt'] });
  return wrap(definition, initialGebiedsprocesContext(definition.template, definition.settings, startedAt));
}

/**
 * Restores a persisted area process (the output of `snapshot()`, possibly after a JSON round trip
 * through your database) into an actor that behaves exactly like the original. Older snapshot
 * versions are migrated forward first. Everything in the snapshot is validated: the template and
 * settings, the context with its schema, and that they fit together (a step record per template
 * step, the position, the revision and the numbering of the audit log); the state of the XState
 * machine and its knelpunt and regime child actors are derived from the validated context, never
 * read. A snapshot that fails is refused with `invalid_input`, `invalid_argument` or
 * `snapshot_inconsistent` (with the path), before anything runs, and a snapshot whose audit chain
 * does not verify (an entry edited, deleted, inserted or reordered) with `audit_chain_broken` and
 * the path to the first broken entry. Pass the same options the process was created with.
 *
 * @example
 * const process = restoreGebiedsproces(JSON.parse(row.snapshot));
 * @see docs/process.md (persistence)
 */
export function restoreGebiedsproces(
  snapshot: unknown,
  options?: GebiedsprocesOptions,
  migrations?: Readonly<Record<number, SnapshotMigration>>,
): RunningGebiedsproces {
  const current = migrateGebiedsprocesSnapshot(snapshot, migrations);
  refuseBrokenAuditChain(current);
  const definition = validateDefinition(current.template, current.settings, options);
  return wrap(definition, readContext(current, [], { chainVerified: true }));
}

/**
 * Restores a snapshot that the caller wrote itself from `snapshot()` of this release and kept
 * intact, such as a store that checks a SHA-256 checksum of the text it wrote and the audit head
 * against its events. It checks the template and settings and that the context fits them (as
 * {@link restoreGebiedsproces} does) but does not validate the context with its schema or recompute
 * the audit chain, which makes it several times faster for a long audit log. The process takes
 * the snapshot's context as it is: pass a value nobody else holds (a fresh `JSON.parse`). Anything
 * that is not a snapshot of the current format, or that does not fit, goes through
 * {@link restoreGebiedsproces} with its full validation and typed errors.
 *
 * @example
 * const process = restoreTrustedGebiedsproces(JSON.parse(row.body)); // after checking row.checksum
 * @see docs/process.md (persistence)
 */
export function restoreTrustedGebiedsproces(snapshot: unknown, options?: GebiedsprocesOptions): RunningGebiedsproces {
  const envelope = snapshot as Partial<GebiedsprocesSnapshot> | null;
  if (
    typeof envelope !== 'object' ||
    envelope === null ||
    envelope.kind !== 'gebiedsprocesSnapshot' ||
    envelope.schemaVersion !== GEBIEDSPROCES_SNAPSHOT_VERSION ||
    typeof envelope.context !== 'object' ||
    envelope.context === null
  ) {
    return restoreGebiedsproces(snapshot, options);
  }
  try {
    const current = envelope as GebiedsprocesSnapshot;
    const definition = validateDefinition(current.template, current.settings, options);
    return wrap(definition, readContext(current, [], { schema: false }));
  } catch {
    // Whatever does not fit is answered by the fully validating restore, with its typed error.
    return restoreGebiedsproces(snapshot, options);
  }
}

/**
 * Rebuilds an area process by replaying an audit log from the start: a fresh process from the
 * same template, settings and start time, to which every accepted event of the log is sent again
 * in order. Entries that record no event of their own are skipped: those derived from the
 * accepted startnotitie (`derivedFrom`) are derived again by the event before them, and the
 * chain start of a migrated snapshot is not an event. Because the machine never reads the clock,
 * the result equals the original. Throws
 * `replay_event_rejected` if an entry is not accepted (a log that does not belong to this
 * template or settings). Rejects, before anything runs, what {@link createGebiedsproces} rejects
 * and a `log` that is not an array of audit entries (`invalid_input`, path `log`).
 *
 * @example
 * const rebuilt = replayGebiedsproces({ template, settings, startedAt, log: saved.context.auditLog });
 * @see docs/process.md (persistence)
 */
export function replayGebiedsproces(
  input: CreateGebiedsprocesInput & { readonly log: readonly AuditEntry[] },
): RunningGebiedsproces {
  validate(InputObjectSchema, input, { path: [] });
  validate(AuditLogSchema, input.log, { path: ['log'] });
  const process = createGebiedsproces(input);
  for (const entry of input.log) {
    if (!entry.accepted) continue;
    const result = process.send(entry.event, { untyped: true });
    if (!result.accepted) {
      throw processMessages.fail('replay_event_rejected', { seq: entry.seq, code: result.reason.code }, [
        'log',
        entry.seq,
      ]);
    }
  }
  return process;
}

/**
 * Replays the audit log inside a persisted snapshot from the start (see {@link replayGebiedsproces}).
 *
 * @example
 * const rebuilt = replaySnapshot(saved);
 */
export function replaySnapshot(snapshot: unknown, options?: GebiedsprocesOptions): RunningGebiedsproces {
  const current = migrateGebiedsprocesSnapshot(snapshot);
  const context = readContext(current);
  return replayGebiedsproces({
    template: current.template,
    settings: current.settings,
    startedAt: context.startedAt,
    log: context.auditLog,
    ...(options ? { options } : {}),
  });
}
