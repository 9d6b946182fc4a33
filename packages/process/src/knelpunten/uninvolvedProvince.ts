import type { ErrorIssue, IssuePath, KnelpuntIntervention } from '@gebiedsgericht/core';
import { processMessages } from '../messages';

/**
 * A province that intervenes for its part of the area is one of the provinces the area lies in:
 * the first intervention per province that names another one, as `knelpunt_province_not_involved`
 * at `[...at, i, 'perProvince', j, 'provinceId']`, or `null`. Internal: used where an escalation
 * model is configured, by `escalation.configure` and by accepting the startnotitie.
 */
export function rejectionOfUninvolvedProvince(
  interventions: readonly KnelpuntIntervention[],
  involved: readonly string[],
  at: IssuePath,
): ErrorIssue | null {
  for (const [i, intervention] of interventions.entries()) {
    for (const [j, p] of (intervention.perProvince ?? []).entries()) {
      if (involved.includes(p.provinceId)) continue;
      return processMessages.issue(
        'knelpunt_province_not_involved',
        { provinceId: p.provinceId, provinces: involved.join(', ') || '—' },
        [...at, i, 'perProvince', j, 'provinceId'],
      );
    }
  }
  return null;
}
