import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The startnotitie has an escalation model for when things do not work out between gemeenten,
 * waterschappen and provincie. The core schema requires `escalation`; this rule reports the gap for
 * input that bypassed the schema, and a model without any option or trigger.
 *
 * @example
 * escalationModelMissing.check({ startnotitie }, { now });
 * @see handreiking §2.3 ("In gesprek over escalatie" ("Denk daarom na over een escalatiemodel"); bijlage 1); bijlage 1, onderdeel 4
 */
export const escalationModelMissing = builtInReflectionRule({
  id: 'escalation-model-missing',
  section: '§2.3',
  severity: 'error',
  appliesTo: ['startnotitie'],
  title: { nl: 'Er is een escalatiemodel', en: 'There is an escalation model' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const model = sn.doc.escalation;
      if (!model) {
        hits.push({
          path: [...sn.path, 'escalation'],
          message: {
            nl: 'Er is geen escalatiemodel afgesproken voor als het niet loopt tussen de overheden',
            en: 'No escalation model has been agreed for when things do not work out between the governments',
          },
        });
        continue;
      }
      if ((model.options ?? []).length === 0 || (model.triggers ?? []).length === 0) {
        hits.push({
          path: [...sn.path, 'escalation'],
          message: {
            nl: 'Het escalatiemodel noemt geen aanleidingen of geen route (agendering op een ijkmoment, procesbegeleider)',
            en: 'The escalation model names no triggers or no route (ijkmoment agenda, facilitator)',
          },
        });
      }
    }
    return hits;
  },
});
