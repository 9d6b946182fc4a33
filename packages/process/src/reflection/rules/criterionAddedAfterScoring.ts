import { gebiedsprocessen, startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Criteria are fixed before the variants are scored; a criterion added later is an approved change
 * under the change rules, scored on its own. Reported: a criterion recorded as a later addition
 * without a decision of this process behind it, or while the change rules do not allow new
 * criteria; a criterion of the afwegingskader that the assessment neither weighed nor recorded as
 * not weighed and that is not marked as a later addition (it slipped in after scoring); a weighed
 * criterion that is not in the agreed afwegingskader.
 *
 * @example
 * criterionAddedAfterScoring.check({ gebiedsproces }, { now });
 * @see handreiking bijlage 1, onderdeel 1 ("spelregels ... over wanneer, op welke wijze en onder welke voorwaarden tussentijdse wijzigingen wel of niet tot de mogelijkheden kunnen behoren"); §2.7
 */
export const criterionAddedAfterScoring = builtInReflectionRule({
  id: 'criterion-added-after-scoring',
  section: 'bijlage 1, onderdeel 1',
  severity: 'error',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'Een later toegevoegd criterium is een goedgekeurde wijziging',
    en: 'A criterion added later is an approved change',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    const changeRulesOf = new Map(startnotities(input).map((sn) => [sn.gebiedsproces?.doc.id, sn.doc.changeRules]));
    for (const g of gebiedsprocessen(input)) {
      const framework = g.doc.deliverables.visionAndFramework;
      if (!framework) continue;
      const base = [...g.path, 'deliverables', 'visionAndFramework', 'afwegingskader', 'criteria'];
      const decisions = new Set(g.doc.decisions.map((d) => d.id));
      const allowed = changeRulesOf.get(g.doc.id)?.newCriterion?.allowed;
      const criteria = framework.afwegingskader.criteria;
      for (const c of criteria) {
        if (!c.addedLater) continue;
        if (allowed === false) {
          hits.push({
            path: [...base, c.id, 'addedLater'],
            message: {
              nl: `Criterium "${c.name.nl}" is later toegevoegd, terwijl de spelregels geen nieuwe criteria toestaan`,
              en: `Criterion "${c.name.en}" was added later, while the change rules allow no new criteria`,
            },
          });
        } else if (c.addedLater.decisionId === undefined || !decisions.has(c.addedLater.decisionId)) {
          hits.push({
            path: [...base, c.id, 'addedLater', 'decisionId'],
            message: {
              nl: `Criterium "${c.name.nl}" is later toegevoegd zonder besluit van dit gebiedsproces dat de wijziging goedkeurt`,
              en: `Criterion "${c.name.en}" was added later without a decision of this area process approving the change`,
            },
          });
        }
      }
      const record = g.doc.deliverables.assessmentAndChoice?.assessmentRecord;
      if (!record) continue;
      const weighed = new Set(record.weighed.map((w) => w.criterionId));
      const notWeighed = new Set(
        record.notWeighed.flatMap((n) => (n.category === 'criterion' && n.refId ? [n.refId] : [])),
      );
      for (const c of criteria) {
        if (weighed.has(c.id) || notWeighed.has(c.id) || c.addedLater) continue;
        hits.push({
          path: [...base, c.id],
          message: {
            nl: `Criterium "${c.name.nl}" staat in het afwegingskader maar niet in de afweging, en is niet als goedgekeurde wijziging toegevoegd`,
            en: `Criterion "${c.name.en}" is in the afwegingskader but not in the assessment, and was not added as an approved change`,
          },
        });
      }
      const known = new Set(criteria.map((c) => c.id));
      for (const w of record.weighed) {
        if (known.has(w.criterionId) || w.addedLater) continue;
        hits.push({
          path: [...g.path, 'deliverables', 'assessmentAndChoice', 'assessmentRecord', 'weighed'],
          message: {
            nl: `In de afweging telt criterium "${w.name.nl}" mee dat niet in het vastgestelde afwegingskader staat`,
            en: `The assessment weighs criterion "${w.name.en}", which is not in the agreed afwegingskader`,
          },
        });
      }
    }
    return hits;
  },
});
