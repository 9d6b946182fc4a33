import { z } from 'zod';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { ProcessRole } from './processRole';

/**
 * The decision that an event of the area process carries: which body decided (for example
 * Gedeputeerde Staten of the province, named by the party id and the body), when, who recorded it
 * in which role, and with what motivation. Closing a step, suspending, resuming or stopping the
 * process and reopening a step all need one. `deviationMotivation` is the explicit motivation of a
 * choice that differs from the best-ranked variant of the assessment (step 4).
 *
 * @example
 * ProcessDecisionSchema.parse({ id: 'besluit-gs-2026-14', partyId: 'provincie-zuidmark',
 *   body: 'Gedeputeerde Staten', date: '2026-06-02', actor: 'gedeputeerde-ruimte', role: 'bevoegdGezag',
 *   motivation: 'De startnotitie is met alle partijen besproken.' });
 * @see handreiking bijlage 1, onderdeel 2 ("richt direct de bestuurlijke besluitvorming in")
 */
export const ProcessDecisionSchema = z.strictObject({
  id: IdSchema,
  partyId: IdSchema,
  body: z.string().min(1),
  date: IsoDateSchema,
  actor: IdSchema,
  role: ProcessRole.schema,
  motivation: z.string().min(1),
  text: z.string().min(1).optional(),
  deviationMotivation: z.string().min(1).optional(),
  documentIds: z.array(IdSchema).optional(),
});
/** The decision an event of the area process carries. */
export type ProcessDecision = z.infer<typeof ProcessDecisionSchema>;
