import {
  type Actors,
  ActorsSchema,
  type AreaProcessSettings,
  AreaProcessSettingsSchema,
  governmentLayerOf,
  IdSchema,
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
 * Derives the process settings from the startnotitie and the actors document: the medeoverheden
 * (the parties of the startnotitie's party agreements that are a government: rijk, provincie,
 * gemeente, waterschap), the steps that need the consent of every medeoverheid (the
 * startnotitie's `consentStepIds` and the steps of every decision rule that asks for it), the
 * change rules (who approves a major change, which steps may be reopened, whether and how a
 * criterion may be added later) and the agreed timeboxes in days.
 *
 * @example
 * const settings = settingsFromStartnotitie(startnotitie, actors, { processId: 'gebiedsproces-lindewaard' });
 * const process = createAreaProcess({ template: defaultStepTemplate, settings, startedAt });
 * @see handreiking bijlage 1, onderdeel 2 (stap 0: "richt direct de bestuurlijke besluitvorming in"); §2.7
 */
export function settingsFromStartnotitie(
  startnotitie: Startnotitie,
  actors: Actors,
  options: { readonly processId: string },
): AreaProcessSettings {
  const s = validate(StartnotitieSchema, startnotitie, { path: ['startnotitie'] });
  const a = validate(ActorsSchema, actors, { path: ['actors'] });
  const processId = validate(IdSchema, options.processId, { path: ['options', 'processId'] });
  const medeoverheden: AreaProcessSettings['medeoverheden'] = [];
  for (const agreement of s.partyAgreements) {
    const party = a.parties.find((p) => p.id === agreement.partyId);
    const layer = party ? governmentLayerOf(party.kind) : undefined;
    if (layer && !medeoverheden.some((m) => m.partyId === agreement.partyId)) {
      medeoverheden.push({ partyId: agreement.partyId, layer });
    }
  }
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
  const settings: AreaProcessSettings = {
    processId,
    areaId: s.areaId,
    ...(a.provinceId ? { provinceId: a.provinceId } : {}),
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
  };
  return validate(AreaProcessSettingsSchema, settings, { path: ['settings'] });
}
