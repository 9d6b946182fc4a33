import * as z from 'zod';
import { OptionalIdSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { decisionsIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { CompensationSchema } from './compensation';
import { ExchangeStatus } from './exchangeStatus';
import { OpgaveTransferSchema } from './opgaveTransfer';

/**
 * An exchange (uitruil) between provinces, asked for when not all national opgaven fit in one
 * province: what part of which opgave moves from which province to which (`transfers`, between
 * province party ids), the compensations, who brokers it (usually the rijk), status and agreement.
 *
 * @example
 * const x: ProvinceExchange = {
 *   id: 'uitruil-wind-zuidmark-noordveld',
 *   title: { nl: 'Twee windturbines naar Noordveld', en: 'Two wind turbines to Noordveld' },
 *   transfers: [{ opgaveId: 'opgave-wind', quantity: 2, unit: 'turbines', from: 'provincie-zuidmark', to: 'provincie-noordveld' }],
 *   compensations: [],
 *   brokeredBy: 'ministerie-vro',
 *   status: 'negotiating',
 *   motivation: { nl: 'Niet realistisch in Zuidmark', en: 'Not realistic in Zuidmark' },
 * };
 * @see handreiking §2.4 ("bijvoorbeeld een uitruil tussen provincies")
 */
export const ProvinceExchangeSchema = strictObject({
  id: IdSchema,
  title: LabelSchema,
  transfers: z.array(OpgaveTransferSchema).min(1),
  compensations: z.array(CompensationSchema),
  brokeredBy: OptionalIdSchema,
  status: ExchangeStatus.schema,
  agreedOn: OptionalIsoDateSchema,
  agreementId: OptionalIdSchema,
  motivation: LabelSchema,
}).superRefine((x, ctx) => {
  for (const [index, t] of x.transfers.entries())
    if (t.from === t.to)
      schemaIssue(ctx, decisionsIssues, 'transfer_within_one_province', {}, ['transfers', index, 'to']);
  if ((x.status === 'agreed' || x.status === 'realised') && x.agreedOn === undefined)
    schemaIssue(ctx, sharedIssues, 'agreed_without_date', {}, ['agreedOn']);
});
/** An exchange between provinces (see {@link ProvinceExchangeSchema}). */
export type ProvinceExchange = z.infer<typeof ProvinceExchangeSchema>;
