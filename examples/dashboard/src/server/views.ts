/**
 * The JSON behind each view of the dashboard, computed from the store and the SDK's queries. Every
 * text the page shows from the domain arrives as a label with `nl` and `en`, so the page switches
 * language without asking the server again.
 */
import { assess } from '@gebiedsgericht/assessment';
import {
  ConsentOutcome,
  formatEuro,
  type GebiedsprocesContext,
  type GebiedsprocesSettings,
  IjkmomentKind,
  KnelpuntLevel,
  type KnelpuntState,
  type Label,
} from '@gebiedsgericht/core';
import {
  lindewaardAssessmentInput,
  lindewaardRiskRegister,
  nWegEstimate,
  zuidmarkParties,
} from '@gebiedsgericht/core/fixtures';
import {
  decisionsAndConsents,
  deliverableStatus,
  dueItems,
  listIjkmomenten,
  nextIjkmomenten,
  nextIntervention,
  progressSummary,
  verifyAuditLog,
} from '@gebiedsgericht/process';
import { heatMapSvg, histogramSvg, riskHeatMap, sCurveSvg, simulateEstimate, topRisks } from '@gebiedsgericht/risk';
import type { GebiedsprocesStore } from '@gebiedsgericht/store';
import { seedAreas } from './seedAreas';

/** The same text in both languages (proper names, identifiers). */
const same = (text: string): Label => ({ nl: text, en: text });

/** The name of a party from the fixtures, or its id. */
export function partyName(id: string): Label {
  const party = zuidmarkParties.find((p) => p.id === id);
  return same(party?.shortName ?? party?.name ?? id);
}

/** A date (YYYY-MM-DD) as the moment the dashboard computes at: noon, Dutch winter time. */
export function nowOf(date: string): string {
  return `${date}T12:00:00+01:00`;
}

const knelpuntLevel = (level: KnelpuntLevel): Label => KnelpuntLevel.labels[level];

function knelpuntStates(context: GebiedsprocesContext): KnelpuntState[] {
  return Object.values(context.knelpunten.items) as KnelpuntState[];
}

const OPEN_LEVELS: readonly string[] = [
  'between_parties',
  'ijkmoment_agenda',
  'mediation',
  'province_intervention',
  'rijk_decision',
];

/** The province overview at `date`: one row per area, and what needs attention then. */
export async function overviewView(store: GebiedsprocesStore, provinceId: string, date: string) {
  const now = nowOf(date);
  const overview = await store.provinceOverview(provinceId, now);
  const areas = [];
  for (const row of overview.processes) {
    const { process } = await store.load(row.processId);
    const snapshot = process.snapshot();
    const context = process.context();
    const summary = progressSummary(snapshot, now);
    const stepConsents = decisionsAndConsents(snapshot).consents.find((c) => c.stepId === summary.position.stepId);
    const states = knelpuntStates(context);
    areas.push({
      processId: row.processId,
      areaId: row.areaId,
      name: same(areaName(row.processId)),
      step: summary.position.stepLabel ?? same(row.step),
      stepId: summary.position.stepId,
      status: row.status,
      stepsClosed: summary.stepsClosed,
      stepCount: summary.stepCount,
      share: summary.share,
      daysInCurrentStep: summary.daysInCurrentStep,
      consents: stepConsents
        ? {
            required: stepConsents.required,
            given: stepConsents.given.length,
            missing: stepConsents.missing.map(partyName),
            missingIds: stepConsents.missing,
          }
        : null,
      nextIjkmomenten: Object.values(
        context.ijkmomenten.schedule ? nextIjkmomenten(context.ijkmomenten.schedule, now) : {},
      ).map((next) => ({
        kind: IjkmomentKind.labels[next.kind],
        id: next.id,
        name: same(next.name),
        date: next.date,
      })),
      openKnelpunten: row.openKnelpunten.map((k) => {
        const state = states.find((s) => s.knelpunt.id === k.id);
        return {
          id: k.id,
          title: state?.knelpunt.title ?? same(k.id),
          level: knelpuntLevel(k.level as KnelpuntLevel),
          dueAt: k.dueAt,
          overdue: k.dueAt !== null && Date.parse(k.dueAt) < Date.parse(now),
        };
      }),
      due: dueItems(snapshot, now).map((d) => ({
        kind: d.kind,
        severity: d.severity,
        message: d.message,
        date: d.date ?? null,
      })),
    });
  }
  return {
    provinceId,
    province: partyName(provinceId),
    date,
    processCount: overview.processCount,
    openKnelpunten: overview.openKnelpunten,
    overdue: overview.overdue.map((r) => r.processId),
    areas,
    // Every party of the province, so the form can also send a consent the process refuses.
    parties: zuidmarkParties.map((p) => ({ id: p.id, name: partyName(p.id) })),
    suggestedPartyId: areas.flatMap((a) => a.consents?.missingIds ?? [])[0] ?? null,
    outcomes: ConsentOutcome.values.map((value) => ({ value, label: ConsentOutcome.labels[value] })),
  };
}

const AREA_NAMES: ReadonlyMap<string, string> = new Map(
  seedAreas.map((make) => {
    const area = make();
    return [area.settings.processId, area.name];
  }),
);

/** The display name of an area process. */
export function areaName(processId: string): string {
  return AREA_NAMES.get(processId) ?? processId.replace(/^gebiedsproces-/, '');
}

/** One area: steps with deliverables, consents and decisions; the audit log; the ijkmoment agenda. */
export async function areaView(store: GebiedsprocesStore, processId: string) {
  const { process, version } = await store.load(processId);
  const snapshot = process.snapshot();
  const context = process.context();
  const deliverables = deliverableStatus(snapshot);
  const { decisions, consents } = decisionsAndConsents(snapshot);
  const steps = deliverables.steps.map((line) => {
    const c = consents.find((x) => x.stepId === line.stepId);
    return {
      stepId: line.stepId,
      label: line.stepLabel,
      status: line.stepStatus,
      deliverable: line.deliverableLabel,
      submittedAt: line.submittedAt,
      consentRequired: c?.required ?? false,
      consented: (c?.given ?? []).map((g) => ({
        party: partyName(g.partyId),
        outcome: ConsentOutcome.labels[g.outcome],
        date: g.date,
      })),
      missing: (c?.missing ?? []).map(partyName),
      rejectedBy: (c?.rejectedBy ?? []).map(partyName),
      decisions: decisions
        .filter((d) => d.stepId === line.stepId)
        .map((d) => ({ title: d.decision.title, date: d.decision.date, party: partyName(d.decision.partyId) })),
    };
  });
  const verification = verifyAuditLog(snapshot);
  const schedule = context.ijkmomenten.schedule;
  const from = context.startedAt.slice(0, 10);
  const agenda = schedule
    ? listIjkmomenten(schedule, from, `${Number(from.slice(0, 4)) + 2}-12-31`).map((o) => ({
        id: o.id,
        date: o.date,
        name: same(o.name),
        kind: IjkmomentKind.labels[o.kind],
        held: context.ijkmomenten.held.some((h) => h.heldOn === o.date && h.scheduleEntryId === o.sourceId),
      }))
    : [];
  return {
    processId,
    name: same(areaName(processId)),
    version,
    steps,
    knelpunten: knelpuntStates(context).map((s) => ({
      id: s.knelpunt.id,
      title: s.knelpunt.title,
      level: knelpuntLevel(s.level),
      open: OPEN_LEVELS.includes(s.level),
    })),
    audit: {
      verified: verification.ok,
      length: context.auditLog.length,
      entries: context.auditLog.map((e) => ({
        seq: e.seq,
        type: e.type,
        timestamp: e.timestamp,
        actor: partyName(e.actor),
        accepted: e.accepted,
        hash: 'hash' in e && typeof e.hash === 'string' ? e.hash.slice(0, 12) : null,
      })),
    },
    agenda,
  };
}

/** One knelpunt: its escalation path, who may act next, and its deadlines. */
export async function knelpuntView(store: GebiedsprocesStore, processId: string, knelpuntId: string, date: string) {
  const { process } = await store.load(processId);
  const state = knelpuntStates(process.context()).find((s) => s.knelpunt.id === knelpuntId);
  if (!state) return null;
  const now = nowOf(date);
  const current = state.stays[state.stays.length - 1];
  const open = OPEN_LEVELS.includes(state.level);
  const path = [
    'between_parties',
    'ijkmoment_agenda',
    'mediation',
    ...state.model.interventions.map((i) => i.level),
  ] as KnelpuntLevel[];
  const reached = new Set(state.stays.map((s) => s.level));
  const currentIndex = path.indexOf(state.level);
  const next = open ? nextIntervention(state, state.level) : undefined;
  const actingNow = current?.intervener ?? current?.mediator;
  return {
    processId,
    area: same(areaName(processId)),
    id: state.knelpunt.id,
    title: state.knelpunt.title,
    parties: state.knelpunt.parties.map(partyName),
    raisedBy: partyName(state.knelpunt.raisedBy),
    raisedAt: state.raisedAt,
    level: knelpuntLevel(state.level),
    open,
    path: path.map((level, i) => ({
      level: knelpuntLevel(level),
      status:
        level === state.level
          ? 'current'
          : reached.has(level)
            ? 'passed'
            : currentIndex >= 0 && i < currentIndex
              ? 'skipped'
              : 'ahead',
    })),
    stays: state.stays.map((s) => ({
      level: knelpuntLevel(s.level),
      enteredAt: s.enteredAt,
      enteredBy: partyName(s.enteredBy),
      dueAt: s.dueAt ?? null,
      actor: (s.intervener ?? s.mediator) ? partyName((s.intervener ?? s.mediator) as string) : null,
    })),
    actsNow: open ? (actingNow ? [partyName(actingNow)] : state.knelpunt.parties.map(partyName)) : [],
    next: next
      ? {
          level: knelpuntLevel(next.intervention.level),
          intervener: partyName(next.intervener),
          redirectedFrom: next.redirectedFrom ? partyName(next.redirectedFrom.intervener) : null,
        }
      : null,
    dueAt: open ? (current?.dueAt ?? null) : null,
    overdue: open && current?.dueAt !== undefined && Date.parse(current.dueAt) < Date.parse(now),
    outcomes: state.outcomes.map((o) => ({ level: knelpuntLevel(o.level), at: o.at, summary: o.summary })),
  };
}

/** GOKIT-R: the risk package's heat map and cost distribution, with their data as tables. */
export function gokitView() {
  const register = lindewaardRiskRegister;
  const result = simulateEstimate(nWegEstimate, { iterations: 20_000, seed: 20261128 });
  const map = riskHeatMap(register);
  const euro = (cents: number): Label => ({ nl: formatEuro(cents, 'nl'), en: formatEuro(cents, 'en') });
  return {
    register: same(register.id),
    heatMap: { nl: heatMapSvg(register, { locale: 'nl' }), en: heatMapSvg(register, { locale: 'en' }) },
    cells: map.cells
      .filter((c) => c.riskIds.length > 0)
      .map((c) => ({
        probability: c.probability,
        impact: c.impact,
        score: c.score,
        risks: c.riskIds.map((id) => same(register.risks.find((r) => r.id === id)?.title ?? id)),
      })),
    top: topRisks(register, { count: 5 }).map((s) => ({
      riskId: s.riskId,
      title: same(register.risks.find((r) => r.id === s.riskId)?.title ?? s.riskId),
      score: s.score,
      band: s.band.label,
    })),
    estimate: same(nWegEstimate.id),
    iterations: result.iterations,
    sCurve: { nl: sCurveSvg(result, { locale: 'nl' }), en: sCurveSvg(result, { locale: 'en' }) },
    histogram: { nl: histogramSvg(result, { locale: 'nl' }), en: histogramSvg(result, { locale: 'en' }) },
    percentiles: [
      ...result.percentiles.map((p) => ({ percentile: p.percentile, value: euro(p.value) })),
      { percentile: 50, value: euro(result.p50) },
      { percentile: 85, value: euro(result.p85) },
    ]
      .filter((p, i, all) => all.findIndex((q) => q.percentile === p.percentile) === i)
      .sort((a, b) => a.percentile - b.percentile),
    base: euro(result.baseEstimate),
    mean: euro(result.mean),
  };
}

/** The afweging of Lindewaard's variants: ranking, weight sensitivity, SMAA rank acceptabilities. */
export function afwegingView() {
  const input = lindewaardAssessmentInput();
  const variantName = (id: string): Label => input.variants.find((v) => v.id === id)?.name ?? same(id);
  const criterionName = (id: string): Label => input.afwegingskader.criteria.find((c) => c.id === id)?.name ?? same(id);
  const result = assess({
    ...input,
    uncertainty: { samples: 4_000, seed: 2027, weights: { kind: 'unknown' }, sampleScores: true },
  });
  return {
    ranking: result.ranking.map((r) => ({
      variantId: r.variantId,
      name: variantName(r.variantId),
      rank: r.rank,
      value: r.value ?? 0,
    })),
    excluded: result.excludedVariantIds.map(variantName),
    sensitivity: (result.sensitivity?.criteria ?? []).map((c) => ({
      criterionId: c.criterionId,
      name: criterionName(c.criterionId),
      weight: c.weight,
      smallestChange: c.smallestChange ?? null,
      relativeChange: c.relativeChange ?? null,
    })),
    mostCritical: result.sensitivity?.mostCriticalCriterionId
      ? criterionName(result.sensitivity.mostCriticalCriterionId)
      : null,
    smaa: (result.uncertainty?.variants ?? []).map((v) => ({
      variantId: v.variantId,
      name: variantName(v.variantId),
      rankAcceptability: [...v.rankAcceptability],
    })),
    samples: result.uncertainty ? 4_000 : 0,
  };
}

/** The body of the event form: a consent of one party to one step. */
export interface ConsentForm {
  readonly processId: string;
  readonly stepId: string;
  readonly partyId: string;
  readonly outcome: string;
  readonly date: string;
}

/**
 * The body in which a party consents, as the process knows it from the startnotitie (its
 * `settings.authority`): the party's first body (the raad, Staten or algemeen bestuur in the
 * fixtures). A party the process does not know gets a body it cannot have, so the process refuses
 * the consent with its own reason.
 */
export function consentingBody(settings: GebiedsprocesSettings, partyId: string): string {
  return settings.authority?.parties.find((p) => p.id === partyId)?.bodyIds[0] ?? `orgaan-van-${partyId}`;
}

/** The consent event the form sends, as the process expects it, in the party's own body. */
export function consentEvent(form: ConsentForm, bodyId: string) {
  return {
    type: 'consent.record',
    timestamp: nowOf(form.date),
    actor: form.partyId,
    role: 'partij',
    stepId: form.stepId,
    consent: {
      id: `instemming-${form.partyId}-${form.stepId}`,
      partyId: form.partyId,
      bodyId,
      stepId: form.stepId,
      outcome: form.outcome,
      date: form.date,
      targetChanges: [],
    },
  };
}
