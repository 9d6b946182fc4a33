import { isElectedBody } from '@gebiedsgericht/core';
import { gebiedsprocessen } from '../internal/subjects';
import { builtInReflectionRule, type RuleHit } from '../reflectionRule';

/**
 * When the step 4 choice clashes with a plan owner's omgevingsvisie (for a gemeente: the municipal
 * omgevingsvisie), that owner's elected body (the gemeenteraad; for other governments Staten or
 * algemeen bestuur) has taken part: a decision or consent of this process by that body.
 *
 * @example
 * omgevingsvisieClashWithoutRaad.check({ gebiedsproces }, { now });
 * @see handreiking §2.6 ("Overweeg of afspraken met besturen volstaan of dat ook betrokkenheid van volksvertegenwoordigers gewenst is. Dat kan het geval zijn wanneer een keuze botst met een gemeentelijke omgevingsvisie")
 */
export const omgevingsvisieClashWithoutRaad = builtInReflectionRule({
  id: 'omgevingsvisie-clash-without-raad',
  section: '§2.6',
  severity: 'error',
  appliesTo: ['gebiedsproces'],
  title: {
    nl: 'Bij botsing met een omgevingsvisie is de raad betrokken',
    en: 'When a choice clashes with an omgevingsvisie, the council is involved',
  },
  detect(input) {
    const hits: RuleHit[] = [];
    for (const g of gebiedsprocessen(input)) {
      const choice = g.doc.deliverables.assessmentAndChoice?.choice;
      if (!choice) continue;
      const elected = new Set<string>();
      for (const party of g.doc.actors.parties)
        for (const body of party.bodies ?? []) if (isElectedBody(body.kind)) elected.add(`${party.id}/${body.id}`);
      const involved = new Set<string>();
      for (const d of g.doc.decisions) if (elected.has(`${d.partyId}/${d.bodyId}`)) involved.add(d.partyId);
      for (const c of g.doc.consents)
        if (c.outcome !== 'rejected' && elected.has(`${c.partyId}/${c.bodyId}`)) involved.add(c.partyId);
      for (const impact of choice.impactOnOtherPlans ?? []) {
        if (!impact.clashesWithOmgevingsvisie || involved.has(impact.ownerPartyId)) continue;
        const owner = g.doc.actors.parties.find((p) => p.id === impact.ownerPartyId);
        hits.push({
          path: [...g.path, 'deliverables', 'assessmentAndChoice', 'choice', 'impactOnOtherPlans', impact.id],
          message: {
            nl: `De keuze botst met de omgevingsvisie van ${owner?.name ?? impact.ownerPartyId} (${impact.plan.nl}), maar de raad (het gekozen orgaan) heeft er niet over besloten`,
            en: `The choice clashes with the omgevingsvisie of ${owner?.name ?? impact.ownerPartyId} (${impact.plan.en}), but its council (the elected body) has not decided on it`,
          },
        });
      }
    }
    return hits;
  },
});
