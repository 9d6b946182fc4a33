import {
  dateInZone,
  daysBetween,
  ElectionCalendarSchema,
  type ElectionKind,
  type GovernmentLayer,
  validate,
} from '@gebiedsgericht/core';
import { lastEventOf, readNow } from '../internal/readNow';
import { readSnapshot } from '../internal/readSnapshot';
import { SLICE_DUE_CHECKERS } from '../sliceDueCheckers';
import { defaultElectionCalendar } from './defaultElectionCalendar';
import { type DueChecker, type DueItem, type DueItemsOptions, DueKind } from './dueItem';

export { type DueChecker, type DueItem, type DueItemsOptions, DueKind };

const ELECTION_OF: Readonly<Record<GovernmentLayer, ElectionKind>> = {
  gemeente: 'gemeenteraad',
  provincie: 'provinciale_staten',
  waterschap: 'waterschap',
  rijk: 'tweede_kamer',
};

const timeboxes: DueChecker = ({ snapshot, context }, now) => {
  if (context.status === 'stopped') return [];
  const step = snapshot.template.steps.find((s) => s.id === context.position);
  const record = step ? context.steps[step.id] : undefined;
  const timebox = step
    ? ((snapshot.settings.stepTimeboxDays && Object.hasOwn(snapshot.settings.stepTimeboxDays, step.id)
        ? snapshot.settings.stepTimeboxDays[step.id]
        : undefined) ?? step.gate.timeboxDays)
    : undefined;
  if (!step || !timebox || !record?.openedAt) return [];
  const open = daysBetween(record.openedAt, now);
  if (open <= timebox) return [];
  return [
    {
      kind: 'timebox_exceeded',
      severity: 'warning',
      stepId: step.id,
      message: {
        nl: `${step.label.nl} staat ${open} dagen open (tijdvak ${timebox}): het beeld is nooit 100% compleet`,
        en: `${step.label.en} has been open ${open} days (timebox ${timebox}): the picture is never 100% complete`,
      },
    },
  ];
};

const fastClosures: DueChecker = ({ snapshot, context }) => {
  const items: DueItem[] = [];
  for (const step of snapshot.template.steps) {
    const minimum = step.gate.minimumDays;
    const record = context.steps[step.id];
    if (!minimum || !record) continue;
    const rounds = [
      ...record.history,
      ...(record.status === 'closed' && record.openedAt && record.closedAt ? [record] : []),
    ];
    for (const round of rounds) {
      if (!round.openedAt || !round.closedAt) continue;
      const took = daysBetween(round.openedAt, round.closedAt);
      if (took < minimum) {
        items.push({
          kind: 'closed_suspiciously_fast',
          severity: 'attention',
          stepId: step.id,
          date: dateInZone(round.closedAt),
          message: {
            nl: `${step.label.nl} is na ${took} dagen gesloten (verwacht minstens ${minimum}): opstarten kost écht tijd`,
            en: `${step.label.en} closed after ${took} days (expected at least ${minimum}): starting up really takes time`,
          },
        });
      }
    }
  }
  return items;
};

const elections: DueChecker = ({ snapshot, context }, now, { elections: calendar }) => {
  const items: DueItem[] = [];
  const today = dateInZone(now);
  for (const planned of context.plannedDecisions) {
    if (planned.plannedDate < today) continue;
    const layer = snapshot.settings.medeoverheden.find((m) => m.partyId === planned.partyId)?.layer;
    if (!layer) continue;
    for (const election of calendar.elections) {
      if (election.kind !== ELECTION_OF[layer]) continue;
      const offset = daysBetween(election.date, planned.plannedDate);
      if (offset < -calendar.windowDaysBefore || offset > calendar.windowDaysAfter) continue;
      const when = offset < 0 ? `${-offset} dagen vóór` : `${offset} dagen na`;
      const whenEn = offset < 0 ? `${-offset} days before` : `${offset} days after`;
      items.push({
        kind: 'decision_near_election',
        severity: 'warning',
        date: planned.plannedDate,
        refId: planned.id,
        ...(planned.stepId ? { stepId: planned.stepId } : {}),
        message: {
          nl: `Besluit "${planned.subject}" van ${planned.partyId} (${planned.plannedDate}) valt ${when} de verkiezingen van ${election.date}${election.indicative ? ' (indicatieve datum)' : ''}`,
          en: `Decision "${planned.subject}" by ${planned.partyId} (${planned.plannedDate}) falls ${whenEn} the election of ${election.date}${election.indicative ? ' (indicative date)' : ''}`,
        },
      });
    }
  }
  return items;
};

const agreements: DueChecker = ({ context }, now) =>
  context.agreements
    .filter((a) => !a.fulfilledOn && a.dueDate < dateInZone(now))
    .map((a) => ({
      kind: 'agreement_overdue',
      severity: 'warning' as const,
      date: a.dueDate,
      refId: a.id,
      ...(a.stepId ? { stepId: a.stepId } : {}),
      message: {
        nl: `Afspraak ${a.id} met ${a.partyId} had op ${a.dueDate} moeten zijn nagekomen`,
        en: `Agreement ${a.id} with ${a.partyId} was due on ${a.dueDate}`,
      },
    }));

const reviews: DueChecker = ({ snapshot, context }) =>
  snapshot.template.steps
    .filter((step) => context.steps[step.id]?.needsReview)
    .map((step) => ({
      kind: 'review_pending',
      severity: 'attention' as const,
      stepId: step.id,
      message: {
        nl: `Het product van ${step.label.nl} moet worden herzien na een heropende eerdere stap`,
        en: `The deliverable of ${step.label.en} must be reviewed after an earlier step was reopened`,
      },
    }));

/**
 * The checkers {@link dueItems} runs, in order. Later parts of the package add theirs here
 * (ijkmomenten, escalations, evaluations).
 */
export const dueCheckers: readonly DueChecker[] = [
  timeboxes,
  fastClosures,
  elections,
  agreements,
  reviews,
  // Next ijkmoment of each kind, overdue escalations, evaluation due, PBL, triggered herijkingen.
  ...SLICE_DUE_CHECKERS,
];

/**
 * What is due in an area process at `now`: a step open beyond its timebox (step 1 by default),
 * a step closed suspiciously fast (step 0 by default), a planned decision close to an election of
 * the deciding body (with a calendar you can pass), overdue agreements, and deliverables awaiting
 * review; and the next ijkmoment of each kind, knelpunten past the time limit of their
 * escalation level, the periodic evaluation when due, new PBL publications that call for an
 * evaluation, and herijkingen that indicator trigger values put on the agenda. Pure: the same
 * snapshot and `now` always give the same list. Every `date` is a calendar date in Europe/Amsterdam
 * (the process's time zone), also when the moment it comes from was written in UTC; "today" is the
 * date of `now` there. A `now` before the last event of the snapshot (less five minutes' tolerance
 * for clocks) is refused with `now_before_last_event` (path `now`).
 *
 * @example
 * dueItems(snapshot, '2026-11-02T09:00:00+01:00').map((d) => d.message.nl);
 * @see handreiking bijlage 1, onderdeel 2; §2.3 (continuïteit over verkiezingen)
 */
export function dueItems(snapshot: unknown, now: string, options: DueItemsOptions = {}): DueItem[] {
  const read = readSnapshot(snapshot);
  const at = readNow(now, lastEventOf(read.context));
  const calendar = validate(ElectionCalendarSchema, options.elections ?? defaultElectionCalendar, {
    path: ['options', 'elections'],
  });
  return dueCheckers.flatMap((check) => check(read, at, { elections: calendar }));
}
