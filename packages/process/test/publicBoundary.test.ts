/**
 * The public boundary of @gebiedsgericht/process: every exported function answers bad input with a
 * typed GebiedsgerichtError (stable code, path into the arguments) before anything runs, and
 * changes nothing it was given. The building blocks the machine calls on every event are exported
 * as validating wrappers; for valid input they answer exactly as the machine does (checked here
 * event by event over a scenario that touches every region: steps, knelpunten, a regime,
 * ijkmomenten, monitoring with a herijking, and the two tracks).
 */
import {
  type AreaProcessContext,
  describeHerijkingPart,
  type GebiedsgerichtError,
  type IjkmomentRecord,
  isGebiedsgerichtError,
  type ProcessEvent,
} from '@gebiedsgericht/core';
import { lindewaardStartnotitie } from '@gebiedsgericht/core/fixtures';
import { describe, expect, it } from 'vitest';
import { frozenCopy } from '../../../scripts/testSupport/typedErrors';
import * as api from '../src/index';
import {
  type AreaProcess,
  type AreaProcessEvent,
  appendAudit,
  applyKnelpuntEvent,
  applyMonitoringEvent,
  applyRegimeEvent,
  applyTrackEvent,
  areaProcessDiagram,
  checkAreaProcessEvent,
  checkAuditLink,
  checkEvent,
  checkExtensionEvent,
  checkIjkmomentProcessEvent,
  checkIjkmomentRecord,
  checkKnelpuntProcessEvent,
  checkMonitoringEvent,
  checkRegimeProcessEvent,
  checkTrackEvent,
  compareFindings,
  comparePaths,
  consentRequired,
  createAreaProcess,
  createAreaProcessMachine,
  defaultReadBestRankedVariant,
  defaultReadChosenVariant,
  defaultStepTemplate,
  defineReflectionRule,
  dueItems,
  escalationOverdueChecker,
  evaluationDueChecker,
  type Finding,
  herijkingTriggeredChecker,
  herijkingUnderway,
  initialAreaProcessContext,
  isExtensionEvent,
  type KnelpuntProcessEvent,
  knelpuntActorId,
  knelpuntChildEvent,
  knelpuntInputOf,
  knelpuntModelFromStartnotitie,
  knelpuntTimeLimit,
  machineOf,
  missingConsents,
  nextIjkmomentChecker,
  nextIntervention,
  pblPublicationChecker,
  planKnelpuntEvent,
  planRegimeEvent,
  positionLabel,
  provincialRollup,
  type RegimeProcessEvent,
  reduceAreaProcessEvent,
  reduceEvent,
  reduceExtensionEvent,
  reduceIjkmomentProcessEvent,
  reduceKnelpuntProcessEvent,
  reduceMonitoringEvent,
  reduceRegimeProcessEvent,
  reduceTrackEvent,
  reflect,
  regimeActorId,
  regimeChildEvent,
  regimeInputOf,
  replayAreaProcess,
  resolveFindingPath,
  resolveOptions,
  severityRank,
  sortFindings,
  stepOf,
  triggeredHerijkingId,
  validateDefinition,
} from '../src/index';
import * as rawKnelpunten from '../src/knelpunten';
import { sortFindings as rawSortFindings } from '../src/reflection/sortFindings';
import { beekdalWater, lindewaardModel, windHoeverveen } from './knelpuntSupport';
import { NOW as REFLECTION_NOW } from './reflectionSupport';
import {
  day,
  ev,
  gridLesson,
  lindewaardSettings,
  eventMeta as meta,
  START,
  stepEvents,
  testOptions,
  waterGoalAndPilot,
  waterMonitoringEvents,
} from './support/areaProcessFixtures';

const template = defaultStepTemplate;

// ── a scenario through every region of the machine ────────────────────────────────────────────

const heldRecord: IjkmomentRecord = {
  kind: 'ijkmomentRecord',
  schemaVersion: 2,
  id: 'ontwikkeldag-2026',
  momentKind: 'regional_moment',
  title: { nl: 'Ontwikkeldag', en: 'Development day' },
  setBy: 'provincie-zuidmark',
  gebiedsprocesIds: ['gebiedsproces-lindewaard'],
  plannedOn: day(150).slice(0, 10),
  status: 'held',
  heldOn: day(150).slice(0, 10),
  participants: ['provincie-zuidmark'],
  agenda: [{ id: 'agenda-voortgang', subject: { nl: 'Voortgang', en: 'Progress' } }],
  progress: [],
  conclusions: [
    {
      outcome: 'continue',
      agendaItemId: 'agenda-voortgang',
      motivation: { nl: 'Besproken', en: 'Discussed' },
      concludedBy: { partyId: 'provincie-zuidmark', role: 'regisseur' },
    },
  ],
};

const AFTER = 700; // the last step closes around day 580
const HERIJKING = `herijking-ind-waterberging-${day(AFTER + 300).slice(0, 10)}`;

function scenarioEvents(): Record<string, unknown>[] {
  const steps = template.steps.flatMap((_, i) => stepEvents(template, lindewaardSettings, i, 10 + i * 100));
  const others: Record<string, unknown>[] = [
    { type: 'escalation.configure', model: lindewaardModel, ...meta(2) },
    { type: 'ijkmoment.schedule', schedule: lindewaardStartnotitie.ijkmomenten, ...meta(2) },
    { type: 'monitoring.configure', cadence: lindewaardStartnotitie.evaluation, ...meta(2) },
    ...waterGoalAndPilot(3, 4),
    {
      type: 'regime.start',
      regime: {
        id: 'woonregio-lindt',
        region: 'regio-lindt',
        province: 'provincie-zuidmark',
        municipalities: ['gemeente-lindewaard', 'gemeente-beekdal'],
        subject: { nl: 'Regionale woonvisie', en: 'Regional housing vision' },
      },
      ...meta(5),
    },
    {
      type: 'regime.submitVision',
      regimeId: 'woonregio-lindt',
      visionId: 'woonvisie-lindt',
      consentingMunicipalities: ['gemeente-lindewaard', 'gemeente-beekdal'],
      ...meta(30, 'regio-lindt', 'trekker'),
    },
    {
      type: 'regime.reject',
      regimeId: 'woonregio-lindt',
      supraRegionalInterest: { nl: 'Te weinig sociale huur', en: 'Too little social rent' },
      ...meta(60, 'provincie-zuidmark', 'bevoegd_gezag'),
    },
    ev.minor('wijziging-planning', day(70)) as unknown as Record<string, unknown>,
    { type: 'ijkmoment.hold', record: heldRecord, ...meta(150) },
    gridLesson(180),
    { type: 'knelpunt.raise', knelpunt: beekdalWater, ...meta(320, 'waterschap-aa-en-lindt', 'partij') },
    {
      type: 'knelpunt.startMediation',
      knelpuntId: beekdalWater.id,
      mediator: 'bureau-de-brug',
      style: 'facilitative',
      ...meta(330),
    },
    {
      type: 'knelpunt.recordOutcome',
      knelpuntId: beekdalWater.id,
      result: 'agreement',
      summary: { nl: 'Het dal blijft voor water', en: 'The valley stays for water' },
      ...meta(340, 'bureau-de-brug', 'mediator'),
    },
    { type: 'knelpunt.raise', knelpunt: windHoeverveen, ...meta(405, 'dorpsraad-hoeverveen', 'partij') },
    { type: 'knelpunt.escalate', knelpuntId: windHoeverveen.id, ...meta(420, 'gemeente-hoeverveen', 'partij') },
    ...waterMonitoringEvents(AFTER),
    { type: 'herijking.start', herijkingId: HERIJKING, ...meta(AFTER + 320) },
    {
      type: 'herijking.complete',
      herijkingId: HERIJKING,
      result: { nl: 'Extra berging in de Lindtse Broek', en: 'Extra storage in the Lindtse Broek' },
      ...meta(AFTER + 400),
    },
    {
      type: 'pbl.publish',
      publication: { id: 'planmonitor-2029', series: 'planmonitor', publishedOn: day(AFTER + 405).slice(0, 10) },
      ...meta(AFTER + 405),
    },
    {
      type: 'indicator.measure',
      indicatorId: 'ind-waterberging',
      value: 90,
      measuredOn: day(AFTER + 410).slice(0, 10),
      ...meta(AFTER + 410, 'waterschap-aa-en-lindt', 'partij'),
    },
  ];
  return [...(steps as unknown as Record<string, unknown>[]), ...others]
    .map((e, i) => ({ e, i }))
    .sort((a, b) => Date.parse(String(a.e.timestamp)) - Date.parse(String(b.e.timestamp)) || a.i - b.i)
    .map(({ e }) => e);
}

function newProcess(): AreaProcess {
  return createAreaProcess({ template, settings: lindewaardSettings, startedAt: START, options: testOptions });
}

const KNELPUNT = new Set<string>(api.KNELPUNT_PROCESS_EVENT_TYPES);
const REGIME = new Set<string>(api.REGIME_PROCESS_EVENT_TYPES);
const IJKMOMENT = new Set<string>(api.IJKMOMENT_EVENT_TYPES);
const MONITORING = new Set<string>(api.MONITORING_EVENT_TYPES);
const TRACK = new Set<string>(api.TRACK_EVENT_TYPES);

/** Runs the scenario; before each event, asks the public building blocks what the machine will do. */
function runComparingBuildingBlocks(): AreaProcess {
  const process = newProcess();
  const definition = process.definition;
  for (const raw of scenarioEvents()) {
    const before = frozenCopy(process.context());
    const event = raw as unknown as AreaProcessEvent;
    const type = event.type;
    expect(checkAreaProcessEvent(definition, before, event), type).toBeNull();
    const reduced = reduceAreaProcessEvent(definition, before, event);
    const result = process.send(raw, { untyped: true });
    expect(result.accepted, `${type}: ${JSON.stringify(result.accepted ? '' : result.reason)}`).toBe(true);
    const after = process.context();
    expect(reduced, type).toEqual(after);
    expect(positionLabel(before)).toBe(result.accepted ? result.entry.stepBefore : '');
    expect(herijkingUnderway(after)).toBe(after.monitoring.herijkingen.some((h) => h.status === 'underway'));
    if (!isExtensionEvent(event)) {
      expect(checkEvent(definition, before, event as ProcessEvent), type).toBeNull();
      expect(reduceEvent(definition, before, event as ProcessEvent), type).toEqual(after);
      continue;
    }
    expect(checkExtensionEvent(definition.settings.processId, before, event), type).toBeNull();
    const ext = reduceExtensionEvent(before, event);
    expect({ ...ext, auditLog: after.auditLog, lastEventAt: after.lastEventAt }, type).toEqual(after);
    if (KNELPUNT.has(type)) {
      const e = event as KnelpuntProcessEvent;
      expect(checkKnelpuntProcessEvent(before.knelpunten, e)).toBeNull();
      expect(reduceKnelpuntProcessEvent(before.knelpunten, e)).toEqual(after.knelpunten);
      const child = knelpuntChildEvent(e);
      if (e.type === 'knelpunt.raise') expect(knelpuntInputOf(before.knelpunten, e).knelpunt).toEqual(e.knelpunt);
      if ('knelpuntId' in e) {
        const state = before.knelpunten.items[e.knelpuntId];
        if (!state) throw new Error(`no knelpunt ${e.knelpuntId}`);
        expect(planKnelpuntEvent(state, child)).toEqual({ ok: true, next: after.knelpunten.items[e.knelpuntId] });
        expect(applyKnelpuntEvent(state, child)).toEqual(after.knelpunten.items[e.knelpuntId]);
        expect(knelpuntTimeLimit(state, state.level)).toBe(rawKnelpunten.knelpuntTimeLimit(state, state.level));
        expect(nextIntervention(state, state.level)).toEqual(rawKnelpunten.nextIntervention(state, state.level));
      }
    } else if (REGIME.has(type)) {
      const e = event as RegimeProcessEvent;
      expect(checkRegimeProcessEvent(before.regimes, e)).toBeNull();
      expect(reduceRegimeProcessEvent(before.regimes, e)).toEqual(after.regimes);
      if (e.type === 'regime.start') expect(regimeInputOf(e).id).toBe(e.regime.id);
      else {
        const state = before.regimes[e.regimeId];
        if (!state) throw new Error(`no regime ${e.regimeId}`);
        expect(planRegimeEvent(state, regimeChildEvent(e))).toEqual({ ok: true, next: after.regimes[e.regimeId] });
        expect(applyRegimeEvent(state, regimeChildEvent(e))).toEqual(after.regimes[e.regimeId]);
      }
    } else if (IJKMOMENT.has(type)) {
      const e = event as api.IjkmomentEvent;
      const processCtx = {
        processId: definition.settings.processId,
        knelpuntIds: Object.keys(before.knelpunten.items),
      };
      expect(checkIjkmomentProcessEvent(before.ijkmomenten, e, processCtx)).toBeNull();
      expect(reduceIjkmomentProcessEvent(before.ijkmomenten, e)).toEqual(after.ijkmomenten);
      if (e.type === 'ijkmoment.hold') {
        const heldIds = before.ijkmomenten.held.map((r) => r.id);
        expect(checkIjkmomentRecord(e.record, { ...processCtx, heldIds })).toBeNull();
      }
    } else if (MONITORING.has(type)) {
      const e = event as api.MonitoringEvent;
      const position = { inMonitoring: before.status === 'running' && before.position === 'monitoring' };
      expect(checkMonitoringEvent(before.monitoring, e, position)).toBeNull();
      expect(reduceMonitoringEvent(before.monitoring, e)).toEqual(after.monitoring);
      expect(applyMonitoringEvent(before.monitoring, e, position)).toEqual(after.monitoring);
    } else if (TRACK.has(type)) {
      const e = event as api.TrackEvent;
      const state = { tracks: before.tracks, monitoring: before.monitoring };
      expect(checkTrackEvent(state, e)).toBeNull();
      expect(reduceTrackEvent(state, e)).toEqual({ tracks: after.tracks, monitoring: after.monitoring });
      expect(applyTrackEvent(state, e)).toEqual({ tracks: after.tracks, monitoring: after.monitoring });
    } else {
      throw new Error(`unclassified event ${type}`);
    }
  }
  return process;
}

function runPlain(): AreaProcess {
  const process = newProcess();
  for (const event of scenarioEvents()) {
    const result = process.send(event, { untyped: true });
    if (!result.accepted) throw new Error(`${String(event.type)}: ${result.reason.code}`);
  }
  return process;
}

const scenario = runPlain();
const context: AreaProcessContext = scenario.context();
const definition = scenario.definition;
const snapshot = scenario.snapshot();
const DUE_NOW = day(AFTER + 420);
const step4 = template.steps[4];
if (!step4) throw new Error('the default template has six steps');

// ── valid input: unchanged behaviour ──────────────────────────────────────────────────────────

describe('the validating building blocks answer as the machine does for valid input', () => {
  it('checks and reduces every event of a scenario through every region like the machine', () => {
    expect(runComparingBuildingBlocks().snapshot()).toEqual(snapshot);
    expect(context.position).toBe('monitoring');
    expect(Object.keys(context.knelpunten.items)).toEqual([beekdalWater.id, windHoeverveen.id]);
    expect(Object.keys(context.regimes)).toEqual(['woonregio-lindt']);
    expect(context.ijkmomenten.held.map((r) => r.id)).toEqual([heldRecord.id]);
    expect(context.monitoring.herijkingen.map((h) => h.status)).toEqual(['completed', 'on_agenda']);
    expect(context.monitoring.pblPublications.map((p) => p.id)).toEqual(['planmonitor-2029']);
    expect(context.tracks.items[0]?.lessonIds).toEqual(['les-netcongestie']);
  });

  it('replays the whole log of that scenario (the log passes the audit entry schema)', () => {
    const replayed = replayAreaProcess({
      template,
      settings: lindewaardSettings,
      startedAt: START,
      options: testOptions,
      log: context.auditLog,
    });
    expect(replayed.snapshot()).toEqual(snapshot);
  });

  it('gives the due items of the public checkers that dueItems gives for their kinds', () => {
    const read = frozenCopy({ snapshot, context: snapshot.context as AreaProcessContext });
    const options = { elections: api.defaultElectionCalendar };
    const checkers = [
      ['next_ijkmoment', nextIjkmomentChecker],
      ['escalation_overdue', escalationOverdueChecker],
      ['evaluation_due', evaluationDueChecker],
      ['pbl_publication', pblPublicationChecker],
      ['herijking_triggered', herijkingTriggeredChecker],
    ] as const;
    const kinds = new Set<string>();
    for (const now of [day(400), DUE_NOW]) {
      const all = dueItems(snapshot, now);
      for (const [kind, checker] of checkers) {
        expect(checker(read, now, options), kind).toEqual(all.filter((d) => d.kind === kind));
      }
      for (const d of all) kinds.add(d.kind);
    }
    expect([...kinds].sort()).toEqual(checkers.map(([kind]) => kind).sort());
  });

  it('answers the step, consent, reader and context helpers as before', () => {
    const c = frozenCopy(context);
    expect(stepOf(template, step4.id)).toBe(step4);
    expect(stepOf(template, 'geen-stap')).toBeUndefined();
    expect(consentRequired(step4, lindewaardSettings)).toBe(true);
    expect(missingConsents(definition, step4, c)).toEqual([]);
    expect(defaultReadChosenVariant({ choice: { chosenVariantId: 'variant-c' } })).toBe('variant-c');
    expect(defaultReadBestRankedVariant({ ranking: [{ variantId: 'variant-a', rank: 1 }] })).toBe('variant-a');
    expect(defaultReadChosenVariant({})).toBeUndefined();
    expect(initialAreaProcessContext(template, lindewaardSettings, START)).toEqual(
      newProcess().actor.getSnapshot().context,
    );
    expect(machineOf(definition).id).toBe('areaProcess');
    const last = c.auditLog.at(-1);
    if (!last) throw new Error('no audit entry');
    const appended = appendAudit(c, c, last.event as never).auditLog.at(-1);
    expect(appended).toEqual({ ...last, seq: c.auditLog.length, prevHash: last.hash, hash: expect.any(String) });
    expect(checkAuditLink({ length: c.auditLog.length, hash: last.hash }, appended)).toBeNull();
    expect(isExtensionEvent({ type: 'knelpunt.raise' })).toBe(true);
    expect(describeHerijkingPart({ kind: 'deelgebied', deelgebiedId: 'beekdal' }, 'en')).toBe('sub-area beekdal');
    expect(knelpuntActorId('k')).toBe('knelpunt:k');
    expect(regimeActorId('r')).toBe('regime:r');
    expect(triggeredHerijkingId('ind-x', '2029-12-31')).toBe('herijking-ind-x-2029-12-31');
    expect(areaProcessDiagram(createAreaProcessMachine(template, lindewaardSettings, testOptions))).toContain(
      'stateDiagram-v2',
    );
  });

  it('sorts, compares and resolves findings as reflect does', () => {
    const f = (ruleId: string, severity: Finding['severity'], path: (string | number)[]): Finding => ({
      ruleId,
      severity,
      message: { nl: ruleId, en: ruleId },
      section: '§2.3',
      path,
    });
    const findings = frozenCopy([
      f('b-rule', 'info', ['x']),
      f('a-rule', 'error', ['y', 2]),
      f('a-rule', 'error', ['y', 10]),
    ]);
    expect(sortFindings(findings)).toEqual(rawSortFindings(findings));
    expect(sortFindings(findings).map((x) => x.path)).toEqual([['y', 2], ['y', 10], ['x']]);
    const [first, second] = findings;
    if (!first || !second) throw new Error('two findings');
    expect(compareFindings(first, second)).toBeGreaterThan(0);
    expect(reflect({ process: snapshot }, { now: REFLECTION_NOW }).findings).toEqual(
      sortFindings(reflect({ process: snapshot }, { now: REFLECTION_NOW }).findings),
    );
    expect(comparePaths(['a', 2], ['a', 10])).toBeLessThan(0);
    expect(severityRank('warning')).toBe(1);
    expect(resolveFindingPath({ process: snapshot }, ['process', 'id'])).toBe(snapshot.id);
    const rule = defineReflectionRule({
      id: 'always-fine',
      section: '§2.2',
      severity: 'info',
      appliesTo: ['process'],
      title: { nl: 'Altijd goed', en: 'Always fine' },
      detect: () => [],
    });
    expect(rule.check({}, { now: REFLECTION_NOW })).toEqual([]);
  });
});

// ── bad input: typed errors with a path, nothing changed ─────────────────────────────────────

interface BadCase {
  readonly name: string;
  readonly call: () => unknown;
  readonly code: string;
  /** The error's path. */
  readonly path: readonly (string | number)[];
  /** The path of the first issue, when it goes deeper than the error's path. */
  readonly issue?: readonly (string | number)[];
  /** What the call was given, to check that it did not change. */
  readonly inputs?: readonly unknown[];
}

const ctx = frozenCopy(context);
const settings = frozenCopy(lindewaardSettings);
const knelpunt = frozenCopy(context.knelpunten.items[windHoeverveen.id]);
const regime = frozenCopy(context.regimes['woonregio-lindt']);
if (!knelpunt || !regime) throw new Error('scenario without knelpunt or regime');
const escalate = frozenCopy({ type: 'knelpunt.escalate', knelpuntId: windHoeverveen.id, ...meta(AFTER + 500) });
const stepClose = frozenCopy(ev.close(step4.id, day(AFTER + 500)));
const measure = frozenCopy({
  type: 'indicator.measure',
  indicatorId: 'ind-waterberging',
  value: 120,
  measuredOn: day(AFTER + 500).slice(0, 10),
  ...meta(AFTER + 500),
});
const lesson = frozenCopy({
  type: 'track.recordLesson',
  itemId: 'pilot-zon-op-berging',
  lesson: { id: 'les-twee', text: { nl: 'Twee', en: 'Two' } },
  ...meta(AFTER + 500),
});
const finding: Finding = frozenCopy({
  ruleId: 'escalation-model-missing',
  severity: 'error',
  message: { nl: 'Geen escalatiemodel', en: 'No escalation model' },
  section: '§2.3',
  path: ['startnotitie', 'escalation'],
});
const read = frozenCopy({ snapshot, context: snapshot.context as AreaProcessContext });
const ruleDefinition = {
  id: 'my-rule',
  section: '§2.2',
  severity: 'info',
  appliesTo: ['process'],
  title: { nl: 'Mijn regel', en: 'My rule' },
  detect: () => [],
} as const;
const brokenKnelpunten: AreaProcessContext = frozenCopy({
  ...context,
  knelpunten: { ...context.knelpunten, items: { ...context.knelpunten.items, [windHoeverveen.id]: { level: 'x' } } },
} as unknown as AreaProcessContext);
const cyclic: Record<string, unknown> = { type: 'change.minor', ...meta(AFTER + 500) };
cyclic.self = cyclic;

const asAny = (value: unknown) => value as never;

const badCases: BadCase[] = [
  // entry points, validated in place
  {
    name: 'createAreaProcess without input',
    call: () => createAreaProcess(asAny(undefined)),
    code: 'invalid_input',
    path: [],
  },
  {
    name: 'createAreaProcess with a reader that is not a function',
    call: () =>
      createAreaProcess({
        template,
        settings,
        startedAt: START,
        options: asAny({ readChosenVariant: 'chosenVariantId' }),
      }),
    code: 'invalid_argument',
    path: ['options', 'readChosenVariant'],
  },
  {
    name: 'createAreaProcess with a document type without schema',
    call: () => createAreaProcess({ template, settings, startedAt: START, options: asAny({ documents: { x: {} } }) }),
    code: 'invalid_argument',
    path: ['options', 'documents', 'x', 'schema'],
  },
  {
    name: 'replayAreaProcess with a log that is not an array',
    call: () => replayAreaProcess({ template, settings, startedAt: START, options: testOptions, log: asAny('log') }),
    code: 'invalid_input',
    path: ['log'],
  },
  {
    name: 'replayAreaProcess with an entry without seq',
    call: () =>
      replayAreaProcess({
        template,
        settings,
        startedAt: START,
        options: testOptions,
        log: asAny([{ ...context.auditLog[0], seq: undefined }]),
      }),
    code: 'invalid_input',
    path: ['log'],
    issue: ['log', 0, 'seq'],
  },
  {
    name: 'provincialRollup of one snapshot instead of a list',
    call: () => provincialRollup(asAny(snapshot)),
    code: 'invalid_input',
    path: ['snapshots'],
    inputs: [snapshot],
  },
  {
    name: 'provincialRollup with a misspelt option',
    call: () => provincialRollup([snapshot], asAny({ province: 'provincie-zuidmark' })),
    code: 'invalid_input',
    path: ['options'],
    issue: ['options'],
  },
  {
    name: 'provincialRollup of a snapshot with a malformed opgave verdict',
    call: () =>
      provincialRollup([
        {
          ...snapshot,
          context: { ...context, opgaveAssessments: [{ opgaveId: 'x' }] },
        },
      ]),
    code: 'invalid_input',
    path: ['snapshots', 0, 'context'],
    issue: ['snapshots', 0, 'context', 'opgaveAssessments', 0, 'placement'],
  },
  {
    name: 'dueItems of a snapshot whose context has no step records',
    call: () => dueItems({ ...snapshot, context: { ...context, steps: [] } }, DUE_NOW),
    code: 'invalid_input',
    path: ['snapshot', 'context'],
    issue: ['snapshot', 'context', 'steps'],
  },
  {
    name: 'areaProcessDiagram of a plain object',
    call: () => areaProcessDiagram(asAny({})),
    code: 'invalid_argument',
    path: ['machine'],
  },
  {
    name: 'resolveOptions(null)',
    call: () => resolveOptions(asAny(null)),
    code: 'invalid_argument',
    path: ['options'],
  },
  {
    name: 'validateDefinition with a numeric reader',
    call: () => validateDefinition(template, settings, asAny({ readBestRankedVariant: 1 })),
    code: 'invalid_argument',
    path: ['options', 'readBestRankedVariant'],
  },
  {
    name: 'knelpuntModelFromStartnotitie with null options',
    call: () => knelpuntModelFromStartnotitie(lindewaardStartnotitie.escalation, asAny(null)),
    code: 'invalid_input',
    path: ['options'],
  },
  // the due checkers
  {
    name: 'nextIjkmomentChecker of a bare snapshot (no { snapshot, context })',
    call: () => nextIjkmomentChecker(asAny(snapshot), DUE_NOW, asAny({})),
    code: 'invalid_input',
    path: ['read'],
    issue: ['read', 'snapshot'],
  },
  {
    name: 'escalationOverdueChecker with a broken knelpunt',
    call: () => escalationOverdueChecker({ snapshot, context: brokenKnelpunten }, DUE_NOW, asAny({})),
    code: 'invalid_input',
    path: ['read'],
    issue: ['read', 'context', 'knelpunten', 'items', windHoeverveen.id, 'knelpunt'],
    inputs: [brokenKnelpunten],
  },
  {
    name: 'evaluationDueChecker with a date without time',
    call: () => evaluationDueChecker(read, '2029-01-01', asAny({})),
    code: 'invalid_input',
    path: ['now'],
    inputs: [read],
  },
  {
    name: 'pblPublicationChecker with a context without status',
    call: () =>
      pblPublicationChecker({ snapshot, context: asAny({ ...context, status: undefined }) }, DUE_NOW, asAny({})),
    code: 'invalid_input',
    path: ['read'],
    issue: ['read', 'context', 'status'],
  },
  {
    name: 'herijkingTriggeredChecker without arguments',
    call: () => (herijkingTriggeredChecker as (...a: unknown[]) => unknown)(),
    code: 'invalid_input',
    path: ['read'],
  },
  // small helpers
  {
    name: 'describeHerijkingPart of "everything"',
    call: () => describeHerijkingPart(asAny({ kind: 'everything' }), 'nl'),
    code: 'invalid_input',
    path: ['scope'],
  },
  {
    name: 'describeHerijkingPart in German',
    call: () => describeHerijkingPart({ kind: 'opgave', opgaveId: 'opgave-wonen' }, asAny('de')),
    code: 'invalid_input',
    path: ['locale'],
  },
  {
    name: 'knelpuntTimeLimit without a model',
    call: () => knelpuntTimeLimit(asAny({}), 'mediation'),
    code: 'invalid_input',
    path: ['state'],
    issue: ['state', 'model'],
  },
  {
    name: 'knelpuntTimeLimit of an unknown level',
    call: () => knelpuntTimeLimit(knelpunt, asAny('escalated')),
    code: 'invalid_input',
    path: ['level'],
    inputs: [knelpunt],
  },
  {
    name: 'nextIntervention without the knelpunt',
    call: () => nextIntervention(asAny({ model: lindewaardModel }), 'mediation'),
    code: 'invalid_input',
    path: ['state'],
    issue: ['state', 'knelpunt'],
  },
  {
    name: 'positionLabel of a paused process',
    call: () => positionLabel(asAny({ status: 'paused', position: 'opstart' })),
    code: 'invalid_input',
    path: ['context'],
    issue: ['context', 'status'],
  },
  {
    name: 'herijkingUnderway without herijkingen',
    call: () => herijkingUnderway(asAny({ monitoring: {} })),
    code: 'invalid_input',
    path: ['context'],
    issue: ['context', 'monitoring', 'herijkingen'],
  },
  {
    name: 'initialAreaProcessContext with a Dutch date',
    call: () => initialAreaProcessContext(template, settings, '12-01-2026'),
    code: 'invalid_input',
    path: ['startedAt'],
  },
  {
    name: 'initialAreaProcessContext with settings naming an unknown step',
    call: () => initialAreaProcessContext(template, { ...settings, consentStepIds: ['geen-stap'] }, START),
    code: 'unknown_step',
    path: ['settings', 'consentStepIds', 0],
  },
  { name: 'stepOf with a numeric id', call: () => stepOf(template, asAny(4)), code: 'invalid_input', path: ['stepId'] },
  {
    name: 'consentRequired of no step',
    call: () => consentRequired(asAny({}), settings),
    code: 'invalid_input',
    path: ['step'],
  },
  {
    name: 'missingConsents with a step record that is null',
    call: () => missingConsents(definition, step4, asAny({ steps: { [step4.id]: null } })),
    code: 'invalid_input',
    path: ['context'],
    issue: ['context', 'steps', step4.id],
  },
  {
    name: 'defaultReadChosenVariant(null)',
    call: () => defaultReadChosenVariant(asAny(null)),
    code: 'invalid_input',
    path: ['deliverable'],
  },
  {
    name: 'defaultReadBestRankedVariant of a string',
    call: () => defaultReadBestRankedVariant(asAny('variant-a')),
    code: 'invalid_input',
    path: ['assessment'],
  },
  {
    name: 'knelpuntActorId of an empty id',
    call: () => knelpuntActorId(''),
    code: 'invalid_input',
    path: ['knelpuntId'],
  },
  { name: 'regimeActorId of a number', call: () => regimeActorId(asAny(7)), code: 'invalid_input', path: ['regimeId'] },
  {
    name: 'triggeredHerijkingId with a Dutch date',
    call: () => triggeredHerijkingId('ind-waterberging', '31-12-2029'),
    code: 'invalid_input',
    path: ['measuredOn'],
  },
  {
    name: 'severityRank of "fatal"',
    call: () => severityRank(asAny('fatal')),
    code: 'invalid_input',
    path: ['severity'],
  },
  // reflection helpers
  {
    name: 'sortFindings with an unknown severity',
    call: () => sortFindings([finding, asAny({ ...finding, severity: 'fatal' })]),
    code: 'invalid_input',
    path: ['findings'],
    issue: ['findings', 1, 'severity'],
    inputs: [finding],
  },
  {
    name: 'sortFindings of one finding',
    call: () => sortFindings(asAny(finding)),
    code: 'invalid_input',
    path: ['findings'],
  },
  {
    name: 'compareFindings with an empty object',
    call: () => compareFindings(finding, asAny({})),
    code: 'invalid_input',
    path: ['b'],
  },
  { name: 'comparePaths of a string', call: () => comparePaths(['a'], asAny('a')), code: 'invalid_input', path: ['b'] },
  {
    name: 'resolveFindingPath with a dotted string',
    call: () => resolveFindingPath({}, asAny('process.id')),
    code: 'invalid_input',
    path: ['path'],
  },
  {
    name: 'defineReflectionRule without detect function',
    call: () => defineReflectionRule(asAny({ ...ruleDefinition, detect: 'none' })),
    code: 'invalid_input',
    path: ['definition'],
    issue: ['definition', 'detect'],
  },
  {
    name: 'defineReflectionRule with a camelCase id',
    call: () => defineReflectionRule({ ...ruleDefinition, id: 'myRule' }),
    code: 'invalid_input',
    path: ['definition'],
    issue: ['definition', 'id'],
  },
  // the whole-process building blocks
  {
    name: 'machineOf of an unresolved definition',
    call: () => machineOf(asAny({ template, settings })),
    code: 'invalid_argument',
    path: ['definition', 'options'],
  },
  {
    name: 'checkEvent of an event without payload',
    call: () => checkEvent(definition, ctx, asAny({ type: 'step.close' })),
    code: 'invalid_input',
    path: ['event'],
    inputs: [ctx],
  },
  {
    name: 'checkEvent with a context without audit log',
    call: () => checkEvent(definition, asAny({ ...ctx, auditLog: null }), stepClose as ProcessEvent),
    code: 'invalid_input',
    path: ['context'],
    issue: ['context', 'auditLog'],
    inputs: [stepClose],
  },
  {
    name: 'checkEvent with template and settings swapped',
    call: () => checkEvent(asAny({ ...definition, template: settings, settings: template }), ctx, stepClose as never),
    code: 'invalid_input',
    path: ['definition', 'template'],
  },
  {
    name: 'reduceEvent with a context that is an array',
    call: () => reduceEvent(definition, asAny([ctx]), stepClose as never),
    code: 'invalid_input',
    path: ['context'],
    inputs: [ctx, stepClose],
  },
  {
    name: 'appendAudit of an event without actor',
    call: () => appendAudit(ctx, ctx, asAny({ type: 'change.minor', timestamp: day(AFTER + 500), role: 'regisseur' })),
    code: 'invalid_input',
    path: ['event'],
    issue: ['event', 'actor'],
    inputs: [ctx],
  },
  {
    name: 'appendAudit of an event that is not plain JSON',
    call: () => appendAudit(ctx, ctx, asAny(cyclic)),
    code: 'invalid_argument',
    path: ['event'],
    inputs: [ctx],
  },
  {
    name: 'checkAreaProcessEvent of a knelpunt event without knelpuntId',
    call: () => checkAreaProcessEvent(definition, ctx, asAny({ ...escalate, knelpuntId: undefined })),
    code: 'invalid_input',
    path: ['event'],
    issue: ['event', 'knelpuntId'],
    inputs: [ctx],
  },
  {
    name: 'checkAreaProcessEvent about a knelpunt whose state is broken',
    call: () => checkAreaProcessEvent(definition, brokenKnelpunten, escalate as never),
    code: 'invalid_input',
    path: ['context', 'knelpunten', 'items', windHoeverveen.id],
    inputs: [brokenKnelpunten, escalate],
  },
  {
    name: 'reduceAreaProcessEvent with monitoring readings that are not an array',
    call: () =>
      reduceAreaProcessEvent(
        definition,
        asAny({ ...ctx, monitoring: { ...ctx.monitoring, readings: {} } }),
        measure as never,
      ),
    code: 'invalid_input',
    path: ['context'],
    issue: ['context', 'monitoring', 'readings'],
    inputs: [ctx, measure],
  },
  {
    name: 'checkExtensionEvent with an empty process id',
    call: () => checkExtensionEvent('', ctx, escalate as never),
    code: 'invalid_input',
    path: ['processId'],
  },
  {
    name: 'checkExtensionEvent of a core process event',
    call: () => checkExtensionEvent(definition.settings.processId, ctx, stepClose as never),
    code: 'invalid_input',
    path: ['event', 'type'],
    inputs: [ctx, stepClose],
  },
  {
    name: 'reduceExtensionEvent of a context without tracks',
    call: () => reduceExtensionEvent(asAny({ ...ctx, tracks: undefined }), lesson as never),
    code: 'invalid_input',
    path: ['context'],
    issue: ['context', 'tracks'],
    inputs: [ctx, lesson],
  },
  { name: 'isExtensionEvent(null)', call: () => isExtensionEvent(asAny(null)), code: 'invalid_input', path: ['event'] },
  // the slice building blocks
  {
    name: 'checkKnelpuntProcessEvent with a slice without items',
    call: () => checkKnelpuntProcessEvent(asAny({ model: lindewaardModel }), escalate as never),
    code: 'invalid_input',
    path: ['slice'],
    issue: ['slice', 'items'],
  },
  {
    name: 'reduceKnelpuntProcessEvent of an unknown event type',
    call: () => reduceKnelpuntProcessEvent(ctx.knelpunten, asAny({ ...escalate, type: 'knelpunt.solve' })),
    code: 'invalid_input',
    path: ['event'],
    inputs: [ctx],
  },
  {
    name: 'knelpuntChildEvent of a payload without type',
    call: () => knelpuntChildEvent(asAny({ knelpuntId: 'k' })),
    code: 'invalid_input',
    path: ['event'],
  },
  {
    name: 'knelpuntInputOf an escalation instead of a raise',
    call: () => knelpuntInputOf(ctx.knelpunten, asAny(escalate)),
    code: 'invalid_input',
    path: ['event'],
    inputs: [ctx, escalate],
  },
  {
    name: 'planKnelpuntEvent on a state that is not a knelpunt state',
    call: () => {
      const plan = planKnelpuntEvent(asAny({ level: 'mediation' }), knelpuntChildEvent(escalate as never));
      if (!plan.ok) throw plan.error;
      return plan;
    },
    code: 'invalid_input',
    path: ['state'],
  },
  {
    name: 'applyKnelpuntEvent on undefined',
    call: () => applyKnelpuntEvent(asAny(undefined), knelpuntChildEvent(escalate as never)),
    code: 'invalid_input',
    path: ['state'],
  },
  {
    name: 'checkRegimeProcessEvent with a slice that is a list',
    call: () =>
      checkRegimeProcessEvent(
        asAny([regime]),
        asAny({ type: 'regime.redraft', regimeId: 'woonregio-lindt', ...meta(800) }),
      ),
    code: 'invalid_input',
    path: ['slice'],
    inputs: [regime],
  },
  {
    name: 'reduceRegimeProcessEvent on a broken regime',
    call: () =>
      reduceRegimeProcessEvent(
        asAny({ 'woonregio-lindt': { ...regime, status: 'waiting' } }),
        asAny({ type: 'regime.redraft', regimeId: 'woonregio-lindt', ...meta(800, 'regio-lindt', 'trekker') }),
      ),
    code: 'invalid_input',
    path: ['slice', 'woonregio-lindt'],
  },
  {
    name: 'regimeChildEvent of an unknown type',
    call: () => regimeChildEvent(asAny({ type: 'regime.pause', regimeId: 'r', ...meta(800) })),
    code: 'invalid_input',
    path: ['event'],
  },
  {
    name: 'regimeInputOf a start without regime',
    call: () => regimeInputOf(asAny({ type: 'regime.start', ...meta(800) })),
    code: 'invalid_input',
    path: ['event'],
    issue: ['event', 'regime'],
  },
  {
    name: 'planRegimeEvent on null',
    call: () => {
      const plan = planRegimeEvent(asAny(null), { type: 'regime.redraft', ...meta(800, 'regio-lindt', 'trekker') });
      if (!plan.ok) throw plan.error;
      return plan;
    },
    code: 'invalid_input',
    path: ['state'],
  },
  {
    name: 'applyRegimeEvent on a state without plans',
    call: () => applyRegimeEvent(asAny({ ...regime, plans: undefined }), { type: 'regime.redraft', ...meta(800) }),
    code: 'invalid_input',
    path: ['state'],
    inputs: [regime],
  },
  {
    name: 'checkIjkmomentProcessEvent without process',
    call: () =>
      checkIjkmomentProcessEvent(
        ctx.ijkmomenten,
        { type: 'ijkmoment.hold', record: heldRecord, ...meta(800) } as never,
        asAny(undefined),
      ),
    code: 'invalid_input',
    path: ['process'],
    inputs: [ctx],
  },
  {
    name: 'reduceIjkmomentProcessEvent with held records that are not a list',
    call: () =>
      reduceIjkmomentProcessEvent(
        asAny({ held: null }),
        asAny({ type: 'ijkmoment.schedule', schedule: {}, ...meta(800) }),
      ),
    code: 'invalid_input',
    path: ['slice'],
    issue: ['slice', 'held'],
  },
  {
    name: 'checkIjkmomentRecord without heldIds',
    call: () => checkIjkmomentRecord(heldRecord, asAny({ processId: 'gebiedsproces-lindewaard', knelpuntIds: [] })),
    code: 'invalid_input',
    path: ['context'],
    issue: ['context', 'heldIds'],
  },
  {
    name: 'checkMonitoringEvent with a position that is a boolean',
    call: () => checkMonitoringEvent(ctx.monitoring, measure as never, asAny(true)),
    code: 'invalid_input',
    path: ['position'],
    inputs: [ctx, measure],
  },
  {
    name: 'reduceMonitoringEvent of an empty state',
    call: () => reduceMonitoringEvent(asAny({}), measure as never),
    code: 'invalid_input',
    path: ['state'],
    inputs: [measure],
  },
  {
    name: 'applyMonitoringEvent on a state without readings',
    call: () =>
      applyMonitoringEvent(asAny({ ...ctx.monitoring, readings: undefined }), measure, { inMonitoring: true }),
    code: 'invalid_input',
    path: ['state'],
    issue: ['state', 'readings'],
    inputs: [ctx, measure],
  },
  {
    name: 'checkTrackEvent on the tracks alone',
    call: () => checkTrackEvent(asAny(ctx.tracks), lesson as never),
    code: 'invalid_input',
    path: ['state'],
    inputs: [ctx, lesson],
  },
  {
    name: 'reduceTrackEvent of an event without lesson',
    call: () =>
      reduceTrackEvent({ tracks: ctx.tracks, monitoring: ctx.monitoring }, asAny({ ...lesson, lesson: undefined })),
    code: 'invalid_input',
    path: ['event'],
    inputs: [ctx, lesson],
  },
  {
    name: 'applyTrackEvent without monitoring',
    call: () => applyTrackEvent(asAny({ tracks: ctx.tracks }), lesson),
    code: 'invalid_input',
    path: ['state'],
    issue: ['state', 'monitoring'],
    inputs: [ctx, lesson],
  },
];

describe('bad input gets a typed error with a path, and nothing changes', () => {
  it.each(badCases)('$name → $code at $path', ({ call, code, path, issue, inputs = [] }) => {
    const before = inputs.map((i) => JSON.stringify(i));
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(isGebiedsgerichtError(thrown), String(thrown)).toBe(true);
    const error = thrown as GebiedsgerichtError;
    expect({ code: error.code, path: error.path }).toEqual({ code, path: [...path] });
    expect(error.messageIn('nl').length).toBeGreaterThan(0);
    expect(error.messageIn('en').length).toBeGreaterThan(0);
    if (issue) expect(error.issues[0]?.path).toEqual([...issue]);
    expect(inputs.map((i) => JSON.stringify(i))).toEqual(before);
  });

  it('covers every function the garbage probe found answering with a raw TypeError', () => {
    const fixed = [
      'appendAudit',
      'areaProcessDiagram',
      'checkAreaProcessEvent',
      'checkEvent',
      'checkExtensionEvent',
      'checkIjkmomentProcessEvent',
      'checkKnelpuntProcessEvent',
      'checkMonitoringEvent',
      'checkRegimeProcessEvent',
      'checkTrackEvent',
      'compareFindings',
      'comparePaths',
      'consentRequired',
      'createAreaProcess',
      'defaultReadBestRankedVariant',
      'defaultReadChosenVariant',
      'defineReflectionRule',
      'describeHerijkingPart',
      'escalationOverdueChecker',
      'evaluationDueChecker',
      'herijkingTriggeredChecker',
      'herijkingUnderway',
      'initialAreaProcessContext',
      'isExtensionEvent',
      'knelpuntChildEvent',
      'knelpuntInputOf',
      'knelpuntTimeLimit',
      'machineOf',
      'missingConsents',
      'nextIjkmomentChecker',
      'nextIntervention',
      'pblPublicationChecker',
      'positionLabel',
      'provincialRollup',
      'reduceAreaProcessEvent',
      'reduceEvent',
      'reduceExtensionEvent',
      'reduceIjkmomentProcessEvent',
      'reduceKnelpuntProcessEvent',
      'reduceMonitoringEvent',
      'reduceRegimeProcessEvent',
      'reduceTrackEvent',
      'regimeChildEvent',
      'regimeInputOf',
      'replayAreaProcess',
      'resolveFindingPath',
      'sortFindings',
      'stepOf',
    ];
    const named = new Set(badCases.map((c) => c.name.split(/[ (]/)[0]));
    expect(fixed.filter((name) => !named.has(name))).toEqual([]);
  });
});

describe('garbage at the public boundary', () => {
  // The probe that found the gaps, kept as a regression test: every exported function, called with
  // garbage, either answers (a value, or a result that carries the error) or throws a typed error.
  const GARBAGE: readonly (readonly unknown[])[] = [[{}], [undefined], [Number.NaN], [[Number.NaN]], [{}, {}], [null]];
  const functions = Object.entries(api).filter(
    (entry): entry is [string, (...args: unknown[]) => unknown] =>
      typeof entry[1] === 'function' && !/^[A-Z]/.test(entry[0]),
  );

  it('exports functions to probe', () => {
    expect(functions.length).toBeGreaterThan(80);
  });

  it.each(functions.map(([name, fn]) => ({ name, fn })))('$name never throws an untyped error', ({ fn }) => {
    for (const args of GARBAGE) {
      try {
        fn(...args);
      } catch (error) {
        expect(isGebiedsgerichtError(error), `${JSON.stringify(args)}: ${String(error)}`).toBe(true);
      }
    }
  });
});
