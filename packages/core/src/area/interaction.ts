import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyIdListSchema,
  NonEmptyStringSchema,
  NonNegativeNumberSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { labelledEnum } from '../primitives/labels';
import { TextSchema } from '../primitives/text';

/**
 * The two kinds of interaction between opgaven: a synergy (slimme combinatie) or a conflict
 * (dilemma).
 *
 * @example
 * InteractionKind.label('conflict', 'nl'); // 'Conflict (dilemma)'
 * @see handreiking §2.4 ("Maak de gevolgen van de ene opgave voor andere opgaven inzichtelijk"); bijlage 2, voorbeeld 2
 */
export const InteractionKind = labelledEnum({
  synergie: { nl: 'Synergie (slimme combinatie)', en: 'Synergy (smart combination)' },
  conflict: { nl: 'Conflict (dilemma)', en: 'Conflict (dilemma)' },
});
/** `synergie` or `conflict`. */
export type InteractionKind = (typeof InteractionKind)['values'][number];
/** zod schema of {@link InteractionKind}. */
export const InteractionKindSchema = InteractionKind.schema;

/**
 * An interaction between two or more opgaven, discriminated by `kind`. A synergy (slimme
 * combinatie) names who is responsible for realising it ("wie staat aan de lat") and the hectares
 * of multiple use it yields; a conflict (dilemma) names the two extremes between which a choice
 * has to be made and the hectares the claims overlap.
 *
 * @example
 * InteractionSchema.parse({ id: 'zon-op-berging', kind: 'synergie', opgaveIds: ['energie-zon', 'water-berging'],
 *   description: 'Zonnepanelen op waterbergingsgebied', responsiblePartyIds: ['waterschap-aa-en-lindt'] });
 * @see handreiking §2.4; bijlage 2, voorbeeld 2; bijlage 2, voorbeeld 4 (dilemma's als twee uitersten)
 */
export const InteractionSchema = z.discriminatedUnion('kind', [
  strictObject({
    id: IdSchema,
    kind: z.literal('synergie'),
    opgaveIds: IdListSchema.min(2),
    description: TextSchema,
    /** Who is responsible for realising the combination (wie staat aan de lat). */
    responsiblePartyIds: NonEmptyIdListSchema,
    multipleUseHectares: NonNegativeNumberSchema.optional(),
  }),
  strictObject({
    id: IdSchema,
    kind: z.literal('conflict'),
    opgaveIds: IdListSchema.min(2),
    description: TextSchema,
    /** The dilemma as two extremes (West-Overijssel: take a position on the line between them). */
    dilemma: strictObject({ extremeA: NonEmptyStringSchema, extremeB: NonEmptyStringSchema }).optional(),
    overlapHectares: NonNegativeNumberSchema.optional(),
  }),
]);
/** An interaction between opgaven. */
export type Interaction = z.infer<typeof InteractionSchema>;
