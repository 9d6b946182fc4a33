import { IdListSchema } from '../internal/leafSchemas';
import { validate } from '../primitives/validate';
import { type Actors, ActorsSchema } from './actors';
import type { GovernmentLayer } from './governmentLayer';
import type { PartyKind } from './partyKind';
import { PartyKindSchema } from './partyKind';

/**
 * The government layers whose consent a gebiedsproces asks: provincie, gemeente and waterschap.
 * The rijk takes part (and can decide at the final escalation level) but agrees the outcome with
 * the province in the provincial arrangement, not as a medeoverheid of one area.
 *
 * @example
 * MEDEOVERHEID_LAYERS.includes('gemeente'); // true
 * @see handreiking §2.6 ("Tenminste de medeoverheden moeten zich kunnen vinden in (de uitkomsten van) de ruimtelijke arrangementen")
 */
export const MEDEOVERHEID_LAYERS: readonly GovernmentLayer[] = Object.freeze(['provincie', 'gemeente', 'waterschap']);

/**
 * The layer of a party when it is a medeoverheid kind (provincie, gemeente, waterschap), else
 * `undefined`. Throws `invalid_input` for an unknown party kind.
 *
 * @example
 * medeoverheidLayerOf('ministerie'); // undefined
 * @see handreiking §2.6
 */
export function medeoverheidLayerOf(kind: PartyKind): GovernmentLayer | undefined {
  const checked = validate(PartyKindSchema, kind, { path: ['kind'] });
  return checked === 'provincie' || checked === 'gemeente' || checked === 'waterschap' ? checked : undefined;
}

const PartyIdsSchema = IdListSchema;

/**
 * The one definition of who is a medeoverheid of a gebiedsproces, used by the process (whose
 * consent a step waits for) and by the reflection rules alike: every provincie, gemeente and
 * waterschap that has a party agreement in the startnotitie or is a full (`vast`) member of an
 * integrale gebiedstafel of the area. Sorted by party id.
 *
 * @example
 * medeoverhedenOf(actors, startnotitie.partyAgreements.map((a) => a.partyId));
 * // [{ partyId: 'gemeente-beekdal', layer: 'gemeente' }, …]
 * @see handreiking §2.6 ("Tenminste de medeoverheden moeten zich kunnen vinden in ...")
 */
export function medeoverhedenOf(
  actors: Actors,
  agreementPartyIds: readonly string[] = [],
): { partyId: string; layer: GovernmentLayer }[] {
  const a = validate(ActorsSchema, actors, { path: ['actors'] });
  const ids = new Set<string>(validate(PartyIdsSchema, agreementPartyIds, { path: ['agreementPartyIds'] }));
  for (const s of a.structures) {
    if (s.type !== 'integrale_gebiedstafel') continue;
    for (const m of s.members) if (m.membership === 'vast') ids.add(m.partyId);
  }
  const out: { partyId: string; layer: GovernmentLayer }[] = [];
  for (const party of a.parties) {
    const layer = ids.has(party.id) ? medeoverheidLayerOf(party.kind) : undefined;
    if (layer) out.push({ partyId: party.id, layer });
  }
  return out.sort((x, y) => (x.partyId < y.partyId ? -1 : x.partyId > y.partyId ? 1 : 0));
}
