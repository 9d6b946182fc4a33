import type * as z from 'zod';
import { IdListSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { ActorSchema } from '../parties/actor';
import { LabelSchema } from '../primitives/labels';
import { IjkmomentOutcome } from './ijkmomentOutcome';

/**
 * One outcome of an ijkmoment (continue, adjust, recalibrate, escalate) with what it is about
 * (the process as a whole, an agenda item, a knelpunt, an opgave, a step), its motivation and who
 * concluded it in which role. A recalibration names its scope: a herijking is aimed at a limited
 * part, not a repeat of all steps.
 *
 * @example
 * const c: IjkmomentConclusion = {
 *   outcome: 'escalate',
 *   knelpuntId: 'knelpunt-beekdal-water',
 *   motivation: { nl: 'Geen akkoord; inzet van een procesbegeleider', en: 'No agreement; a facilitator is brought in' },
 *   concludedBy: { partyId: 'provincie-zuidmark', role: 'regisseur' },
 * };
 * @see handreiking §2.2 (herijking van een beperkt onderdeel; bijlage 1); bijlage 1, onderdeel 4
 */
export const IjkmomentConclusionSchema = strictObject({
  outcome: IjkmomentOutcome.schema,
  gebiedsprocesId: OptionalIdSchema,
  agendaItemId: OptionalIdSchema,
  knelpuntId: OptionalIdSchema,
  opgaveIds: IdListSchema.optional(),
  stepId: OptionalIdSchema,
  scope: LabelSchema.optional(),
  motivation: LabelSchema,
  concludedBy: ActorSchema,
  decisionId: OptionalIdSchema,
});
/** One outcome of an ijkmoment. */
export type IjkmomentConclusion = z.infer<typeof IjkmomentConclusionSchema>;
