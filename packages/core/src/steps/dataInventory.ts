import * as z from 'zod';
import { OptionalIsoDateSchema } from '../internal/leafSchemas';
import { checkUniqueIds } from '../internal/refinementChecks';
import { schemaIssue } from '../internal/schemaIssue';
import { sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema } from '../primitives/isoDate';
import { LabelSchema } from '../primitives/labels';
import { NameSchema } from '../primitives/text';
import { KnowledgeSourceSchema } from './knowledgeSource';
import { PolicyStartingPointSchema } from './policyStartingPoint';

/**
 * The deliverable of step 1 (inzicht verkrijgen): the inventory of data sources and knowledge
 * products, the agreed policy starting points, the digital collaboration space, and a completeness
 * note — the picture is never complete, so the note (and the known gaps) is required, and the step
 * works to a timebox rather than to completeness.
 *
 * Rules: ids are unique (`duplicate_id`); an agreed starting point has its date
 * (`agreed_without_date`).
 *
 * @example
 * const inventory = validate(DataInventorySchema, input);
 * inventory.sources.filter((s) => s.serves.includes('weighing'));
 * @see handreiking bijlage 1, onderdeel 2, stap 1 ("het beeld is nooit 100% compleet")
 */
export const DataInventorySchema = strictObject({
  ...documentHeader('dataInventory'),
  gebiedsprocesId: IdSchema,
  sources: z.array(KnowledgeSourceSchema).min(1),
  policyStartingPoints: z.array(PolicyStartingPointSchema),
  collaborationSpace: strictObject({
    name: NameSchema,
    uri: z.url().optional(),
    managedByPartyId: IdSchema,
  }).optional(),
  completeness: strictObject({
    note: LabelSchema,
    knownGaps: z.array(LabelSchema),
    timeboxEndsOn: OptionalIsoDateSchema,
  }),
  compiledOn: IsoDateSchema,
}).superRefine((inventory, ctx) => {
  checkUniqueIds(ctx, inventory.sources, ['sources']);
  checkUniqueIds(ctx, inventory.policyStartingPoints, ['policyStartingPoints']);
  for (const [index, point] of inventory.policyStartingPoints.entries())
    if (point.agreed && point.agreedOn === undefined)
      schemaIssue(ctx, sharedIssues, 'agreed_without_date', {}, ['policyStartingPoints', index, 'agreedOn']);
});
/** The step 1 deliverable: data inventory and agreed policy starting points. */
export interface DataInventory extends z.output<typeof DataInventorySchema> {}
