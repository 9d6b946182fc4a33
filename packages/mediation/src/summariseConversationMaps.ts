import {
  type ConversationMapSession,
  ConversationMapSessionSchema,
  type ConversationMapSummary,
  type DilemmaLine,
  type LayerCombination,
  type LayerUse,
  type ResistancePoint,
  type ValueMention,
  validate,
} from '@gebiedsgericht/core';
import { type AnalyseDilemmaLineOptions, analyseValidDilemmaLine, dilemmaLineThresholds } from './analyseDilemmaLine';

/** The dilemma positions of every table as one dilemma line, so the line's analysis applies. */
function asDilemmaLine(s: ConversationMapSession): DilemmaLine {
  return {
    kind: 'dilemmaLine',
    schemaVersion: 2,
    id: s.id,
    title: s.title,
    ...(s.heldOn === undefined ? {} : { heldOn: s.heldOn }),
    dilemmas: s.dilemmas,
    participants: s.participants,
    arguments: s.arguments,
    positions: s.tables.flatMap((t) => t.positions),
  };
}

/**
 * Summarises a session with conversation maps (praatkaarten; Overijssel): which layers people laid
 * over the base map and which they left aside, the pairs of layers they combined, the values they
 * named and the values behind the layers they chose, the dilemma positions analysed as on a dilemma
 * line (spread, clusters, the same argument far apart — see `analyseDilemmaLine`), and where
 * the resistance lies: per layer the objections that concern it and how many people raised them.
 * The handreiking's aim is not consensus but what lies behind positions; the summary therefore
 * counts and groups, and judges nothing.
 *
 * Order, so that two runs on the same session agree: layers by the number of tables that laid them,
 * then in the session's order; combinations by tables, then by the session order of the pair; values
 * by how often they were named, then by how often a chosen layer carried them, then alphabetically
 * (values are matched without regard to case or surrounding spaces, and shown as first written);
 * resistance by the number of people, then of objections, then the session order.
 *
 * Throws `invalid_input` (with the schema's issues) for a malformed session (path `['session']`),
 * and, like {@link analyseDilemmaLine}, `not_a_finite_number` or `invalid_threshold` for a
 * dilemma-line threshold outside (0, 1] (path `['options', name]`).
 *
 * @example
 * const s = summariseConversationMaps(session);
 * s.unusedLayerIds;          // layers nobody reached for
 * s.resistance[0]?.layerId;  // the layer the most people objected about
 * @see handreiking bijlage 2, voorbeeld 8 ('Visuele praatmiddelen' in Overijssel)
 */
export function summariseConversationMaps(
  session: unknown,
  options: AnalyseDilemmaLineOptions = {},
): ConversationMapSummary {
  const s = validate(ConversationMapSessionSchema, session, { path: ['session'] });
  // checked even without dilemmas, so that every session rejects the same options
  const thresholds = dilemmaLineThresholds(options);
  const order = new Map(s.layers.map((l, i) => [l.id, i]));
  const rank = (id: string) => order.get(id) as number;

  const use = new Map<string, LayerUse>(
    s.layers.map((l) => [l.id, { layerId: l.id, tables: 0, stories: 0, concerns: 0 }]),
  );
  const bump = (ids: readonly string[], field: 'tables' | 'stories' | 'concerns') => {
    for (const id of new Set(ids)) (use.get(id) as LayerUse)[field] += 1;
  };
  const pairs = new Map<string, LayerCombination>();
  const values = new Map<string, ValueMention & { first: number }>();
  const mention = (raw: string) => {
    const key = raw.trim().toLocaleLowerCase('nl');
    let v = values.get(key);
    if (!v) {
      v = { value: raw.trim(), named: 0, viaLayers: 0, first: values.size };
      values.set(key, v);
    }
    return v;
  };
  const layerValues = new Map(s.layers.map((l) => [l.id, l.values]));
  const concernsOf = new Map<string, { concernIds: string[]; people: Set<string> }>();
  const concernsWithoutLayer: string[] = [];

  for (const table of s.tables) {
    bump(table.layerIds, 'tables');
    for (const story of table.stories) bump(story.layerIds, 'stories');
    for (const concern of table.concerns) {
      bump(concern.layerIds, 'concerns');
      if (concern.layerIds.length === 0) concernsWithoutLayer.push(concern.id);
      for (const id of new Set(concern.layerIds)) {
        const r = concernsOf.get(id) ?? { concernIds: [], people: new Set<string>() };
        r.concernIds.push(concern.id);
        for (const p of concern.participantIds) r.people.add(p);
        concernsOf.set(id, r);
      }
    }
    const laid = [...table.layerIds].sort((a, b) => rank(a) - rank(b));
    for (let i = 0; i < laid.length; i++)
      for (let j = i + 1; j < laid.length; j++) {
        const ids = [laid[i] as string, laid[j] as string];
        const key = JSON.stringify(ids);
        const c = pairs.get(key) ?? { layerIds: ids, tables: 0 };
        c.tables += 1;
        pairs.set(key, c);
      }
    const named = new Set(table.valuesNamed.map((v) => mention(v)));
    for (const v of named) v.named += 1;
    const carried = new Set(table.layerIds.flatMap((id) => (layerValues.get(id) ?? []).map((v) => mention(v))));
    for (const v of carried) v.viaLayers += 1;
  }
  // values of layers nobody laid still appear, with zero counts, so no value of the set is lost
  for (const l of s.layers) for (const v of l.values) mention(v);

  const layers = [...use.values()].sort((a, b) => b.tables - a.tables || rank(a.layerId) - rank(b.layerId));
  const combinations = [...pairs.values()].sort(
    (a, b) =>
      b.tables - a.tables ||
      rank(a.layerIds[0] as string) - rank(b.layerIds[0] as string) ||
      rank(a.layerIds[1] as string) - rank(b.layerIds[1] as string),
  );
  const valueList = [...values.values()]
    .sort(
      (a, b) =>
        b.named - a.named || b.viaLayers - a.viaLayers || a.value.localeCompare(b.value, 'nl') || a.first - b.first,
    )
    .map(({ value, named, viaLayers }) => ({ value, named, viaLayers }));
  const resistance: ResistancePoint[] = [...concernsOf.entries()]
    .map(([layerId, r]) => ({ layerId, concernIds: r.concernIds, participants: r.people.size }))
    .sort(
      (a, b) =>
        b.participants - a.participants ||
        b.concernIds.length - a.concernIds.length ||
        rank(a.layerId) - rank(b.layerId),
    );
  return {
    sessionId: s.id,
    layers,
    unusedLayerIds: layers.filter((l) => l.tables === 0).map((l) => l.layerId),
    combinations,
    values: valueList,
    ...(s.dilemmas.length > 0 ? { dilemmas: analyseValidDilemmaLine(asDilemmaLine(s), thresholds) } : {}),
    resistance,
    concernsWithoutLayer,
  };
}
