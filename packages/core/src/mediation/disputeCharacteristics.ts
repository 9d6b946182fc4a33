import * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { labelledEnum } from '../primitives/labels';

/**
 * How much the parties trust each other (and the process) at the moment of assessment.
 *
 * @example
 * TrustLevel.label('low', 'nl'); // 'Laag'
 * @see handreiking bijlage 1, onderdeel 3 ("Is er geen vertrouwen, dan kunt u het vergeten")
 */
export const TrustLevel = labelledEnum({
  low: { nl: 'Laag', en: 'Low' },
  medium: { nl: 'Gemiddeld', en: 'Medium' },
  high: { nl: 'Hoog', en: 'High' },
});
/** One of the {@link TrustLevel} values. */
export type TrustLevel = (typeof TrustLevel)['values'][number];

/**
 * The characteristics of a dispute that bear on the choice of a mediation style. Each is a plain
 * observation a procesregisseur can make; the recommendation in `@gebiedsgericht/mediation`
 * explains how each one weighs.
 *
 * @example
 * const c: DisputeCharacteristics = {
 *   contentExpertiseWanted: false, relationshipDamaged: false, trustLevel: 'medium',
 *   communicationBrokenDown: false, partiesWantOwnership: true, substantiveDisagreement: true,
 * };
 * @see handreiking bijlage 1, onderdeel 4 (the example of the gemeentebestuurder in onderdeel 3)
 */
export const DisputeCharacteristicsSchema = strictObject({
  /** Parties ask the mediator for a view on the content (an expert judgement of options). */
  contentExpertiseWanted: z.boolean(),
  /** The working relationship between the parties is damaged (irritation, distrust). */
  relationshipDamaged: z.boolean(),
  /** Trust between the parties. */
  trustLevel: TrustLevel.schema,
  /** The parties hardly manage to talk with each other: misunderstanding, miscommunication. */
  communicationBrokenDown: z.boolean(),
  /** Parties want the outcome to be wholly their own ("volledig door betrokkenen zelf gedragen"). */
  partiesWantOwnership: z.boolean(),
  /** The disagreement is about substance (space, money, rules) rather than about the relationship. */
  substantiveDisagreement: z.boolean(),
});
/** The characteristics of a dispute that bear on the choice of a mediation style. */
export type DisputeCharacteristics = z.infer<typeof DisputeCharacteristicsSchema>;
