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
