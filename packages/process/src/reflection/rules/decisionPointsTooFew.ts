import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Every planned step ends at a decision point: some decision rule covers it (a rule without step
 * ids covers every step). Steps without a decision point are a failure factor: too few measure and
 * decision points, so the overview is lost.
 *
 * @example
 * decisionPointsTooFew.check({ startnotitie }, { now });
 * @see handreiking bijlage 1, onderdeel 1 ("Onvoldoende meet- en beslispunten waardoor het overzicht ontbreekt")
 */
export const decisionPointsTooFew = builtInReflectionRule({
  id: 'decision-points-too-few',
  section: 'bijlage 1, onderdeel 1',
  severity: 'warning',
  appliesTo: ['startnotitie'],
  title: {
    nl: 'Elke geplande stap heeft een beslispunt',
    en: 'Every planned step has a decision point',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const rules = sn.doc.decisionMaking?.rules ?? [];
      if (rules.length === 0) continue; // reported by decision-making-missing
      if (rules.some((r) => r.stepIds === undefined || r.stepIds.length === 0)) continue;
      const covered = new Set(rules.flatMap((r) => r.stepIds ?? []));
      const steps = sn.doc.processDesign?.steps ?? [];
      const uncovered = steps.map((s) => s.stepId).filter((id) => !covered.has(id));
      if (uncovered.length === 0) continue;
      hits.push({
        path: [...sn.path, 'decisionMaking', 'rules'],
        message: {
          nl: `Voor ${uncovered.length} van de ${steps.length} geplande stappen is geen beslispunt afgesproken: ${uncovered.join(', ')}`,
          en: `No decision point is agreed for ${uncovered.length} of the ${steps.length} planned steps: ${uncovered.join(', ')}`,
        },
      });
    }
    return hits;
  },
});
