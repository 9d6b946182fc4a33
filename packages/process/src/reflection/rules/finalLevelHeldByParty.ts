import { startnotities } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * Whoever holds the final escalation level is no party to the knelpunten it decides: not a
 * gebiedstafel or any other structure whose members are the parties themselves, and not a province
 * whose named stand-in is itself a party to the gebiedsproces.
 *
 * @example
 * finalLevelHeldByParty.check({ startnotitie }, { now });
 * @see handreiking §2.3 ("de provincie kan zelf partij zijn"); bijlage 1, onderdeel 4
 */
export const finalLevelHeldByParty = builtInReflectionRule({
  id: 'final-level-held-by-party',
  section: '§2.3',
  severity: 'error',
  appliesTo: ['startnotitie'],
  title: {
    nl: 'Wie op het laatste escalatieniveau besluit, is geen partij',
    en: 'Whoever decides at the final escalation level is no party',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const sn of startnotities(input)) {
      const final = sn.doc.escalation?.finalLevel;
      if (!final) continue; // reported by escalation-model-without-final-level
      const path = [...sn.path, 'escalation', 'finalLevel', 'actor'];
      const parties = new Set((sn.doc.partyAgreements ?? []).map((a) => a.partyId));
      const actor = final.actor;
      if (actor.kind === 'structuur') {
        const structure = sn.gebiedsproces?.doc.actors.structures.find((s) => s.id === actor.structureId);
        const members = structure?.members.map((m) => m.partyId) ?? [];
        if (structure === undefined || members.some((p) => parties.has(p))) {
          hits.push({
            path,
            message: {
              nl: `Op het laatste niveau besluit ${structure?.name ?? actor.structureId}, waarin de partijen zelf zitten: niemand staat erboven`,
              en: `At the final level ${structure?.name ?? actor.structureId} decides, with the parties themselves as members: nobody stands above them`,
            },
          });
        }
      } else if (actor.kind === 'partij' && actor.substituteIfParty.kind === 'partij') {
        const stand = actor.substituteIfParty.partyId;
        if (parties.has(stand)) {
          hits.push({
            path: [...path, 'substituteIfParty', 'partyId'],
            message: {
              nl: `De vervanger ${stand} op het laatste niveau is zelf partij in het gebiedsproces`,
              en: `The stand-in ${stand} at the final level is itself a party to the area process`,
            },
          });
        }
      }
    }
    return hits;
  },
});
