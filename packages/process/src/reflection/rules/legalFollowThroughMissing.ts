import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Once the step 4 choice is made, its legal follow-through is clear: which instruments
 * (provinciale verordening, omgevingsplan, projectbesluit, national rule changes, coördinatieregeling),
 * by which bevoegd gezag, and when. Recorded in the step 5 embedding; the core schema requires at
 * least one legal step there, so this rule fires when the embedding is missing after a choice.
 *
 * @example
 * legalFollowThroughMissing.check({ gebiedsproces }, { now });
 * @see handreiking §2.7 ("Maak duidelijk wat de doorwerking is van keuzes ... Zullen deze een vertaling krijgen in bijv. de provinciale verordening?"; "de juridische doorwerking")
 */
export const legalFollowThroughMissing = builtInReflectionRule({
  id: 'legal-follow-through-missing',
  section: '§2.7',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: { nl: 'De juridische doorwerking is duidelijk', en: 'The legal follow-through is clear' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      if (!g.doc.deliverables.assessmentAndChoice) continue;
      if ((g.doc.deliverables.embedding?.legalFollowThrough ?? []).length > 0) continue;
      hits.push({
        path: [...g.path, 'deliverables', 'embedding'],
        message: {
          nl: 'Er is gekozen, maar niet vastgelegd hoe en wanneer de keuze juridisch doorwerkt (verordening, omgevingsplan, projectbesluit, rijksregels)',
          en: 'A choice was made, but it is not recorded how and when it takes legal effect (ordinance, environment plan, project decision, national rules)',
        },
      });
    }
    return hits;
  },
});
