import * as z from 'zod';
import { IdListSchema, OptionalIsoDateTimeSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateTimeSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * Where the mediator stands on impartiality: seen as impartial by every party; at risk (still
 * impartial, but a party's score fell sharply or is low); not impartial (a party's latest rating
 * says the mediator favours the other side); incomplete (a party has not rated yet).
 *
 * @example
 * ImpartialityStatus.label('not_impartial', 'nl'); // 'Niet meer onpartijdig'
 * @see handreiking bijlage 1, onderdeel 4 ("over een geheel traject door alle partijen als onpartijdig")
 */
export const ImpartialityStatus = labelledEnum({
  impartial: { nl: 'Onpartijdig volgens alle partijen', en: 'Impartial according to every party' },
  at_risk: { nl: 'Onpartijdigheid onder druk', en: 'Impartiality at risk' },
  not_impartial: { nl: 'Niet meer onpartijdig', en: 'No longer impartial' },
  incomplete: { nl: 'Nog niet door elke partij beoordeeld', en: 'Not yet rated by every party' },
});
/** One of the {@link ImpartialityStatus} values. */
export type ImpartialityStatus = (typeof ImpartialityStatus)['values'][number];

/**
 * One party's view of the mediator over time: its ratings in time order and its current status.
 *
 * @example
 * const v: PartyImpartialityView = { partyId: 'gemeente-beekdal', status: 'impartial', ratings: [{ at: '2026-04-14T16:00:00+02:00', impartial: true, score: 4 }] };
 */
export const PartyImpartialityViewSchema = strictObject({
  partyId: IdSchema,
  status: ImpartialityStatus.schema,
  ratings: z.array(
    strictObject({
      at: IsoDateTimeSchema,
      impartial: z.boolean(),
      score: z.number().int().min(1).max(5).optional(),
    }),
  ),
  lostAt: OptionalIsoDateTimeSchema,
});
/** One party's view of the mediator over time. */
export type PartyImpartialityView = z.infer<typeof PartyImpartialityViewSchema>;

/**
 * The impartiality signal of a mediation: the overall status, each party's view, the parties who
 * no longer see the mediator as impartial, the first moment that happened, and a message.
 *
 * @example
 * const check = checkImpartiality(mediation);
 * if (check.status === 'not_impartial') notify(check.message.nl);
 * @see handreiking bijlage 1, onderdeel 4
 */
export const ImpartialityCheckSchema = strictObject({
  mediationId: IdSchema,
  status: ImpartialityStatus.schema,
  parties: z.array(PartyImpartialityViewSchema),
  lostBy: IdListSchema,
  firstLostAt: OptionalIsoDateTimeSchema,
  message: LabelSchema,
});
/** The impartiality signal of a mediation. */
export type ImpartialityCheck = z.infer<typeof ImpartialityCheckSchema>;
