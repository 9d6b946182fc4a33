import * as z from 'zod';
import { IdListSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { ActorSchema } from '../parties/actor';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { DecisionSubject } from './decisionSubject';
import { DocumentRefSchema } from './documentRef';

/**
 * A decision in an area process: which body of which party took it, on what date, who acted in
 * which role, what it is about, its motivation, the documents it rests on, and the vision goals it
 * serves. `bodyId` and `motivation` are required: a decision without the body that took it or
 * without a motivation is not a decision the handreiking accepts.
 *
 * @example
 * const d: Decision = {
 *   id: 'besluit-gs-visie',
 *   subject: 'step_closure',
 *   stepId: 'visie-en-afwegingskader',
 *   title: { nl: 'Visie en afwegingskader vastgesteld', en: 'Vision and afwegingskader adopted' },
 *   partyId: 'provincie-zuidmark',
 *   bodyId: 'gs-zuidmark',
 *   date: '2026-10-20',
 *   decidedBy: { partyId: 'provincie-zuidmark', role: 'bevoegd_gezag', personId: 'gedeputeerde-ruimte' },
 *   motivation: { nl: 'Gedragen aan de gebiedstafel', en: 'Supported at the area table' },
 *   documents: [],
 *   servesGoalIds: ['doel-wonen-2035'],
 * };
 * @see handreiking §2.3; §2.6 (Model checklist "Decision: body, date, actor and role, motivation, documents, link to the vision goals")
 */
export const DecisionSchema = strictObject({
  id: IdSchema,
  subject: DecisionSubject.schema,
  stepId: OptionalIdSchema,
  title: LabelSchema,
  partyId: IdSchema,
  bodyId: IdSchema,
  date: IsoDateSchema,
  decidedBy: ActorSchema,
  motivation: LabelSchema,
  documents: z.array(DocumentRefSchema),
  servesGoalIds: IdListSchema,
  agreementIds: IdListSchema.optional(),
});
/** A decision (see {@link DecisionSchema}). */
export type Decision = z.infer<typeof DecisionSchema>;
