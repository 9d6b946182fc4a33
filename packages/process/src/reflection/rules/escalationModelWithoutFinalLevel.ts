import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The escalation model ends in a final level where a knot is cut ("als we er niet samen uitkomen,
 * beslist het rijk voor ons"). The core schema requires `finalLevel` with the action `besluiten`;
 * this rule reports the gap for input that bypassed the schema.
 *
 * @example
 * escalationModelWithoutFinalLevel.check({ startnotitie }, { now });
 * @see handreiking §2.3 ("In gesprek over escalatie" ("Een stok achter de deur kan zijn: ... beslist het rijk voor ons"))
 */
export const escalationModelWithoutFinalLevel = builtInReflectionRule({
  id: 'escalation-model-without-final-level',
  section: '§2.3',
  severity: 'error',
  appliesTo: ['startnotitie'],
  title: {
    nl: 'Het escalatiemodel heeft een laatste niveau dat besluit',
    en: 'The escalation model has a final level that decides',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const model = sn.doc.escalation;
      if (!model) continue; // reported by escalation-model-missing
      const final = model.finalLevel;
      if (!final) {
        hits.push({
          path: [...sn.path, 'escalation', 'finalLevel'],
          message: {
            nl: 'Het escalatiemodel heeft geen laatste niveau: niemand hakt de knoop door',
            en: 'The escalation model has no final level: nobody cuts the knot',
          },
        });
      } else if (final.action !== 'besluiten') {
        hits.push({
          path: [...sn.path, 'escalation', 'finalLevel', 'action'],
          message: {
            nl: `Op het laatste niveau (${final.name}) wordt niet besloten`,
            en: `The final level (${final.name}) does not decide`,
          },
        });
      }
    }
    return hits;
  },
});
