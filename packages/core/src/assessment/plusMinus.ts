import * as z from 'zod';
import { schemaRefinement } from '../internal/schemaIssue';
import { assessmentIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { labelledEnum } from '../primitives/labels';

/**
 * The qualitative five-point scale of Dutch effect assessments (plan-MER, MKBA-light): `--` much
 * worse than the reference situation, `-` worse, `0` no change, `+` better, `++` much better.
 *
 * @example
 * PlusMinus.label('++', 'nl'); // 'Zeer positief (++)'
 * @see handreiking bijlage 1, onderdeel 2, stap 4 (afwegen van varianten)
 */
export const PlusMinus = labelledEnum({
  '--': { nl: 'Zeer negatief (--)', en: 'Strongly negative (--)' },
  '-': { nl: 'Negatief (-)', en: 'Negative (-)' },
  '0': { nl: 'Neutraal (0)', en: 'Neutral (0)' },
  '+': { nl: 'Positief (+)', en: 'Positive (+)' },
  '++': { nl: 'Zeer positief (++)', en: 'Strongly positive (++)' },
});
/** One step of the plus–minus scale. */
export type PlusMinus = (typeof PlusMinus)['values'][number];
/** zod schema of a {@link PlusMinus} step. */
export const PlusMinusSchema = PlusMinus.schema;

/**
 * How the plus–minus steps become numbers before normalisation. Must increase strictly from `--`
 * to `++`. The SDK's default is `{ '--': -2, '-': -1, '0': 0, '+': 1, '++': 2 }` (equal steps,
 * `0` is the reference situation); a framework that judges `++` as more than twice `+` says so here.
 *
 * @example
 * PlusMinusMappingSchema.parse({ '--': -3, '-': -1, '0': 0, '+': 1, '++': 3 });
 * @see handreiking bijlage 1, onderdeel 2, stap 2 (afwegingskader)
 */
export const PlusMinusMappingSchema = strictObject({
  '--': z.number(),
  '-': z.number(),
  '0': z.number(),
  '+': z.number(),
  '++': z.number(),
}).refine(
  (m) => m['--'] < m['-'] && m['-'] < m['0'] && m['0'] < m['+'] && m['+'] < m['++'],
  schemaRefinement(assessmentIssues, 'plus_minus_mapping_not_increasing', {}),
);
/** Numbers for the five plus–minus steps. */
export type PlusMinusMapping = z.infer<typeof PlusMinusMappingSchema>;

/** The default plus–minus mapping: equal steps from −2 to +2, `0` is the reference situation. */
export const DEFAULT_PLUS_MINUS_MAPPING: Readonly<PlusMinusMapping> = Object.freeze({
  '--': -2,
  '-': -1,
  '0': 0,
  '+': 1,
  '++': 2,
});
