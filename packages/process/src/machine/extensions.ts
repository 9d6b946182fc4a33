// The second half of the area process (ijkmomenten, knelpunten, regimes, monitoring,
// tracks) plugged into the one rule function and the one reducer of the machine.

import type { IjkmomentEvent, MonitoringEvent, TrackEvent } from '@gebiedsgericht/core';
import {
  type ErrorIssue,
  type GebiedsprocesContext,
  instantOf,
  issuesFromZod,
  type KnelpuntProcessEvent,
  type ProcessEvent,
  ProcessEventSchema,
  type RegimeProcessEvent,
} from '@gebiedsgericht/core';
import type * as z from 'zod';
import { processMessages } from '../messages';
import { initialSliceContext, SLICE_OF_TYPE, SLICES } from '../slices';

/**
 * The context keys the second half adds to the area process context (all plain JSON).
 *
 * @example
 * process.context().knelpunten.items['knelpunt-beekdal-water']?.level;
 * @see handreiking §2.2; §2.3; bijlage 1, onderdeel 4
 */
export type ExtensionContext = Pick<
  GebiedsprocesContext,
  'knelpunten' | 'regimes' | 'ijkmomenten' | 'monitoring' | 'tracks'
>;

/**
 * The initial values of {@link ExtensionContext}.
 *
 * @example
 * initialExtensionContext().knelpunten; // { items: {} }
 * @see handreiking §2.3
 */
export function initialExtensionContext(): ExtensionContext {
  return initialSliceContext();
}

/**
 * Every event of the second half.
 *
 * @example
 * const e: ExtensionEvent = { type: 'knelpunt.escalate', knelpuntId: 'k', timestamp: '…', actor: 'x', role: 'partij' };
 * @see handreiking §2.3; bijlage 1, onderdeel 4
 */
export type ExtensionEvent = KnelpuntProcessEvent | RegimeProcessEvent | IjkmomentEvent | MonitoringEvent | TrackEvent;
/**
 * Every event an area process accepts: core's process events and the second half's.
 *
 * @example
 * process.send(event satisfies GebiedsprocesEvent);
 * @see handreiking bijlage 1, onderdeel 2; bijlage 1, onderdeel 4
 */
export type GebiedsprocesEvent = ProcessEvent | ExtensionEvent;

const SCHEMA_OF = new Map<string, z.ZodType>(
  [...SLICE_OF_TYPE].map(([type, slice]): [string, z.ZodType] => [type, slice.eventSchema]),
);

/**
 * The `type` values of every second-half event.
 *
 * @example
 * EXTENSION_EVENT_TYPES.includes('ijkmoment.hold'); // true
 * @see handreiking bijlage 1, onderdeel 4
 */
export const EXTENSION_EVENT_TYPES: readonly string[] = Object.freeze([...SCHEMA_OF.keys()]);

/**
 * The `type` of every event an area process accepts: core's process events and those of
 * knelpunten, regimes, ijkmomenten, monitoring and tracks.
 *
 * @example
 * GEBIEDSPROCES_EVENT_TYPES.includes('knelpunt.raise'); // true
 * @see handreiking bijlage 1, onderdeel 2; bijlage 1, onderdeel 4
 */
export const GEBIEDSPROCES_EVENT_TYPES: readonly string[] = Object.freeze([
  ...ProcessEventSchema.options.map((option) => option.shape.type.value),
  ...SCHEMA_OF.keys(),
]);

/**
 * True when the event is one of the second half's.
 *
 * @example
 * isExtensionEvent({ type: 'step.close' }); // false
 * @see handreiking bijlage 1, onderdeel 4
 */
export function isExtensionEvent(event: { type: string }): event is ExtensionEvent {
  return SCHEMA_OF.has(event.type);
}

/**
 * The second half's schema for an event of this `type`, or `undefined` for any other type.
 * Internal: the validating wrappers of the public boundary use it.
 */
export function extensionEventSchemaOf(raw: unknown): z.ZodType | undefined {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? SCHEMA_OF.get(type) : undefined;
}

/** The schema an area process event is parsed with: its type's second-half schema, else core's. */
export function gebiedsprocesEventSchemaOf(raw: unknown): z.ZodType {
  return extensionEventSchemaOf(raw) ?? ProcessEventSchema;
}

/**
 * Parses any area process event with the schema of its type (core's process events, or the second
 * half's), so an invalid payload is reported against the right shape.
 *
 * @example
 * const parsed = parseGebiedsprocesEvent(raw);
 * if ('issues' in parsed) console.log(parsed.issues[0]?.path);
 * @see handreiking bijlage 1, onderdeel 2; bijlage 1, onderdeel 4
 */
export function parseGebiedsprocesEvent(raw: unknown): { event: GebiedsprocesEvent } | { issues: ErrorIssue[] } {
  const type = typeof raw === 'object' && raw !== null ? (raw as { type?: unknown }).type : undefined;
  if (!GEBIEDSPROCES_EVENT_TYPES.includes(type as string)) {
    const expected = GEBIEDSPROCES_EVENT_TYPES.join(' | ');
    // The template is called directly: the list of event types is longer than a parameter that
    // `issue` would shorten, and it is the SDK's own text.
    return {
      issues: [
        { code: 'invalid_union', path: ['type'], message: processMessages.messages.invalid_union({ expected }) },
      ],
    };
  }
  const parsed = gebiedsprocesEventSchemaOf(raw).safeParse(raw);
  if (parsed.success) return { event: parsed.data as GebiedsprocesEvent };
  return { issues: issuesFromZod(parsed.error) };
}

/**
 * Event types of the second half that a suspended process still records (record keeping only).
 *
 * @example
 * EXTENSION_ACCEPTED_WHILE_SUSPENDED.has('lesson.record'); // true
 * @see handreiking §2.7
 */
export const EXTENSION_ACCEPTED_WHILE_SUSPENDED: ReadonlySet<string> = new Set(
  SLICES.flatMap((slice) => slice.acceptedWhileSuspended),
);

/**
 * What the second half needs to know of the rest of the process context.
 *
 * @example
 * const host: ExtensionHost = { status: 'running', position: 'monitoring' };
 * @see handreiking bijlage 1, onderdeel 2
 */
export interface ExtensionHost {
  readonly status: 'running' | 'suspended' | 'stopped';
  readonly position: string;
  readonly lastEventAt?: string | undefined;
}

/**
 * The rules of the second half: `null` when the event is accepted, otherwise the reason (as
 * `rejectionOfEvent` does for core's process events, whose general rules it shares: no event before the
 * previous one, nothing once stopped, only record keeping while suspended). The slices read the
 * step records in `context.steps` (the vision's goals) and the provinces the area lies in
 * (`provinceIds`).
 *
 * @example
 * rejectionOfExtensionEvent('gebiedsproces-lindewaard', process.context(), event); // null or an issue
 * @see handreiking §2.3; bijlage 1, onderdeel 4
 */
export function rejectionOfExtensionEvent(
  processId: string,
  context: ExtensionContext & ExtensionHost & { readonly steps?: GebiedsprocesContext['steps'] },
  event: ExtensionEvent,
  provinceIds: readonly string[] = [],
): ErrorIssue | null {
  if (context.lastEventAt && instantOf(event.timestamp) < instantOf(context.lastEventAt)) {
    return processMessages.issue('event_before_previous', { at: event.timestamp, last: context.lastEventAt }, [
      'timestamp',
    ]);
  }
  const state = context.status === 'running' ? context.position : context.status;
  if (
    context.status === 'stopped' ||
    (context.status === 'suspended' && !EXTENSION_ACCEPTED_WHILE_SUSPENDED.has(event.type))
  ) {
    return processMessages.issue('event_not_allowed', { event: event.type, state }, ['type']);
  }
  const slice = SLICE_OF_TYPE.get(event.type);
  if (slice === undefined) return processMessages.issue('event_not_allowed', { event: event.type, state }, ['type']);
  return slice.check(context, event, {
    processId,
    status: context.status,
    position: context.position,
    steps: context.steps,
    provinceIds,
  });
}

/**
 * Applies an accepted second-half event to the context (the caller appends the audit entry).
 *
 * @example
 * const next = reduceExtensionEvent(context, event);
 * @see handreiking §2.2; §2.3
 */
export function reduceExtensionEvent<C extends ExtensionContext>(context: C, event: ExtensionEvent): C {
  const slice = SLICE_OF_TYPE.get(event.type);
  const position = (context as Partial<ExtensionHost>).position;
  return slice === undefined ? context : { ...context, ...slice.reduce(context, event, position) };
}

/**
 * True when a herijking is underway (the monitoring state shows the sub-state `herijking`).
 *
 * @example
 * herijkingUnderway(process.context()); // false
 * @see handreiking §2.2
 */
export function herijkingUnderway(context: ExtensionContext): boolean {
  return context.monitoring.herijkingen.some((h) => h.status === 'underway');
}
