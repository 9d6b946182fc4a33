/**
 * The benchmark estimate: 50 PERT cost items and 200 discrete risk events with uniform
 * consequence ranges. The same figures are built in `monteCarlo_numpy.py` (same formulas, same
 * deterministic parameters), so both implementations run the same computation.
 */
import type { Estimate } from '@gebiedsgericht/core';

export const BENCH_ITEMS = 50;
export const BENCH_RISKS = 200;

/** Deterministic parameters: item k has min 1,000,000 + 10,000·k euro … (in cents). */
export function benchEstimate(): Estimate {
  const items: Estimate['items'] = [];
  for (let k = 0; k < BENCH_ITEMS; k++) {
    const mode = (1_000_000 + 10_000 * k) * 100;
    items.push({
      id: `post-${k}`,
      label: `Kostenpost ${k}`,
      range: { type: 'pert', min: Math.round(mode * 0.85), mode, max: Math.round(mode * (1.3 + (k % 5) * 0.1)) },
    });
  }
  const riskEvents: Estimate['riskEvents'] = [];
  for (let r = 0; r < BENCH_RISKS; r++) {
    const low = (50_000 + 1_000 * r) * 100;
    riskEvents.push({
      id: `risico-${r}`,
      label: `Risico ${r}`,
      probability: 0.02 + ((r * 37) % 45) / 100,
      consequence: { type: 'uniform', min: low, max: low * 4 },
    });
  }
  return {
    kind: 'estimate',
    schemaVersion: 2,
    id: 'bench',
    scope: { level: 'programme', programmeId: 'bench' },
    aspect: 'money',
    unit: 'euroCents',
    items,
    riskEvents,
  };
}
