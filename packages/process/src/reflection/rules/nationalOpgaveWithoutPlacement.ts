import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Every national opgave has a placement status: fits, needs something extra (what and from whom),
 * or not realistic in this province. Checked in an arrangement (each national opgave of each area
 * process has a placement or is covered by the arrangement's verdict for that national opgave) and
 * in a gebiedsproces once the step 4 choice is made. The arrangement's own verdicts require a
 * placement by schema.
 *
 * @example
 * nationalOpgaveWithoutPlacement.check({ arrangement }, { now });
 * @see handreiking §2.5 ("Maak in de uiteindelijke ruimtelijke arrangementen inzichtelijk welke nationale opgaven wel een plek kunnen krijgen, waarvoor iets extra nodig is en welke opgaven binnen de eigen provincie niet realistisch lijken")
 */
export const nationalOpgaveWithoutPlacement = builtInReflectionRule({
  id: 'national-opgave-without-placement',
  section: '§2.5',
  severity: 'error',
  appliesTo: ['arrangement', 'gebiedsproces'],
  title: {
    nl: 'Elke nationale opgave heeft een plaatsingsstatus',
    en: 'Every national opgave has a placement status',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    const covered = new Set<string>();
    for (const verdict of input.arrangement?.nationalOpgaven ?? []) {
      if (!verdict.placement) {
        hits.push({
          path: ['arrangement', 'nationalOpgaven', verdict.id, 'placement'],
          message: {
            nl: `Nationale opgave "${verdict.title.nl}" heeft in het arrangement geen plaatsingsstatus`,
            en: `National opgave "${verdict.title.en}" has no placement status in the arrangement`,
          },
        });
        continue;
      }
      for (const c of verdict.contributions) covered.add(`${c.gebiedsprocesId}/${c.opgaveId}`);
    }
    for (const g of gebiedsprocessen(input)) {
      const inArrangement = g.path[0] === 'arrangement';
      if (!inArrangement && !g.doc.deliverables.assessmentAndChoice) continue;
      for (const o of g.doc.opgaven.opgaven) {
        if (o.origin === 'decentraal' || o.placement || covered.has(`${g.doc.id}/${o.id}`)) continue;
        hits.push({
          path: [...g.path, 'opgaven', 'opgaven', o.id, 'placement'],
          message: {
            nl: `Nationale opgave "${o.title}" heeft geen plaatsingsstatus (past, iets extra nodig, niet realistisch)`,
            en: `National opgave "${o.title}" has no placement status (fits, needs something extra, not realistic)`,
          },
        });
      }
    }
    return hits;
  },
});
