import * as z from 'zod';
import { IdListSchema, NonEmptyIdListSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';

/**
 * The rules, set in advance in the startnotitie, for when and how the process may change on the
 * way: a minor change is recorded without reopening anything; a major change may reopen an earlier
 * step only if every approver listed here approved it, with a motivation, and only for the steps
 * listed in `reopenableStepIds` (all closed steps when omitted). Adding a criterion or norm to the
 * afwegingskader later is a change that never reopens a closed step; `newCriterion` says whether it
 * is allowed and whose approval it needs (allowed without approvals when omitted).
 *
 * @example
 * ChangeRulesSchema.parse({ majorChangeApprovers: ['provincie-zuidmark', 'gemeente-beekdal'] });
 * @see handreiking §2.7 ("spelregels over wanneer ... tussentijdse wijzigingen ... mogelijk zijn")
 *   bijlage 1, onderdeel 1
 */
export const ChangeRulesSchema = strictObject({
  majorChangeApprovers: NonEmptyIdListSchema,
  reopenableStepIds: IdListSchema.optional(),
  /** Whether a criterion or norm may be added to the afwegingskader later, and who must approve it. */
  newCriterion: strictObject({
    allowed: z.boolean(),
    approverPartyIds: IdListSchema,
  }).optional(),
});
/** The change rules of an area process. */
export type ChangeRules = z.infer<typeof ChangeRulesSchema>;
