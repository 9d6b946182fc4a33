import * as z from 'zod';
import { NonEmptyStringSchema, OptionalIdSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { KnowledgeUse } from './knowledgeUse';
import { Openness } from './openness';
import { PublicationCadence } from './publicationCadence';

/**
 * A data source or knowledge product in the step 1 inventory: its name, who publishes it (a party
 * of the process or an outside publisher such as the PBL), who owns the data, how often it appears,
 * when it last appeared and is next expected, how open it is, what it serves (evaluation, research,
 * weighing, monitoring), and whether it is existing data reused ("maak zo veel mogelijk gebruik van
 * data die er al is") or a base dataset.
 *
 * @example
 * const novi: KnowledgeSource = {
 *   id: 'pbl-novi-monitor',
 *   name: { nl: 'Monitor NOVI', en: 'NOVI monitor' },
 *   publisher: 'Planbureau voor de Leefomgeving (PBL)',
 *   cadence: 'every_two_years',
 *   openness: 'public',
 *   serves: ['monitoring', 'evaluation'],
 *   reused: true,
 *   baseDataset: false,
 * };
 * @see handreiking bijlage 1, onderdeel 2, stap 1; bijlage 2, voorbeeld 3 (De Peel)
 */
export const KnowledgeSourceSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  publisher: NonEmptyStringSchema,
  publisherPartyId: OptionalIdSchema,
  ownerPartyId: OptionalIdSchema,
  cadence: PublicationCadence.schema,
  lastEdition: OptionalIsoDateSchema,
  nextEditionExpected: OptionalIsoDateSchema,
  openness: Openness.schema,
  serves: z.array(KnowledgeUse.schema).min(1),
  reused: z.boolean(),
  baseDataset: z.boolean(),
  uri: z.url().optional(),
  note: LabelSchema.optional(),
});
/** A data source or knowledge product. */
export type KnowledgeSource = z.infer<typeof KnowledgeSourceSchema>;
