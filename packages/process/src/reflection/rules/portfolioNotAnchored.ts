import {
  type Portfolio,
  Portfolio as PortfolioEnum,
  type Transition,
  Transition as TransitionEnum,
} from '@gebiedsgericht/core';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/** The bestuurlijke portfolios that can carry each transition at the table. */
const PORTFOLIOS_OF: Readonly<Record<Transition, readonly Portfolio[]>> = {
  klimaat_energie: ['energie', 'klimaat'],
  landelijk_gebied_stikstof: ['landbouw', 'natuur'],
  wonen_bereikbaarheid: ['wonen', 'mobiliteit'],
  water: ['water'],
  bodem: ['bodem'],
  natuur: ['natuur'],
  cultuur_erfgoed: ['cultuur_erfgoed', 'landschap'],
  mobiliteit: ['mobiliteit'],
  economie: ['economie'],
  industrie: ['industrie'],
  gezondheid: ['gezondheid'],
  defensie: [],
  overig: [],
};

/**
 * Broad administrative anchoring: for every transition among the area's opgaven, some bestuurder
 * at the integrale gebiedstafel (a full member at bestuurlijk level) holds a matching portfolio
 * (energie, water, wonen, landbouw, ...). Transitions without a portfolio mapping (defensie,
 * overig) are skipped.
 *
 * @example
 * portfolioNotAnchored.check({ gebiedsproces }, { now });
 * @see handreiking bijlage 1, onderdeel 2, stap 0 ("Zorg voor brede bestuurlijke verankering (energie, landschap, water, bodem, wonen, industrie, mobiliteit, etc.)")
 */
export const portfolioNotAnchored = builtInReflectionRule({
  id: 'portfolio-not-anchored',
  section: 'bijlage 1, onderdeel 2, stap 0',
  severity: 'warning',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'Elke opgave is bestuurlijk verankerd aan de gebiedstafel',
    en: 'Every opgave is anchored by a portfolio at the area table',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const { persons, structures } = g.doc.actors;
      const held = new Set<Portfolio>();
      for (const table of structures) {
        if (table.type !== 'integrale_gebiedstafel') continue;
        for (const member of table.members) {
          if (member.membership !== 'vast' || !member.levels.includes('bestuurlijk')) continue;
          for (const person of persons) {
            if (person.level !== 'bestuurlijk' || person.partyId !== member.partyId) continue;
            if (member.personIds && !member.personIds.includes(person.id)) continue;
            for (const p of person.portfolios) held.add(p);
          }
        }
      }
      const transitions = [...new Set(g.doc.opgaven.opgaven.map((o) => o.transition))].sort();
      for (const transition of transitions) {
        const wanted = PORTFOLIOS_OF[transition];
        if (wanted.length === 0 || wanted.some((p) => held.has(p))) continue;
        hits.push({
          path: [...g.path, 'actors', 'structures'],
          message: {
            nl: `Geen bestuurder aan de gebiedstafel heeft ${wanted.map((p) => PortfolioEnum.label(p, 'nl').toLowerCase()).join(' of ')} in portefeuille, terwijl er opgaven zijn voor ${TransitionEnum.label(transition, 'nl').toLowerCase()}`,
            en: `No bestuurder at the area table holds ${wanted.map((p) => PortfolioEnum.label(p, 'en').toLowerCase()).join(' or ')}, while there are opgaven for ${TransitionEnum.label(transition, 'en').toLowerCase()}`,
          },
        });
      }
    }
    return hits;
  },
});
