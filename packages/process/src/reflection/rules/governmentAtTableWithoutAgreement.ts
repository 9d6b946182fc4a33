import { medeoverheidLayerOf } from '@gebiedsgericht/core';
import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Every government with a full seat at the gebiedstafel has a party agreement in the startnotitie:
 * roles, tasks, responsibilities, own interests and commitment. A provincie, gemeente or waterschap
 * at the table without one is still a medeoverheid whose consent the process asks (core's
 * `medeoverhedenOf`), but nothing says in which role it acts.
 *
 * @example
 * governmentAtTableWithoutAgreement.check({ gebiedsproces }, { now });
 * @see handreiking §2.3 ("Maak concrete afspraken over rollen, taken en verantwoordelijkheden"; "wees altijd helder over wanneer u vanuit welke rol acteert")
 */
export const governmentAtTableWithoutAgreement = builtInReflectionRule({
  id: 'government-at-table-without-agreement',
  section: '§2.3',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'Elke overheid aan de gebiedstafel heeft een partijafspraak',
    en: 'Every government at the area table has a party agreement',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const g = sn.gebiedsproces;
      if (!g) continue;
      const agreed = new Set((sn.doc.partyAgreements ?? []).map((a) => a.partyId));
      const seen = new Set<string>();
      for (const s of g.doc.actors.structures) {
        if (s.type !== 'integrale_gebiedstafel') continue;
        for (const m of s.members) {
          if (m.membership !== 'vast' || agreed.has(m.partyId) || seen.has(m.partyId)) continue;
          const party = g.doc.actors.parties.find((p) => p.id === m.partyId);
          if (!party || medeoverheidLayerOf(party.kind) === undefined) continue;
          seen.add(m.partyId);
          hits.push({
            path: [...sn.path, 'partyAgreements'],
            message: {
              nl: `${party.name} zit aan ${s.name} maar heeft geen partijafspraak in de startnotitie (rollen, taken, inzet)`,
              en: `${party.name} sits at ${s.name} but has no party agreement in the startnotitie (roles, tasks, commitment)`,
            },
          });
        }
      }
    }
    return hits;
  },
});
