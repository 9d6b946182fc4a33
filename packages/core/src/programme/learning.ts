import type * as z from 'zod';
import { NonEmptyIdListSchema, OptionalIdSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * A lesson learned, from an evaluation or a quick win: what was learned and where it came from.
 *
 * @example
 * const l: Lesson = { id: 'les-netcongestie', text: { nl: 'Netcongestie vroeg agenderen', en: 'Raise grid congestion early' }, evaluationId: 'evaluatie-2028' };
 * @see handreiking §2.2 ("learning by doing"); §2.7
 */
export const LessonSchema = strictObject({
  id: IdSchema,
  text: LabelSchema,
  evaluationId: OptionalIdSchema,
  quickWinId: OptionalIdSchema,
});
/** A lesson learned. */
export type Lesson = z.infer<typeof LessonSchema>;

/**
 * Where an action stands.
 *
 * @example
 * ActionStatus.label('done', 'en'); // 'Done'
 */
export const ActionStatus = labelledEnum({
  open: { nl: 'Open', en: 'Open' },
  in_progress: { nl: 'In uitvoering', en: 'In progress' },
  done: { nl: 'Afgerond', en: 'Done' },
  dropped: { nl: 'Vervallen', en: 'Dropped' },
});
/** One of the {@link ActionStatus} values. */
export type ActionStatus = (typeof ActionStatus)['values'][number];

/**
 * An action taken on one or more lessons: who does what by when.
 *
 * @example
 * const a: LessonAction = { id: 'actie-netbeheerder', lessonIds: ['les-netcongestie'], description: { nl: 'Netbeheerder aan tafel', en: 'Grid operator joins the table' }, ownerPartyId: 'provincie-zuidmark', dueBy: '2028-06-01', status: 'open' };
 * @see handreiking §2.2; §2.7
 */
export const LessonActionSchema = strictObject({
  id: IdSchema,
  lessonIds: NonEmptyIdListSchema,
  description: LabelSchema,
  ownerPartyId: IdSchema,
  dueBy: IsoDateSchema,
  status: ActionStatus.schema,
});
/** An action taken on lessons. */
export type LessonAction = z.infer<typeof LessonActionSchema>;

/**
 * The size of a change under the change rules of the startnotitie: minor (recorded without
 * reopening) or major (may reopen an earlier step, only with motivation and a decision).
 *
 * @example
 * ChangeSize.label('major', 'nl'); // 'Grote wijziging'
 * @see handreiking §2.7 (spelregels voor tussentijdse wijzigingen)
 */
export const ChangeSize = labelledEnum({
  minor: { nl: 'Kleine wijziging', en: 'Minor change' },
  major: { nl: 'Grote wijziging', en: 'Major change' },
});
/** One of the {@link ChangeSize} values. */
export type ChangeSize = (typeof ChangeSize)['values'][number];

/**
 * A change made because of actions — to the programme, a deliverable, an agreement — and whether
 * it was minor (recorded without reopening) or major (needs a decision under the change rules).
 *
 * @example
 * const c: ProgrammeChange = { id: 'wijziging-fasering-zon', actionIds: ['actie-netbeheerder'], description: { nl: 'Zonneveld later gefaseerd', en: 'Solar field phased later' }, size: 'minor', on: '2028-07-01' };
 * @see handreiking §2.7 ("spelregels over wanneer tussentijdse wijzigingen wel of niet tot de mogelijkheden behoren")
 */
export const ProgrammeChangeSchema = strictObject({
  id: IdSchema,
  actionIds: NonEmptyIdListSchema,
  description: LabelSchema,
  size: ChangeSize.schema,
  on: IsoDateSchema,
  decisionId: OptionalIdSchema,
});
/** A change traced back to actions and lessons. */
export type ProgrammeChange = z.infer<typeof ProgrammeChangeSchema>;
