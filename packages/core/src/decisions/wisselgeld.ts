import * as z from 'zod';
import { IdListSchema, OptionalIdSchema, OptionalIsoDateSchema } from '../internal/leafSchemas';
import { schemaIssue } from '../internal/schemaIssue';
import { decisionsIssues, sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { CompensationSchema } from './compensation';
import { ExchangeStatus } from './exchangeStatus';
import { OpgaveTransferSchema } from './opgaveTransfer';

/**
 * Wisselgeld between area processes of one province, organised in advance: the parts of opgaven
 * that one area takes over from another (`transfers`, between gebiedsproces ids) and the
 * compensations that soften the unwelcome choices, with its status and the agreement that lays it
 * down. A transfer goes between two different area processes, both listed in
 * `gebiedsprocesIds` (`transfer_within_one_area`, `transfer_outside_exchange`).
 *
 * @example
 * const w = validate(WisselgeldSchema, input);
 * w.transfers.filter((t) => t.to === 'gebiedsproces-hoge-zand');
 * @see handreiking §2.3 ("Organiseer daarom ook 'wisselgeld'"; "Een provinciaal plan is meer dan een optelsom van gebiedsplannen")
 */
export const WisselgeldSchema = strictObject({
  id: IdSchema,
  title: LabelSchema,
  gebiedsprocesIds: IdListSchema.min(2),
  transfers: z.array(OpgaveTransferSchema),
  compensations: z.array(CompensationSchema),
  status: ExchangeStatus.schema,
  agreedOn: OptionalIsoDateSchema,
  agreementId: OptionalIdSchema,
  motivation: LabelSchema,
}).superRefine((w, ctx) => {
  if (w.transfers.length + w.compensations.length === 0)
    schemaIssue(ctx, decisionsIssues, 'empty_exchange', {}, ['transfers']);
  const areas = new Set(w.gebiedsprocesIds);
  for (const [index, t] of w.transfers.entries()) {
    if (t.from === t.to) schemaIssue(ctx, decisionsIssues, 'transfer_within_one_area', {}, ['transfers', index, 'to']);
    for (const side of ['from', 'to'] as const)
      if (!areas.has(t[side]))
        schemaIssue(ctx, decisionsIssues, 'transfer_outside_exchange', { areaId: t[side] }, ['transfers', index, side]);
  }
  if ((w.status === 'agreed' || w.status === 'realised') && w.agreedOn === undefined)
    schemaIssue(ctx, sharedIssues, 'agreed_without_date', {}, ['agreedOn']);
});
/** Wisselgeld between area processes (see {@link WisselgeldSchema}). */
export type Wisselgeld = z.infer<typeof WisselgeldSchema>;
