import * as z from 'zod';
import { OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';
import { TextSchema } from '../primitives/text';

/**
 * What a change in the change log touches. Changes to the goal, requirements, starting points
 * and criteria are the "original starting points and requirements" of the failure factor.
 *
 * @example
 * ChangeSubject.label('starting_point', 'nl'); // 'Uitgangspunt'
 * @see handreiking bijlage 1, onderdeel 1 (uitgangspunten en eisen die veranderen)
 */
export const ChangeSubject = labelledEnum({
  goal: { nl: 'Doel', en: 'Goal' },
  requirement: { nl: 'Eis', en: 'Requirement' },
  starting_point: { nl: 'Uitgangspunt', en: 'Starting point' },
  criterion: { nl: 'Criterium of norm', en: 'Criterion or norm' },
  scope: { nl: 'Scope', en: 'Scope' },
  planning: { nl: 'Planning', en: 'Schedule' },
  budget: { nl: 'Budget', en: 'Budget' },
  organisation: { nl: 'Organisatie', en: 'Organisation' },
});
/** One of the {@link ChangeSubject} values. */
export type ChangeSubject = (typeof ChangeSubject)['values'][number];

/**
 * One entry of a project's change log: when, what it touched, minor or major (per the change rules
 * of the startnotitie) and the decision that approved it.
 *
 * @example
 * ChangeLogEntrySchema.parse({ id: 'c1', on: '2026-05-01', subject: 'criterion', magnitude: 'minor', description: 'Nieuw criterium meervoudig ruimtegebruik' });
 * @see handreiking bijlage 1, onderdeel 1 (spelregels voor tussentijdse wijzigingen)
 */
export const ChangeLogEntrySchema = strictObject({
  id: IdSchema,
  on: IsoDateSchema,
  subject: ChangeSubject.schema,
  magnitude: z.enum(['minor', 'major']),
  description: TextSchema,
  decisionId: OptionalIdSchema,
});
/** One entry of a change log (see {@link ChangeLogEntrySchema}). */
export type ChangeLogEntry = z.infer<typeof ChangeLogEntrySchema>;
