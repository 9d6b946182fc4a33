import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyIdListSchema,
  NonEmptyStringSchema,
  OptionalIdSchema,
  OptionalTextSchema,
  PositiveIntSchema,
} from '../internal/leafSchemas';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { sharedIssues, startnotitieIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { coreFail } from '../messages';
import { RoleKindSchema } from '../parties/roleKind';
import { IdSchema } from '../primitives/id';
import { labelledEnum } from '../primitives/labels';
import { NameSchema, TextSchema } from '../primitives/text';
import { validate } from '../primitives/validate';
import { EscalationRoute } from '../records/escalationRoute';
import { IsoDurationSchema } from './isoDuration';

/**
 * What the actor at an escalation level does.
 *
 * @example
 * EscalationAction.label('ingrijpen', 'en'); // 'Intervene'
 * @see handreiking §2.3 ("ingrijpen door de provincie", "beslist het rijk voor ons"); bijlage 1, onderdeel 4
 */
export const EscalationAction = labelledEnum({
  bespreken: { nl: 'Bespreken en afspraken maken', en: 'Discuss and agree' },
  bemiddelen: { nl: 'Bemiddelen', en: 'Mediate' },
  ingrijpen: { nl: 'Ingrijpen', en: 'Intervene' },
  besluiten: { nl: 'Knoop doorhakken (besluiten)', en: 'Decide' },
});
/** What the actor at an escalation level does (see {@link EscalationAction}). */
export type EscalationAction = (typeof EscalationAction)['values'][number];
/** zod schema of {@link EscalationAction}. */
export const EscalationActionSchema = EscalationAction.schema;

/**
 * Who steps in instead when the designated party is itself a party to the knelpunt.
 *
 * @example
 * EscalationSubstituteSchema.parse({ kind: 'onafhankelijk', description: 'Commissie van wijzen' });
 * @see handreiking §2.3 (de provincie kan zelf partij zijn)
 */
export const EscalationSubstituteSchema = z.discriminatedUnion('kind', [
  strictObject({ kind: z.literal('partij'), partyId: IdSchema, role: RoleKindSchema, bodyId: OptionalIdSchema }),
  strictObject({ kind: z.literal('onafhankelijk'), description: TextSchema, partyId: OptionalIdSchema }),
]);
/** Who steps in instead of a designated party that is a party to the knelpunt. */
export type EscalationSubstitute = z.infer<typeof EscalationSubstituteSchema>;

/**
 * Who acts at an escalation level: a party in a role (which must name who steps in when that
 * party is itself a party to the knelpunt — the province can be one), a structure such as the
 * gebiedstafel at an ijkmoment, or an independent facilitator or mediator.
 *
 * @example
 * EscalationActorSchema.parse({ kind: 'partij', partyId: 'provincie-zuidmark', role: 'bevoegd_gezag', bodyId: 'gs-zuidmark',
 *   substituteIfParty: { kind: 'partij', partyId: 'ministerie-vro', role: 'bevoegd_gezag' } });
 * @see handreiking §2.3
 */
export const EscalationActorSchema = z.discriminatedUnion('kind', [
  strictObject({
    kind: z.literal('partij'),
    partyId: IdSchema,
    role: RoleKindSchema,
    bodyId: OptionalIdSchema,
    substituteIfParty: EscalationSubstituteSchema,
  }),
  strictObject({ kind: z.literal('structuur'), structureId: IdSchema }),
  strictObject({ kind: z.literal('onafhankelijk'), description: TextSchema, partyId: OptionalIdSchema }),
]);
/** Who acts at an escalation level. */
export type EscalationActor = z.infer<typeof EscalationActorSchema>;

/**
 * In an area across provinces, the intervention of one involved province for the knelpunten in its
 * part of the area: when every party to a knelpunt is one of `partyIds` (the parties of that part)
 * and the province is not itself a party, this province intervenes (in `bodyId`, for example its
 * Gedeputeerde Staten) instead of the lead province the level names. Any other knelpunt — parties
 * on both sides of the border, or the province a party — goes to the level's own actor.
 *
 * @example
 * ProvinceInterventionSchema.parse({ provinceId: 'provincie-noordveld', bodyId: 'gs-noordveld', partyIds: ['gemeente-veldrode', 'waterschap-grensstromen'] });
 * @see handreiking §2.3 ("Bij provinciegrensoverstijgende arrangementen spreken betrokken provincies af hoe ze dit coördineren"; "ingrijpen door de provincie")
 */
export const ProvinceInterventionSchema = strictObject({
  provinceId: IdSchema,
  bodyId: OptionalIdSchema,
  partyIds: NonEmptyIdListSchema,
});
/** The intervention of one involved province for the knelpunten in its part of the area. */
export type ProvinceIntervention = z.infer<typeof ProvinceInterventionSchema>;

/**
 * One level of the escalation model: its order, the route (see `EscalationRoute`: talks, the
 * agenda of the next ijkmoment, an independent facilitator, the province intervening, the rijk
 * deciding), who acts and what they do, and the time limit as an ISO 8601 duration after which the
 * next level may be called. In an area across provinces, the province level can name an
 * intervention per involved province for the knelpunten in its part (`perProvince`).
 *
 * @example
 * EscalationLevelSchema.parse({ id: 'niveau-1', order: 1, name: 'Onderling overleg', route: 'bilateral',
 *   actor: { kind: 'structuur', structureId: 'programmateam-lindewaard' }, action: 'bespreken', timeLimit: 'P4W' });
 * @see handreiking §2.3; bijlage 1, onderdeel 4
 */
export const EscalationLevelSchema = strictObject({
  id: IdSchema,
  order: PositiveIntSchema,
  name: NameSchema,
  route: EscalationRoute.schema,
  actor: EscalationActorSchema,
  action: EscalationActionSchema,
  timeLimit: IsoDurationSchema,
  description: OptionalTextSchema,
  /**
   * Only at the level where the province intervenes (route `province_intervenes`), in an area
   * across provinces: the involved provinces that intervene for the knelpunten in their own part.
   */
  perProvince: z.array(ProvinceInterventionSchema).min(1).optional(),
});
/** One level of the escalation model. */
export type EscalationLevel = z.infer<typeof EscalationLevelSchema>;

/**
 * A level's interventions per province: only where the province intervenes, each province once,
 * each party in the part of one province only.
 */
function checkPerProvince(ctx: z.RefinementCtx, level: EscalationLevel, path: (string | number)[]): void {
  const perProvince = level.perProvince;
  if (perProvince === undefined) return;
  if (level.route !== 'province_intervenes') {
    schemaIssue(ctx, sharedIssues, 'per_province_not_province_level', {}, [...path, 'perProvince']);
  }
  const provinces = new Set<string>();
  const partOf = new Map<string, string>();
  perProvince.forEach((p, i) => {
    if (provinces.has(p.provinceId)) {
      schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: p.provinceId, list: 'perProvince' }, [
        ...path,
        'perProvince',
        i,
        'provinceId',
      ]);
    }
    provinces.add(p.provinceId);
    p.partyIds.forEach((partyId, j) => {
      const other = partOf.get(partyId);
      if (other !== undefined && other !== p.provinceId) {
        schemaIssue(ctx, startnotitieIssues, 'party_in_two_provinces', { partyId }, [
          ...path,
          'perProvince',
          i,
          'partyIds',
          j,
        ]);
      }
      partOf.set(partyId, p.provinceId);
    });
  });
}

/**
 * The escalation model "voor wanneer het niet loopt tussen gemeenten, waterschappen en provincie",
 * agreed up front. `options` are the handreiking's two alternatives when parties are stuck (the
 * agenda of the next ijkmoment under the NOVEX spelregels, or an independent facilitator), not a
 * fixed order. `levels` are the ordinary levels in ascending `order`; `finalLevel` is REQUIRED
 * (a model without a final level is rejected structurally) and must decide (`action: 'besluiten'`)
 * with an order above every other level. `intervenerNotParty: true` records the rule that whoever
 * intervenes is never a party to the knelpunt; a party acting at a level therefore names a
 * substitute, who must be another party.
 *
 * Codes: `escalation_order_not_ascending`, `final_level_not_last`, `final_level_must_decide`,
 * `substitute_is_same_party`, `duplicate_id`, `per_province_not_province_level`,
 * `party_in_two_provinces`.
 *
 * @example
 * EscalationModelSchema.parse(lindewaardStartnotitie.escalation);
 * @see handreiking §2.3 ("In gesprek over escalatie"); bijlage 1, onderdeel 4
 */
export const EscalationModelSchema = strictObject({
  options: z
    .array(
      strictObject({
        route: z.enum(['ijkmoment_agenda', 'facilitator']),
        description: TextSchema,
      }),
    )
    .min(1),
  levels: z.array(EscalationLevelSchema),
  finalLevel: EscalationLevelSchema,
  intervenerNotParty: z.literal(true),
  /** When a knelpunt is escalated (signals, for example a missed time limit). */
  triggers: z.array(NonEmptyStringSchema).min(1),
}).superRefine((model, ctx) => {
  checkUniqueIds(ctx, [...model.levels, model.finalLevel], ['levels'], 'escalation levels');
  model.levels.forEach((level, i) => {
    const previous = model.levels[i - 1];
    if (previous && level.order <= previous.order) {
      schemaIssue(ctx, startnotitieIssues, 'escalation_order_not_ascending', {}, ['levels', i, 'order']);
    }
  });
  if (model.levels.some((l) => l.order >= model.finalLevel.order)) {
    schemaIssue(ctx, startnotitieIssues, 'final_level_not_last', {}, ['finalLevel', 'order']);
  }
  if (model.finalLevel.action !== 'besluiten') {
    schemaIssue(ctx, startnotitieIssues, 'final_level_must_decide', {}, ['finalLevel', 'action']);
  }
  const all: [EscalationLevel, (string | number)[]][] = [
    ...model.levels.map((l, i): [EscalationLevel, (string | number)[]] => [l, ['levels', i]]),
    [model.finalLevel, ['finalLevel']],
  ];
  for (const [level, path] of all) {
    checkPerProvince(ctx, level, path);
    const actor = level.actor;
    if (
      actor.kind === 'partij' &&
      actor.substituteIfParty.kind !== 'onafhankelijk' &&
      actor.substituteIfParty.partyId === actor.partyId
    ) {
      schemaIssue(ctx, sharedIssues, 'substitute_is_same_party', {}, [
        ...path,
        'actor',
        'substituteIfParty',
        'partyId',
      ]);
    }
  }
});
/** The escalation model. */
export type EscalationModel = z.infer<typeof EscalationModelSchema>;

/**
 * Who acts at an escalation level for a given knelpunt: the designated actor, or — when the
 * designated party is itself a party to the knelpunt — the substitute the model names. At a
 * province level with interventions per province, the province whose part holds every party to the
 * knelpunt acts (in its named body, in the level's role), when it is no party itself. Pure; the
 * process package can use it to redirect an escalation step. Throws `invalid_input` for a bad
 * level, and `no_impartial_actor` when the substitute is a party to the knelpunt as well.
 *
 * @example
 * actingAtLevel(level, ['waterschap-aa-en-lindt', 'provincie-zuidmark']);
 * // → { actor: <the substitute>, redirected: true } when the province is designated
 * @see handreiking §2.3 (de provincie kan zelf partij zijn: wie ingrijpt is geen partij)
 */
export function actingAtLevel(
  level: EscalationLevel,
  knelpuntPartyIds: readonly string[],
): { actor: EscalationActor | EscalationSubstitute; redirected: boolean } {
  const { actor, perProvince } = validate(EscalationLevelSchema, level, { path: ['level'] });
  const parties = validate(IdListSchema, knelpuntPartyIds, { path: ['knelpuntPartyIds'] });
  const own = perProvince?.find((p) => !parties.includes(p.provinceId) && parties.every((x) => p.partyIds.includes(x)));
  if (own !== undefined) {
    const role = actor.kind === 'partij' ? actor.role : 'bevoegd_gezag';
    const body = own.bodyId === undefined ? {} : { bodyId: own.bodyId };
    return { actor: { kind: 'partij', partyId: own.provinceId, role, ...body }, redirected: false };
  }
  if (actor.kind !== 'partij' || !parties.includes(actor.partyId)) return { actor, redirected: false };
  const substitute = actor.substituteIfParty;
  if (substitute.kind === 'partij' && parties.includes(substitute.partyId)) {
    throw coreFail('no_impartial_actor', { partyId: actor.partyId, substituteId: substitute.partyId }, [
      'level',
      'actor',
      'substituteIfParty',
      'partyId',
    ]);
  }
  return { actor: substitute, redirected: true };
}
