import type { KnelpuntEvent } from '@gebiedsgericht/core';
import {
  addIsoDuration,
  type GebiedsgerichtError,
  INTERVENTION_LEVELS,
  type InterventionLevel,
  instantOf,
  KnelpuntEventSchema,
  type KnelpuntInput,
  KnelpuntInputSchema,
  type KnelpuntIntervention,
  type KnelpuntLevel,
  type KnelpuntLevelStay,
  type KnelpuntOutcome,
  type KnelpuntState,
  type Label,
  OPEN_KNELPUNT_LEVELS,
  type TimeLimit,
  validate,
} from '@gebiedsgericht/core';
import { appended } from '../internal/appended';
import { processMessages } from '../messages';
import { rescorePackageDeal } from './rescorePackageDeal';

/** The result of checking one event against a knelpunt: the next state, or why it is rejected. */
export type KnelpuntPlan = { ok: true; next: KnelpuntState } | { ok: false; error: GebiedsgerichtError };

function dueAt(at: string, limit: TimeLimit | undefined): { dueAt?: string } {
  return limit === undefined ? {} : { dueAt: addIsoDuration(at, limit) };
}

/**
 * The time limit (ISO 8601 duration) of a level under the knelpunt's escalation model, or
 * `undefined` for a level without one (such as a closed knelpunt).
 *
 * @example
 * knelpuntTimeLimit(state, 'mediation'); // 'P3M'
 * @see handreiking §2.3
 */
export function knelpuntTimeLimit(state: Pick<KnelpuntState, 'model'>, level: KnelpuntLevel): TimeLimit | undefined {
  const m = state.model;
  switch (level) {
    case 'between_parties':
      return m.between_parties?.timeLimit;
    case 'ijkmoment_agenda':
      return m.ijkmoment_agenda?.timeLimit;
    case 'mediation':
      return m.mediation?.timeLimit;
    case 'province_intervention':
    case 'rijk_decision':
      return m.interventions.find((i) => i.level === level)?.timeLimit;
    default:
      return undefined;
  }
}

function isOpen(level: KnelpuntLevel): boolean {
  return OPEN_KNELPUNT_LEVELS.includes(level);
}

/** Where an escalation lands: the intervention step, who intervenes, and the redirect if any. */
export interface InterventionTarget {
  readonly intervention: KnelpuntIntervention;
  readonly intervener: string;
  /** Set when the intended intervener is a party to the knelpunt. */
  readonly redirectedFrom?: { readonly level: InterventionLevel; readonly intervener: string };
}

/**
 * The intervention a knelpunt escalates to from `level`: the next intervention step above it; when
 * its intervener is a party to the knelpunt, its substitute (`substituteIfParty`) takes over if that
 * one is not a party, otherwise the step is redirected to the next intervention whose intervener is
 * not a party. A structure intervener is a party when any of its members (`intervenerPartyIds`) is.
 * In an area across provinces, a province step that names interventions per province
 * (`perProvince`) goes to the province whose part holds every party to the knelpunt, when that
 * province is not a party itself; otherwise to the step's own intervener (the lead province).
 * `undefined` when no impartial intervener is left.
 *
 * @example
 * nextIntervention(state, 'mediation'); // { intervention: { level: 'rijk_decision', … }, intervener: 'ministerie-vro', redirectedFrom: { level: 'province_intervention', intervener: 'provincie-zuidmark' } }
 * @see handreiking §2.3 (de provincie kan zelf partij zijn)
 */
export function interventionAfter(
  state: Pick<KnelpuntState, 'model' | 'knelpunt'>,
  level: KnelpuntLevel,
): InterventionTarget | undefined {
  const from = INTERVENTION_LEVELS.indexOf(level as InterventionLevel);
  const parties = state.knelpunt.parties;
  const candidates = state.model.interventions.filter((i) => INTERVENTION_LEVELS.indexOf(i.level) > from);
  let redirectedFrom: InterventionTarget['redirectedFrom'];
  const isParty = (candidate: KnelpuntIntervention) =>
    parties.includes(candidate.intervener) || (candidate.intervenerPartyIds ?? []).some((p) => parties.includes(p));
  for (const candidate of candidates) {
    const own = candidate.perProvince?.find(
      (p) => !parties.includes(p.provinceId) && parties.every((x) => p.partyIds.includes(x)),
    );
    if (own !== undefined) {
      return redirectedFrom === undefined
        ? { intervention: candidate, intervener: own.provinceId }
        : { intervention: candidate, intervener: own.provinceId, redirectedFrom };
    }
    if (!isParty(candidate)) {
      return redirectedFrom === undefined
        ? { intervention: candidate, intervener: candidate.intervener }
        : { intervention: candidate, intervener: candidate.intervener, redirectedFrom };
    }
    const original = { level: candidate.level, intervener: candidate.intervener };
    if (candidate.substituteIfParty !== undefined && !parties.includes(candidate.substituteIfParty)) {
      return { intervention: candidate, intervener: candidate.substituteIfParty, redirectedFrom: original };
    }
    redirectedFrom ??= original;
  }
  return undefined;
}

/**
 * The state of a knelpunt just raised: at the level "between the parties", with its time limit.
 *
 * @example
 * const state = initialKnelpuntState({ knelpunt, model, timestamp: '2027-03-01T10:00:00+01:00', actor: 'gemeente-beekdal', role: 'partij' });
 * @see handreiking bijlage 1, onderdeel 4
 */
export function initialKnelpuntState(input: KnelpuntInput): KnelpuntState {
  const v = validate(KnelpuntInputSchema, input, { path: ['input'] });
  return {
    knelpunt: v.knelpunt,
    model: v.model,
    raisedAt: v.timestamp,
    lastEventAt: v.timestamp,
    level: 'between_parties',
    stays: [
      {
        level: 'between_parties',
        enteredAt: v.timestamp,
        enteredBy: v.actor,
        enteredByRole: v.role,
        ...dueAt(v.timestamp, v.model.between_parties?.timeLimit),
      },
    ],
    outcomes: [],
  };
}

function enter(state: KnelpuntState, stay: KnelpuntLevelStay, at: string): KnelpuntState {
  return { ...state, level: stay.level, lastEventAt: at, stays: appended(state.stays, stay) };
}

function withOutcome(state: KnelpuntState, outcome: KnelpuntOutcome): KnelpuntState {
  return { ...state, outcomes: appended(state.outcomes, outcome) };
}

function leaveOutcome(state: KnelpuntState, e: KnelpuntEvent, summary: Label): KnelpuntOutcome {
  const outcome: KnelpuntOutcome = {
    level: state.level,
    at: e.timestamp,
    actor: e.actor,
    role: e.role,
    result: 'no_agreement',
    summary,
  };
  if (e.motivation !== undefined) outcome.motivation = e.motivation;
  return outcome;
}

const SWITCHED_TO_AGENDA: Label = {
  nl: 'Geen overeenstemming; naar de agenda van het ijkmoment',
  en: 'No agreement; to the agenda of the ijkmoment',
};
const SWITCHED_TO_MEDIATION: Label = {
  nl: 'Geen overeenstemming; naar bemiddeling',
  en: 'No agreement; to mediation',
};
const ESCALATED: Label = { nl: 'Geen overeenstemming; geëscaleerd', en: 'No agreement; escalated' };
const WITHDRAWN: Label = { nl: 'Knelpunt ingetrokken', en: 'Knelpunt withdrawn' };

function notAllowed(state: KnelpuntState, e: { type: string }): KnelpuntPlan {
  return {
    ok: false,
    error: processMessages.fail('knelpunt_event_not_allowed', { event: e.type, state: state.level }, ['type']),
  };
}

function fail(error: GebiedsgerichtError): KnelpuntPlan {
  return { ok: false, error };
}

/**
 * Checks one event against a knelpunt and computes the next state, without changing anything:
 * `{ ok: true, next }` or `{ ok: false, error }` with a stable code saying why (not allowed at this
 * level, option not in the escalation model, mediator is a party, actor is not the intervener, no
 * impartial intervener left, timestamp before the previous event, invalid payload with its path).
 * The knelpunt child machine uses it for its guards and actions, so a caller can ask "why not?"
 * with the same logic.
 *
 * The rules: from "between the parties" either option may be taken (agenda of the next ijkmoment,
 * or mediation with an agreed style and a mediator who is not a party), and one may switch between
 * them — alternatives, not a fixed order; escalation goes to the next intervention on top (the
 * province, then the rijk) from any open level below it, to the named substitute or the next
 * intervention when the intended intervener is a party (redirect); leaving a level records its
 * outcome as "no agreement"; `agreement` and `packageDeal` settle (a package deal is re-scored with
 * the afwegingskader); `decision` is only for the intervener of an intervention level, who is then
 * the actor; the rijk's level has no "no agreement".
 *
 * @example
 * const plan = planKnelpuntEvent(state, { type: 'knelpunt.escalate', timestamp: '…', actor: 'gemeente-hoeverveen', role: 'partij' });
 * if (!plan.ok) console.log(plan.error.code); // e.g. 'knelpunt_event_not_allowed'
 * @see handreiking §2.3; bijlage 1, onderdeel 4
 */
export function planKnelpuntEvent(state: KnelpuntState, event: unknown): KnelpuntPlan {
  let e: KnelpuntEvent;
  try {
    e = validate(KnelpuntEventSchema, event, { path: ['event'] });
  } catch (error) {
    return fail(error as GebiedsgerichtError);
  }
  if (!isOpen(state.level)) return notAllowed(state, e);
  if (instantOf(e.timestamp) < instantOf(state.lastEventAt)) {
    return fail(
      processMessages.fail('event_before_previous', { at: e.timestamp, last: state.lastEventAt }, ['timestamp']),
    );
  }
  const level = state.level;
  switch (e.type) {
    case 'knelpunt.putOnAgenda': {
      if (level !== 'between_parties' && level !== 'mediation') return notAllowed(state, e);
      const option = state.model.ijkmoment_agenda;
      if (option === undefined) {
        return fail(processMessages.fail('knelpunt_option_not_in_model', { option: 'ijkmoment_agenda' }, ['type']));
      }
      const left = withOutcome(state, leaveOutcome(state, e, SWITCHED_TO_AGENDA));
      return {
        ok: true,
        next: enter(
          left,
          {
            level: 'ijkmoment_agenda',
            enteredAt: e.timestamp,
            enteredBy: e.actor,
            enteredByRole: e.role,
            ...dueAt(e.timestamp, option.timeLimit),
            ijkmomentId: e.ijkmomentId,
          },
          e.timestamp,
        ),
      };
    }
    case 'knelpunt.startMediation': {
      if (level !== 'between_parties' && level !== 'ijkmoment_agenda') return notAllowed(state, e);
      const mediation = state.model.mediation;
      if (mediation === undefined) {
        return fail(processMessages.fail('knelpunt_option_not_in_model', { option: 'mediation' }, ['type']));
      }
      if (!mediation.styles.includes(e.style)) {
        return fail(processMessages.fail('knelpunt_style_not_allowed', { style: e.style }, ['style']));
      }
      if (state.knelpunt.parties.includes(e.mediator)) {
        return fail(processMessages.fail('intervener_is_party', { partyId: e.mediator }, ['mediator']));
      }
      const left = withOutcome(state, leaveOutcome(state, e, SWITCHED_TO_MEDIATION));
      return {
        ok: true,
        next: enter(
          left,
          {
            level: 'mediation',
            enteredAt: e.timestamp,
            enteredBy: e.actor,
            enteredByRole: e.role,
            ...dueAt(e.timestamp, mediation.timeLimit),
            mediator: e.mediator,
            style: e.style,
          },
          e.timestamp,
        ),
      };
    }
    case 'knelpunt.escalate': {
      if (level === 'rijk_decision') return notAllowed(state, e);
      const target = interventionAfter(state, level);
      if (target === undefined) {
        return fail(processMessages.fail('knelpunt_no_impartial_intervener', { level }, ['type']));
      }
      const left = withOutcome(state, leaveOutcome(state, e, ESCALATED));
      const stay: KnelpuntLevelStay = {
        level: target.intervention.level,
        enteredAt: e.timestamp,
        enteredBy: e.actor,
        enteredByRole: e.role,
        ...dueAt(e.timestamp, target.intervention.timeLimit),
        intervener: target.intervener,
      };
      if (target.redirectedFrom !== undefined) {
        stay.redirectedFrom = { level: target.redirectedFrom.level, intervener: target.redirectedFrom.intervener };
      }
      return { ok: true, next: enter(left, stay, e.timestamp) };
    }
    case 'knelpunt.recordOutcome': {
      const stay = state.stays[state.stays.length - 1];
      const intervening = level === 'province_intervention' || level === 'rijk_decision';
      if (intervening && stay?.intervener !== undefined && e.actor !== stay.intervener) {
        return fail(
          processMessages.fail('knelpunt_actor_not_intervener', { actor: e.actor, intervener: stay.intervener }, [
            'actor',
          ]),
        );
      }
      if (e.result === 'decision' && !intervening) return notAllowed(state, { type: `${e.type}:decision` });
      if (e.result === 'no_agreement' && level === 'rijk_decision') {
        return notAllowed(state, { type: `${e.type}:noAgreement` });
      }
      const outcome: KnelpuntOutcome = {
        level,
        at: e.timestamp,
        actor: e.actor,
        role: e.role,
        result: e.result,
        summary: e.summary,
      };
      if (e.motivation !== undefined) outcome.motivation = e.motivation;
      if (e.decisionId !== undefined) outcome.decisionId = e.decisionId;
      if (e.mediationId !== undefined) outcome.mediationId = e.mediationId;
      if (e.result === 'package_deal') {
        if (e.packageDeal === undefined) {
          return fail(
            processMessages.fail('knelpunt_package_deal_needs_assessment', { knelpuntId: state.knelpunt.id }, [
              'packageDeal',
            ]),
          );
        }
        try {
          outcome.packageDealQuality = rescorePackageDeal(e.packageDeal);
        } catch (error) {
          return fail(error as GebiedsgerichtError);
        }
      }
      const recorded = withOutcome({ ...state, lastEventAt: e.timestamp }, outcome);
      if (e.result === 'no_agreement') return { ok: true, next: recorded };
      const closing: KnelpuntLevel = e.result === 'decision' ? 'decided' : 'settled';
      return {
        ok: true,
        next: enter(
          recorded,
          { level: closing, enteredAt: e.timestamp, enteredBy: e.actor, enteredByRole: e.role },
          e.timestamp,
        ),
      };
    }
    case 'knelpunt.withdraw': {
      if (!state.knelpunt.parties.includes(e.actor) && state.knelpunt.raisedBy !== e.actor) {
        return fail(
          processMessages.fail('unknown_party', { partyId: e.actor, knelpuntId: state.knelpunt.id }, ['actor']),
        );
      }
      const outcome: KnelpuntOutcome = {
        level,
        at: e.timestamp,
        actor: e.actor,
        role: e.role,
        result: 'withdrawn',
        summary: WITHDRAWN,
      };
      if (e.motivation !== undefined) outcome.motivation = e.motivation;
      return {
        ok: true,
        next: enter(
          withOutcome(state, outcome),
          { level: 'withdrawn', enteredAt: e.timestamp, enteredBy: e.actor, enteredByRole: e.role },
          e.timestamp,
        ),
      };
    }
  }
}

/**
 * Applies one event to a knelpunt and returns the next state, or throws the
 * {@link GebiedsgerichtError} that {@link planKnelpuntEvent} gives. The input is never changed.
 *
 * @example
 * const next = applyKnelpuntEvent(state, { type: 'knelpunt.putOnAgenda', ijkmomentId: 'novex-najaar-2027', timestamp: '…', actor: 'provincie-zuidmark', role: 'regisseur' });
 * @see handreiking bijlage 1, onderdeel 4
 */
export function applyKnelpuntEvent(state: KnelpuntState, event: unknown): KnelpuntState {
  const plan = planKnelpuntEvent(state, event);
  if (!plan.ok) throw plan.error;
  return plan.next;
}
