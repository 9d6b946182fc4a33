import type { GebiedsprocesDesign, Party, StartnotitieDesign } from '@gebiedsgericht/core';
import { addIsoDuration, dateInZone, governmentLayerOf, IsoDurationSchema } from '@gebiedsgericht/core';

/** True when a text is missing or only white space. */
export function blank(text: string | undefined | null): boolean {
  return text === undefined || text === null || text.trim().length === 0;
}

/** True when a bilingual label is missing or blank in either language. */
export function blankLabel(label: { nl?: string; en?: string } | undefined | null): boolean {
  return label === undefined || label === null || blank(label.nl) || blank(label.en);
}

/** The distinct values of a list, sorted (for order-independent messages). */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** The id of the planned step at a position of the startnotitie's process design (0 = step 0). */
export function plannedStepAt(startnotitie: StartnotitieDesign, position: number): string | undefined {
  return startnotitie.processDesign?.steps?.[position]?.stepId;
}

/** The parties of a gebiedsproces by id. */
export function partiesById(g: GebiedsprocesDesign): Map<string, Party> {
  return new Map(g.actors.parties.map((p) => [p.id, p]));
}

/**
 * The medeoverheden of a gebiedsproces: the provinces, gemeenten and waterschappen that are full
 * (vaste) members of one of its integrale gebiedstafels.
 */
export function medeoverheden(g: GebiedsprocesDesign): Party[] {
  const parties = partiesById(g);
  const ids = new Set<string>();
  for (const s of g.actors.structures) {
    if (s.type !== 'integrale_gebiedstafel') continue;
    for (const m of s.members) {
      if (m.membership !== 'vast') continue;
      const party = parties.get(m.partyId);
      const layer = party ? governmentLayerOf(party.kind) : undefined;
      if (layer && layer !== 'rijk') ids.add(m.partyId);
    }
  }
  return [...ids].sort().flatMap((id) => {
    const party = parties.get(id);
    return party ? [party] : [];
  });
}

/** The name of a party, or its id when unknown. */
export function partyName(g: GebiedsprocesDesign | undefined, id: string): string {
  return g?.actors.parties.find((p) => p.id === id)?.name ?? id;
}

/** The calendar date (YYYY-MM-DD) of an ISO date-time in Europe/Amsterdam, the process's time zone. */
export function dateOf(now: string): string {
  return dateInZone(now);
}

/**
 * The calendar date a timebox (an ISO 8601 duration such as `P13W`) after `date` ends, with core's
 * calendar arithmetic (one month after 31 January is the end of February); `undefined` when the
 * duration is not an ISO duration.
 */
export function timeboxEnd(date: string, duration: string): string | undefined {
  if (!IsoDurationSchema.safeParse(duration).success) return undefined;
  return addIsoDuration(date.slice(0, 10), duration);
}
