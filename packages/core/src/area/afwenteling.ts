import type * as z from 'zod';
import { IdListSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { labelledEnum } from '../primitives/labels';
import { TextSchema } from '../primitives/text';

/**
 * On whom a burden would be shifted (afwenteling): other sectors, other areas, other governments,
 * or future generations.
 *
 * @example
 * AfwentelingTarget.label('toekomstige_generaties', 'en'); // 'Future generations'
 * @see handreiking §2.2 ("Voorkom afwenteling op toekomstige generaties"); §2.3 ("op andere gebieden / overheidspartners"); §2.4 ("op andere sectoren")
 */
export const AfwentelingTarget = labelledEnum({
  andere_sectoren: { nl: 'Andere sectoren', en: 'Other sectors' },
  andere_gebieden: { nl: 'Andere gebieden', en: 'Other areas' },
  andere_overheden: { nl: 'Andere overheden', en: 'Other governments' },
  toekomstige_generaties: { nl: 'Toekomstige generaties', en: 'Future generations' },
});
/** On whom a burden is shifted (see {@link AfwentelingTarget}). */
export type AfwentelingTarget = (typeof AfwentelingTarget)['values'][number];
/** zod schema of {@link AfwentelingTarget}. */
export const AfwentelingTargetSchema = AfwentelingTarget.schema;

/**
 * A risk of afwenteling: an opgave (or a choice for it) that would shift a burden onto another
 * sector, area, government or future generations, with what is done to prevent it.
 *
 * @example
 * AfwentelingSchema.parse({ id: 'a1', opgaveId: 'wonen-nationaal', target: 'andere_gebieden',
 *   description: 'Wateroverlast benedenstrooms bij bouwen in het beekdal' });
 * @see handreiking §2.2; §2.3; §2.4 (NOVI-afwegingsprincipe "voorkom afwenteling")
 */
export const AfwentelingSchema = strictObject({
  id: IdSchema,
  opgaveId: IdSchema,
  target: AfwentelingTargetSchema,
  description: TextSchema,
  /** Parties (sectors, governments) or areas affected, by id, when known. */
  affectedIds: IdListSchema.optional(),
  prevention: OptionalNonEmptyStringSchema,
});
/** A risk of afwenteling. */
export type Afwenteling = z.infer<typeof AfwentelingSchema>;
