import { isCrossProvince } from '@gebiedsgericht/core';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * An area that crosses a provincial border has a coordination between the provinces (a structure
 * of type `interprovinciale_afstemming` for this area, or without an area, with a lead province).
 * Reuses `isCrossProvince` from core.
 *
 * @example
 * crossProvinceWithoutCoordination.check({ gebiedsproces }, { now });
 * @see handreiking §2.1 ("dan is afstemming tussen provincies noodzakelijk"); §2.3 ("spreken betrokken provincies af hoe ze dit coördineren")
 */
export const crossProvinceWithoutCoordination = builtInReflectionRule({
  id: 'cross-province-without-coordination',
  section: '§2.1',
  severity: 'error',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'Een provinciegrensoverstijgend gebied heeft interprovinciale afstemming',
    en: 'A cross-province area has coordination between the provinces',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const area = g.doc.area;
      if (!isCrossProvince(area)) continue;
      const coordinated = g.doc.actors.structures.some(
        (s) => s.type === 'interprovinciale_afstemming' && (s.areaId === undefined || s.areaId === area.id),
      );
      if (coordinated) continue;
      const provinces = [...new Set(area.provinceIds)].sort().join(', ');
      hits.push({
        path: [...g.path, 'area', 'provinceIds'],
        message: {
          nl: `${area.name} ligt in meerdere provincies (${provinces}) maar er is geen interprovinciale afstemming met een trekkende provincie`,
          en: `${area.name} lies in several provinces (${provinces}) but there is no cross-province coordination with a lead province`,
        },
      });
    }
    return hits;
  },
});
