import { blank } from '../internal/helpers';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Afwenteling (shifting problems and burdens onto other sectors, other areas or governments, or
 * future generations) is assessed: the opgaven record the afwenteling they may cause, and each
 * recorded afwenteling says how it is prevented.
 *
 * @example
 * afwentelingNotAssessed.check({ gebiedsproces }, { now });
 * @see handreiking §2.4 ("Voorkom afwenteling op andere sectoren. Maak de gevolgen van de ene opgave voor andere opgaven inzichtelijk"); §2 (NOVI-principe: het voorkomen van afwenteling); §2.2; §2.3
 */
export const afwentelingNotAssessed = builtInReflectionRule({
  id: 'afwenteling-not-assessed',
  section: '§2.4',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: { nl: 'Afwenteling is in beeld en wordt voorkomen', en: 'Afwenteling is assessed and prevented' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const list = g.doc.opgaven.afwentelingen;
      if (list.length === 0) {
        hits.push({
          path: [...g.path, 'opgaven', 'afwentelingen'],
          message: {
            nl: 'Niet vastgelegd of de opgaven problemen afwentelen op andere sectoren, gebieden, overheden of toekomstige generaties',
            en: 'It is not recorded whether the opgaven shift burdens onto other sectors, areas, governments or future generations',
          },
        });
        continue;
      }
      for (const a of list) {
        if (!blank(a.prevention)) continue;
        hits.push({
          path: [...g.path, 'opgaven', 'afwentelingen', a.id, 'prevention'],
          message: {
            nl: `Afwenteling "${a.description}" is in beeld, maar er staat niet hoe die wordt voorkomen`,
            en: `Afwenteling "${a.description}" is identified, but how it is prevented is not recorded`,
          },
        });
      }
    }
    return hits;
  },
});
