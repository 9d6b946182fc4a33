import {
  type Actors,
  ActorsSchema,
  type GebiedsprocesAuthority,
  type GebiedsprocesSettings,
  GebiedsprocesSettingsSchema,
  IdSchema,
  medeoverhedenOf,
  type Startnotitie,
  StartnotitieSchema,
  validate,
} from '@gebiedsgericht/core';
import { add } from 'date-fns/add';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';

const DURATION = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** Days an ISO 8601 duration spans from a start date (calendar-aware: P6M from 1 March is 184 days). */
function durationInDays(duration: string, from: string): number | undefined {
  const m = DURATION.exec(duration);
  if (!m) return undefined;
  const n = (i: number) => Number(m[i] ?? 0);
  const start = parseISO(from);
  const end = add(start, {
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    hours: n(5),
    minutes: n(6),
    seconds: n(7),
  });
  return Math.max(1, differenceInCalendarDays(end, start));
}

/**
 * The provinces of the area: every province with a party agreement or at the gebiedstafel, and the
 * lead: the trekker of an interprovincial coordination structure, else the actors document's
 * province, else the only province.
 */
function provincesOf(a: Actors, s: Startnotitie): { lead?: string; all: string[] } {
  const involved = new Set<string>(s.partyAgreements.map((x) => x.partyId));
  for (const st of a.structures) for (const m of st.members) involved.add(m.partyId);
  const all = a.parties.filter((p) => p.kind === 'provincie' && involved.has(p.id)).map((p) => p.id);
  const coordination = a.structures.find((st) => st.type === 'interprovinciale_afstemming');
  const lead =
    (coordination?.type === 'interprovinciale_afstemming' ? coordination.leadProvinceId : undefined) ??
    a.provinceId ??
    (all.length === 1 ? all[0] : undefined);
  if (lead !== undefined && !all.includes(lead)) all.unshift(lead);
  return lead === undefined ? { all } : { lead, all };
}

/** Who may do what, from the startnotitie's parties, bodies, decision rules and change rules. */
function authorityOf(s: Startnotitie, a: Actors): GebiedsprocesAuthority {
  return {
    parties: a.parties.map((party) => ({
      id: party.id,
      kind: party.kind,
      bodyIds: (party.bodies ?? []).map((b) => b.id),
      personIds: a.persons.filter((p) => p.partyId === party.id).map((p) => p.id),
      roles: [
        ...new Set([
          ...s.partyAgreements.filter((x) => x.partyId === party.id).flatMap((x) => x.roles),
          ...a.roleAssignments.filter((x) => x.partyId === party.id).map((x) => x.role),
          ...(a.structures.some((st) => st.chair?.partyId === party.id) ? (['voorzitter'] as const) : []),
        ]),
      ],
    })),
    structures: a.structures.map((st) => ({ id: st.id, memberPartyIds: st.members.map((m) => m.partyId) })),
    decisionRules: s.decisionMaking.rules.map((rule) => ({
      id: rule.id,
      ...(rule.stepIds ? { stepIds: [...rule.stepIds] } : {}),
      deciders: rule.deciders.map((d) => ({ ...d })),
      consentOfAllMedeoverheden: rule.consentOfAllMedeoverheden,
    })),
    minorChangeRecordedBy: s.changeRules.minor.recordedBy,
    majorChangeDecidedIn: s.changeRules.major.decidedIn,
  };
}

/**
 * Derives the process settings from the startnotitie and the actors document: the lead province
 * and every province involved (§2.1), the medeoverheden (core's `medeoverhedenOf`: every provincie,
 * gemeente and waterschap with a party agreement or a full seat at the gebiedstafel), who may do
 * what (`authority`: parties with their bodies, persons and agreed roles, structures with their
 * members, the decision rules, who records minor changes and where major ones are decided), the steps that need the consent of every medeoverheid (the
 * startnotitie's `consentStepIds` and the steps of every decision rule that asks for it), the
 * change rules (who approves a major change, which steps may be reopened, whether and how a
 * criterion may be added later) and the agreed timeboxes in days.
 *
 * @example
 * const settings = settingsFromStartnotitie(startnotitie, actors, { processId: 'gebiedsproces-lindewaard' });
 * const process = createGebiedsproces({ template: defaultStepTemplate, settings, startedAt });
 * @see handreiking bijlage 1, onderdeel 2 (stap 0: "richt direct de bestuurlijke besluitvorming in"); §2.7
 */
export function settingsFromStartnotitie(
  startnotitie: Startnotitie,
  actors: Actors,
  options: { readonly processId: string },
): GebiedsprocesSettings {
  const s = validate(StartnotitieSchema, startnotitie, { path: ['startnotitie'] });
  const a = validate(ActorsSchema, actors, { path: ['actors'] });
  const processId = validate(IdSchema, options.processId, { path: ['options', 'processId'] });
  const medeoverheden = medeoverhedenOf(
    a,
    s.partyAgreements.map((agreement) => agreement.partyId),
  );
  const provinces = provincesOf(a, s);
  const consentStepIds = [...s.decisionMaking.consentStepIds];
  for (const rule of s.decisionMaking.rules) {
    if (!rule.consentOfAllMedeoverheden) continue;
    for (const stepId of rule.stepIds ?? []) if (!consentStepIds.includes(stepId)) consentStepIds.push(stepId);
  }
  const stepTimeboxDays: Record<string, number> = {};
  for (const planned of s.processDesign.steps) {
    if (!planned.timebox) continue;
    const days = durationInDays(planned.timebox, planned.plannedStart);
    if (days) stepTimeboxDays[planned.stepId] = days;
  }
  const major = s.changeRules.major;
  const settings: GebiedsprocesSettings = {
    processId,
    areaId: s.areaId,
    ...(provinces.lead ? { provinceId: provinces.lead } : {}),
    ...(provinces.all.length > 1 ? { provinceIds: provinces.all } : {}),
    startnotitieId: s.id,
    medeoverheden,
    consentStepIds,
    changeRules: {
      majorChangeApprovers: [...major.approverPartyIds],
      ...(major.reopenableStepIds ? { reopenableStepIds: [...major.reopenableStepIds] } : {}),
      newCriterion: {
        allowed: s.changeRules.newCriterion.allowed,
        approverPartyIds: [...s.changeRules.newCriterion.approverPartyIds],
      },
    },
    ...(Object.keys(stepTimeboxDays).length > 0 ? { stepTimeboxDays } : {}),
    authority: authorityOf(s, a),
  };
  return validate(GebiedsprocesSettingsSchema, settings, { path: ['settings'] });
}
