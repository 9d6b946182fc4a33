import { GovernmentLayer, missingGovernmentLayers } from '@gebiedsgericht/core';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Every integrale gebiedstafel has at least the four government layers (rijk, provincie,
 * gemeente, waterschap) as full members, and every area has such a table. Incidental members do
 * not count. Reuses `missingGovernmentLayers` from core.
 *
 * @example
 * tableGovernmentLayersMissing.check({ gebiedsproces }, { now });
 * @see handreiking §2.1 ("één integrale tafel per gebied, waarin (minimaal) de vier overheden ... elkaar treffen"); §2.3
 */
export const tableGovernmentLayersMissing = builtInReflectionRule({
  id: 'table-government-layers-missing',
  section: '§2.1',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'Alle vier overheidslagen zitten aan de integrale gebiedstafel',
    en: 'All four government layers sit at the integrated area table',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const tables = g.doc.actors.structures.filter((s) => s.type === 'integrale_gebiedstafel');
      if (tables.length === 0) {
        hits.push({
          path: [...g.path, 'actors', 'structures'],
          message: {
            nl: `${g.doc.name} heeft geen integrale gebiedstafel waar rijk, provincie, gemeenten en waterschappen elkaar treffen`,
            en: `${g.doc.name} has no integrated area table where rijk, province, municipalities and water authorities meet`,
          },
        });
        continue;
      }
      for (const table of tables) {
        const missing = missingGovernmentLayers(g.doc.actors, table.id);
        if (missing.length === 0) continue;
        hits.push({
          path: [...g.path, 'actors', 'structures', table.id, 'members'],
          message: {
            nl: `Aan ${table.name} ontbreekt als vast lid: ${missing.map((l) => GovernmentLayer.label(l, 'nl').toLowerCase()).join(', ')}`,
            en: `${table.name} lacks as a full member: ${missing.map((l) => GovernmentLayer.label(l, 'en').toLowerCase()).join(', ')}`,
          },
        });
      }
    }
    return hits;
  },
});
