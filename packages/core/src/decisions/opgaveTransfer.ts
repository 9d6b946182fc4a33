import * as z from 'zod';
import { NonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';

/**
 * A part of an opgave that one side takes over from another: which opgave, how much of it, in
 * which unit (hectares, homes, turbines, ...), from whom to whom. The sides are area processes in
 * {@link WisselgeldSchema} and provinces in {@link ProvinceExchangeSchema}.
 *
 * @example
 * const t: OpgaveTransfer = { opgaveId: 'opgave-zon', quantity: 40, unit: 'ha', from: 'gebiedsproces-lindewaard', to: 'gebiedsproces-hoge-zand' };
 * @see handreiking §2.3 ("Soms moet bijvoorbeeld in het ene gebied iets gebeuren om een ander gebied verder te helpen")
 */
export const OpgaveTransferSchema = strictObject({
  opgaveId: IdSchema,
  quantity: z.number().positive(),
  unit: NonEmptyStringSchema,
  from: IdSchema,
  to: IdSchema,
  note: LabelSchema.optional(),
});
/** A part of an opgave taken over by another area or province. */
export type OpgaveTransfer = z.infer<typeof OpgaveTransferSchema>;
