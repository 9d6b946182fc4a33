import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyStringSchema,
  NonNegativeIntSchema,
  OptionalIsoDateSchema,
  OptionalNonEmptyStringSchema,
  PositiveIntSchema,
} from '../internal/leafSchemas';
import { checkUniqueIds } from '../internal/refinementChecks';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * The four DOCA categories of Atelier Fryslân: facts (Data) apart from opinions (Anecdotes), and
 * opportunities apart from challenges.
 *
 * @example
 * DocaCategory.label('anecdote', 'nl'); // 'Anekdotes'
 * @see handreiking bijlage 2, voorbeeld 7 (Atelier Omgevingsvisie Fryslân)
 */
export const DocaCategory = labelledEnum({
  data: { nl: 'Data (feiten)', en: 'Data (facts)' },
  opportunity: { nl: 'Kansen (Opportunities)', en: 'Opportunities' },
  challenge: { nl: 'Uitdagingen (Challenges)', en: 'Challenges' },
  anecdote: { nl: 'Anekdotes (meningen en verhalen)', en: 'Anecdotes (opinions and stories)' },
});
/** One of the {@link DocaCategory} values. */
export type DocaCategory = (typeof DocaCategory)['values'][number];

/**
 * One contribution to a DOCA session: its text, optionally the category the contributor or
 * facilitator gave it, who gave it, and the theme it is about.
 *
 * @example
 * const c: DocaContribution = { id: 'c1', text: 'Het beekdal overstroomde in 2021 twee keer', category: 'data', theme: 'water' };
 */
export const DocaContributionSchema = strictObject({
  id: IdSchema,
  text: NonEmptyStringSchema,
  category: DocaCategory.schema.optional(),
  by: OptionalNonEmptyStringSchema,
  theme: OptionalNonEmptyStringSchema,
});
/** One contribution to a DOCA session. */
export type DocaContribution = z.infer<typeof DocaContributionSchema>;

/**
 * A DOCA board: the contributions of one atelier or session day.
 *
 * Rules: contribution ids are unique (`duplicate_id`).
 *
 * @example
 * validate(DocaBoardSchema, json);
 * @see handreiking bijlage 2, voorbeeld 7
 */
export const DocaBoardSchema = strictObject({
  ...documentHeader('docaBoard'),
  title: NonEmptyStringSchema,
  heldOn: OptionalIsoDateSchema,
  contributions: z.array(DocaContributionSchema),
}).superRefine((board, ctx) => {
  checkUniqueIds(ctx, board.contributions, ['contributions']);
});
/** A DOCA board. */
export interface DocaBoard extends z.output<typeof DocaBoardSchema> {}

/**
 * One contribution placed in a category, and whether the category was given (`stated`) or
 * suggested from cues in the text (`suggested`, with the cues found) and needs a human check.
 *
 * @example
 * const s: DocaSorted = { contributionId: 'c1', category: 'data', basis: 'stated', cues: [] };
 */
export const DocaSortedSchema = strictObject({
  contributionId: IdSchema,
  category: DocaCategory.schema,
  basis: z.enum(['stated', 'suggested']),
  cues: z.array(z.string()),
});
/** One contribution placed in a category. */
export type DocaSorted = z.infer<typeof DocaSortedSchema>;

/**
 * The summary of one DOCA category: how many contributions, which, per theme, and a sentence.
 *
 * @example
 * summary.categories.find((c) => c.category === 'challenge')?.count;
 */
export const DocaCategorySummarySchema = strictObject({
  category: DocaCategory.schema,
  count: NonNegativeIntSchema,
  contributionIds: IdListSchema,
  suggestedCount: NonNegativeIntSchema,
  themes: z.array(strictObject({ theme: NonEmptyStringSchema, count: PositiveIntSchema })),
  summary: LabelSchema,
});
/** The summary of one DOCA category. */
export type DocaCategorySummary = z.infer<typeof DocaCategorySummarySchema>;

/**
 * A DOCA board sorted into its four categories, in the order Data, Opportunities, Challenges,
 * Anecdotes, with every contribution's placement.
 *
 * @example
 * const s = sortDoca(board);
 * @see handreiking bijlage 2, voorbeeld 7
 */
export const DocaSummarySchema = strictObject({
  boardId: IdSchema,
  sorted: z.array(DocaSortedSchema),
  categories: z.array(DocaCategorySummarySchema).length(4),
});
/** A sorted DOCA board. */
export type DocaSummary = z.infer<typeof DocaSummarySchema>;
