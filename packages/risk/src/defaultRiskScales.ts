// The default 5 × 5 scales are data, so they live in @gebiedsgericht/core (where the scenario
// fixtures use them too); this package re-exports them for callers of the risk functions.
export { defaultRiskScales } from '@gebiedsgericht/core';
