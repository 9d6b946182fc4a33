import * as z from 'zod';
import { IdListSchema, NonEmptyIdListSchema, OptionalIdSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { decisionsIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { AgreementFinanceSchema } from './agreementFinance';
import { Bindingness } from './bindingness';
import { CommitmentSchema } from './commitment';

/**
 * An agreement (afspraak) between parties of an area process: the parties, who does what with
 * which instrument by when, how binding it is (intention, best effort, result), the money in it
 * with its financial status, when it was agreed, how long it is valid, and its yearly update (like
 * the Brabant agreements per region, "jaarlijks geactualiseerd waar nodig").
 *
 * Rules: at least one party and one commitment (structural); every commitment is by one of the
 * agreement's parties (`commitment_by_non_party`); committed money states when the obligation
 * arises (`committed_without_obligation_date`); validity ends after it starts
 * (`ends_before_start`); a yearly update names its next date (structural).
 *
 * @example
 * const agreement = validate(AgreementSchema, input);
 * agreement.finance.filter((f) => f.status === 'committed');
 * @see handreiking §2.3; §2.7; bijlage 2, voorbeeld 6 (afspraken per regio, jaarlijks geactualiseerd)
 */
export const AgreementSchema = strictObject({
  id: IdSchema,
  title: LabelSchema,
  partyIds: NonEmptyIdListSchema,
  commitments: z.array(CommitmentSchema).min(1),
  bindingness: Bindingness.schema,
  finance: z.array(AgreementFinanceSchema),
  agreedOn: IsoDateSchema,
  decisionIds: IdListSchema.optional(),
  validFrom: IsoDateSchema,
  validUntil: OptionalIsoDateSchema,
  yearlyUpdate: strictObject({
    lastUpdatedOn: OptionalIsoDateSchema,
    nextUpdateOn: IsoDateSchema,
  }).optional(),
  opgaveIds: IdListSchema.optional(),
  bestuursovereenkomstId: OptionalIdSchema,
}).superRefine((agreement, ctx) => {
  checkUniqueIds(ctx, agreement.commitments, ['commitments']);
  const parties = new Set(agreement.partyIds);
  for (const [index, commitment] of agreement.commitments.entries()) {
    if (!parties.has(commitment.partyId))
      schemaIssue(ctx, decisionsIssues, 'commitment_by_non_party', { partyId: commitment.partyId }, [
        'commitments',
        index,
        'partyId',
      ]);
  }
  for (const [index, money] of agreement.finance.entries()) {
    if (money.status === 'committed' && money.obligationArisesOn === undefined)
      schemaIssue(ctx, decisionsIssues, 'committed_without_obligation_date', {}, [
        'finance',
        index,
        'obligationArisesOn',
      ]);
  }
  if (agreement.validUntil !== undefined && agreement.validUntil < agreement.validFrom)
    schemaIssue(
      ctx,
      sharedIssues,
      'ends_before_start',
      { whatNl: 'De geldigheid', whatEn: 'The validity', from: agreement.validFrom, to: agreement.validUntil },
      ['validUntil'],
    );
});
/** An agreement (afspraak) between parties (see {@link AgreementSchema}). */
export type Agreement = z.infer<typeof AgreementSchema>;
