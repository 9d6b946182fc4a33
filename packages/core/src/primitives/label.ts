import * as z from 'zod';

/** The two languages every user-facing text of the SDK is given in. */
export const LocaleSchema = /* @__PURE__ */ z.enum(['nl', 'en']);
/** `nl` (Dutch, the handreiking's language) or `en` (English). */
export type Locale = z.infer<typeof LocaleSchema>;

/**
 * A bilingual text: Dutch and English side by side.
 *
 * @example
 * const title: Label = { nl: 'Integrale gebiedstafel', en: 'Integrated area table' };
 */
export const LabelSchema = /* @__PURE__ */ z.strictObject({
  nl: /* @__PURE__ */ z.string().min(1),
  en: /* @__PURE__ */ z.string().min(1),
});
/** A bilingual text: Dutch and English side by side. */
export type Label = z.infer<typeof LabelSchema>;

/**
 * Whether `value` is a {@link Label} as {@link LabelSchema} accepts it. A plain object whose own
 * enumerable keys are exactly `nl` and `en`, both non-empty strings, is answered without zod (the
 * usual case, and the one of the SDK's own label tables, which are checked when the package
 * loads); anything else gets the schema's answer. Internal.
 *
 * @example
 * isValidLabel({ nl: 'Kosten', en: 'Cost' }); // true
 */
export function isValidLabel(value: unknown): boolean {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const prototype = Object.getPrototypeOf(value);
    const keys = Object.keys(value);
    if (
      (prototype === Object.prototype || prototype === null) &&
      keys.length === 2 &&
      ((keys[0] === 'nl' && keys[1] === 'en') || (keys[0] === 'en' && keys[1] === 'nl'))
    ) {
      const { nl, en } = value as { nl: unknown; en: unknown };
      if (typeof nl === 'string' && nl.length > 0 && typeof en === 'string' && en.length > 0) return true;
    }
  }
  return LabelSchema.safeParse(value).success;
}
