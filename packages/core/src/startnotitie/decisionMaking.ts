import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyStringSchema,
  OptionalIdSchema,
  OptionalNonEmptyStringSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';

/**
 * Who decides on what, in which body: set up at once in step 0 ("Richt direct de bestuurlijke
 * besluitvorming in (wie besluit en waarover?)"). `preparedIn` names the structure that prepares
 * it; `consentOfAllMedeoverheden` says whether every participating government must consent;
 * `electedBodiesInvolved` whether raad, Staten or AB are involved (for example when a choice clashes
 * with a municipal omgevingsvisie).
 *
 * @example
 * DecisionRuleSchema.parse({ id: 'besluit-startnotitie', subject: 'Vaststellen startnotitie', stepIds: ['opstart'],
 *   deciders: [{ partyId: 'provincie-zuidmark', bodyId: 'gs-zuidmark' }], consentOfAllMedeoverheden: true, electedBodiesInvolved: false });
 * @see handreiking bijlage 1, onderdeel 2, stap 0; §2.6 (democratische legitimatie)
 */
export const DecisionRuleSchema = strictObject({
  id: IdSchema,
  subject: NonEmptyStringSchema,
  stepIds: IdListSchema.optional(),
  deciders: z.array(strictObject({ partyId: IdSchema, bodyId: IdSchema })).min(1),
  preparedIn: OptionalIdSchema,
  consentOfAllMedeoverheden: z.boolean(),
  electedBodiesInvolved: z.boolean(),
  note: OptionalNonEmptyStringSchema,
});
/** Who decides on what, in which body. */
export type DecisionRule = z.infer<typeof DecisionRuleSchema>;

/**
 * The decision making of the gebiedsproces: the rules, and the steps whose closing needs the consent
 * of every medeoverheid.
 *
 * @example
 * DecisionMakingSchema.parse({ rules: [rule], consentStepIds: ['visie-en-afwegingskader'] });
 * @see handreiking bijlage 1, onderdeel 2, stap 0; §2.6 ("Tenminste de medeoverheden moeten zich kunnen vinden in ...")
 */
export const DecisionMakingSchema = strictObject({
  rules: z.array(DecisionRuleSchema).min(1),
  consentStepIds: IdListSchema,
});
/** The decision making of the gebiedsproces. */
export type DecisionMaking = z.infer<typeof DecisionMakingSchema>;
