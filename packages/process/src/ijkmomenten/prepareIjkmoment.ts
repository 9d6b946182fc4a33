import type { GebiedsprocesContext } from '@gebiedsgericht/core';
import {
  type ControlReport,
  ControlReportSchema,
  ControlStatus,
  IdSchema,
  type IjkmomentAgendaItem,
  type IjkmomentOccurrence,
  IjkmomentOccurrenceSchema,
  type IjkmomentRecord,
  IjkmomentRecordSchema,
  validate,
} from '@gebiedsgericht/core';
import * as z from 'zod';
import { readSnapshot } from '../internal/readSnapshot';
import { describeHerijkingPart } from '../monitoring/describeHerijkingPart';

/** What {@link prepareIjkmoment} needs besides the process snapshot. */
export interface PrepareIjkmomentInput {
  /** The moment being prepared (from {@link nextIjkmomenten} or {@link listIjkmomenten}). */
  readonly occurrence: IjkmomentOccurrence;
  /** Who takes part. */
  readonly participants: readonly string[];
  /** The latest GOKIT-R control report of the process (from `@gebiedsgericht/risk`), if any. */
  readonly controlReport?: ControlReport;
}

/**
 * Prepares the record of a coming ijkmoment from the state of an area process (core's
 * `ijkmomentRecord`, status `planned`, no outcomes yet): progress of the process (current step,
 * closed steps), the GOKIT-R status of the latest control report with its exceptions that are routed
 * to the ijkmoment agenda (management by exception), and an agenda with every knelpunt put on the
 * agenda of this moment and every herijking that an indicator trigger put on the next agenda. Hold
 * it by adding the outcomes, setting `status: 'held'` and sending `ijkmoment.hold`.
 *
 * @example
 * const next = nextIjkmomenten(schedule, now).regional_moment;
 * const draft = prepareIjkmoment(process.snapshot(), { occurrence: next, participants: ['provincie-zuidmark'], controlReport });
 * draft.agenda.map((item) => item.subject.nl);
 * @see handreiking bijlage 1, onderdeel 4 (agendering op het eerstvolgende ijkmoment); bijlage 1, onderdeel 1 (GOKIT-R)
 */
export function prepareIjkmoment(snapshot: unknown, input: PrepareIjkmomentInput): IjkmomentRecord {
  const { snapshot: s, context } = readSnapshot(snapshot);
  const occurrence = validate(IjkmomentOccurrenceSchema, input.occurrence, { path: ['input', 'occurrence'] });
  const participants = validate(z.array(IdSchema), input.participants, { path: ['input', 'participants'] });
  const report =
    input.controlReport === undefined
      ? undefined
      : validate(ControlReportSchema, input.controlReport, { path: ['input', 'controlReport'] });
  const ext = context as unknown as Partial<GebiedsprocesContext>;
  const agenda: IjkmomentAgendaItem[] = [
    {
      id: 'agenda-voortgang',
      subject: { nl: 'Voortgang van het gebiedsproces', en: 'Progress of the area process' },
    },
  ];
  for (const k of Object.values(ext.knelpunten?.items ?? {})) {
    const stay = k.stays.at(-1);
    if (k.level !== 'ijkmoment_agenda' || stay === undefined) continue;
    if (stay.ijkmomentId !== occurrence.id && stay.ijkmomentId !== occurrence.sourceId) continue;
    const item: IjkmomentAgendaItem = {
      id: `agenda-${k.knelpunt.id}`,
      subject: k.knelpunt.title,
      knelpuntId: k.knelpunt.id,
      requestedBy: stay.enteredBy,
    };
    if (k.knelpunt.opgaveIds !== undefined) item.opgaveIds = [...k.knelpunt.opgaveIds];
    agenda.push(item);
  }
  for (const h of ext.monitoring?.herijkingen ?? []) {
    if (h.status !== 'on_agenda') continue;
    const item: IjkmomentAgendaItem = {
      id: `agenda-${h.id}`,
      subject: {
        nl: `Herijking van ${describeHerijkingPart(h.scope, 'nl')}: ${h.reason.nl}`,
        en: `Herijking of ${describeHerijkingPart(h.scope, 'en')}: ${h.reason.en}`,
      },
    };
    if (h.scope.kind === 'opgave') item.opgaveIds = [h.scope.opgaveId];
    agenda.push(item);
  }
  for (const x of report?.exceptions ?? []) {
    if (x.proposedRoute !== 'ijkmoment_agenda') continue;
    agenda.push({ id: `agenda-${x.id}`, subject: x.summary });
  }
  const steps = s.template.steps;
  const closed = steps.filter((step) => context.steps[step.id]?.status === 'closed').map((step) => step.id);
  const current = steps.find((step) => step.id === context.position);
  const record: IjkmomentRecord = {
    kind: 'ijkmomentRecord',
    schemaVersion: 2,
    id: `ijkmoment-${occurrence.id.replaceAll(':', '-')}`,
    momentKind: occurrence.kind,
    title: { nl: occurrence.name, en: occurrence.name },
    scheduleEntryId: occurrence.sourceId,
    setBy: occurrence.setBy ?? s.settings.provinceId ?? participants[0] ?? s.settings.processId,
    gebiedsprocesIds: [s.settings.processId],
    plannedOn: occurrence.date,
    status: 'planned',
    participants: [...participants],
    agenda,
    conclusions: [],
    progress: [
      {
        gebiedsprocesId: s.settings.processId,
        ...(current ? { currentStepId: current.id } : {}),
        closedStepIds: closed,
        summary: {
          nl: `${closed.length} van ${steps.length} stappen gesloten; nu: ${current ? current.label.nl : 'monitoring en evaluatie'}`,
          en: `${closed.length} of ${steps.length} steps closed; now: ${current ? current.label.en : 'monitoring and evaluation'}`,
        },
        shareDone: steps.length === 0 ? 1 : closed.length / steps.length,
      },
    ],
  };
  if (report !== undefined) {
    const routed = report.exceptions.filter((x) => x.proposedRoute === 'ijkmoment_agenda').length;
    record.gokitr = {
      controlReportId: report.id,
      summary: {
        nl: `GOKIT-R: ${ControlStatus.label(report.status.overall, 'nl')}; ${report.exceptions.length} uitzondering(en) buiten tolerantie, ${routed} voor dit ijkmoment`,
        en: `GOKIT-R: ${ControlStatus.label(report.status.overall, 'en')}; ${report.exceptions.length} exception(s) beyond tolerance, ${routed} for this ijkmoment`,
      },
    };
  }
  return validate(IjkmomentRecordSchema, record, { path: ['record'] });
}
