import { areasWithSeveralTables } from '@gebiedsgericht/core';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * One integrale gebiedstafel per area: two or more tables for the same area add administrative
 * burden. Reuses `areasWithSeveralTables` from core.
 *
 * @example
 * tableMoreThanOnePerArea.check({ gebiedsproces }, { now });
 * @see handreiking §2.1 ("Zorg voor één integrale tafel per gebied")
 */
export const tableMoreThanOnePerArea = builtInReflectionRule({
  id: 'table-more-than-one-per-area',
  section: '§2.1',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: { nl: 'Eén integrale tafel per gebied', en: 'One integrated table per area' },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      for (const area of areasWithSeveralTables(g.doc.actors)) {
        const ids = [...area.tableIds].sort();
        hits.push({
          path: [...g.path, 'actors', 'structures'],
          message: {
            nl: `Gebied ${area.areaId} heeft ${ids.length} integrale tafels (${ids.join(', ')}); één tafel per gebied voorkomt bestuurlijke drukte`,
            en: `Area ${area.areaId} has ${ids.length} integrated tables (${ids.join(', ')}); one table per area avoids administrative burden`,
          },
        });
      }
    }
    return hits;
  },
});
