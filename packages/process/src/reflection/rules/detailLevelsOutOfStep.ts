import { DetailLevel } from '@gebiedsgericht/core';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Opgaven that interact (a slimme combinatie or a dilemma) are worked out at detail levels that are
 * at most one step apart (hoofdlijnen, zoekgebied, locatie, project), so they can be weighed
 * against each other. Opgaven that do not interact may differ.
 *
 * @example
 * detailLevelsOutOfStep.check({ gebiedsproces }, { now });
 * @see handreiking §2.5 ("Stem het detailniveau van afzonderlijke opgaven goed op elkaar af")
 */
export const detailLevelsOutOfStep = builtInReflectionRule({
  id: 'detail-levels-out-of-step',
  section: '§2.5',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'Samenhangende opgaven hebben een vergelijkbaar detailniveau',
    en: 'Interacting opgaven have a comparable level of detail',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const byId = new Map(g.doc.opgaven.opgaven.map((o) => [o.id, o]));
      for (const interaction of g.doc.opgaven.interactions) {
        const opgaven = [...new Set(interaction.opgaveIds)].sort().flatMap((id) => {
          const o = byId.get(id);
          return o ? [o] : [];
        });
        const ranks = opgaven.map((o) => DetailLevel.values.indexOf(o.detailLevel));
        if (ranks.length < 2 || Math.max(...ranks) - Math.min(...ranks) < 2) continue;
        const list = (locale: 'nl' | 'en') =>
          opgaven.map((o) => `${o.title} (${DetailLevel.label(o.detailLevel, locale).toLowerCase()})`).join(', ');
        hits.push({
          path: [...g.path, 'opgaven', 'interactions', interaction.id],
          message: {
            nl: `De detailniveaus van samenhangende opgaven lopen ver uiteen: ${list('nl')}`,
            en: `The detail levels of interacting opgaven are far apart: ${list('en')}`,
          },
        });
      }
    }
    return hits;
  },
});
