import type { ControlStatus } from '@gebiedsgericht/core';

const RANK: Record<ControlStatus, number> = { on_track: 0, at_risk: 1, off_track: 2 };

/** The worse of two statuses. */
export function worse(a: ControlStatus, b: ControlStatus): ControlStatus {
  return RANK[b] > RANK[a] ? b : a;
}

/** The worst of a list of statuses; on track for an empty list. */
export function worst(statuses: Iterable<ControlStatus>): ControlStatus {
  let result: ControlStatus = 'on_track';
  for (const s of statuses) result = worse(result, s);
  return result;
}

/**
 * Classifies a deviation from a norm against a tolerance: beyond the limit in its direction is
 * off track; beyond `share` of that limit is at risk; otherwise on track.
 */
export function classify(deviation: number, limitOver: number, limitUnder: number, share: number): ControlStatus {
  const limit = deviation > 0 ? limitOver : limitUnder;
  const size = Math.abs(deviation);
  if (size === 0) return 'on_track';
  if (size > limit) return 'off_track';
  if (size > share * limit) return 'at_risk';
  return 'on_track';
}

/** Whole calendar days from `from` to `to` (ISO dates): core's one `daysBetween`. */
export { daysBetween } from '@gebiedsgericht/core';

/** The later of two ISO dates (they sort as strings). */
export function laterDate(a: string, b: string): string {
  return [a, b].sort()[1] as string;
}
