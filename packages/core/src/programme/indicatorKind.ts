import { labelledEnum } from '../primitives/labels';

/**
 * What an indicator measures: an agreed result of the programme (output), an effect on an
 * opgave or goal (outcome), brede welvaart (broad well-being, the feedback the handreiking names for
 * dialogue with residents), or context (an autonomous development to keep an eye on).
 *
 * @example
 * IndicatorKind.label('brede_welvaart', 'nl'); // 'Brede welvaart'
 * @see handreiking §2.2 (monitoring van afgesproken resultaten); §2.6 (monitor brede welvaart)
 */
export const IndicatorKind = labelledEnum({
  agreed_result: { nl: 'Afgesproken resultaat', en: 'Agreed result' },
  outcome: { nl: 'Effect op een doel', en: 'Outcome on a goal' },
  brede_welvaart: { nl: 'Brede welvaart', en: 'Broad well-being (brede welvaart)' },
  context: { nl: 'Context', en: 'Context' },
});
/** One of the {@link IndicatorKind} values. */
export type IndicatorKind = (typeof IndicatorKind)['values'][number];

/**
 * The themes of brede welvaart "hier en nu" as the CBS Monitor Brede Welvaart reports them, and its
 * two other dimensions, "later" (future generations) and "elders" (elsewhere in the world). This
 * classification comes from outside the handreiking: CBS, Monitor Brede Welvaart en de Sustainable
 * Development Goals (yearly since 2018).
 *
 * @example
 * BredeWelvaartTheme.label('wonen', 'en'); // 'Housing'
 * @see handreiking §2.6 (brede welvaart monitor als terugkoppeling)
 */
export const BredeWelvaartTheme = labelledEnum({
  subjectief_welzijn: { nl: 'Subjectief welzijn', en: 'Subjective well-being' },
  materiele_welvaart: { nl: 'Materiële welvaart', en: 'Material prosperity' },
  gezondheid: { nl: 'Gezondheid', en: 'Health' },
  arbeid_en_vrije_tijd: { nl: 'Arbeid en vrije tijd', en: 'Work and leisure' },
  wonen: { nl: 'Wonen', en: 'Housing' },
  samenleving: { nl: 'Samenleving', en: 'Society' },
  veiligheid: { nl: 'Veiligheid', en: 'Safety' },
  milieu: { nl: 'Milieu', en: 'Environment' },
  later: { nl: 'Later (toekomstige generaties)', en: 'Later (future generations)' },
  elders: { nl: 'Elders (rest van de wereld)', en: 'Elsewhere (rest of the world)' },
});
/** One of the {@link BredeWelvaartTheme} values. */
export type BredeWelvaartTheme = (typeof BredeWelvaartTheme)['values'][number];
