import { blankLabel } from '../internal/helpers';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The step 4 choice is motivated, and a choice that departs from the variant the assessment
 * recommends says why. The core schema requires `motivation` and (by refinement) a departure
 * motivation; this rule also catches blank texts and input that bypassed the schema.
 *
 * @example
 * choiceWithoutMotivation.check({ gebiedsproces }, { now });
 * @see handreiking bijlage 1, onderdeel 2, stap 4; §2.5 ("motivering van afwegingen en keuzes")
 */
export const choiceWithoutMotivation = builtInReflectionRule({
  id: 'choice-without-motivation',
  section: 'bijlage 1, onderdeel 2, stap 4',
  severity: 'error',
  appliesTo: ['gebiedsproces'],
  title: { nl: 'De keuze in stap 4 is gemotiveerd', en: 'The step 4 choice is motivated' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const step = g.doc.deliverables.assessmentAndChoice;
      if (!step) continue;
      const path = [...g.path, 'deliverables', 'assessmentAndChoice', 'choice'];
      const choice = step.choice;
      if (blankLabel(choice.motivation)) {
        hits.push({
          path: [...path, 'motivation'],
          message: {
            nl: `De keuze voor variant ${choice.chosenVariantId} is niet gemotiveerd`,
            en: `The choice of variant ${choice.chosenVariantId} is not motivated`,
          },
        });
      }
      const recommended = step.assessmentRecord.recommendedVariantId;
      if (
        recommended !== undefined &&
        recommended !== choice.chosenVariantId &&
        blankLabel(choice.departureMotivation)
      ) {
        hits.push({
          path: [...path, 'departureMotivation'],
          message: {
            nl: `De keuze wijkt af van de aanbevolen variant ${recommended} zonder te zeggen waarom`,
            en: `The choice departs from the recommended variant ${recommended} without saying why`,
          },
        });
      }
    }
    return hits;
  },
});
