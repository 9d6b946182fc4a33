import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The step 4 choice names its impact on other sectoral and spatial plans, and the package of
 * concrete projects that goes with it.
 *
 * @example
 * choiceWithoutPlanImpact.check({ gebiedsproces }, { now });
 * @see handreiking bijlage 1, onderdeel 2, stap 4 ("inclusief een indicatie van de daarmee samenhangende concrete projecten alsmede de daarmee samenhangende impact voor (andere) sectorale en ruimtelijke plannen")
 */
export const choiceWithoutPlanImpact = builtInReflectionRule({
  id: 'choice-without-plan-impact',
  section: 'bijlage 1, onderdeel 2, stap 4',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'De keuze noemt de gevolgen voor andere plannen',
    en: 'The choice names its impact on other plans',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const choice = g.doc.deliverables.assessmentAndChoice?.choice;
      if (!choice) continue;
      const path = [...g.path, 'deliverables', 'assessmentAndChoice', 'choice'];
      if ((choice.impactOnOtherPlans ?? []).length === 0) {
        hits.push({
          path: [...path, 'impactOnOtherPlans'],
          message: {
            nl: 'De bestuurlijke keuze zegt niet wat ze betekent voor andere sectorale en ruimtelijke plannen',
            en: 'The administrative choice does not say what it means for other sectoral and spatial plans',
          },
        });
      }
      if ((choice.packageOfProjects ?? []).length === 0) {
        hits.push({
          path: [...path, 'packageOfProjects'],
          message: {
            nl: 'De bestuurlijke keuze noemt geen samenhangende concrete projecten',
            en: 'The administrative choice names no related concrete projects',
          },
        });
      }
    }
    return hits;
  },
});
