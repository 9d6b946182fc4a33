// The values of core's LIMITS as a plain literal, so that schemas and helpers can use them
// without keeping the whole described table in a bundle. LIMITS (limits.ts) is built from these.

/** The largest accepted value of each limit; see `LIMITS` for what each one means. */
export const LIMIT_MAX = {
  nestingDepth: 100,
  jsonValues: 2_000_000,
  snapshotValues: 10_000_000,
  stringLength: 1_000_000,
  idLength: 200,
  nameLength: 1_000,
  textLength: 100_000,
  smaaVariants: 200,
  smaaWork: 50_000_000,
  packageDealSteps: 50_000_000,
  eventClockTolerance: 300_000,
} as const;
