import type * as z from 'zod';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { NameSchema } from '../primitives/text';
import { BodyKindSchema } from './bodyKind';

/**
 * A body (orgaan) of a party: the gemeenteraad or college of a gemeente, Provinciale Staten or
 * Gedeputeerde Staten of a provincie, the algemeen or dagelijks bestuur of a waterschap, a minister.
 * Decisions name the body that took them.
 *
 * @example
 * BodySchema.parse({ id: 'gs-zuidmark', kind: 'gedeputeerde_staten', name: 'GS van Zuidmark' });
 * @see handreiking §2.3; §2.6
 */
export const BodySchema = strictObject({
  id: IdSchema,
  kind: BodyKindSchema,
  name: NameSchema,
});
/** A body of a party. */
export type Body = z.infer<typeof BodySchema>;
