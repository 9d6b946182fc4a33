// The rules and the reducer of the whole area process: core's process events (rejectionOfEvent,
// reduceEvent) and the second half's (ijkmomenten, knelpunten, regimes, monitoring, tracks).
import type { ErrorIssue } from '@gebiedsgericht/core';
import { rejectionOfAuthority } from '../authority/authorityRules';
import { provincesOf } from '../internal/provincesOf';
import { rejectionOfEventTime, rejectionOfUniqueIds } from './eventIntegrity';
import {
  type GebiedsprocesEvent,
  isExtensionEvent,
  reduceExtensionEvent,
  rejectionOfExtensionEvent,
} from './extensions';
import type { GebiedsprocesContext } from './gebiedsprocesContext';
import { appendAudit, reduceEvent } from './reduceEvent';
import { type GebiedsprocesDefinition, rejectionOfEvent } from './rejectionOfEvent';

/**
 * The one rule function of the area process: `null` when the event is accepted in this context,
 * otherwise the reason (stable code, path, Dutch and English message). Core's process events go to
 * {@link rejectionOfEvent}; knelpunt, regime, ijkmoment, monitoring and track events to the second half's
 * rules. The machine's guards and the wrapper's `send` both use it, so they never disagree.
 *
 * @example
 * rejectionOfGebiedsprocesEvent(definition, snapshot.context, event); // null or { code: 'intervener_is_party', … }
 * @see handreiking bijlage 1, onderdeel 2; bijlage 1, onderdeel 4; §2.2; §2.3
 */
export function rejectionOfGebiedsprocesEvent(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: GebiedsprocesEvent,
): ErrorIssue | null {
  const early = rejectionOfEventTime(context, event);
  if (early) return early;
  // Who may send it (from the startnotitie), then what it may do in this state, then ids.
  const who = rejectionOfAuthority(definition.settings, context, event);
  if (who) return who;
  const rule = isExtensionEvent(event)
    ? rejectionOfExtensionEvent(definition.settings.processId, context, event, provincesOf(definition.settings))
    : rejectionOfEvent(definition, context, event);
  return rule ?? rejectionOfUniqueIds(context, event);
}

/**
 * The one reducer of the area process: applies an accepted event and appends its audit entry (and,
 * when the event accepts the startnotitie, the entries derived from it). Pure, so replaying the
 * audit log rebuilds the same context.
 *
 * @example
 * const next = reduceGebiedsprocesEvent(definition, context, event);
 * @see handreiking §2.6 (navolgbaarheid)
 */
export function reduceGebiedsprocesEvent(
  definition: GebiedsprocesDefinition,
  context: GebiedsprocesContext,
  event: GebiedsprocesEvent,
): GebiedsprocesContext {
  if (isExtensionEvent(event)) {
    return appendAudit(context, reduceExtensionEvent(context, event), event as Parameters<typeof appendAudit>[2]);
  }
  return reduceEvent(definition, context, event);
}
