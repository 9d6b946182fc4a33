import { z } from 'zod';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { labelledEnum } from '../primitives/labels';

/**
 * How a medeoverheid's body dealt with a step's result: adopted, adopted with amendments, or
 * rejected. Only adopted and amended count as consent.
 *
 * @example
 * ConsentOutcome.label('amended', 'nl'); // 'Vastgesteld met wijzigingen'
 * @see handreiking §2.3; bijlage 1 ("Tenminste de medeoverheden moeten zich kunnen vinden in ...")
 */
export const ConsentOutcome = labelledEnum({
  adopted: { nl: 'Vastgesteld', en: 'Adopted' },
  amended: { nl: 'Vastgesteld met wijzigingen', en: 'Adopted with amendments' },
  rejected: { nl: 'Verworpen', en: 'Rejected' },
});
/** One of the {@link ConsentOutcome} values. */
export type ConsentOutcome = (typeof ConsentOutcome.values)[number];

/**
 * The consent of one medeoverheid (gemeente, waterschap, provincie, rijk) to the result of a step:
 * which party, which body (raad, Staten, algemeen bestuur), the outcome and the date, and the
 * changes it made when it amended.
 *
 * @example
 * ProcessConsentSchema.parse({ partyId: 'gemeente-beekdal', body: 'Gemeenteraad', outcome: 'adopted', date: '2026-09-24' });
 * @see handreiking §2.3 (werken als één overheid)
 */
export const ProcessConsentSchema = z.strictObject({
  partyId: IdSchema,
  body: z.string().min(1),
  outcome: ConsentOutcome.schema,
  date: IsoDateSchema,
  amendments: z.string().min(1).optional(),
});
/** The consent of one medeoverheid to the result of a step. */
export type ProcessConsent = z.infer<typeof ProcessConsentSchema>;
