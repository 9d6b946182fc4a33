import type { GebiedsprocesContext } from '@gebiedsgericht/core';
import { addIsoDuration, dateInZone, KnelpuntLevel, labelledEnum, PblSeries } from '@gebiedsgericht/core';
import { nextIjkmomenten } from '../ijkmomenten/nextIjkmomenten';
import { overdueKnelpunten } from '../knelpunten/overdueKnelpunten';
import type { DueChecker, DueItem } from '../queries/dueItem';
import { describeHerijkingPart } from './describeHerijkingPart';
import { evaluationDue, pblPublicationsCallingForEvaluation, triggeredHerijkingen } from './monitoringDue';

/**
 * The kinds of due item the second half adds to the "what is due" query.
 *
 * @example
 * ExtensionDueKind.label('escalation_overdue', 'nl'); // 'Escalatietermijn verstreken'
 * @see handreiking §2.2; §2.3; bijlage 1, onderdeel 4
 */
export const ExtensionDueKind = labelledEnum({
  next_ijkmoment: { nl: 'Volgend ijkmoment', en: 'Next ijkmoment' },
  escalation_overdue: { nl: 'Escalatietermijn verstreken', en: 'Escalation time limit passed' },
  evaluation_due: { nl: 'Evaluatie nodig', en: 'Evaluation due' },
  pbl_publication: {
    nl: 'Nieuwe PBL-publicatie vraagt om evaluatie',
    en: 'New PBL publication calls for an evaluation',
  },
  herijking_triggered: {
    nl: 'Herijking geagendeerd door signaalwaarde',
    en: 'Herijking put on the agenda by a trigger value',
  },
});
/** One of the {@link ExtensionDueKind} values. */
export type ExtensionDueKind = (typeof ExtensionDueKind.values)[number];

/** How far ahead an evaluation counts as due (days). */
const EVALUATION_HORIZON_DAYS = 60;

function extensionOf(context: object): Partial<GebiedsprocesContext> {
  return context as Partial<GebiedsprocesContext>;
}

const KIND_NL = {
  programme_moment: 'Volgend programma-ijkmoment (NOVEX)',
  regional_moment: 'Volgend regionaal ijkmoment',
  external_deadline: 'Volgende externe deadline',
} as const;
const KIND_EN = {
  programme_moment: 'Next programme moment (NOVEX)',
  regional_moment: 'Next regional moment',
  external_deadline: 'Next external deadline',
} as const;

/** The next ijkmoment of each kind, with what is on its agenda (knelpunten and triggered herijkingen). */
export const nextIjkmomentChecker: DueChecker = ({ context }, now) => {
  const ext = extensionOf(context);
  const schedule = ext.ijkmomenten?.schedule;
  if (schedule === undefined || context.status === 'stopped') return [];
  const knelpunten = Object.values(ext.knelpunten?.items ?? {});
  /** Only the knelpunten put on the agenda of this very ijkmoment. */
  const onAgendaOf = (id: string) =>
    knelpunten.filter((k) => k.level === 'ijkmoment_agenda' && k.stays[k.stays.length - 1]?.ijkmomentId === id).length;
  const herijkingen = ext.monitoring ? triggeredHerijkingen(ext.monitoring).length : 0;
  const next = nextIjkmomenten(schedule, now);
  const items: DueItem[] = [];
  for (const kind of ['programme_moment', 'regional_moment', 'external_deadline'] as const) {
    const o = next[kind];
    if (o === undefined) continue;
    const onAgenda = onAgendaOf(o.id);
    const agenda =
      kind === 'external_deadline' || onAgenda + herijkingen === 0
        ? { nl: '', en: '' }
        : {
            nl: ` — op de agenda: ${onAgenda} knelpunt(en), ${herijkingen} herijking(en)`,
            en: ` — on the agenda: ${onAgenda} knelpunt(en), ${herijkingen} herijking(en)`,
          };
    items.push({
      kind: 'next_ijkmoment',
      severity: 'attention',
      date: o.date,
      refId: o.id,
      message: {
        nl: `${KIND_NL[kind]}: ${o.name} op ${o.date}${agenda.nl}`,
        en: `${KIND_EN[kind]}: ${o.name} on ${o.date}${agenda.en}`,
      },
    });
  }
  return items;
};

/** Knelpunten whose current escalation level is past its time limit. */
export const escalationOverdueChecker: DueChecker = ({ context }, now) => {
  const items = Object.values(extensionOf(context).knelpunten?.items ?? {});
  return overdueKnelpunten(items, now).map((o) => ({
    kind: 'escalation_overdue',
    severity: 'warning' as const,
    date: dateInZone(o.dueAt),
    refId: o.knelpuntId,
    message: {
      nl: `Knelpunt ${o.knelpuntId}: termijn van "${KnelpuntLevel.label(o.level, 'nl')}" ${o.daysOverdue} dag(en) verstreken`,
      en: `Knelpunt ${o.knelpuntId}: time limit of "${KnelpuntLevel.label(o.level, 'en')}" passed ${o.daysOverdue} day(s) ago`,
    },
  }));
};

/** The periodic evaluation, when it is overdue or due within 60 days. */
export const evaluationDueChecker: DueChecker = ({ snapshot, context }, now) => {
  const monitoring = extensionOf(context).monitoring;
  if (monitoring === undefined || context.status === 'stopped') return [];
  const last = snapshot.template.steps.at(-1);
  const since = context.position === 'monitoring' && last ? context.steps[last.id]?.closedAt : undefined;
  const due = evaluationDue(monitoring, since, now);
  if (due === undefined) return [];
  const horizon = addIsoDuration(dateInZone(now), `P${EVALUATION_HORIZON_DAYS}D`);
  if (!due.overdue && due.dueOn > horizon) return [];
  return [
    {
      kind: 'evaluation_due',
      severity: due.overdue ? 'warning' : 'attention',
      date: due.dueOn,
      message: due.overdue
        ? { nl: `Periodieke evaluatie was voorzien op ${due.dueOn}`, en: `Periodic evaluation was due on ${due.dueOn}` }
        : { nl: `Periodieke evaluatie voorzien op ${due.dueOn}`, en: `Periodic evaluation due on ${due.dueOn}` },
    },
  ];
};

/** New PBL publications not yet taken into an evaluation. */
export const pblPublicationChecker: DueChecker = ({ context }, now) => {
  const monitoring = extensionOf(context).monitoring;
  if (monitoring === undefined) return [];
  return pblPublicationsCallingForEvaluation(monitoring, now).map((p) => ({
    kind: 'pbl_publication',
    severity: 'attention' as const,
    date: p.publishedOn,
    refId: p.id,
    message: {
      nl: `${PblSeries.label(p.series, 'nl')} verschenen op ${p.publishedOn}: neem deze mee in een evaluatie`,
      en: `${PblSeries.label(p.series, 'en')} published on ${p.publishedOn}: take it into an evaluation`,
    },
  }));
};

/** Herijkingen that an indicator's trigger value put on the next agenda. */
export const herijkingTriggeredChecker: DueChecker = ({ context }) => {
  const monitoring = extensionOf(context).monitoring;
  if (monitoring === undefined) return [];
  return triggeredHerijkingen(monitoring).map((h) => ({
    kind: 'herijking_triggered',
    severity: 'warning' as const,
    date: dateInZone(h.placedAt),
    refId: h.id,
    message: {
      nl: `Herijking van ${describeHerijkingPart(h.scope, 'nl')} op de agenda: ${h.reason.nl}`,
      en: `Herijking of ${describeHerijkingPart(h.scope, 'en')} on the agenda: ${h.reason.en}`,
    },
  }));
};
