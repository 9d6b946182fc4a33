import * as z from 'zod';
import { NonNegativeIntSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { GebiedsprocesSettingsSchema } from './gebiedsprocesSettings';
import { StepTemplateSchema } from './stepTemplate';

/**
 * The version of the area process snapshot format this release writes. Version 1 (release 0.1.0)
 * held XState's own persisted snapshot; version 2 holds the context and its revision, and the
 * state of the machine is derived from them on restore.
 */
export const GEBIEDSPROCES_SNAPSHOT_VERSION = 2 as const;

/**
 * The persisted state of one area process as plain JSON: the step template and settings the
 * machine is built from, the process context (where it stands, every record, the audit log and
 * the slices of knelpunten, regimes, ijkmomenten, monitoring and tracks) and the `revision`: the
 * number of accepted events so far, which a store can use for optimistic concurrency. The state of
 * the XState machine is not stored: restoring derives it from the validated context and template.
 * `schemaVersion` tells which format wrote it; older versions are migrated forward when restored.
 *
 * @example
 * const saved = JSON.stringify(process.snapshot()); // an GebiedsprocesSnapshot
 * @see handreiking §2.2 ("een proces is een product zonder einddatum")
 */
export const GebiedsprocesSnapshotSchema = strictObject({
  kind: z.literal('gebiedsprocesSnapshot'),
  schemaVersion: z.literal(GEBIEDSPROCES_SNAPSHOT_VERSION),
  id: IdSchema,
  /** The number of accepted events (the length of the audit log): the audit position. */
  revision: NonNegativeIntSchema,
  template: StepTemplateSchema,
  settings: GebiedsprocesSettingsSchema,
  /** The process context; `@gebiedsgericht/process` validates it field by field on restore. */
  context: z.record(z.string(), z.unknown()),
});
/** The persisted state of one area process. */
export interface GebiedsprocesSnapshot extends z.output<typeof GebiedsprocesSnapshotSchema> {}
