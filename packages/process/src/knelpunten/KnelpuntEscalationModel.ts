import { addIssue, IdSchema, MediationStyle } from '@gebiedsgericht/core';
import { z } from 'zod';

const TimeLimitDaysSchema = z.number().int().min(1).max(3650);

/**
 * One intervention step on top of the two options: who intervenes (a party id) and within how many
 * days. When that party is itself a party to a knelpunt, the step is redirected to the next
 * intervention whose intervener is not (for example from the province to the rijk).
 *
 * @example
 * const p: KnelpuntIntervention = { level: 'provinceIntervention', intervener: 'provincie-zuidmark', timeLimitDays: 60 };
 * @see Handreiking §2.3 ("ingrijpen door de provincie", "beslist het rijk voor ons")
 */
export const KnelpuntInterventionSchema = z.strictObject({
  level: z.enum(['provinceIntervention', 'rijkDecision']),
  intervener: IdSchema,
  timeLimitDays: TimeLimitDaysSchema,
});
/** One intervention step of the escalation model. */
export type KnelpuntIntervention = z.infer<typeof KnelpuntInterventionSchema>;

/**
 * The escalation model agreed in the startnotitie, as the knelpunt machine uses it: how long the
 * parties try among themselves, which of the two options are agreed (each with a time limit; the
 * styles of mediation that may be chosen), and the intervention steps on top, in order (at most one
 * province step, then at most one rijk step). Every level has a time limit in days; whether a level
 * is overdue is a query with `now`, never a timer.
 *
 * @example
 * const model: KnelpuntEscalationModel = {
 *   betweenPartiesDays: 30,
 *   ijkmomentAgenda: { timeLimitDays: 120 },
 *   mediation: { timeLimitDays: 90, styles: ['facilitative', 'evaluative'] },
 *   interventions: [
 *     { level: 'provinceIntervention', intervener: 'provincie-zuidmark', timeLimitDays: 60 },
 *     { level: 'rijkDecision', intervener: 'rijk-vro', timeLimitDays: 90 },
 *   ],
 * };
 * @see Handreiking §2.3, bijlage 1 onderdeel 4
 */
export const KnelpuntEscalationModelSchema = z
  .strictObject({
    betweenPartiesDays: TimeLimitDaysSchema,
    ijkmomentAgenda: z.strictObject({ timeLimitDays: TimeLimitDaysSchema }).optional(),
    mediation: z
      .strictObject({ timeLimitDays: TimeLimitDaysSchema, styles: z.array(MediationStyle.schema).min(1) })
      .optional(),
    interventions: z.array(KnelpuntInterventionSchema).min(1).max(2),
  })
  .superRefine((model, ctx) => {
    const levels = model.interventions.map((i) => i.level);
    const ordered = levels.length === 1 || (levels[0] === 'provinceIntervention' && levels[1] === 'rijkDecision');
    if (!ordered) {
      addIssue(
        ctx,
        'interventions_out_of_order',
        {
          nl: 'Ingrijpen door de provincie komt vóór het besluit van het rijk, elk ten hoogste één keer',
          en: 'The province intervening comes before the rijk deciding, each at most once',
        },
        ['interventions'],
      );
    }
  });
/** The escalation model agreed in the startnotitie. */
export type KnelpuntEscalationModel = z.infer<typeof KnelpuntEscalationModelSchema>;
