import * as z from 'zod';
import { schemaRefinement } from '../internal/schemaIssue';
import { primitivesIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { coreFail } from '../messages';
import { describeValue } from './describeValue';

/**
 * An amount in euro cents, as a safe integer. Money is never a float: `€ 12,50` is `1250`.
 *
 * @example
 * EuroCentsSchema.parse(1250); // € 12,50
 */
export const EuroCentsSchema = z
  .number()
  .int()
  .refine(Number.isSafeInteger, schemaRefinement(primitivesIssues, 'unsafe_integer', {}));
/** An amount in euro cents. */
export type EuroCents = z.infer<typeof EuroCentsSchema>;

/** ISO 4217 currency code, three capital letters (`EUR`). */
export const CurrencySchema = z.string().regex(/^[A-Z]{3}$/);

/**
 * An explicit amount of money in minor units (cents) of a currency, for the rare document that
 * is not in euro.
 *
 * @example
 * MoneySchema.parse({ amount: 250_000_00, currency: 'EUR' });
 */
export const MoneySchema = strictObject({
  amount: EuroCentsSchema,
  currency: CurrencySchema,
});
/** An amount in minor units of a currency. */
export type Money = z.infer<typeof MoneySchema>;

/** Either plain euro cents or an explicit {@link Money}. */
export const AmountSchema = z.union([EuroCentsSchema, MoneySchema]);
/** Either plain euro cents or an explicit {@link Money}. */
export type Amount = z.infer<typeof AmountSchema>;

/**
 * Formats euro cents for people, in Dutch (`€ 1.250.000,00`) or English (`€1,250,000.00`).
 *
 * @example
 * formatEuro(125_000_000, 'nl'); // '€ 1.250.000,00'
 */
export function formatEuro(cents: EuroCents, locale: 'nl' | 'en'): string {
  if (typeof cents !== 'number' || !Number.isFinite(cents))
    throw coreFail('not_a_finite_number', { value: describeValue(cents) }, ['cents']);
  if (!Number.isSafeInteger(cents)) throw coreFail('amount_too_large', { value: String(cents) }, ['cents']);
  if (locale !== 'nl' && locale !== 'en')
    throw coreFail('invalid_argument', { name: "locale ('nl' or 'en')" }, ['locale']);
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    style: 'currency',
    currency: 'EUR',
  }).format(cents / 100);
}

/**
 * Converts a number of euros to cents, rounding half away from zero to the nearest cent.
 *
 * @example
 * euroToCents(12.5); // 1250
 */
export function euroToCents(euros: number): EuroCents {
  if (typeof euros !== 'number' || !Number.isFinite(euros))
    throw coreFail('not_a_finite_number', { value: describeValue(euros) }, ['euros']);
  const cents = Math.sign(euros) * Math.round(Math.abs(euros) * 100);
  if (!Number.isSafeInteger(cents)) throw coreFail('amount_too_large', { value: String(euros) }, ['euros']);
  return cents === 0 ? 0 : cents;
}
