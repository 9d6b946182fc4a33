import { addIssue, IdSchema, IsoDateSchema, LabelSchema } from '@gebiedsgericht/core';
import { z } from 'zod';

/**
 * One programme moment set by the rijk under the NOVEX spelregels, on a fixed date.
 *
 * @example
 * const m: ProgrammeIjkmoment = { id: 'novex-voorjaar-2027', date: '2027-04-15', title: { nl: 'NOVEX voorjaar', en: 'NOVEX spring' } };
 * @see Handreiking bijlage 1 onderdeel 4 ("met inachtneming van de spelregels uit het programmaplan NOVEX")
 */
export const ProgrammeIjkmomentSchema = z.strictObject({
  id: IdSchema,
  date: IsoDateSchema,
  title: LabelSchema,
});
/** A NOVEX programme moment on a fixed date. */
export type ProgrammeIjkmoment = z.infer<typeof ProgrammeIjkmomentSchema>;

/**
 * A recurring regional moment agreed in the startnotitie, such as the Brabant ontwikkeldagen
 * (twice a year: `everyMonths: 6`). Occurrences are `firstDate + k × everyMonths` months, computed
 * from the first date each time so month ends do not drift; `until` (inclusive) ends the series.
 *
 * @example
 * const ontwikkeldagen: RegionalIjkmomentSeries = {
 *   id: 'ontwikkeldagen', title: { nl: 'Ontwikkeldagen', en: 'Development days' },
 *   firstDate: '2026-05-20', everyMonths: 6,
 * };
 * @see Handreiking bijlage 2 voorbeeld 6 (Ontwikkeldagen Noord-Brabant)
 */
export const RegionalIjkmomentSeriesSchema = z
  .strictObject({
    id: IdSchema,
    title: LabelSchema,
    firstDate: IsoDateSchema,
    everyMonths: z.number().int().min(1).max(60),
    until: IsoDateSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.until !== undefined && value.until < value.firstDate) {
      addIssue(
        ctx,
        'series_ends_before_it_starts',
        { nl: 'De reeks eindigt vóór de eerste datum', en: 'The series ends before its first date' },
        ['until'],
      );
    }
  });
/** A recurring regional moment. */
export type RegionalIjkmomentSeries = z.infer<typeof RegionalIjkmomentSeriesSchema>;

/**
 * A deadline of a linked national programme that the area process has to meet ("gegeven de korte
 * tijd"), such as a RES version or a MIRT decision.
 *
 * @example
 * const d: ExternalDeadline = { id: 'res-2-0', programme: 'NP RES', date: '2027-07-01', title: { nl: 'RES 2.0', en: 'RES 2.0' } };
 * @see Handreiking §2.5
 */
export const ExternalDeadlineSchema = z.strictObject({
  id: IdSchema,
  programme: z.string().min(1),
  date: IsoDateSchema,
  title: LabelSchema,
});
/** A deadline of a linked national programme. */
export type ExternalDeadline = z.infer<typeof ExternalDeadlineSchema>;

/**
 * The calendar of an area process: programme moments of the rijk, regional series from the
 * startnotitie and external programme deadlines. Ids are unique across the whole schedule.
 *
 * @example
 * const schedule = validate(IjkmomentScheduleSchema, { programme: [], regional: [], externalDeadlines: [] });
 * @see Handreiking §1 and bijlage 1 onderdeel 4
 */
export const IjkmomentScheduleSchema = z
  .strictObject({
    programme: z.array(ProgrammeIjkmomentSchema),
    regional: z.array(RegionalIjkmomentSeriesSchema),
    externalDeadlines: z.array(ExternalDeadlineSchema),
  })
  .superRefine((value, ctx) => {
    const seen = new Set<string>();
    const all: Array<[string, number, string]> = [
      ...value.programme.map((m, i): [string, number, string] => ['programme', i, m.id]),
      ...value.regional.map((m, i): [string, number, string] => ['regional', i, m.id]),
      ...value.externalDeadlines.map((m, i): [string, number, string] => ['externalDeadlines', i, m.id]),
    ];
    for (const [list, index, id] of all) {
      if (seen.has(id)) {
        addIssue(
          ctx,
          'duplicate_id',
          { nl: `Id ${id} komt meer dan eens voor`, en: `Id ${id} occurs more than once` },
          [list, index, 'id'],
        );
      }
      seen.add(id);
    }
  });
/** The calendar of an area process. */
export type IjkmomentSchedule = z.infer<typeof IjkmomentScheduleSchema>;
