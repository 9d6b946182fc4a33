import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyIdListSchema,
  NonEmptyStringSchema,
  OptionalIdSchema,
  OptionalIsoDateSchema,
  OptionalNonEmptyStringSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';
import { NameSchema, TextSchema } from '../primitives/text';
import { InfluenceLevelSchema } from './influenceLevel';

/**
 * Participation methods.
 *
 * @example
 * ParticipationMethod.label('praatkaart', 'en'); // 'Conversation map'
 * @see handreiking §2.6; bijlage 2, voorbeeld 4; bijlage 2, voorbeeld 7; bijlage 2, voorbeeld 8 (dilemmalijn, DOCA, praatkaarten)
 */
export const ParticipationMethod = labelledEnum({
  informatiebijeenkomst: { nl: 'Informatiebijeenkomst', en: 'Information meeting' },
  enquete: { nl: 'Enquête / peiling', en: 'Survey' },
  werkatelier: { nl: 'Werkatelier / ontwerpatelier', en: 'Workshop / design studio' },
  keukentafelgesprek: { nl: 'Keukentafelgesprek', en: 'Kitchen-table conversation' },
  klankbordgroep: { nl: 'Klankbordgroep', en: 'Sounding board' },
  praatkaart: { nl: 'Praatkaart (kaart als gespreksinstrument)', en: 'Conversation map' },
  dilemmalijn: { nl: 'Dilemmalijn', en: 'Dilemma line' },
  digitaal_platform: { nl: 'Digitaal participatieplatform', en: 'Digital participation platform' },
  brede_welvaartsmonitor: {
    nl: 'Brede-welvaartsmonitor als terugkoppeling',
    en: 'Broad-wellbeing monitor as feedback',
  },
  overig: { nl: 'Overig', en: 'Other' },
});
/** A participation method (see {@link ParticipationMethod}). */
export type ParticipationMethod = (typeof ParticipationMethod)['values'][number];
/** zod schema of {@link ParticipationMethod}. */
export const ParticipationMethodSchema = ParticipationMethod.schema;

/**
 * A stakeholder group in the participation plan, with the influence it gets.
 *
 * @example
 * StakeholderSchema.parse({ id: 'inwoners-hoeverveen', name: 'Inwoners Hoeverveen', partyId: 'dorpsraad-hoeverveen', influence: 'adviseren' });
 * @see handreiking §2.6
 */
export const StakeholderSchema = strictObject({
  id: IdSchema,
  name: NameSchema,
  partyId: OptionalIdSchema,
  influence: InfluenceLevelSchema,
  interests: z.array(NonEmptyStringSchema).optional(),
});
/** A stakeholder group. */
export type Stakeholder = z.infer<typeof StakeholderSchema>;

/**
 * A participation activity: method, for whom, when.
 *
 * @example
 * ParticipationActivitySchema.parse({ method: 'praatkaart', description: 'Dorpsavonden', stakeholderIds: ['inwoners-hoeverveen'], timing: 'Stap 1 en 3' });
 * @see handreiking §2.6 ("Ga tijdig het gesprek aan met inwoners")
 */
export const ParticipationActivitySchema = strictObject({
  method: ParticipationMethodSchema,
  description: TextSchema,
  stakeholderIds: NonEmptyIdListSchema,
  stepIds: IdListSchema.optional(),
  timing: NonEmptyStringSchema,
});
/** A participation activity. */
export type ParticipationActivity = z.infer<typeof ParticipationActivitySchema>;

/**
 * The participation plan, made together with the partners: stakeholders, the influence level
 * stated up front, methods and timing (as early as possible), support (draagvlak) and acceptance
 * kept apart (full support is not always possible; name the transitiepijn), what to do when
 * participation fails or resistance grows, and the statement to partners and minister of how
 * involvement is shaped.
 *
 * The `influenceLevel` ladder is Edelenbos's, from outside the handreiking (see {@link InfluenceLevel}).
 *
 * @example
 * ParticipationPlanSchema.parse(lindewaardStartnotitie.participation);
 * @see handreiking §2.3 (NOVEX spelregels: provincies formuleren hoe ze betrokkenheid vormgeven); §2.6
 */
export const ParticipationPlanSchema = strictObject({
  /** Parties that drew up the plan together. */
  madeWith: NonEmptyIdListSchema,
  /** The overall influence level, stated up front. */
  influenceLevel: InfluenceLevelSchema,
  stakeholders: z.array(StakeholderSchema).min(1),
  activities: z.array(ParticipationActivitySchema).min(1),
  /** When the conversation with residents starts ("Ga tijdig het gesprek aan met inwoners"). */
  startsOn: IsoDateSchema,
  support: strictObject({ aim: NonEmptyStringSchema, measuredBy: OptionalNonEmptyStringSchema }),
  acceptance: strictObject({
    aim: NonEmptyStringSchema,
    /** The transitiepijn named openly: who loses what. */
    transitiepijn: z.array(NonEmptyStringSchema),
  }),
  whenParticipationFails: strictObject({
    signals: z.array(NonEmptyStringSchema).min(1),
    actions: z.array(NonEmptyStringSchema).min(1),
  }),
  /** When elected bodies are involved beyond agreements between executives. */
  representativesInvolvement: NonEmptyStringSchema,
  involvementStatement: strictObject({
    text: NonEmptyStringSchema,
    /** Partners and the minister it is addressed to (party ids). */
    addressedTo: NonEmptyIdListSchema,
    sentOn: OptionalIsoDateSchema,
  }),
});
/** The participation plan. */
export type ParticipationPlan = z.infer<typeof ParticipationPlanSchema>;
