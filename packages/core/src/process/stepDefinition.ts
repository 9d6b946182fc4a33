import type * as z from 'zod';
import { NonEmptyStringSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { LabelSchema } from '../primitives/labels';
import { StepGateSchema } from './stepGate';

/**
 * One step of a step template: its id, its name in Dutch and English, the registered document type
 * of the deliverable that closes it (a name in core's `documentSchemas`, for example
 * `startnotitie`), and its gate rules.
 *
 * @example
 * StepDefinitionSchema.parse({
 *   id: 'opstart',
 *   label: { nl: 'Opstart', en: 'Start-up' },
 *   deliverable: { documentType: 'startnotitie', label: { nl: 'Startnotitie', en: 'Start memo' } },
 *   gate: { consent: 'startnotitie', minimumDays: 42 },
 * });
 * @see handreiking bijlage 1, onderdeel 2 (stappen in een project/proces)
 */
export const StepDefinitionSchema = strictObject({
  id: IdSchema,
  label: LabelSchema,
  goal: LabelSchema.optional(),
  deliverable: strictObject({
    documentType: NonEmptyStringSchema,
    label: LabelSchema,
  }),
  gate: StepGateSchema,
});
/** One step of a step template. */
export type StepDefinition = z.infer<typeof StepDefinitionSchema>;
