import * as z from 'zod';
import { OptionalIdSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { YearSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';
import { NameSchema } from '../primitives/text';

/**
 * Kinds of existing product (knowledge product, plan, dataset) used as input.
 *
 * @example
 * ProductKind.label('omgevingsvisie', 'en'); // 'Environment vision'
 * @see handreiking §2.1 ("vanuit opgestelde omgevingsvisies"); bijlage 1, onderdeel 2, stap 1
 */
export const ProductKind = labelledEnum({
  omgevingsvisie: { nl: 'Omgevingsvisie', en: 'Environment vision' },
  omgevingsagenda: { nl: 'Omgevingsagenda', en: 'Environment agenda' },
  res: { nl: 'RES', en: 'Regional energy strategy' },
  verstedelijkingsstrategie: { nl: 'Verstedelijkingsstrategie', en: 'Urbanisation strategy' },
  gebiedsvisie: { nl: 'Gebiedsvisie', en: 'Area vision' },
  dataset: { nl: 'Dataset / basisregistratie', en: 'Dataset / base registry' },
  kaart: { nl: 'Kaart', en: 'Map' },
  monitor: { nl: 'Monitor', en: 'Monitor' },
  onderzoek: { nl: 'Onderzoek / verkenning', en: 'Study / exploration' },
  overig: { nl: 'Overig', en: 'Other' },
});
/** A kind of existing product (see {@link ProductKind}). */
export type ProductKind = (typeof ProductKind)['values'][number];
/** zod schema of {@link ProductKind}. */
export const ProductKindSchema = ProductKind.schema;

/**
 * What a knowledge product contributes to: evaluation, research, weighing or monitoring (the De
 * Peel inventory).
 *
 * @example
 * ProductUse.label('afweging', 'en'); // 'Weighing'
 * @see handreiking bijlage 2, voorbeeld 3 (De Peel)
 */
export const ProductUse = labelledEnum({
  evaluatie: { nl: 'Evaluatie', en: 'Evaluation' },
  onderzoek: { nl: 'Onderzoek', en: 'Research' },
  afweging: { nl: 'Afweging', en: 'Weighing' },
  monitoring: { nl: 'Monitoring', en: 'Monitoring' },
});
/** What a product contributes to (see {@link ProductUse}). */
export type ProductUse = (typeof ProductUse)['values'][number];
/** zod schema of {@link ProductUse}. */
export const ProductUseSchema = ProductUse.schema;

/**
 * An existing product used as input: "we beginnen niet bij nul".
 *
 * @example
 * ExistingProductSchema.parse({ id: 'ov-zuidmark', kind: 'omgevingsvisie', name: 'Omgevingsvisie Zuidmark', usedFor: ['afweging'] });
 * @see handreiking §2.1 ("Benut wat er al loopt c.q. bestaat"); bijlage 1, onderdeel 2, stap 1 ("Maak zo veel mogelijk gebruik van data die er al is")
 */
export const ExistingProductSchema = strictObject({
  id: IdSchema,
  kind: ProductKindSchema,
  name: NameSchema,
  ownerPartyId: OptionalIdSchema,
  year: YearSchema.optional(),
  usedFor: z.array(ProductUseSchema).min(1),
  reference: OptionalNonEmptyStringSchema,
});
/** An existing product used as input. */
export type ExistingProduct = z.infer<typeof ExistingProductSchema>;
