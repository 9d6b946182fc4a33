// What each slice contributes to `dueItems`, keyed by the slice names of the registry in
// `slices.ts`. Internal: not exported from the package.
import {
  escalationOverdueChecker,
  evaluationDueChecker,
  herijkingTriggeredChecker,
  nextIjkmomentChecker,
  pblPublicationChecker,
} from './monitoring/dueCheckers';
import type { DueChecker } from './queries/dueItem';
import type { SliceName } from './slices';

/** The due checkers of each slice; a new slice in the registry needs its entry here too. */
const DUE_CHECKERS_OF: Readonly<Record<SliceName, readonly DueChecker[]>> = {
  ijkmomenten: [nextIjkmomentChecker],
  knelpunten: [escalationOverdueChecker],
  regimes: [],
  monitoring: [evaluationDueChecker, pblPublicationChecker, herijkingTriggeredChecker],
  tracks: [],
};

/**
 * The due checkers of every slice, in the order `dueItems` reports them (the next ijkmomenten
 * first, then overdue escalations, then what monitoring calls for).
 */
export const SLICE_DUE_CHECKERS: readonly DueChecker[] = Object.freeze(
  (Object.keys(DUE_CHECKERS_OF) as SliceName[]).flatMap((name) => DUE_CHECKERS_OF[name]),
);
