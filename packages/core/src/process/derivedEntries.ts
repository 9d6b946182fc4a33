import * as z from 'zod';
import { NonEmptyIdListSchema, PositiveIntSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { EvaluationCadenceSchema } from '../startnotitie/evaluationAndContinuity';
import { IjkmomentScheduleSchema } from '../startnotitie/ijkmomentSchedule';
import { KnelpuntEscalationModelSchema } from './knelpunten/KnelpuntEscalationModel';

/**
 * What the accepted startnotitie configured, as the `event` of the derived audit entry of type
 * `derived.configuration`: the escalation model knelpunten follow (derived from the startnotitie's
 * escalation model), the ijkmoment schedule and the evaluation cadence, each where the startnotitie
 * holds it. The explicit events `escalation.configure`, `ijkmoment.schedule` and
 * `monitoring.configure` change them later.
 *
 * @example
 * DerivedConfigurationSchema.parse({ type: 'derived.configuration', ijkmomenten: startnotitie.ijkmomenten });
 * @see handreiking bijlage 1, onderdeel 2 (stap 0: de startnotitie richt het proces in); bijlage 1, onderdeel 4
 */
export const DerivedConfigurationSchema = strictObject({
  type: z.literal('derived.configuration'),
  escalation: KnelpuntEscalationModelSchema.optional(),
  ijkmomenten: IjkmomentScheduleSchema.optional(),
  evaluation: EvaluationCadenceSchema.optional(),
});
/** What the accepted startnotitie configured. */
export type DerivedConfiguration = z.infer<typeof DerivedConfigurationSchema>;

/**
 * One place where the settings of an area process override what the step template says: a decision
 * rule of the startnotitie with `consentOfAllMedeoverheden` that asks consent for a step
 * (`consent`, from not asked to required), or a timebox the startnotitie agreed for a step
 * (`timeboxDays`, from the template's days, or `null` when it has none, to the agreed days).
 *
 * @example
 * SettingOverrideSchema.parse({ setting: 'timeboxDays', stepId: 'inzicht-verkrijgen', source: 'startnotitie', from: 180, to: 153 });
 * @see handreiking §2.6 (instemming van de medeoverheden); bijlage 1, onderdeel 2 (stap 1: timebox)
 */
export const SettingOverrideSchema = z.discriminatedUnion('setting', [
  strictObject({
    setting: z.literal('consent'),
    stepId: IdSchema,
    source: z.literal('decision_rule'),
    /** The decision rules that ask for the consent. */
    ruleIds: NonEmptyIdListSchema,
    from: z.literal('not_asked'),
    to: z.literal('required'),
  }),
  strictObject({
    setting: z.literal('timeboxDays'),
    stepId: IdSchema,
    source: z.literal('startnotitie'),
    from: PositiveIntSchema.nullable(),
    to: PositiveIntSchema,
  }),
]);
/** One override of the step template by the settings. */
export type SettingOverride = z.infer<typeof SettingOverrideSchema>;

/**
 * Every override of the step template by the settings, as the `event` of the derived audit entry of
 * type `derived.overrides` (written once, when the startnotitie is accepted), in the order of the
 * template's steps, consent before timebox.
 *
 * @example
 * DerivedOverridesSchema.parse({ type: 'derived.overrides', overrides: [] });
 * @see handreiking §2.6; bijlage 1, onderdeel 2
 */
export const DerivedOverridesSchema = strictObject({
  type: z.literal('derived.overrides'),
  overrides: z.array(SettingOverrideSchema).min(1),
});
/** Every override of the step template by the settings. */
export type DerivedOverrides = z.infer<typeof DerivedOverridesSchema>;
