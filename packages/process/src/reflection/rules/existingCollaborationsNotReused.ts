import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * The area process builds on existing collaborations (RES, omgevingsagenda,
 * verstedelijkingsstrategie, NOVEX area): when none is recorded as reused and every structure is
 * new, the process probably adds to the administrative burden.
 *
 * @example
 * existingCollaborationsNotReused.check({ gebiedsproces }, { now });
 * @see handreiking §2.1 ("Van belang is voort te bouwen op die bestaande verbanden en afspraken")
 */
export const existingCollaborationsNotReused = builtInReflectionRule({
  id: 'existing-collaborations-not-reused',
  section: '§2.1',
  severity: 'info',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'Bestaande samenwerkingsverbanden worden benut',
    en: 'Existing collaborations are built on',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const { reusedCollaborations, structures } = g.doc.actors;
      const builtOnExisting = structures.some((s) => s.origin.kind !== 'nieuw');
      if (reusedCollaborations.length > 0 || builtOnExisting) continue;
      hits.push({
        path: [...g.path, 'actors', 'reusedCollaborations'],
        message: {
          nl: `${g.doc.name} benut geen bestaand samenwerkingsverband en alle structuren zijn nieuw`,
          en: `${g.doc.name} builds on no existing collaboration and every structure is new`,
        },
      });
    }
    return hits;
  },
});
