import { labelledEnum } from '../primitives/labels';

/**
 * What a knowledge product contributes to, after the De Peel inventory of knowledge products:
 * evaluation, research, weighing (afweging) or monitoring.
 *
 * @example
 * KnowledgeUse.label('weighing', 'nl'); // 'Afweging'
 * @see handreiking bijlage 2, voorbeeld 3 (De Peel: datagedreven werken)
 */
export const KnowledgeUse = labelledEnum({
  evaluation: { nl: 'Evaluatie', en: 'Evaluation' },
  research: { nl: 'Onderzoek', en: 'Research' },
  weighing: { nl: 'Afweging', en: 'Weighing' },
  monitoring: { nl: 'Monitoring', en: 'Monitoring' },
});
/** One of the {@link KnowledgeUse} values. */
export type KnowledgeUse = (typeof KnowledgeUse)['values'][number];
