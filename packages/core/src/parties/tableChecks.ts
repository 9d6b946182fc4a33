import { coreFail } from '../messages';
import type { Id } from '../primitives/id';
import { validate } from '../primitives/validate';
import { type Actors, ActorsSchema } from './actors';
import { GovernmentLayer, governmentLayerOf } from './governmentLayer';

/** Options of {@link missingGovernmentLayers}. */
export interface MissingLayersOptions {
  /**
   * Count incidental members as present. Default `false`: the handreiking asks that the four
   * governments *meet* at the table, so only full (vaste) members count.
   */
  readonly includeIncidental?: boolean;
}

/**
 * Which of the four government layers (rijk, provincie, gemeente, waterschap) are missing at an
 * integrale gebiedstafel, in that order. A ministry counts as the rijk; a samenwerkingsverband
 * counts as none of them. An empty array means the four governments meet at the table.
 *
 * Throws `invalid_input` for an invalid actors document and `unknown_structure` when `tableId` is
 * not an integrale gebiedstafel in it.
 *
 * @example
 * missingGovernmentLayers(lindewaardActors, 'gebiedstafel-lindewaard'); // []
 * missingGovernmentLayers(hogeZandActors, 'gebiedstafel-hoge-zand'); // ['rijk'] when the rijk only joins incidentally
 * @see handreiking §2.1 ("één integrale tafel per gebied, waarin (minimaal) de vier overheden ... elkaar treffen"); bijlage 1, onderdeel 2, stap 0 ("Aandacht voor goede betrokkenheid van waterschappen en gemeenten is cruciaal")
 */
export function missingGovernmentLayers(
  actors: Actors,
  tableId: Id,
  options: MissingLayersOptions = {},
): GovernmentLayer[] {
  const doc = validate(ActorsSchema, actors);
  const table = doc.structures.find((s) => s.id === tableId && s.type === 'integrale_gebiedstafel');
  if (!table) {
    throw coreFail('unknown_structure', { tableId }, ['tableId']);
  }
  const kinds = new Map(doc.parties.map((p) => [p.id, p.kind]));
  const present = new Set<GovernmentLayer>();
  for (const member of table.members) {
    if (member.membership === 'incidenteel' && options.includeIncidental !== true) continue;
    const kind = kinds.get(member.partyId);
    const layer = kind === undefined ? undefined : governmentLayerOf(kind);
    if (layer) present.add(layer);
  }
  return GovernmentLayer.values.filter((layer) => !present.has(layer));
}

/** An area with more than one integrale gebiedstafel, as reported by {@link areasWithSeveralTables}. */
export interface AreaWithSeveralTables {
  readonly areaId: Id;
  readonly tableIds: readonly Id[];
}

/**
 * The areas that have more than one integrale gebiedstafel (the handreiking asks for one per area),
 * with the ids of their tables in document order. Empty when every area has at most one.
 *
 * @example
 * areasWithSeveralTables(lindewaardActors); // []
 * @see handreiking §2.1 ("Zorg voor één integrale tafel per gebied")
 */
export function areasWithSeveralTables(actors: Actors): AreaWithSeveralTables[] {
  const doc = validate(ActorsSchema, actors);
  const byArea = new Map<string, Id[]>();
  for (const s of doc.structures) {
    if (s.type !== 'integrale_gebiedstafel') continue;
    const list = byArea.get(s.areaId) ?? [];
    list.push(s.id);
    byArea.set(s.areaId, list);
  }
  return [...byArea].filter(([, ids]) => ids.length > 1).map(([areaId, tableIds]) => ({ areaId, tableIds }));
}
