import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Every quick win is linked to a long-term goal of the vision. The core schema requires at least
 * one goal id (and, inside a gebiedsproces with a vision, known ones); this rule reports the gap for
 * input that bypassed the schema, and goal ids that are not goals of the vision.
 *
 * @example
 * quickWinNotLinked.check({ gebiedsproces }, { now });
 * @see handreiking §2.2 ("Koppel lange termijn doelen aan korte termijn successen ten behoeve van draagvlak en steun"); bijlage 2, voorbeeld 2
 */
export const quickWinNotLinked = builtInReflectionRule({
  id: 'quick-win-not-linked',
  section: '§2.2',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'Quick wins zijn gekoppeld aan langetermijndoelen',
    en: 'Quick wins are linked to long-term goals',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const goals = g.doc.deliverables.visionAndFramework?.vision.goals;
      const known = goals ? new Set(goals.map((x) => x.id)) : undefined;
      for (const q of g.doc.programme?.quickWins ?? []) {
        const ids = q.longTermGoalIds ?? [];
        const linked = known ? ids.filter((id) => known.has(id)) : ids;
        if (linked.length > 0) continue;
        hits.push({
          path: [...g.path, 'programme', 'quickWins', q.id, 'longTermGoalIds'],
          message: {
            nl: `Quick win "${q.name.nl}" is niet gekoppeld aan een langetermijndoel van de visie`,
            en: `Quick win "${q.name.en}" is not linked to a long-term goal of the vision`,
          },
        });
      }
    }
    return hits;
  },
});
