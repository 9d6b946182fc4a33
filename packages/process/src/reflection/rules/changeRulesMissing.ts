import { blank } from '../internal/helpers';
import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The startnotitie sets, in advance, the rules for when, how and under which conditions changes
 * during the process are allowed: minor changes, major changes (who approves, which steps may be
 * reopened), and new criteria. The core schema requires them; this rule reports the gap for input
 * that bypassed the schema, and a part without a description.
 *
 * @example
 * changeRulesMissing.check({ startnotitie }, { now });
 * @see handreiking §2.7 ("vooraf spelregels op te stellen over wanneer, op welke wijze en onder welke voorwaarden wijzigingen ... tot de mogelijkheden kunnen behoren"; bijlage 1); bijlage 1, onderdeel 1
 */
export const changeRulesMissing = builtInReflectionRule({
  id: 'change-rules-missing',
  section: '§2.7',
  severity: 'error',
  appliesTo: ['startnotitie'],
  title: { nl: 'Spelregels voor wijzigingen zijn vooraf afgesproken', en: 'Rules for changes are agreed in advance' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const rules = sn.doc.changeRules;
      if (!rules) {
        hits.push({
          path: [...sn.path, 'changeRules'],
          message: {
            nl: 'Er zijn geen spelregels voor wijzigingen tijdens het proces',
            en: 'There are no rules for changes during the process',
          },
        });
        continue;
      }
      const parts = [
        ['minor', rules.minor?.description],
        ['major', rules.major?.description],
        ['newCriterion', rules.newCriterion?.procedure],
      ] as const;
      for (const [key, text] of parts) {
        if (!blank(text)) continue;
        hits.push({
          path: [...sn.path, 'changeRules', key],
          message: {
            nl: `De spelregels voor wijzigingen zeggen niets over ${key === 'minor' ? 'kleine wijzigingen' : key === 'major' ? 'grote wijzigingen' : 'nieuwe criteria'}`,
            en: `The change rules say nothing about ${key === 'minor' ? 'minor changes' : key === 'major' ? 'major changes' : 'new criteria'}`,
          },
        });
      }
    }
    return hits;
  },
});
