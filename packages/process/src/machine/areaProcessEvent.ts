// The rules and the reducer of the whole area process: core's process events (checkEvent,
// reduceEvent) and the second half's (ijkmomenten, knelpunten, regimes, monitoring, tracks).
import type { ErrorIssue } from '@gebiedsgericht/core';
import { checkAuthority } from '../authority/authorityRules';
import type { AreaProcessContext } from './areaProcessContext';
import { type AreaProcessDefinition, checkEvent } from './checkEvent';
import { checkEventTime, checkUniqueIds } from './eventIntegrity';
import { type AreaProcessEvent, checkExtensionEvent, isExtensionEvent, reduceExtensionEvent } from './extensions';
import { appendAudit, reduceEvent } from './reduceEvent';

/** The provinces an area lies in: `provinceIds`, else the one `provinceId`. */
function provincesOf(settings: AreaProcessDefinition['settings']): readonly string[] {
  return settings.provinceIds ?? (settings.provinceId === undefined ? [] : [settings.provinceId]);
}

/**
 * The one rule function of the area process: `null` when the event is accepted in this context,
 * otherwise the reason (stable code, path, Dutch and English message). Core's process events go to
 * {@link checkEvent}; knelpunt, regime, ijkmoment, monitoring and track events to the second half's
 * rules. The machine's guards and the wrapper's `send` both use it, so they never disagree.
 *
 * @example
 * checkAreaProcessEvent(definition, snapshot.context, event); // null or { code: 'knelpunt_mediator_is_party', … }
 * @see handreiking bijlage 1, onderdeel 2; bijlage 1, onderdeel 4; §2.2; §2.3
 */
export function checkAreaProcessEvent(
  definition: AreaProcessDefinition,
  context: AreaProcessContext,
  event: AreaProcessEvent,
): ErrorIssue | null {
  const early = checkEventTime(context, event);
  if (early) return early;
  // Who may send it (from the startnotitie), then what it may do in this state, then ids.
  const who = checkAuthority(definition.settings, context, event);
  if (who) return who;
  const rule = isExtensionEvent(event)
    ? checkExtensionEvent(definition.settings.processId, context, event, provincesOf(definition.settings))
    : checkEvent(definition, context, event);
  return rule ?? checkUniqueIds(context, event);
}

/**
 * The one reducer of the area process: applies an accepted event and appends its audit entry (and,
 * when the event accepts the startnotitie, the entries derived from it). Pure, so replaying the
 * audit log rebuilds the same context.
 *
 * @example
 * const next = reduceAreaProcessEvent(definition, context, event);
 * @see handreiking §2.6 (navolgbaarheid)
 */
export function reduceAreaProcessEvent(
  definition: AreaProcessDefinition,
  context: AreaProcessContext,
  event: AreaProcessEvent,
): AreaProcessContext {
  if (isExtensionEvent(event)) {
    return appendAudit(context, reduceExtensionEvent(context, event), event as Parameters<typeof appendAudit>[2]);
  }
  return reduceEvent(definition, context, event);
}
