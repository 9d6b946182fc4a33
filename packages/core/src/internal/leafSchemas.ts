import * as z from 'zod';

// Leaf schemas that many shapes use unchanged, built once. A zod schema is immutable (every method
// returns a new schema), so one instance serves every shape that names it, with the same checks,
// messages and JSON Schema as a copy of its own; core builds several hundred fewer schema objects
// when it loads. Internal: not exported from the package, and not named in the JSON Schema.

/** A string of at least one character (`z.string().min(1)`). */
export const NonEmptyStringSchema = /* @__PURE__ */ z.string().min(1);
/** A whole number ≥ 0 (`z.number().int().nonnegative()`). */
export const NonNegativeIntSchema = /* @__PURE__ */ z.number().int().nonnegative();
/** A whole number > 0 (`z.number().int().positive()`). */
export const PositiveIntSchema = /* @__PURE__ */ z.number().int().positive();
/** A number ≥ 0 (`z.number().nonnegative()`, the same check as `z.number().min(0)`). */
export const NonNegativeNumberSchema = /* @__PURE__ */ z.number().nonnegative();
/** A number from 0 to 1 inclusive (`z.number().min(0).max(1)`). */
export const UnitIntervalSchema = /* @__PURE__ */ z.number().min(0).max(1);
