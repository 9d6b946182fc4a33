import {
  type Actors,
  ActorsSchema,
  type EscalationLevel,
  type EscalationModel,
  EscalationModelSchema,
  GebiedsgerichtError,
  type KnelpuntEscalationModel,
  KnelpuntEscalationModelSchema,
  type KnelpuntIntervention,
  MediationStyle,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { processMessages } from '../messages';

/**
 * The id under which an independent actor without a party id (a commissie van wijzen) acts at a
 * level: `<levelId>:onafhankelijk`. The host passes it as `actor` when that actor records its decision.
 */
function independentId(level: EscalationLevel): string {
  return `${level.id}:onafhankelijk`;
}

type Intervener = Pick<
  KnelpuntIntervention,
  'intervener' | 'intervenerPartyIds' | 'substituteIfParty' | 'substituteDescription'
>;

/** The member parties of a structure, or `undefined` when it is not known. */
export type StructureMembers = (structureId: string) => readonly string[] | undefined;

function intervenerOf(level: EscalationLevel, membersOf: StructureMembers): Intervener {
  const actor = level.actor;
  if (actor.kind === 'partij') {
    const substitute = actor.substituteIfParty;
    if (substitute.kind === 'partij') return { intervener: actor.partyId, substituteIfParty: substitute.partyId };
    return {
      intervener: actor.partyId,
      substituteIfParty: substitute.partyId ?? independentId(level),
      substituteDescription: substitute.description,
    };
  }
  if (actor.kind === 'structuur') {
    const members = membersOf(actor.structureId);
    return members === undefined
      ? { intervener: actor.structureId }
      : { intervener: actor.structureId, intervenerPartyIds: [...members] };
  }
  return { intervener: actor.partyId ?? independentId(level) };
}

/**
 * The interventions per province of a province level, checked against the actors when given: each
 * one a province (`per_province_not_a_province`), each party one of the area (`unknown_party`).
 */
function perProvinceOf(
  level: EscalationLevel,
  origin: (string | number)[],
  actors: Actors | undefined,
): KnelpuntIntervention['perProvince'] {
  if (level.perProvince === undefined) return undefined;
  return level.perProvince.map((p, i) => {
    const at = ['model', ...origin, 'perProvince', i];
    if (actors !== undefined) {
      if (actors.parties.find((x) => x.id === p.provinceId)?.kind !== 'provincie') {
        throw processMessages.fail('per_province_not_a_province', { provinceId: p.provinceId }, [...at, 'provinceId']);
      }
      p.partyIds.forEach((partyId, j) => {
        if (!actors.parties.some((x) => x.id === partyId) && !actors.structures.some((x) => x.id === partyId)) {
          throw processMessages.fail('unknown_party', { partyId }, [...at, 'partyIds', j]);
        }
      });
    }
    return { provinceId: p.provinceId, partyIds: [...p.partyIds] };
  });
}

const OptionsSchema = z.strictObject({
  mediationStyles: z.array(MediationStyle.schema).optional(),
  actors: ActorsSchema.optional(),
});

/** Where in the escalation model the user wrote each intervention, to report problems there. */
function rethrowAtLevels(error: unknown, origins: readonly (string | number)[][]): never {
  if (!(error instanceof GebiedsgerichtError)) throw error;
  const issues = error.issues.map((i) => {
    const at = i.path.indexOf('interventions');
    if (at < 0) return i;
    const index = i.path[at + 1];
    const origin = typeof index === 'number' ? origins[index] : undefined;
    const path = origin ? ['model', ...origin, 'actor'] : ['model', 'levels'];
    const message =
      i.code === 'interventions_out_of_order'
        ? {
            nl: 'In de niveaus van het escalatiemodel komt ingrijpen door de provincie (route province_intervenes) vóór het besluit van het rijk (rijk_decides), elk ten hoogste één keer',
            en: 'In the levels of the escalation model the province intervening (route province_intervenes) comes before the rijk deciding (rijk_decides), each at most once',
          }
        : i.message;
    return { ...i, path, message };
  });
  const first = issues[0];
  throw first ? new GebiedsgerichtError({ code: first.code, message: first.message, path: first.path, issues }) : error;
}

/**
 * The escalation model one knelpunt follows, derived from the escalation model agreed in the
 * startnotitie (core's `EscalationModel`): the bilateral level's time limit, the two options that
 * are agreed (agenda of the next ijkmoment, independent facilitator) with their levels' time
 * limits, and the province and rijk levels as interventions on top, each with the substitute that
 * takes over when the intervener is a party. An independent substitute or intervener without a
 * party id (a commissie van wijzen) acts as `<levelId>:onafhankelijk`, with its description kept.
 * Pass the `actors` document so that a structure at a level (the gebiedstafel) lists its members:
 * a structure is a party to a knelpunt when any member is, and then cannot decide it. In an area
 * across provinces, the province level's interventions per province (`perProvince`) are kept, and
 * with `actors` checked: each names a province and parties of the area. The
 * startnotitie does not fix mediation styles; pass the agreed ones (default: all three). Problems
 * are reported at the level you wrote (`model.levels[i]`, `model.finalLevel`). Throws `invalid_input` for an invalid escalation model
 * (path `model`) and for options other than `{ mediationStyles?: MediationStyle[] }` (path
 * `options`).
 *
 * @example
 * const model = knelpuntModelFromStartnotitie(startnotitie.escalatiemodel, { mediationStyles: ['facilitative', 'evaluative'] });
 * @see handreiking §2.3 ("Denk daarom na over een escalatiemodel"); bijlage 1, onderdeel 4
 */
export function knelpuntModelFromStartnotitie(
  model: EscalationModel,
  options: { mediationStyles?: readonly MediationStyle[]; actors?: Actors } = {},
): KnelpuntEscalationModel {
  const m = validate(EscalationModelSchema, model, { path: ['model'] });
  const o = validate(OptionsSchema, options, { path: ['options'] });
  const actors = o.actors;
  return knelpuntModelOf(m, {
    ...(o.mediationStyles ? { mediationStyles: o.mediationStyles } : {}),
    ...(actors ? { actors } : {}),
    membersOf: (structureId) =>
      actors?.structures.find((s) => s.id === structureId)?.members.map((member) => member.partyId),
  });
}

/**
 * {@link knelpuntModelFromStartnotitie} of a validated escalation model, with the members of a
 * structure looked up by `membersOf` (the actors document, or the settings' `authority`), and the
 * interventions per province checked against `actors` when given. Internal.
 */
export function knelpuntModelOf(
  m: EscalationModel,
  options: {
    readonly mediationStyles?: readonly MediationStyle[];
    readonly membersOf: StructureMembers;
    readonly actors?: Actors;
  },
): KnelpuntEscalationModel {
  const origins: (string | number)[][] = [];
  const levels = [...m.levels, m.finalLevel];
  const of = (route: EscalationLevel['route']) => levels.find((l) => l.route === route);
  const out: {
    between_parties?: KnelpuntEscalationModel['between_parties'];
    ijkmoment_agenda?: KnelpuntEscalationModel['ijkmoment_agenda'];
    mediation?: KnelpuntEscalationModel['mediation'];
    interventions: KnelpuntIntervention[];
  } = { interventions: [] };
  const bilateral = of('bilateral');
  if (bilateral) out.between_parties = { timeLimit: bilateral.timeLimit };
  if (m.options.some((o) => o.route === 'ijkmoment_agenda')) {
    const level = of('ijkmoment_agenda');
    out.ijkmoment_agenda = level ? { timeLimit: level.timeLimit } : {};
  }
  if (m.options.some((o) => o.route === 'facilitator')) {
    const level = of('facilitator');
    const styles = [...(options.mediationStyles ?? MediationStyle.values)];
    out.mediation = level ? { timeLimit: level.timeLimit, styles } : { styles };
  }
  levels.forEach((level, index) => {
    const origin = index < m.levels.length ? ['levels', index] : ['finalLevel'];
    const kind =
      level.route === 'province_intervenes'
        ? 'province_intervention'
        : level.route === 'rijk_decides'
          ? 'rijk_decision'
          : undefined;
    if (kind === undefined) return;
    origins.push(origin);
    const perProvince = perProvinceOf(level, origin, options.actors);
    out.interventions.push({
      level: kind,
      ...intervenerOf(level, options.membersOf),
      timeLimit: level.timeLimit,
      ...(perProvince === undefined ? {} : { perProvince }),
    });
  });
  if (out.interventions.length === 0) {
    throw processMessages.fail(
      'invalid_argument',
      { name: 'model.levels / model.finalLevel: no level with route province_intervenes or rijk_decides' },
      ['model', 'finalLevel', 'route'],
    );
  }
  try {
    return validate(KnelpuntEscalationModelSchema, out, { path: ['model'] });
  } catch (error) {
    rethrowAtLevels(error, origins);
  }
}
