import { sortedUnique } from '../internal/helpers';
import { gebiedsprocessen, startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * There is exactly one principal (opdrachtgever): named in the startnotitie's party agreements or
 * in the role assignments of the gebiedsproces. None, or several different ones, is the first
 * failure factor of project management.
 *
 * @example
 * principalUnclear.check({ gebiedsproces }, { now });
 * @see handreiking bijlage 1, onderdeel 1 ("Onduidelijkheid over de opdrachtgever")
 */
export const principalUnclear = builtInReflectionRule({
  id: 'principal-unclear',
  section: 'bijlage 1, onderdeel 1',
  severity: 'error',
  appliesTo: ['startnotitie', 'gebiedsproces'],
  title: { nl: 'Er is één duidelijke opdrachtgever', en: 'There is one clear principal' },
  detect(input) {
    const hits: RuleHit[] = [];
    const seen = new Set<string>();
    for (const sn of startnotities(input)) {
      const principals = (sn.doc.partyAgreements ?? [])
        .filter((a) => (a.roles ?? []).includes('opdrachtgever'))
        .map((a) => a.partyId);
      const fromRoles = (sn.gebiedsproces?.doc.actors.roleAssignments ?? [])
        .filter((r) => r.role === 'opdrachtgever')
        .map((r) => r.partyId);
      if (sn.gebiedsproces) seen.add(sn.gebiedsproces.doc.id);
      hits.push(...judge(sortedUnique([...principals, ...fromRoles]), [...sn.path, 'partyAgreements']));
    }
    for (const g of gebiedsprocessen(input)) {
      if (seen.has(g.doc.id)) continue;
      const fromRoles = g.doc.actors.roleAssignments.filter((r) => r.role === 'opdrachtgever').map((r) => r.partyId);
      hits.push(...judge(sortedUnique(fromRoles), [...g.path, 'actors', 'roleAssignments']));
    }
    return hits;
  },
});

function judge(principals: string[], path: (string | number)[]): RuleHit[] {
  if (principals.length === 1) return [];
  if (principals.length === 0) {
    return [
      {
        path,
        message: {
          nl: 'Er is geen opdrachtgever aangewezen',
          en: 'No principal (opdrachtgever) has been named',
        },
      },
    ];
  }
  return [
    {
      path,
      message: {
        nl: `Er zijn ${principals.length} verschillende opdrachtgevers (${principals.join(', ')}); wie geeft de opdracht?`,
        en: `There are ${principals.length} different principals (${principals.join(', ')}); who commissions the work?`,
      },
    },
  ];
}
