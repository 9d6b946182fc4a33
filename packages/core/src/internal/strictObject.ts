import * as z from 'zod';

// `z.strictObject(shape)` builds a fresh `z.never()` for the unknown keys of every object, and core
// has over 500 strict objects. A zod schema is immutable, so the same object with one shared
// `never` parses, reports unknown keys and converts to JSON Schema exactly as `z.strictObject`
// does, and core builds some 500 fewer schema objects when it loads.
const NO_UNKNOWN_KEYS = /* @__PURE__ */ z.never();

/** `z.strictObject(shape)`, with the `never` for unknown keys shared by every object. Internal. */
export function strictObject<T extends z.core.$ZodLooseShape>(
  shape: T,
): z.ZodObject<z.core.util.Writeable<T>, z.core.$strict> {
  return new z.ZodObject({ type: 'object', shape, catchall: NO_UNKNOWN_KEYS }) as z.ZodObject<
    z.core.util.Writeable<T>,
    z.core.$strict
  >;
}
