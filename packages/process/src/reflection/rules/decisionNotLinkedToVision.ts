import type { DecisionSubject } from '@gebiedsgericht/core';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

const SUBSTANTIVE: ReadonlySet<DecisionSubject> = new Set<DecisionSubject>([
  'administrative_choice',
  'agreement',
  'arrangement',
  'change',
  'deferral',
]);

/**
 * Once the vision is agreed, every substantive decision (a choice, an agreement, the arrangement, a
 * change, a deferral) and every programme project names the vision goals it serves: the continuous
 * check "do the choices contribute to the perspective?". Procedural decisions (closing a step,
 * settling a knelpunt, process control) are not checked.
 *
 * @example
 * decisionNotLinkedToVision.check({ gebiedsproces }, { now });
 * @see handreiking bijlage 2, voorbeeld 2 ("Continue check is: dragen de te maken keuzes bij aan het toekomstperspectief?"; bijlage 1); bijlage 1, onderdeel 2, stap 2
 */
export const decisionNotLinkedToVision = builtInReflectionRule({
  id: 'decision-not-linked-to-vision',
  section: 'bijlage 2, voorbeeld 2',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: { nl: 'Besluiten dragen bij aan de visie', en: 'Decisions serve the vision' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const framework = g.doc.deliverables.visionAndFramework;
      if (!framework) continue;
      for (const d of g.doc.decisions) {
        if (!SUBSTANTIVE.has(d.subject) || d.date < framework.agreedOn || d.servesGoalIds.length > 0) continue;
        hits.push({
          path: [...g.path, 'decisions', d.id, 'servesGoalIds'],
          message: {
            nl: `Besluit "${d.title.nl}" (${d.date}) noemt geen doel uit de visie waaraan het bijdraagt`,
            en: `Decision "${d.title.en}" (${d.date}) names no vision goal it serves`,
          },
        });
      }
      for (const p of g.doc.programme?.projects ?? []) {
        if (p.goalIds.length > 0) continue;
        hits.push({
          path: [...g.path, 'programme', 'projects', p.id, 'goalIds'],
          message: {
            nl: `Project "${p.name.nl}" noemt geen doel uit de visie`,
            en: `Project "${p.name.en}" names no vision goal`,
          },
        });
      }
    }
    return hits;
  },
});
