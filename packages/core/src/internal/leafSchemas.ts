import * as z from 'zod';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema, IsoDateTimeSchema } from '../primitives/isoDate';
import { TextSchema } from '../primitives/text';

// Leaf schemas that many shapes use unchanged, built once. A zod schema is immutable (every method
// returns a new schema), so one instance serves every shape that names it, with the same checks,
// messages and JSON Schema as a copy of its own; core builds about a third fewer schema objects
// when it loads. Internal: not exported from the package, and not named in the JSON Schema. Only
// leaves with a short type are shared here: the declaration build names a schema by `typeof` where
// its type is long, and public declarations must not name this module.

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

/** An optional {@link NonEmptyStringSchema}. */
export const OptionalNonEmptyStringSchema = /* @__PURE__ */ NonEmptyStringSchema.optional();
/** An optional id. */
export const OptionalIdSchema = /* @__PURE__ */ IdSchema.optional();
/** A list of ids (`z.array(IdSchema)`). */
export const IdListSchema = /* @__PURE__ */ z.array(IdSchema);
/** A list of at least one id. */
export const NonEmptyIdListSchema = /* @__PURE__ */ IdListSchema.min(1);
/** An optional calendar date. */
export const OptionalIsoDateSchema = /* @__PURE__ */ IsoDateSchema.optional();
/** An optional date and time. */
export const OptionalIsoDateTimeSchema = /* @__PURE__ */ IsoDateTimeSchema.optional();
/** An optional free text. */
export const OptionalTextSchema = /* @__PURE__ */ TextSchema.optional();
