import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyIdListSchema,
  OptionalIdSchema,
  OptionalNonEmptyStringSchema,
} from '../../internal/leafSchemas';
import { schemaIssue } from '../../internal/schemaIssue';
import { processIssues, sharedIssues } from '../../internal/schemaMessages';
import { strictObject } from '../../internal/strictObject';
import { MediationStyle } from '../../mediation/mediationStyle';
import { IdSchema } from '../../primitives/id';
import { TimeLimitSchema } from './TimeLimit';

/**
 * One intervention step on top of the two options: who intervenes (a party id), who takes over when
 * that party is itself a party to the knelpunt (`substituteIfParty`, for example the rijk for the
 * province), and the time limit (ISO 8601 duration). Without a usable substitute the step is
 * redirected to the next intervention whose intervener is not a party. An intervener that is a
 * structure lists its member parties (`intervenerPartyIds`): it is a party when any member is. In an
 * area across provinces, the province step can name an intervening province per part of the area
 * (`perProvince`).
 *
 * @example
 * const p: KnelpuntIntervention = { level: 'province_intervention', intervener: 'provincie-zuidmark', substituteIfParty: 'ministerie-vro', timeLimit: 'P60D' };
 * @see handreiking §2.3 ("ingrijpen door de provincie", "beslist het rijk voor ons")
 */
export const KnelpuntInterventionSchema = strictObject({
  level: z.enum(['province_intervention', 'rijk_decision']),
  intervener: IdSchema,
  /**
   * When the intervener is a structure (a gebiedstafel, a bestuurlijk overleg): its member parties.
   * A structure is a party to a knelpunt when any of its members is.
   */
  intervenerPartyIds: IdListSchema.optional(),
  substituteIfParty: OptionalIdSchema,
  /** Who the substitute is, when it is an independent one (a commissie van wijzen) without a party id. */
  substituteDescription: OptionalNonEmptyStringSchema,
  timeLimit: TimeLimitSchema,
  /**
   * Only at the province level, in an area across provinces: the involved provinces that intervene
   * for the knelpunten in their own part — a knelpunt all of whose parties are in `partyIds`, and
   * to which that province is not a party, goes to that province instead of `intervener`.
   */
  perProvince: z
    .array(strictObject({ provinceId: IdSchema, partyIds: NonEmptyIdListSchema }))
    .min(1)
    .optional(),
});
/** One intervention step of the escalation model. */
export interface KnelpuntIntervention extends z.output<typeof KnelpuntInterventionSchema> {}

/**
 * The escalation model as one knelpunt follows it: how long the parties try among themselves,
 * which of the handreiking's two options are agreed (each with a time limit; the styles of
 * mediation that may be chosen), and the intervention steps on top, in order (at most one province
 * step, then at most one rijk step). Time limits are ISO 8601 durations; whether a level is overdue
 * is a query with `now`, never a timer. Derive it from the startnotitie's escalation model with
 * `knelpuntModelFromStartnotitie` of `@gebiedsgericht/process`, or write it by hand.
 *
 * @example
 * const model: KnelpuntEscalationModel = {
 *   between_parties: { timeLimit: 'P30D' },
 *   ijkmoment_agenda: { timeLimit: 'P4M' },
 *   mediation: { timeLimit: 'P3M', styles: ['facilitative', 'evaluative'] },
 *   interventions: [
 *     { level: 'province_intervention', intervener: 'provincie-zuidmark', substituteIfParty: 'ministerie-vro', timeLimit: 'P60D' },
 *     { level: 'rijk_decision', intervener: 'ministerie-vro', timeLimit: 'P90D' },
 *   ],
 * };
 * @see handreiking §2.3; bijlage 1, onderdeel 4
 */
export const KnelpuntEscalationModelSchema = strictObject({
  between_parties: strictObject({ timeLimit: TimeLimitSchema }).optional(),
  ijkmoment_agenda: strictObject({ timeLimit: TimeLimitSchema.optional() }).optional(),
  mediation: strictObject({
    timeLimit: TimeLimitSchema.optional(),
    styles: z.array(MediationStyle.schema).min(1),
  }).optional(),
  interventions: z.array(KnelpuntInterventionSchema).min(1).max(2),
}).superRefine((model, ctx) => {
  const levels = model.interventions.map((i) => i.level);
  const ordered = levels.length === 1 || (levels[0] === 'province_intervention' && levels[1] === 'rijk_decision');
  if (!ordered) {
    schemaIssue(ctx, processIssues, 'interventions_out_of_order', {}, ['interventions']);
  }
  model.interventions.forEach((i, index) => {
    if (i.perProvince !== undefined && i.level !== 'province_intervention') {
      schemaIssue(ctx, sharedIssues, 'per_province_not_province_level', {}, ['interventions', index, 'perProvince']);
    }
    if (i.substituteIfParty === i.intervener) {
      schemaIssue(ctx, sharedIssues, 'substitute_is_same_party', {}, ['interventions', index, 'substituteIfParty']);
    }
  });
});
/** The escalation model as one knelpunt follows it. */
export interface KnelpuntEscalationModel extends z.output<typeof KnelpuntEscalationModelSchema> {}
