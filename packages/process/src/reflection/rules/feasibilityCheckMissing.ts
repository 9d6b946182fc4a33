import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Once the step 4 choice is made, a feasibility check (UDO, uitvoerbaarheidstoets decentrale
 * overheden: per affected government, can it carry this out in tasks, expertise, people, money and
 * uitvoeringskracht) is on record.
 *
 * @example
 * feasibilityCheckMissing.check({ gebiedsproces }, { now });
 * @see handreiking §2.7 ("Maak gebruik van een uitvoerbaarheidstoets (UDO) vooraf")
 */
export const feasibilityCheckMissing = builtInReflectionRule({
  id: 'feasibility-check-missing',
  section: '§2.7',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: { nl: 'Er is een uitvoerbaarheidstoets (UDO)', en: 'There is a feasibility check (UDO)' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      if (!g.doc.deliverables.assessmentAndChoice || g.doc.feasibilityChecks.length > 0) continue;
      hits.push({
        path: [...g.path, 'feasibilityChecks'],
        message: {
          nl: 'Er is gekozen zonder uitvoerbaarheidstoets (UDO): kunnen de overheden dit uitvoeren, met mensen, geld en uitvoeringskracht?',
          en: 'A choice was made without a feasibility check (UDO): can the governments carry it out, with people, money and capacity?',
        },
      });
    }
    return hits;
  },
});
