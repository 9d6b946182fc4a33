import {
  type DelegationRegimeEvent,
  DelegationRegimeEventSchema,
  type DelegationRegimeInput,
  DelegationRegimeInputSchema,
  type DelegationRegimeState,
  type GebiedsgerichtError,
  instantOf,
  type RegimePlan,
  type RegimeVision,
  validate,
} from '@gebiedsgericht/core';
import { appended } from '../internal/appended';
import { processMessages } from '../messages';

/** The result of checking one event against a regime: the next state, or why it is rejected. */
export type RegimePlanResult = { ok: true; next: DelegationRegimeState } | { ok: false; error: GebiedsgerichtError };

/**
 * The state of a new delegation-and-oversight regime: the region drafts, round 1.
 *
 * @example
 * const state = initialRegimeState(input);
 * state.status; // 'regional_drafting'
 * @see handreiking bijlage 2, voorbeeld 5
 */
export function initialRegimeState(input: DelegationRegimeInput): DelegationRegimeState {
  const v = validate(DelegationRegimeInputSchema, input, { path: ['input'] });
  return {
    id: v.id,
    region: v.region,
    province: v.province,
    municipalities: [...v.municipalities],
    subject: v.subject,
    startedAt: v.timestamp,
    lastEventAt: v.timestamp,
    status: 'regional_drafting',
    round: 1,
    visions: [],
    plans: [],
  };
}

function reject(error: GebiedsgerichtError): RegimePlanResult {
  return { ok: false, error };
}

function updateLastVision(state: DelegationRegimeState, patch: Partial<RegimeVision>): RegimeVision[] {
  return state.visions.map((v, i) => (i === state.visions.length - 1 ? { ...v, ...patch } : v));
}

/**
 * Checks one event against a delegation-and-oversight regime and computes the next state without
 * changing anything; the regime actor's guards and actions use it, and callers can ask why an
 * event is rejected. Rules: a regional vision needs the consent of every municipality of the
 * region; without agreement the province drafts and adopts the vision itself (substitution); only
 * the province approves, rejects, substitutes and intervenes; approval and rejection state how the
 * vision relates to the supra-regional interest; after rejection every municipal plan is recorded
 * with the province taking part, after approval (or substitution) plans are free and the province
 * intervenes only on a deviation.
 *
 * @example
 * const plan = planRegimeEvent(state, { type: 'regime.approve', supraRegionalInterest: { nl: '…', en: '…' }, timestamp: '…', actor: 'provincie-zuidmark', role: 'bevoegd_gezag' });
 * @see handreiking bijlage 2, voorbeeld 5 (Woonbeleid in Zuid-Holland)
 */
export function planRegimeEvent(state: DelegationRegimeState, event: unknown): RegimePlanResult {
  let e: DelegationRegimeEvent;
  try {
    e = validate(DelegationRegimeEventSchema, event, { path: ['event'] });
  } catch (error) {
    return reject(error as GebiedsgerichtError);
  }
  if (instantOf(e.timestamp) < instantOf(state.lastEventAt)) {
    return reject(
      processMessages.fail('event_before_previous', { at: e.timestamp, last: state.lastEventAt }, ['timestamp']),
    );
  }
  const notAllowed = () =>
    reject(processMessages.fail('regime_event_not_allowed', { event: e.type, state: state.status }, ['type']));
  const provinceOnly = () =>
    e.actor === state.province
      ? undefined
      : reject(
          processMessages.fail('regime_actor_not_province', { actor: e.actor, province: state.province }, ['actor']),
        );
  const base = { ...state, lastEventAt: e.timestamp };
  switch (e.type) {
    case 'regime.submitVision': {
      if (state.status !== 'regional_drafting') return notAllowed();
      const missing = state.municipalities.find((m) => !e.consentingMunicipalities.includes(m));
      if (missing !== undefined) {
        return reject(processMessages.fail('regime_agreement_incomplete', { missing }, ['consentingMunicipalities']));
      }
      const unknown = e.consentingMunicipalities.find((m) => !state.municipalities.includes(m));
      if (unknown !== undefined) {
        return reject(
          processMessages.fail('regime_unknown_municipality', { municipality: unknown }, ['consentingMunicipalities']),
        );
      }
      const vision: RegimeVision = { id: e.visionId, author: 'region', round: state.round, submittedAt: e.timestamp };
      return { ok: true, next: { ...base, status: 'under_review', visions: appended(state.visions, vision) } };
    }
    case 'regime.declareNoAgreement':
      if (state.status !== 'regional_drafting') return notAllowed();
      return { ok: true, next: { ...base, status: 'province_drafting' } };
    case 'regime.substitute': {
      if (state.status !== 'province_drafting') return notAllowed();
      const denied = provinceOnly();
      if (denied) return denied;
      const vision: RegimeVision = {
        id: e.visionId,
        author: 'province',
        round: state.round,
        submittedAt: e.timestamp,
        verdict: 'adopted_by_province',
        verdictAt: e.timestamp,
      };
      return { ok: true, next: { ...base, status: 'substituted', visions: appended(state.visions, vision) } };
    }
    case 'regime.approve':
    case 'regime.reject': {
      if (state.status !== 'under_review') return notAllowed();
      const denied = provinceOnly();
      if (denied) return denied;
      const verdict = e.type === 'regime.approve' ? ('approved' as const) : ('rejected' as const);
      const patch: Partial<RegimeVision> = {
        verdict,
        verdictAt: e.timestamp,
        supraRegionalInterest: e.supraRegionalInterest,
      };
      if (e.decisionId !== undefined) patch.decisionId = e.decisionId;
      return { ok: true, next: { ...base, status: verdict, visions: updateLastVision(state, patch) } };
    }
    case 'regime.redraft':
      if (state.status !== 'rejected') return notAllowed();
      return { ok: true, next: { ...base, status: 'regional_drafting', round: state.round + 1 } };
    case 'regime.municipalPlan': {
      if (!state.municipalities.includes(e.municipality)) {
        return reject(
          processMessages.fail('regime_unknown_municipality', { municipality: e.municipality }, ['municipality']),
        );
      }
      if (state.plans.some((p) => p.planId === e.planId)) {
        return reject(processMessages.fail('duplicate_id', { kind: 'plan', id: e.planId }, ['planId']));
      }
      // While no vision is in force yet, plans are not governed by the regime.
      const governing = state.status === 'rejected' || state.status === 'approved' || state.status === 'substituted';
      if (!governing && !(state.round > 1 && state.status === 'regional_drafting')) return notAllowed();
      const involvement: RegimePlan['provinceInvolvement'] =
        state.status === 'approved' || state.status === 'substituted' ? 'free' : 'participates';
      const plan: RegimePlan = {
        planId: e.planId,
        municipality: e.municipality,
        at: e.timestamp,
        provinceInvolvement: involvement,
      };
      return { ok: true, next: { ...base, plans: appended(state.plans, plan) } };
    }
    case 'regime.intervene': {
      if (state.status !== 'approved' && state.status !== 'substituted') return notAllowed();
      const denied = provinceOnly();
      if (denied) return denied;
      const plan = state.plans.find((p) => p.planId === e.planId);
      if (plan === undefined) {
        return reject(processMessages.fail('unknown_reference', { kind: 'plan', id: e.planId }, ['planId']));
      }
      if (plan.intervention !== undefined) return notAllowed();
      const plans = state.plans.map((p) =>
        p.planId === e.planId ? { ...p, intervention: { at: e.timestamp, deviation: e.deviation } } : p,
      );
      return { ok: true, next: { ...base, plans } };
    }
  }
}

/**
 * Applies one event to a regime, or throws the error {@link planRegimeEvent} gives.
 *
 * @example
 * const next = applyRegimeEvent(state, { type: 'regime.declareNoAgreement', timestamp: '…', actor: 'regio-lindt', role: 'trekker' });
 * @see handreiking bijlage 2, voorbeeld 5
 */
export function applyRegimeEvent(state: DelegationRegimeState, event: unknown): DelegationRegimeState {
  const plan = planRegimeEvent(state, event);
  if (!plan.ok) throw plan.error;
  return plan.next;
}
