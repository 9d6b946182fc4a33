import * as z from 'zod';
import { documentHeader } from '../primitives/document';
import { AreaProcessSettingsSchema } from './areaProcessSettings';
import { StepTemplateSchema } from './stepTemplate';

/**
 * The persisted state of one area process as plain JSON: the step template and settings the
 * machine was built from, and the machine's own persisted snapshot (state, context with the audit
 * log, child actors). `schemaVersion` tells which format wrote it; older versions are migrated
 * forward when restored. Store it in your own database next to the audit log.
 *
 * @example
 * const saved = JSON.stringify(process.persist()); // an AreaProcessSnapshot
 * @see handreiking §2.2 ("een proces is een product zonder einddatum")
 */
export const AreaProcessSnapshotSchema = z.strictObject({
  ...documentHeader('areaProcessSnapshot'),
  template: StepTemplateSchema,
  settings: AreaProcessSettingsSchema,
  machine: z.record(z.string(), z.unknown()),
});
/** The persisted state of one area process. */
export type AreaProcessSnapshot = z.infer<typeof AreaProcessSnapshotSchema>;
