import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The startnotitie says who decides what: at least one decision rule with its deciders. The core
 * schema requires `decisionMaking.rules` with at least one rule; this rule reports the gap for input
 * that bypassed the schema, and a rule without any decider.
 *
 * @example
 * decisionMakingMissing.check({ startnotitie }, { now });
 * @see handreiking bijlage 1, onderdeel 2, stap 0 ("Richt direct de bestuurlijke besluitvorming in (wie besluit en waarover?)")
 */
export const decisionMakingMissing = builtInReflectionRule({
  id: 'decision-making-missing',
  section: 'bijlage 1, onderdeel 2, stap 0',
  severity: 'error',
  appliesTo: ['startnotitie'],
  title: {
    nl: 'Afspraken over besluitvorming: wie besluit waarover',
    en: 'Agreements on decision making: who decides what',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const rules = sn.doc.decisionMaking?.rules ?? [];
      if (rules.length === 0) {
        hits.push({
          path: [...sn.path, 'decisionMaking'],
          message: {
            nl: 'De startnotitie legt niet vast wie waarover besluit',
            en: 'The startnotitie does not say who decides what',
          },
        });
        continue;
      }
      for (const rule of rules) {
        if ((rule.deciders ?? []).length > 0) continue;
        hits.push({
          path: [...sn.path, 'decisionMaking', 'rules', rule.id, 'deciders'],
          message: {
            nl: `Besluitregel "${rule.subject}" noemt niemand die besluit`,
            en: `Decision rule "${rule.subject}" names nobody who decides`,
          },
        });
      }
    }
    return hits;
  },
});
