import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The participation plan states the degree of influence up front (for the process and for each
 * stakeholder). A design without a participation plan passes the reflection input and this rule
 * reports it; the core schema requires both levels in a plan, and this rule reports their absence in
 * input that bypassed the schema. The ladder of levels (informeren ... meebeslissen) is Edelenbos's, from outside the
 * handreiking.
 *
 * @example
 * participationInfluenceLevelMissing.check({ startnotitie }, { now });
 * @see handreiking §2.6 ("Geef vooraf duidelijk de mate van invloed aan")
 */
export const participationInfluenceLevelMissing = builtInReflectionRule({
  id: 'participation-influence-level-missing',
  section: '§2.6',
  severity: 'warning',
  appliesTo: ['startnotitie'],
  title: { nl: 'De mate van invloed is vooraf aangegeven', en: 'The degree of influence is stated up front' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const plan = sn.doc.participation;
      if (!plan) {
        hits.push({
          path: [...sn.path, 'participation'],
          message: { nl: 'Er is geen participatieplan', en: 'There is no participation plan' },
        });
        continue;
      }
      if (!plan.influenceLevel) {
        hits.push({
          path: [...sn.path, 'participation', 'influenceLevel'],
          message: {
            nl: 'Het participatieplan geeft niet aan hoeveel invloed deelnemers hebben',
            en: 'The participation plan does not state how much influence participants have',
          },
        });
      }
      for (const s of plan.stakeholders ?? []) {
        if (s.influence) continue;
        hits.push({
          path: [...sn.path, 'participation', 'stakeholders', s.id, 'influence'],
          message: {
            nl: `Voor ${s.name} is de mate van invloed niet aangegeven`,
            en: `The degree of influence of ${s.name} is not stated`,
          },
        });
      }
    }
    return hits;
  },
});
