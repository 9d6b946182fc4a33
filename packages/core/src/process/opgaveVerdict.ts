import { labelledEnum } from '../primitives/labels';

/**
 * For every national opgave, the area process says whether it fits, needs something extra (and
 * from whom), or is not realistic in this area. The provincial ruimtelijk voorstel rolls these up
 * over the province's area processes.
 *
 * @example
 * OpgaveVerdict.label('needsExtra', 'nl'); // 'Past met iets extra'
 * @see handreiking §2.5 ("wat past, wat heeft iets extra nodig, wat is niet realistisch")
 */
export const OpgaveVerdict = labelledEnum({
  fits: { nl: 'Past', en: 'Fits' },
  needsExtra: { nl: 'Past met iets extra', en: 'Needs something extra' },
  notRealistic: { nl: 'Niet realistisch', en: 'Not realistic' },
});
/** One of the {@link OpgaveVerdict} values. */
export type OpgaveVerdict = (typeof OpgaveVerdict.values)[number];
