import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Once the step 4 choice is made, there is a (regional) investment agenda: a multi-year programme
 * whose projects have funding lines.
 *
 * @example
 * investmentAgendaMissing.check({ gebiedsproces }, { now });
 * @see handreiking §2.7 ("Werk met een (regionale) investeringsagenda (meerjarige strategische programmering)"; bijlage 1); bijlage 1, onderdeel 2, stap 5
 */
export const investmentAgendaMissing = builtInReflectionRule({
  id: 'investment-agenda-missing',
  section: '§2.7',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: { nl: 'Er is een investeringsagenda', en: 'There is an investment agenda' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      if (!g.doc.deliverables.assessmentAndChoice && !g.doc.deliverables.embedding) continue;
      const programme = g.doc.programme;
      if (!programme) {
        hits.push({
          path: [...g.path, 'programme'],
          message: {
            nl: 'Er is gekozen maar er is geen meerjarige investeringsagenda',
            en: 'A choice was made but there is no multi-year investment agenda',
          },
        });
      } else if (!programme.projects.some((p) => p.funding.length > 0)) {
        hits.push({
          path: [...g.path, 'programme', 'projects'],
          message: {
            nl: 'De investeringsagenda heeft geen enkel project met financiering',
            en: 'The investment agenda has no project with funding',
          },
        });
      }
    }
    return hits;
  },
});
