import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The startnotitie sets a periodic evaluation and herijking (a recurrence and learning questions).
 * A design without `evaluation` passes the reflection input (core's schema of an adopted
 * startnotitie requires it) and this rule reports the gap; it also reports an incomplete cadence in
 * input that bypassed the schema.
 *
 * @example
 * evaluationCadenceMissing.check({ startnotitie }, { now });
 * @see handreiking §2.2 ("minimaal een periodieke evaluatie en herijking"); §2.7 (permanente lerende evaluatie)
 */
export const evaluationCadenceMissing = builtInReflectionRule({
  id: 'evaluation-cadence-missing',
  section: '§2.2',
  severity: 'warning',
  appliesTo: ['startnotitie'],
  title: {
    nl: 'Er is een vaste cadans van evaluatie en herijking',
    en: 'There is a cadence of evaluation and recalibration',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const evaluation = sn.doc.evaluation;
      if (evaluation?.recurrence && (evaluation.learningQuestions ?? []).length > 0) continue;
      hits.push({
        path: [...sn.path, 'evaluation'],
        message: {
          nl: 'Er is geen periodieke evaluatie en herijking afgesproken (herhaling en leervragen)',
          en: 'No periodic evaluation and recalibration is agreed (recurrence and learning questions)',
        },
      });
    }
    return hits;
  },
});
