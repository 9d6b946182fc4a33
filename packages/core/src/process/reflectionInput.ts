import * as z from 'zod';
import { GebiedsprocesSchema } from '../arrangement/gebiedsproces';
import { RuimtelijkArrangementSchema } from '../arrangement/ruimtelijkArrangement';
import { StartnotitieSchema } from '../startnotitie/startnotitie';
import { AreaProcessSnapshotSchema } from './areaProcessSnapshot';

/**
 * What the reflection check reads: any combination of a startnotitie (a process design before it
 * starts), a gebiedsproces document (one area, which embeds its own startnotitie), a provincial
 * ruimtelijk arrangement (which embeds every area process of the province) and a running process
 * (a persisted area process snapshot). Each part is validated with its core schema, so a rule never
 * sees a malformed document. Give at least one part.
 *
 * @example
 * reflect({ startnotitie: lindewaardStartnotitie }, { now: '2026-11-28T12:00:00+01:00' });
 * @see handreiking §1 (de handreiking als document om te reflecteren op voorgenomen processtappen)
 */
export const ReflectionInputSchema = z.strictObject({
  startnotitie: StartnotitieSchema.optional(),
  gebiedsproces: GebiedsprocesSchema.optional(),
  arrangement: RuimtelijkArrangementSchema.optional(),
  process: AreaProcessSnapshotSchema.optional(),
});
/** The documents a reflection check reads. */
export type ReflectionInput = z.infer<typeof ReflectionInputSchema>;
