import * as z from 'zod';
import { GeometrySchema } from '../area/geometry';
import {
  IdListSchema,
  NonEmptyIdListSchema,
  NonEmptyStringSchema,
  NonNegativeIntSchema,
  OptionalIdSchema,
  OptionalIsoDateSchema,
  OptionalNonEmptyStringSchema,
  PositiveIntSchema,
} from '../internal/leafSchemas';
import { checkRef, checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { mediationIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { labelledEnum } from '../primitives/labels';
import { TextSchema } from '../primitives/text';
import {
  checkDilemmaPositions,
  DilemmaArgumentSchema,
  DilemmaParticipantSchema,
  DilemmaPositionSchema,
  DilemmaSchema,
} from './dilemmaLine';
import { DilemmaLineAnalysisSchema } from './dilemmaLineAnalysis';

/**
 * The form of a conversation aid: a transparent map layer, or — for people who do not read maps
 * easily — a picture or a cartoon strip.
 *
 * @example
 * ConversationAidFormat.label('cartoon', 'nl'); // 'Cartoon of strip'
 * @see handreiking bijlage 2, voorbeeld 8 ('Visuele praatmiddelen' in Overijssel)
 */
export const ConversationAidFormat = labelledEnum({
  map: { nl: 'Transparante kaart', en: 'Transparent map' },
  picture: { nl: 'Plaatje', en: 'Picture' },
  cartoon: { nl: 'Cartoon of strip', en: 'Cartoon or strip' },
});
/** One of the {@link ConversationAidFormat} values. */
export type ConversationAidFormat = (typeof ConversationAidFormat)['values'][number];

/**
 * One layer of a set of conversation maps (praatkaarten): data on one aspect (for example grid
 * capacity or wind speed), shown so that people can lay it over the nearly empty base map and tell
 * what they find important. `values` are the underlying values the layer speaks to (nature,
 * liveability, …).
 *
 * @example
 * const l: ConversationLayer = { id: 'laag-net', title: 'Ruimte op het stroomnet', aspect: 'netcapaciteit', values: ['betaalbaarheid'], format: 'map' };
 * @see handreiking bijlage 2, voorbeeld 8
 */
export const ConversationLayerSchema = strictObject({
  id: IdSchema,
  title: NonEmptyStringSchema,
  aspect: NonEmptyStringSchema,
  values: z.array(NonEmptyStringSchema),
  format: ConversationAidFormat.schema,
  source: OptionalNonEmptyStringSchema,
  geometry: GeometrySchema.optional(),
});
/** One layer of a set of conversation maps. */
export type ConversationLayer = z.infer<typeof ConversationLayerSchema>;

/**
 * A story a table told with the maps: what someone finds important, and which layers it is about.
 *
 * @example
 * const s: ConversationStory = { id: 'verhaal-1', text: 'Vanaf de dijk zie je de kerktoren', layerIds: ['laag-erfgoed'], participantId: 'bewoner-1' };
 */
export const ConversationStorySchema = strictObject({
  id: IdSchema,
  text: NonEmptyStringSchema,
  layerIds: IdListSchema,
  participantId: OptionalIdSchema,
});
/** A story told with the maps. */
export type ConversationStory = z.infer<typeof ConversationStorySchema>;

/**
 * Where resistance lies: an objection raised at a table, the layers it concerns and who raised it.
 *
 * @example
 * const c: ConversationConcern = { id: 'zorg-1', text: 'Slagschaduw op de boerderijen', layerIds: ['laag-wind'], participantIds: ['bewoner-2'] };
 */
export const ConversationConcernSchema = strictObject({
  id: IdSchema,
  text: NonEmptyStringSchema,
  layerIds: IdListSchema,
  participantIds: NonEmptyIdListSchema,
});
/** An objection raised at a table. */
export type ConversationConcern = z.infer<typeof ConversationConcernSchema>;

/**
 * One table of the session: who sat at it, the layers they laid over the base map (in that order),
 * the values they named as important, their stories, their places on the dilemmas with the
 * arguments behind them, and the objections they raised.
 *
 * @example
 * const t: ConversationTable = { id: 'tafel-1', participantIds: ['bewoner-1'], layerIds: ['laag-wind'], valuesNamed: ['rust'], stories: [], positions: [], concerns: [] };
 */
export const ConversationTableSchema = strictObject({
  id: IdSchema,
  participantIds: NonEmptyIdListSchema,
  layerIds: IdListSchema,
  valuesNamed: z.array(NonEmptyStringSchema),
  stories: z.array(ConversationStorySchema),
  positions: z.array(DilemmaPositionSchema),
  concerns: z.array(ConversationConcernSchema),
});
/** One table of a conversation-map session. */
export type ConversationTable = z.infer<typeof ConversationTableSchema>;

/**
 * A session with conversation maps (praatkaarten, not plan maps): a nearly empty base map of the
 * area, transparent layers (or pictures) on one theme, the dilemmas put to the tables, and per table
 * what people laid, said and where they stood. The aim is not consensus but to find what lies
 * behind positions and where resistance lies, as early in the process as possible (`stepId`).
 *
 * Rules: ids of layers, dilemmas, participants, arguments, tables, stories and concerns are unique
 * (`duplicate_id`); every other reference resolves (`unknown_reference`); a table lays a layer at most
 * once (`duplicate_layer`); positions, stories and concerns name participants of their own table
 * (`participant_not_at_table`); positions name known dilemmas, participants and arguments
 * (`unknown_dilemma`, `unknown_participant`, `unknown_argument`, as on the dilemma line); one
 * position per participant per dilemma in the whole session (`duplicate_position`).
 *
 * @example
 * validate(ConversationMapSessionSchema, json);
 * @see handreiking bijlage 2, voorbeeld 8 ('Visuele praatmiddelen' in Overijssel)
 */
export const ConversationMapSessionSchema = strictObject({
  ...documentHeader('conversationMapSession'),
  title: NonEmptyStringSchema,
  theme: NonEmptyStringSchema,
  heldOn: OptionalIsoDateSchema,
  processId: OptionalIdSchema,
  stepId: OptionalIdSchema,
  baseMap: strictObject({ description: TextSchema, geometry: GeometrySchema.optional() }),
  layers: z.array(ConversationLayerSchema).min(1),
  dilemmas: z.array(DilemmaSchema),
  participants: z.array(DilemmaParticipantSchema).min(1),
  arguments: z.array(DilemmaArgumentSchema),
  tables: z.array(ConversationTableSchema).min(1),
}).superRefine((session, ctx) => {
  const layers = checkUniqueIds(ctx, session.layers, ['layers']);
  const dilemmas = checkUniqueIds(ctx, session.dilemmas, ['dilemmas']);
  const participants = checkUniqueIds(ctx, session.participants, ['participants']);
  const argumentIds = checkUniqueIds(ctx, session.arguments, ['arguments']);
  checkUniqueIds(ctx, session.tables, ['tables']);
  const storyIds = new Set<string>();
  const concernIds = new Set<string>();
  const taken = new Set<string>();
  for (const [t, table] of session.tables.entries()) {
    const at = ['tables', t];
    const seated = new Set(table.participantIds);
    const seatedCheck = (id: string, path: (string | number)[]) => {
      if (participants.has(id) && !seated.has(id))
        schemaIssue(ctx, mediationIssues, 'participant_not_at_table', { participantId: id, tableId: table.id }, path);
    };
    for (const [i, id] of table.participantIds.entries())
      checkRef(ctx, participants, id, [...at, 'participantIds', i], 'participant');
    const laid = new Set<string>();
    for (const [i, id] of table.layerIds.entries()) {
      checkRef(ctx, layers, id, [...at, 'layerIds', i], 'layer');
      if (laid.has(id))
        schemaIssue(ctx, mediationIssues, 'duplicate_layer', { tableId: table.id, layerId: id }, [
          ...at,
          'layerIds',
          i,
        ]);
      laid.add(id);
    }
    checkUniqueIds(ctx, table.stories, [...at, 'stories'], 'stories', storyIds);
    checkUniqueIds(ctx, table.concerns, [...at, 'concerns'], 'concerns', concernIds);
    for (const [s, story] of table.stories.entries()) {
      const path = [...at, 'stories', s];
      for (const [i, id] of story.layerIds.entries()) checkRef(ctx, layers, id, [...path, 'layerIds', i], 'layer');
      if (story.participantId !== undefined) {
        checkRef(ctx, participants, story.participantId, [...path, 'participantId'], 'participant');
        seatedCheck(story.participantId, [...path, 'participantId']);
      }
    }
    for (const [c, concern] of table.concerns.entries()) {
      const path = [...at, 'concerns', c];
      for (const [i, id] of concern.layerIds.entries()) checkRef(ctx, layers, id, [...path, 'layerIds', i], 'layer');
      for (const [i, id] of concern.participantIds.entries()) {
        checkRef(ctx, participants, id, [...path, 'participantIds', i], 'participant');
        seatedCheck(id, [...path, 'participantIds', i]);
      }
    }
    checkDilemmaPositions(ctx, table.positions, { dilemmas, participants, argumentIds }, [...at, 'positions'], taken);
    for (const [p, position] of table.positions.entries())
      seatedCheck(position.participantId, [...at, 'positions', p, 'participantId']);
  }
});
/** A session with conversation maps. */
export interface ConversationMapSession extends z.output<typeof ConversationMapSessionSchema> {}

/**
 * How often one layer was used: at how many tables it was laid, and in how many stories and
 * objections it came up.
 *
 * @example
 * const u: LayerUse = { layerId: 'laag-wind', tables: 3, stories: 2, concerns: 4 };
 */
export const LayerUseSchema = strictObject({
  layerId: IdSchema,
  tables: NonNegativeIntSchema,
  stories: NonNegativeIntSchema,
  concerns: NonNegativeIntSchema,
});
/** How often one layer was used. */
export type LayerUse = z.infer<typeof LayerUseSchema>;

/**
 * Two layers laid together, and at how many tables: the combinations through which people looked at
 * the theme.
 *
 * @example
 * const c: LayerCombination = { layerIds: ['laag-natuur', 'laag-wind'], tables: 2 };
 */
export const LayerCombinationSchema = strictObject({
  layerIds: IdListSchema.length(2),
  tables: PositiveIntSchema,
});
/** Two layers laid together. */
export type LayerCombination = z.infer<typeof LayerCombinationSchema>;

/**
 * One underlying value: at how many tables it was named as important, and at how many tables a layer
 * that speaks to it was laid.
 *
 * @example
 * const v: ValueMention = { value: 'leefbaarheid', named: 2, viaLayers: 3 };
 */
export const ValueMentionSchema = strictObject({
  value: NonEmptyStringSchema,
  named: NonNegativeIntSchema,
  viaLayers: NonNegativeIntSchema,
});
/** One underlying value and how often it came up. */
export type ValueMention = z.infer<typeof ValueMentionSchema>;

/**
 * Where the resistance lies on one layer: the objections that concern it and how many different
 * participants raised them.
 *
 * @example
 * const r: ResistancePoint = { layerId: 'laag-wind', concernIds: ['zorg-1', 'zorg-2'], participants: 3 };
 */
export const ResistancePointSchema = strictObject({
  layerId: IdSchema,
  concernIds: NonEmptyIdListSchema,
  participants: PositiveIntSchema,
});
/** Where the resistance lies on one layer. */
export type ResistancePoint = z.infer<typeof ResistancePointSchema>;

/**
 * What a session with conversation maps brought to light: the layers used and left aside, the
 * combinations laid, the values named, the analysis of the dilemma positions (spread, clusters,
 * shared arguments far apart; absent when no dilemma was put) and where the resistance lies.
 *
 * @example
 * const s = summariseConversationMaps(session);
 * s.resistance[0]?.layerId; // the layer most objections concern
 * @see handreiking bijlage 2, voorbeeld 8
 */
export const ConversationMapSummarySchema = strictObject({
  sessionId: IdSchema,
  layers: z.array(LayerUseSchema),
  unusedLayerIds: IdListSchema,
  combinations: z.array(LayerCombinationSchema),
  values: z.array(ValueMentionSchema),
  dilemmas: DilemmaLineAnalysisSchema.optional(),
  resistance: z.array(ResistancePointSchema),
  concernsWithoutLayer: IdListSchema,
});
/** What a session with conversation maps brought to light. */
export type ConversationMapSummary = z.infer<typeof ConversationMapSummarySchema>;
