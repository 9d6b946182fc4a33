import {
  type AuditEntry,
  type ErrorIssue,
  type GebiedsprocesContext,
  IsoDateTimeSchema,
  isGebiedsgerichtError,
  jsonCopy,
  ProcessEventMetaSchema,
} from '@gebiedsgericht/core';
import { auditHead, canonicalEvent, chainAuditEntry } from '../audit/auditHash';
import { readContext } from '../internal/readContext';
import { processMessages } from '../messages';
import { validateTemplateAndSettings } from './definition';
import { identicalAccepted, rejectionOfEventNotInFuture } from './eventIntegrity';
import { type GebiedsprocesEvent, parseGebiedsprocesEvent } from './extensions';
import { positionLabel } from './gebiedsprocesContext';
import { reduceGebiedsprocesEvent, rejectionOfGebiedsprocesEvent } from './gebiedsprocesEvent';
import { markOwnEvent } from './preChecked';
import { validateGebiedsprocesOptions } from './processOptions';
import type { GebiedsprocesDefinition } from './rejectionOfEvent';

/**
 * A rejected event, as {@link transition} and `RunningGebiedsproces.send` answer it: nothing changed.
 *
 * @example
 * if (!result.accepted) console.log(result.reason.code, result.reason.path, result.reason.message.nl);
 */
export interface RejectedEvent {
  readonly accepted: false;
  /** Why: a stable code, the path into the event, and a Dutch and English message. */
  readonly reason: ErrorIssue;
  /** Every problem found (more than one only for an invalid payload). */
  readonly issues: readonly ErrorIssue[];
  /** A rejected audit entry for your own log, when the event's timestamp, actor and role are valid. */
  readonly entry?: AuditEntry;
}

/**
 * The answer of {@link transition}: the new context with the audit entry of the accepted event,
 * or the rejection (the context is then unchanged).
 */
export type TransitionResult =
  | {
      readonly accepted: true;
      readonly context: GebiedsprocesContext;
      readonly entry: AuditEntry;
      /** Present when the event was identical to one accepted before: nothing changed, `entry` is that one's. */
      readonly duplicate?: true;
    }
  | RejectedEvent;

/**
 * The rejected audit entry of an event, when its type, timestamp, actor and role are valid (so the
 * entry says who tried what and when); `undefined` otherwise. Internal.
 */
export function rejectedEntry(
  context: GebiedsprocesContext,
  event: unknown,
  reason: ErrorIssue,
): AuditEntry | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  const e = event as Record<string, unknown>;
  const ok =
    typeof e.type === 'string' &&
    typeof e.actor === 'string' &&
    e.actor.length > 0 &&
    IsoDateTimeSchema.safeParse(e.timestamp).success &&
    typeof e.role === 'string';
  const role = ProcessEventMetaSchema.shape.role.safeParse(e.role);
  if (!ok || !role.success) return undefined;
  const here = positionLabel(context);
  return chainAuditEntry(
    {
      seq: context.auditLog.length,
      type: e.type as string,
      timestamp: e.timestamp as string,
      actor: e.actor as string,
      role: role.data,
      ...(typeof e.motivation === 'string' && e.motivation.length > 0 ? { motivation: e.motivation } : {}),
      stepBefore: here,
      stepAfter: here,
      accepted: false,
      reason,
      event: jsonCopy(event) as Record<string, unknown>,
    },
    auditHead(context.auditLog),
  );
}

/**
 * A plain-JSON copy of the caller's event (read once, so a getter or Proxy cannot answer
 * differently later), or the typed issue for what JSON cannot hold or what is past the limits
 * (a cycle, a BigInt, nesting, size: see core's `jsonCopy`). Internal.
 */
export function copyEvent(event: unknown): { copy: unknown } | { issue: ErrorIssue } {
  try {
    return { copy: jsonCopy(event) };
  } catch (error) {
    if (!isGebiedsgerichtError(error)) throw error;
    const issue = error.issues[0];
    return { issue: issue ?? { code: error.code, path: [...error.path], message: error.label } };
  }
}

/** The reason of an event whose payload does not parse: its first problem. Internal. */
export function invalidPayload(issues: readonly ErrorIssue[]): ErrorIssue {
  const first = issues[0];
  // The template is called directly so that the first problem's message is kept whole.
  return {
    code: 'invalid_input',
    path: first ? first.path : [],
    message: processMessages.messages.invalid_input(
      first
        ? { detailNl: first.message.nl, detailEn: first.message.en }
        : { detailNl: 'geen nadere gegevens', detailEn: 'no details' },
    ),
  };
}

/**
 * Why `options` of `send` cannot be used (not an object, `now` not an ISO 8601 date-time with
 * offset), or why the event is dated too far after `options.now`; `null` when neither.
 */
function timeIssue(event: GebiedsprocesEvent, options: unknown): ErrorIssue | null {
  if (options === undefined) return null;
  if (typeof options !== 'object' || options === null) {
    return processMessages.issue('invalid_argument', { name: 'options (an object)' }, ['options']);
  }
  const now = (options as { now?: unknown }).now;
  if (now === undefined) return null;
  if (!IsoDateTimeSchema.safeParse(now).success) {
    return processMessages.issue('invalid_argument', { name: 'options.now (an ISO 8601 date-time with offset)' }, [
      'options',
      'now',
    ]);
  }
  return rejectionOfEventNotInFuture(event, now as string);
}

/**
 * What {@link preCheckEvent} found: the event to apply (validated; `copy` is the plain-JSON copy
 * of the caller's value it was parsed from), the accepted audit entry of an identical event sent
 * before (a retry: nothing to apply), or the rejection.
 */
export type PreCheckedEvent =
  | { readonly kind: 'apply'; readonly event: GebiedsprocesEvent; readonly copy: unknown }
  | { readonly kind: 'duplicate'; readonly entry: AuditEntry }
  | { readonly kind: 'rejected'; readonly rejection: RejectedEvent };

/**
 * Everything `send` and {@link transition} check before an event reaches the reducer, in one
 * place so both answer alike: a plain-JSON copy of the caller's value, its payload against the
 * schema of its type, whether an identical event was accepted before (answered with that entry),
 * the time against `options.now` (only `send` passes options) and the rules of the process in
 * this context. A rejection carries the rejected audit entry when the event's type, timestamp,
 * actor and role are valid. Internal.
 */
export function preCheckEvent(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  raw: unknown,
  options?: unknown,
): PreCheckedEvent {
  const copied = copyEvent(raw);
  if ('issue' in copied) {
    const reason = invalidPayload([copied.issue]);
    return { kind: 'rejected', rejection: { accepted: false, reason, issues: [copied.issue] } };
  }
  const event = copied.copy;
  const parsed = parseGebiedsprocesEvent(event);
  if ('issues' in parsed) {
    const reason = invalidPayload(parsed.issues);
    const entry = rejectedEntry(context, event, reason);
    return {
      kind: 'rejected',
      rejection: { accepted: false, reason, issues: parsed.issues, ...(entry ? { entry } : {}) },
    };
  }
  // The event the process keeps (in its audit entry, and documents in the context) has its keys
  // in canonical order, as a replay of that entry gives them back: a replay rebuilds the same text.
  const checked = canonicalEvent(parsed.event);
  markOwnEvent(checked);
  const original = identicalAccepted(context, checked);
  if (original) return { kind: 'duplicate', entry: original };
  const reason = timeIssue(checked, options) ?? rejectionOfGebiedsprocesEvent(definition, context, checked);
  if (reason) {
    const entry = rejectedEntry(context, event, reason);
    return { kind: 'rejected', rejection: { accepted: false, reason, issues: [reason], ...(entry ? { entry } : {}) } };
  }
  return { kind: 'apply', event: checked, copy: event };
}

/**
 * Checks and applies one event of a validated definition to a validated context. Internal: the
 * building block of {@link transition}.
 */
export function transitionOf(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  raw: unknown,
): TransitionResult {
  const checked = preCheckEvent(definition, context, raw);
  if (checked.kind === 'rejected') return checked.rejection;
  if (checked.kind === 'duplicate') return { accepted: true, context, entry: checked.entry, duplicate: true };
  const next = reduceGebiedsprocesEvent(definition, context, checked.event);
  const entry = next.auditLog[context.auditLog.length] as AuditEntry;
  return { accepted: true, context: next, entry };
}

/**
 * The pure transition of an area process, for callers that keep the state themselves (as XState's
 * own `transition` does for a machine): given the definition (template, settings, options), the
 * current context and an event, the new context and the audit entry of the accepted event, or the
 * rejection with the reason. The same rules and reducer as {@link RunningGebiedsproces.send}; nothing is
 * mutated, nothing runs, the clock is not read. The definition and context are validated (the
 * context against `GebiedsprocesContextSchema` and the template); bad input throws a
 * `GebiedsgerichtError`, a rejected event does not throw.
 *
 * @example
 * const process = createGebiedsproces({ template, settings, startedAt });
 * const result = transition(process.definition, process.context(), event);
 * if (result.accepted) save(result.context);
 * @see handreiking bijlage 1, onderdeel 2
 */
export function transition(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: GebiedsprocesEvent,
): TransitionResult;
/** {@link transition} for an event whose type is not known at compile time, validated at run time. */
export function transition(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: unknown,
  options: { readonly untyped: true },
): TransitionResult;
export function transition(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: unknown,
): TransitionResult {
  const d = (definition ?? {}) as Partial<GebiedsprocesDefinition>;
  const { template, settings } = validateTemplateAndSettings(d.template, d.settings, ['definition']);
  validateGebiedsprocesOptions(d.options, ['definition', 'options'], true);
  const checked: GebiedsprocesDefinition = {
    template,
    settings,
    options: d.options as GebiedsprocesDefinition['options'],
  };
  const ctx = readContext(
    {
      kind: 'gebiedsprocesSnapshot',
      schemaVersion: 2,
      id: settings.processId,
      revision: Array.isArray((context as { auditLog?: unknown } | null)?.auditLog)
        ? (context as GebiedsprocesContext).auditLog.length
        : 0,
      template,
      settings,
      context: context as unknown as Record<string, unknown>,
    },
    [],
  );
  return transitionOf(checked, ctx, event);
}
