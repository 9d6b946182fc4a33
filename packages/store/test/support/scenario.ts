/**
 * Events for the store's tests: the Lindewaard scenario of the main example (real documents from
 * core's fixtures), plus minor changes that a process accepts in any running step.
 */
import { lindewaardActors, lindewaardStartnotitie } from '@gebiedsgericht/core/fixtures';
import { defaultStepTemplate, settingsFromStartnotitie } from '@gebiedsgericht/process';
import { inOrder, secondHalfEvents, stepEvents } from '../../../../examples/lindewaard/src/scenario';

export const template = defaultStepTemplate;

/** Settings of a Lindewaard-like process with its own id (and province, when given). */
export function settingsFor(processId: string, provinceId?: string) {
  const base = settingsFromStartnotitie(lindewaardStartnotitie, lindewaardActors, { processId });
  return provinceId ? { ...base, provinceId } : base;
}

export const startedAt = '2026-01-12T09:00:00+01:00';

/** Every event of the Lindewaard scenario, in time order. */
export function lindewaardEvents(processId = 'gebiedsproces-lindewaard'): Record<string, unknown>[] {
  return inOrder([...stepEvents(settingsFor(processId)), ...secondHalfEvents()]).map((e) => e.event);
}

/** A minor change the process accepts while it runs; `n` makes the id unique. */
export function minorChange(n: number, actor = 'procesregisseur-zuidmark'): Record<string, unknown> {
  // One second apart from 13 January 2026 on, so a sequence of them is in time order.
  const at = new Date(Date.UTC(2026, 0, 13, 9, 0, 0) + n * 1000).toISOString();
  return {
    type: 'change.minor',
    timestamp: at,
    actor,
    role: 'regisseur',
    change: { id: `wijziging-${actor}-${n}`, description: `Planning bijgesteld (${n})` },
  };
}
