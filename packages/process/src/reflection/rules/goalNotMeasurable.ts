import { blank } from '../internal/helpers';
import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The goal of the process is defined with expected results and at least one SMART quality
 * criterion (specific, measurable, acceptable, realistic, time-bound), so that intermediate
 * evaluation can check it. A goal without them is the failure factor "no good definition of the
 * goal and the intended result".
 *
 * @example
 * goalNotMeasurable.check({ startnotitie }, { now });
 * @see handreiking bijlage 1, onderdeel 1 ("Geen goede definiëring van het doel en het beoogde projectresultaat"); bijlage 1, onderdeel 2 (kwaliteit van projectresultaten (SMART))
 */
export const goalNotMeasurable = builtInReflectionRule({
  id: 'goal-not-measurable',
  section: 'bijlage 1, onderdeel 1',
  severity: 'warning',
  appliesTo: ['startnotitie'],
  title: {
    nl: 'Het doel is meetbaar (SMART-kwaliteitscriteria)',
    en: 'The goal is measurable (SMART quality criteria)',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const goal = sn.doc.goal;
      if (!goal || blank(goal.statement) || (goal.expectedResults ?? []).length === 0) {
        hits.push({
          path: [...sn.path, 'goal'],
          message: {
            nl: 'Het doel en het beoogde resultaat van het proces zijn niet omschreven',
            en: 'The goal and intended result of the process are not described',
          },
        });
        continue;
      }
      if ((goal.qualityCriteria ?? []).length === 0) {
        hits.push({
          path: [...sn.path, 'goal', 'qualityCriteria'],
          message: {
            nl: 'Het doel heeft geen SMART-kwaliteitscriteria, dus tussentijds evalueren of het resultaat goed genoeg is, kan niet',
            en: 'The goal has no SMART quality criteria, so there is no way to evaluate in between whether the result is good enough',
          },
        });
      }
    }
    return hits;
  },
});
