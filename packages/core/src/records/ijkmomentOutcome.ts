import { labelledEnum } from '../primitives/labels';

/**
 * What an ijkmoment concluded about the process or one item on its agenda: carry on, adjust
 * within the agreed frame, recalibrate (a scoped herijking), or escalate a knelpunt.
 *
 * @example
 * IjkmomentOutcome.schema.parse('recalibrate');
 * @see handreiking §2.2 (periodieke evaluatie en herijking; bijlage 1); bijlage 1, onderdeel 4
 */
export const IjkmomentOutcome = labelledEnum({
  continue: { nl: 'Doorgaan', en: 'Continue' },
  adjust: { nl: 'Bijsturen', en: 'Adjust' },
  recalibrate: { nl: 'Herijken', en: 'Recalibrate' },
  escalate: { nl: 'Escaleren', en: 'Escalate' },
});
/** One of the {@link IjkmomentOutcome} values. */
export type IjkmomentOutcome = (typeof IjkmomentOutcome)['values'][number];
