import * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';
import { ControlAspect } from './controlAspect';
import { ControlScopeSchema } from './controlScope';

/**
 * Where an exception goes: onto the agenda of the next ijkmoment, or raised as a knelpunt (when it
 * needs a decision between parties). The process package decides; the risk package proposes.
 *
 * @example
 * ExceptionRoute.label('ijkmoment_agenda', 'nl'); // 'Agenda van het volgende ijkmoment'
 * @see handreiking bijlage 1, onderdeel 4 (agenderen bij het volgende ijkmoment)
 */
export const ExceptionRoute = labelledEnum({
  ijkmoment_agenda: { nl: 'Agenda van het volgende ijkmoment', en: 'Agenda of the next ijkmoment' },
  knelpunt: { nl: 'Knelpunt', en: 'Knelpunt (blockage between parties)' },
});
/** One of the {@link ExceptionRoute} values. */
export type ExceptionRoute = (typeof ExceptionRoute)['values'][number];

/**
 * An exception: the forecast of a control aspect (or a risk) is beyond tolerance, so it goes up a
 * level (management by exception, from PRINCE2: outside the handreiking). Plain data that the
 * process can put on the next ijkmoment agenda or raise as a knelpunt. `norm`, `forecast` and
 * `deviation` are in `unit`; `toleranceLimit` is the allowed deviation in that unit and direction.
 *
 * @example
 * ControlExceptionSchema.parse({ id: 'x1', sheetId: 'cs1', scope: { level: 'programme', programmeId: 'p' }, aspect: 'money', subjectId: 'money', measuredOn: '2026-04-01', unit: 'euro_cents', norm: 100, forecast: 130, deviation: 30, toleranceLimit: 10, proposedRoute: 'ijkmoment_agenda', summary: { nl: '…', en: '…' } });
 * @see handreiking bijlage 1, onderdeel 1 (tijdige bijsturing); bijlage 1, onderdeel 4 (ijkmoment)
 */
export const ControlExceptionSchema = strictObject({
  id: IdSchema,
  sheetId: IdSchema,
  scope: ControlScopeSchema,
  aspect: z.union([ControlAspect.schema, z.literal('risk')]),
  subjectId: IdSchema,
  measuredOn: IsoDateSchema,
  unit: z.enum(['euro_cents', 'days', 'hours', 'criterion_unit', 'score']),
  norm: z.number(),
  forecast: z.number(),
  deviation: z.number(),
  toleranceLimit: z.number(),
  proposedRoute: ExceptionRoute.schema,
  summary: LabelSchema,
});
/** An exception that goes up a level (see {@link ControlExceptionSchema}). */
export type ControlException = z.infer<typeof ControlExceptionSchema>;
