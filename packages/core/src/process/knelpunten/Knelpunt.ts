import type * as z from 'zod';
import { IdListSchema, OptionalIdSchema } from '../../internal/leafSchemas';
import { schemaIssue } from '../../internal/schemaIssue';
import { sharedIssues } from '../../internal/schemaMessages';
import { strictObject } from '../../internal/strictObject';
import { IdSchema } from '../../primitives/id';
import { LabelSchema } from '../../primitives/labels';

/**
 * A knelpunt as it is raised: what is stuck, between which parties (at least two), who raised it
 * (any party can, in any step), in which step and about which opgaven. The parties matter for the
 * escalation model: whoever would intervene must not be one of them.
 *
 * @example
 * const k: Knelpunt = {
 *   id: 'knelpunt-beekdal-water', title: { nl: 'Wonen of water in het beekdal', en: 'Housing or water in the brook valley' },
 *   parties: ['waterschap-aa-en-lindt', 'gemeente-beekdal'], raisedBy: 'waterschap-aa-en-lindt',
 *   stepId: 'stap-3', opgaveIds: ['opgave-wonen', 'opgave-water'],
 * };
 * @see handreiking §2.3; bijlage 1, onderdeel 4
 */
export const KnelpuntSchema = strictObject({
  id: IdSchema,
  title: LabelSchema,
  description: LabelSchema.optional(),
  parties: IdListSchema.min(2),
  raisedBy: IdSchema,
  stepId: OptionalIdSchema,
  opgaveIds: IdListSchema.optional(),
}).superRefine((k, ctx) => {
  if (new Set(k.parties).size !== k.parties.length) {
    schemaIssue(ctx, sharedIssues, 'duplicate_id', { id: k.parties.find((p, i) => k.parties.indexOf(p) !== i) ?? '' }, [
      'parties',
    ]);
  }
});
/** A knelpunt as it is raised. */
export interface Knelpunt extends z.output<typeof KnelpuntSchema> {}
