import * as z from 'zod';
import { IdListSchema, NonEmptyIdListSchema, NonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { TextSchema } from '../primitives/text';

/**
 * The rules, set in advance, for when and how changes during the process are allowed. A minor
 * change is recorded without reopening anything; a major change needs the approval of the listed
 * approvers and a recorded decision with motivation, and may reopen only the listed steps (all
 * closed steps when omitted); a new criterion or norm for the afwegingskader may be added later
 * only as an approved change, scored on its own, without reopening closed steps.
 * (`@gebiedsgericht/process` derives its `ChangeRulesSchema` from this.)
 *
 * @example
 * ChangeAgreementsSchema.parse(lindewaardStartnotitie.changeRules);
 * @see handreiking §2.7 ("vooraf spelregels op te stellen over wanneer, op welke wijze en onder welke voorwaarden wijzigingen tijdens het proces ... tot de mogelijkheden kunnen behoren")
 */
export const ChangeAgreementsSchema = strictObject({
  minor: strictObject({
    description: TextSchema,
    examples: z.array(NonEmptyStringSchema),
    /** Who may record a minor change (a structure or party id, typically the programme team). */
    recordedBy: IdSchema,
  }),
  major: strictObject({
    description: TextSchema,
    examples: z.array(NonEmptyStringSchema),
    approverPartyIds: NonEmptyIdListSchema,
    /** The body or structure whose decision is recorded. */
    decidedIn: IdSchema,
    reopenableStepIds: IdListSchema.optional(),
  }),
  newCriterion: strictObject({
    allowed: z.boolean(),
    procedure: NonEmptyStringSchema,
    approverPartyIds: NonEmptyIdListSchema,
  }),
});
/** The change rules agreed in the startnotitie. */
export type ChangeAgreements = z.infer<typeof ChangeAgreementsSchema>;
