import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyIdListSchema,
  NonEmptyStringSchema,
  OptionalIdSchema,
  OptionalTextSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { NameSchema } from '../primitives/text';
import { RecurrenceSchema } from './recurrence';

/**
 * A programme moment set by the rijk (NOVEX spelregels): rijk and province calibrate progress, and
 * knelpunten can be put on its agenda.
 *
 * @example
 * ProgrammeMomentSchema.parse({ id: 'novex-voorjaar-2026', name: 'NOVEX-ijkmoment voorjaar', date: '2026-04-15',
 *   setByPartyId: 'ministerie-vro', programme: 'NOVEX', participantIds: ['ministerie-vro', 'provincie-zuidmark'] });
 * @see handreiking bijlage 1, onderdeel 4 ("Agendering ... op het eerstvolgende ijkmoment, met inachtneming van de spelregels uit het programmaplan NOVEX")
 */
export const ProgrammeMomentSchema = strictObject({
  id: IdSchema,
  name: NameSchema,
  date: IsoDateSchema,
  setByPartyId: IdSchema,
  programme: NonEmptyStringSchema,
  participantIds: NonEmptyIdListSchema,
  description: OptionalTextSchema,
});
/** A programme moment set by the rijk. */
export type ProgrammeMoment = z.infer<typeof ProgrammeMomentSchema>;

/**
 * A regional recurring moment from the startnotitie, such as twice-yearly ontwikkeldagen as
 * intermediate crystallisation points.
 *
 * @example
 * RegionalMomentSchema.parse({ id: 'ontwikkeldagen', name: 'Ontwikkeldagen Zuidmark', organiserPartyId: 'provincie-zuidmark',
 *   recurrence: { every: 6, unit: 'months', from: '2026-03-12' }, purpose: 'Tussentijdse kristallisatiepunten' });
 * @see handreiking §2.3 (ontwikkelingsdagen); bijlage 2, voorbeeld 6 (Ontwikkeldagen Noord-Brabant)
 */
export const RegionalMomentSchema = strictObject({
  id: IdSchema,
  name: NameSchema,
  organiserPartyId: IdSchema,
  recurrence: RecurrenceSchema,
  purpose: NonEmptyStringSchema,
  participantIds: IdListSchema.optional(),
});
/** A regional recurring moment. */
export type RegionalMoment = z.infer<typeof RegionalMomentSchema>;

/**
 * An external programme deadline the area process must meet ("gegeven de korte tijd"), linked to
 * a programme milestone where there is one.
 *
 * @example
 * ExternalDeadlineSchema.parse({ id: 'deadline-voorstel', name: 'Ruimtelijk voorstel naar het rijk', date: '2027-03-31', linkedProgrammeId: 'prog-novex' });
 * @see handreiking §2.4 (koppeling met nationale programma's); §2.5
 */
export const ExternalDeadlineSchema = strictObject({
  id: IdSchema,
  name: NameSchema,
  date: IsoDateSchema,
  linkedProgrammeId: OptionalIdSchema,
  milestoneId: OptionalIdSchema,
  description: OptionalTextSchema,
});
/** An external programme deadline. */
export type ExternalDeadline = z.infer<typeof ExternalDeadlineSchema>;

/**
 * The ijkmoment schedule in two kinds with different owners — programme moments set by the rijk
 * and regional recurring moments of the area partners — plus external programme deadlines.
 *
 * @example
 * IjkmomentScheduleSchema.parse(lindewaardStartnotitie.ijkmomenten);
 * @see handreiking bijlage 1, onderdeel 4; bijlage 2, voorbeeld 6
 */
export const IjkmomentScheduleSchema = strictObject({
  programmeMoments: z.array(ProgrammeMomentSchema),
  regionalMoments: z.array(RegionalMomentSchema),
  externalDeadlines: z.array(ExternalDeadlineSchema),
});
/** The ijkmoment schedule. */
export type IjkmomentSchedule = z.infer<typeof IjkmomentScheduleSchema>;
