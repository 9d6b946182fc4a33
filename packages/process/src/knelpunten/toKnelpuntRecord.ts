import {
  dateInZone,
  type EscalationResult,
  type EscalationRoute,
  type EscalationStep,
  IdSchema,
  instantOf,
  type KnelpuntLevel,
  type KnelpuntOutcomeResult,
  type KnelpuntRecord,
  KnelpuntRecordSchema,
  type KnelpuntState,
  KnelpuntStateSchema,
  validate,
} from '@gebiedsgericht/core';
import { processMessages } from '../messages';

const ROUTE: Partial<Record<KnelpuntLevel, EscalationRoute>> = {
  between_parties: 'bilateral',
  ijkmoment_agenda: 'ijkmoment_agenda',
  mediation: 'facilitator',
  province_intervention: 'province_intervenes',
  rijk_decision: 'rijk_decides',
};

const RESULT: Record<KnelpuntOutcomeResult, EscalationResult> = {
  agreement: 'settled',
  package_deal: 'package_deal',
  decision: 'decided',
  no_agreement: 'no_agreement',
  withdrawn: 'withdrawn',
};

/**
 * The knelpunt record (core's `knelpuntRecord` document) of a knelpunt's state, for case systems
 * and reports: one escalation step per stay at an option or intervention level, each with who
 * handled it, its due date, the redirect when the intended intervener was a party, and its
 * outcome. The stay "between the parties" appears only when the knelpunt was settled there. The
 * record's `stepId` is the step in which the knelpunt arose (an area process fills it in when a
 * knelpunt is raised without one); a state without it is refused (`invalid_argument`).
 *
 * @example
 * const record = toKnelpuntRecord(actor.getSnapshot().context, 'gebiedsproces-lindewaard');
 * record.status; // 'resolved'
 * @see handreiking §2.3; bijlage 1, onderdeel 4
 */
export function toKnelpuntRecord(state: KnelpuntState, gebiedsprocesId: string): KnelpuntRecord {
  const s = validate(KnelpuntStateSchema, state, { path: ['state'] });
  const processId = validate(IdSchema, gebiedsprocesId, { path: ['gebiedsprocesId'] });
  const stepId = s.knelpunt.stepId;
  if (stepId === undefined) {
    throw processMessages.fail('invalid_argument', { name: 'state.knelpunt.stepId (the step in which it arose)' }, [
      'state',
      'knelpunt',
      'stepId',
    ]);
  }
  const steps: EscalationStep[] = [];
  const open = s.stays.filter((stay) => ROUTE[stay.level] !== undefined);
  for (const [index, stay] of open.entries()) {
    const route = ROUTE[stay.level];
    if (route === undefined) continue;
    const from = instantOf(stay.enteredAt);
    const next = s.stays[s.stays.indexOf(stay) + 1];
    const until = next === undefined ? Number.POSITIVE_INFINITY : instantOf(next.enteredAt);
    const outcomes = s.outcomes.filter(
      (o) => o.level === stay.level && instantOf(o.at) >= from && instantOf(o.at) <= until,
    );
    const last = outcomes.at(-1);
    if (stay.level === 'between_parties' && (last === undefined || last.result === 'no_agreement')) continue;
    if (stay.level === 'between_parties' && last?.result === 'withdrawn') continue;
    const handler =
      stay.level === 'mediation' && stay.mediator !== undefined
        ? { partyId: stay.mediator, role: 'mediator' as const }
        : stay.intervener !== undefined
          ? { partyId: stay.intervener, role: 'bevoegd_gezag' as const }
          : { partyId: stay.enteredBy, role: stay.enteredByRole };
    const step: EscalationStep = {
      levelId: `${s.knelpunt.id}:${index}`,
      route,
      startedAt: stay.enteredAt,
      handledBy: handler,
    };
    if (stay.dueAt !== undefined) step.dueBy = dateInZone(stay.dueAt);
    if (stay.redirectedFrom !== undefined) {
      step.redirectedFrom = {
        partyId: stay.redirectedFrom.intervener,
        reason: {
          nl: `${stay.redirectedFrom.intervener} is partij bij het knelpunt; de stap gaat naar ${stay.intervener ?? 'het volgende niveau'}`,
          en: `${stay.redirectedFrom.intervener} is a party to the knelpunt; the step goes to ${stay.intervener ?? 'the next level'}`,
        },
      };
    }
    if (stay.ijkmomentId !== undefined) step.ijkmomentRecordId = stay.ijkmomentId;
    if (last !== undefined) {
      step.outcome = { result: RESULT[last.result], at: last.at, summary: last.summary };
      if (last.decisionId !== undefined) step.outcome.decisionId = last.decisionId;
      if (last.mediationId !== undefined) step.outcome.negotiationOutcomeId = last.mediationId;
    }
    steps.push(step);
  }
  const status: KnelpuntRecord['status'] =
    s.level === 'settled' || s.level === 'decided'
      ? 'resolved'
      : s.level === 'withdrawn'
        ? 'withdrawn'
        : steps.length === 0
          ? 'open'
          : 'escalated';
  const raiser = s.stays[0];
  const record: KnelpuntRecord = {
    kind: 'knelpuntRecord',
    schemaVersion: 2,
    id: s.knelpunt.id,
    gebiedsprocesId: processId,
    title: s.knelpunt.title,
    description: s.knelpunt.description ?? s.knelpunt.title,
    raisedBy: { partyId: s.knelpunt.raisedBy, role: raiser?.enteredByRole ?? 'partij' },
    raisedAt: s.raisedAt,
    stepId,
    parties: [...s.knelpunt.parties],
    opgaveIds: [...(s.knelpunt.opgaveIds ?? [])],
    status,
    escalation: steps,
  };
  return validate(KnelpuntRecordSchema, record, { path: ['record'] });
}
