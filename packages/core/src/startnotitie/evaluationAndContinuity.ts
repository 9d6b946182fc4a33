import * as z from 'zod';
import { NonEmptyStringSchema, OptionalIdSchema, OptionalNonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IsoDateSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';
import { NameSchema } from '../primitives/text';
import { RecurrenceSchema } from './recurrence';

/**
 * How far a periodic evaluation and herijking reaches: by default a limited part, not a repeat of
 * all steps.
 *
 * @example
 * HerijkingScope.label('beperkt_onderdeel', 'en'); // 'A limited part'
 * @see handreiking §2.2 ("Niet een herhaling van alle processtappen, maar ... herijking ... voor een beperkt onderdeel")
 */
export const HerijkingScope = labelledEnum({
  beperkt_onderdeel: { nl: 'Een beperkt onderdeel', en: 'A limited part' },
  volledige_cyclus: {
    nl: 'Een volledige nieuwe cyclus (alleen na besluit)',
    en: 'A full new cycle (only by decision)',
  },
});
/** The reach of a herijking (see {@link HerijkingScope}). */
export type HerijkingScope = (typeof HerijkingScope)['values'][number];
/** zod schema of {@link HerijkingScope}. */
export const HerijkingScopeSchema = HerijkingScope.schema;

/**
 * The evaluation cadence: periodic, learning evaluation ("leren door te doen") beyond monitoring
 * agreed results, with the default reach of a herijking and the inputs used.
 *
 * @example
 * EvaluationCadenceSchema.parse({ recurrence: { every: 1, unit: 'years', from: '2027-01-15' }, herijkingScope: 'beperkt_onderdeel',
 *   learningQuestions: ['Werkt de samenwerking?'], inputs: ['Monitor brede welvaart'] });
 * @see handreiking §2.2; §2.7 ("permanente lerende evaluatie")
 */
export const EvaluationCadenceSchema = strictObject({
  recurrence: RecurrenceSchema,
  herijkingScope: HerijkingScopeSchema,
  learningQuestions: z.array(NonEmptyStringSchema).min(1),
  inputs: z.array(NonEmptyStringSchema),
  evaluatorId: OptionalIdSchema,
});
/** The evaluation cadence. */
export type EvaluationCadence = z.infer<typeof EvaluationCadenceSchema>;

/**
 * Continuity agreements: how the partners hold on to each other across elections (which elections
 * fall in the process, what is anchored where, how new bestuurders are brought up to speed).
 *
 * @example
 * ContinuityAgreementsSchema.parse({ agreements: ['Bestuursovereenkomst'], elections: [{ name: 'Gemeenteraad', date: '2026-03-18' }], handoverMeasures: ['Inwerkprogramma'] });
 * @see handreiking §2.3 ("Maak afspraken over continuïteit (hoe houdt u elkaar vast, ook over verkiezingen heen)")
 */
export const ContinuityAgreementsSchema = strictObject({
  agreements: z.array(NonEmptyStringSchema).min(1),
  elections: z.array(strictObject({ name: NameSchema, date: IsoDateSchema })),
  handoverMeasures: z.array(NonEmptyStringSchema).min(1),
  anchoredIn: OptionalNonEmptyStringSchema,
});
/** Continuity agreements across elections. */
export type ContinuityAgreements = z.infer<typeof ContinuityAgreementsSchema>;

/**
 * A term of the shared glossary, so the partners speak the same language.
 *
 * @example
 * GlossaryEntrySchema.parse({ term: 'ijkmoment', definition: 'Moment waarop rijk en provincie de voortgang ijken', english: 'calibration moment' });
 * @see handreiking bijlage 1, onderdeel 2, stap 0 ("het (beginnen te) spreken van dezelfde taal")
 */
export const GlossaryEntrySchema = strictObject({
  term: NonEmptyStringSchema,
  definition: NonEmptyStringSchema,
  english: OptionalNonEmptyStringSchema,
});
/** A term of the shared glossary. */
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
