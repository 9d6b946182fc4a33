import * as z from 'zod';
import { coreFail } from '../messages';
import { describeValue } from './describeValue';
import { isValidLabel, type Label, type Locale } from './label';

export { type Label, LabelSchema, type Locale, LocaleSchema } from './label';

/**
 * An enumeration whose every value has a Dutch and an English label.
 * Built with {@link labelledEnum}; `schema` validates, `labels` feeds dashboards.
 */
export interface LabelledEnum<T extends string> {
  /** The allowed values, in declaration order. */
  readonly values: readonly [T, ...T[]];
  /** zod schema accepting exactly these values. */
  readonly schema: z.ZodEnum<{ [K in T]: K }>;
  /** The label of every value. */
  readonly labels: Readonly<Record<T, Label>>;
  /** The label of one value in one language. */
  label(value: T, locale: Locale): string;
}

/**
 * Declares an enumeration together with the Dutch and English label of every value, so that no
 * value can exist without both labels (the compiler checks it).
 *
 * @example
 * const Direction = labelledEnum({
 *   benefit: { nl: 'Hoe meer hoe beter', en: 'More is better' },
 *   cost: { nl: 'Hoe minder hoe beter', en: 'Less is better' },
 * });
 * Direction.schema.parse('cost'); // 'cost'
 * Direction.label('cost', 'nl'); // 'Hoe minder hoe beter'
 */
export function labelledEnum<const L extends Record<string, Label>>(labels: L): LabelledEnum<Extract<keyof L, string>> {
  type T = Extract<keyof L, string>;
  const table: unknown = labels;
  if (typeof table !== 'object' || table === null || Array.isArray(table))
    throw coreFail('invalid_argument', { name: 'labels (an object with a Dutch and English label per value)' }, [
      'labels',
    ]);
  const values = Object.keys(labels) as T[];
  if (values.length === 0) throw coreFail('invalid_argument', { name: 'labels (at least one value)' }, ['labels']);
  for (const value of values) {
    if (!isValidLabel(labels[value]))
      throw coreFail('invalid_argument', { name: `labels.${value} ({ nl, en })` }, ['labels', value]);
  }
  const frozen = Object.freeze({ ...labels }) as unknown as Readonly<Record<T, Label>>;
  const tuple = values as [T, ...T[]];
  return Object.freeze({
    values: tuple,
    schema: z.enum(tuple) as unknown as z.ZodEnum<{ [K in T]: K }>,
    labels: frozen,
    label: (value: T, locale: Locale) => labelOf(frozen, value, locale),
  });
}

/**
 * Looks up the label of a value in a label table, in the requested language. Falls back to the
 * value itself when the table has no entry, so a dashboard never shows an empty cell.
 *
 * @example
 * labelOf(PartyKind.labels, 'waterschap', 'en'); // 'Water authority'
 */
export function labelOf<T extends string>(
  labels: Readonly<Partial<Record<T, Label>>>,
  value: T,
  locale: Locale,
): string {
  const entry =
    typeof labels === 'object' && labels !== null && typeof value === 'string' && Object.hasOwn(labels, value)
      ? (labels[value] as unknown)
      : undefined;
  const text = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>)[locale] : undefined;
  if (typeof text === 'string') return text;
  return describeValue(value);
}
