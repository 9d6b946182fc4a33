import {
  type EscalationLevel,
  type EscalationModel,
  EscalationModelSchema,
  type KnelpuntEscalationModel,
  KnelpuntEscalationModelSchema,
  type KnelpuntIntervention,
  MediationStyle,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { processMessages } from '../messages';

function intervenerOf(level: EscalationLevel, index: number): { intervener: string; substituteIfParty?: string } {
  const actor = level.actor;
  if (actor.kind === 'partij') {
    const substitute = actor.substituteIfParty.partyId;
    return substitute === undefined
      ? { intervener: actor.partyId }
      : { intervener: actor.partyId, substituteIfParty: substitute };
  }
  if (actor.kind === 'structuur') return { intervener: actor.structureId };
  if (actor.partyId !== undefined) return { intervener: actor.partyId };
  throw processMessages.fail('invalid_argument', { name: `levels[${index}].actor.partyId` }, [
    'model',
    'levels',
    index,
    'actor',
  ]);
}

const OptionsSchema = z.strictObject({ mediationStyles: z.array(MediationStyle.schema).optional() });

/**
 * The escalation model one knelpunt follows, derived from the escalation model agreed in the
 * startnotitie (core's `EscalationModel`): the bilateral level's time limit, the two options that
 * are agreed (agenda of the next ijkmoment, independent facilitator) with their levels' time
 * limits, and the province and rijk levels as interventions on top, each with the substitute that
 * takes over when the intervener is a party. The startnotitie does not fix mediation styles; pass
 * the agreed ones (default: all three). Throws `invalid_input` for an invalid escalation model
 * (path `model`) and for options other than `{ mediationStyles?: MediationStyle[] }` (path
 * `options`).
 *
 * @example
 * const model = knelpuntModelFromStartnotitie(startnotitie.escalatiemodel, { mediationStyles: ['facilitative', 'evaluative'] });
 * @see Handreiking §2.3 ("Denk daarom na over een escalatiemodel"), bijlage 1 onderdeel 4
 */
export function knelpuntModelFromStartnotitie(
  model: EscalationModel,
  options: { mediationStyles?: readonly MediationStyle[] } = {},
): KnelpuntEscalationModel {
  const m = validate(EscalationModelSchema, model, { path: ['model'] });
  validate(OptionsSchema, options, { path: ['options'] });
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
    const kind =
      level.route === 'province_intervenes'
        ? 'province_intervention'
        : level.route === 'rijk_decides'
          ? 'rijk_decision'
          : undefined;
    if (kind === undefined) return;
    out.interventions.push({ level: kind, ...intervenerOf(level, index), timeLimit: level.timeLimit });
  });
  return validate(KnelpuntEscalationModelSchema, out, { path: ['model'] });
}
