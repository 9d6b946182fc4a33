import { labelledEnum } from '../primitives/labels';

/**
 * The standard phases of traditional project management: initiative, definition, design,
 * (work) preparation, realisation, and management or after-care. The output of one phase is the
 * input of the next, with measure and decision points on the GOKIT aspects in between.
 *
 * @example
 * ProjectPhase.label('definition', 'nl'); // 'Definitiefase'
 * @see handreiking bijlage 1, onderdeel 1 (traditionele projectmanagementmethoden)
 */
export const ProjectPhase = labelledEnum({
  initiative: { nl: 'Initiatiefase', en: 'Initiative phase' },
  definition: { nl: 'Definitiefase', en: 'Definition phase' },
  design: { nl: 'Ontwerpfase', en: 'Design phase' },
  preparation: { nl: '(Werk)voorbereidingsfase', en: '(Work) preparation phase' },
  realisation: { nl: 'Realisatiefase', en: 'Realisation phase' },
  aftercare: { nl: 'Beheer- of nazorgfase', en: 'Management or after-care phase' },
});
/** One of the {@link ProjectPhase} values. */
export type ProjectPhase = (typeof ProjectPhase)['values'][number];
