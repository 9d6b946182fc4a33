import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Agreements on data are made at once: who owns which dataset, who edits the maps, how open the
 * data is. The core schema requires at least one ownership line; this rule reports the gap for
 * input that bypassed the schema, and map editing without editors.
 *
 * @example
 * dataOwnershipMissing.check({ startnotitie }, { now });
 * @see handreiking bijlage 1, onderdeel 2, stap 1 ("Maak direct afspraken over eigenaarschap van data, bewerking van kaartmateriaal, openbaarheid")
 */
export const dataOwnershipMissing = builtInReflectionRule({
  id: 'data-ownership-missing',
  section: 'bijlage 1, onderdeel 2, stap 1',
  severity: 'warning',
  appliesTo: ['startnotitie'],
  title: {
    nl: 'Afspraken over eigenaarschap van data en kaarten',
    en: 'Agreements on ownership of data and maps',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const data = sn.doc.data;
      if (!data || (data.ownership ?? []).length === 0) {
        hits.push({
          path: [...sn.path, 'data', 'ownership'],
          message: {
            nl: 'Er zijn geen afspraken over wie eigenaar is van welke data',
            en: 'There are no agreements on who owns which data',
          },
        });
        continue;
      }
      if ((data.mapEditing?.editorPartyIds ?? []).length === 0) {
        hits.push({
          path: [...sn.path, 'data', 'mapEditing'],
          message: {
            nl: 'Er is niet afgesproken wie het kaartmateriaal bewerkt',
            en: 'It is not agreed who edits the maps',
          },
        });
      }
    }
    return hits;
  },
});
