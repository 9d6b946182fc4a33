import type * as z from 'zod';
import { NonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { ArrangementStage, VersionStatus } from './arrangementStage';

/**
 * One version of the provincial voorstel or arrangement: its number, stage, date, status and what
 * changed.
 *
 * @example
 * const v: ArrangementVersion = { version: '0.9', stage: 'voorstel', date: '2027-04-01', status: 'submitted', changes: { nl: 'Eerste voorstel', en: 'First proposal' } };
 * @see handreiking §1; §2.5
 */
export const ArrangementVersionSchema = strictObject({
  version: NonEmptyStringSchema,
  stage: ArrangementStage.schema,
  date: IsoDateSchema,
  status: VersionStatus.schema,
  changes: LabelSchema,
});
/** One version of the provincial document. */
export type ArrangementVersion = z.infer<typeof ArrangementVersionSchema>;
