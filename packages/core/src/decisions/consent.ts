import * as z from 'zod';
import { OptionalIdSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { decisionsIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { ConsentOutcome } from './consentOutcome';
import { TargetChangeSchema } from './targetChange';

/**
 * The consent of one body of a medeoverheid (a gemeenteraad, Provinciale Staten, the algemeen
 * bestuur of a waterschap) to a deliverable, decision or the arrangement: adopted, amended (with
 * every change to a target traced) or rejected (with the reason).
 *
 * Rules: `consent_amended_without_changes` — an amendment lists at least one target change;
 * `consent_changes_without_amendment` — only an amendment changes targets;
 * `consent_rejected_without_reason` — a rejection gives its reason.
 * Whether the body belongs to a party of the process is checked by the gebiedsproces document.
 *
 * @example
 * const c: Consent = { id: 'instemming-raad-beekdal', partyId: 'gemeente-beekdal', bodyId: 'raad-beekdal', stepId: 'afwegen-en-keuze', outcome: 'adopted', date: '2027-07-03', targetChanges: [] };
 * @see handreiking §2.6 ("Tenminste de medeoverheden moeten zich kunnen vinden in ... de ruimtelijke arrangementen")
 */
export const ConsentSchema = strictObject({
  id: IdSchema,
  partyId: IdSchema,
  bodyId: IdSchema,
  stepId: OptionalIdSchema,
  decisionId: OptionalIdSchema,
  subject: LabelSchema.optional(),
  outcome: ConsentOutcome.schema,
  date: IsoDateSchema,
  targetChanges: z.array(TargetChangeSchema),
  reason: LabelSchema.optional(),
}).superRefine((consent, ctx) => {
  if (consent.outcome === 'amended' && consent.targetChanges.length === 0)
    schemaIssue(ctx, decisionsIssues, 'consent_amended_without_changes', {}, ['targetChanges']);
  if (consent.outcome !== 'amended' && consent.targetChanges.length > 0)
    schemaIssue(ctx, decisionsIssues, 'consent_changes_without_amendment', {}, ['outcome']);
  if (consent.outcome === 'rejected' && consent.reason === undefined)
    schemaIssue(ctx, decisionsIssues, 'consent_rejected_without_reason', {}, ['reason']);
});
/** The consent of one body of a medeoverheid (see {@link ConsentSchema}). */
export type Consent = z.infer<typeof ConsentSchema>;
