import * as z from 'zod';
import { PlacementSchema } from '../area/placement';
import { IdListSchema, NonEmptyStringSchema, NonNegativeNumberSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';

/**
 * The contribution of one area process to a national opgave: which opgave of that area process,
 * and how much of the national target it takes.
 *
 * @example
 * const c: AreaContribution = { gebiedsprocesId: 'gebiedsproces-lindewaard', opgaveId: 'opgave-wind', quantity: 4 };
 * @see handreiking §2.5
 */
export const AreaContributionSchema = strictObject({
  gebiedsprocesId: IdSchema,
  opgaveId: IdSchema,
  quantity: NonNegativeNumberSchema,
});
/** The contribution of one area process to a national opgave. */
export type AreaContribution = z.infer<typeof AreaContributionSchema>;

/**
 * One national opgave (from the startpakket) in the provincial voorstel or arrangement: the
 * national target for this province, the contributions of the area processes, and the verdict per
 * §2.5 — fits, needs something extra (what and from whom: the rijk, money, a rule change, an
 * exchange with another province), or not realistic in this province — using the area section's
 * placement shape, with the exchanges and wisselgeld that deal with it.
 *
 * @example
 * const wind: NationalOpgaveVerdict = {
 *   id: 'nationaal-wind',
 *   title: { nl: 'Wind op land', en: 'Onshore wind' },
 *   ownerPartyId: 'ministerie-kgg',
 *   unit: 'windturbines',
 *   provincialTarget: 8,
 *   contributions: [{ gebiedsprocesId: 'gebiedsproces-lindewaard', opgaveId: 'opgave-wind', quantity: 4 }],
 *   placement: { status: 'not_realistic', reasoning: 'Twee turbines passen niet', consequence: 'Uitruil met Noordveld' },
 *   provinceExchangeIds: ['uitruil-wind-zuidmark-noordveld'],
 *   wisselgeldIds: [],
 * };
 * @see handreiking §2.5 ("welke nationale opgaven wel een plek kunnen krijgen, waarvoor iets extra nodig is en welke opgaven binnen de eigen provincie niet realistisch zijn")
 */
export const NationalOpgaveVerdictSchema = strictObject({
  id: IdSchema,
  title: LabelSchema,
  ownerPartyId: IdSchema,
  unit: NonEmptyStringSchema,
  provincialTarget: NonNegativeNumberSchema,
  contributions: z.array(AreaContributionSchema),
  placement: PlacementSchema,
  provinceExchangeIds: IdListSchema,
  wisselgeldIds: IdListSchema,
});
/** One national opgave with its verdict in the provincial document. */
export type NationalOpgaveVerdict = z.infer<typeof NationalOpgaveVerdictSchema>;
