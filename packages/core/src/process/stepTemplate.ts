import * as z from 'zod';
import { schemaIssue } from '../internal/schemaIssue';
import { processIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { LabelSchema } from '../primitives/labels';
import { StepDefinitionSchema } from './stepDefinition';

/** Step ids the process machine uses for its own states. */
export const RESERVED_STEP_IDS: readonly string[] = Object.freeze([
  'monitoring',
  'history',
  'suspended',
  'stopped',
  'running',
]);

/**
 * A sequence of process steps given as data. The handreiking's steps 0–5 are one possibility ("Het
 * is één van de mogelijkheden"); Rivierenland's four steps (inventariseren, ambities, visie,
 * uitvoeringsagenda) are another. The process machine is built from a template, so another
 * sequence needs no fork of the logic. Step ids are unique and not reserved by the machine.
 *
 * @example
 * StepTemplateSchema.parse({ kind: 'stepTemplate', schemaVersion: 2, id: 'rivierenland',
 *   label: { nl: 'Gebiedsvisie Rivierenland', en: 'Rivierenland area vision' }, steps: [...] });
 * @see handreiking bijlage 1, onderdeel 2; bijlage 2, voorbeeld 1
 */
export const StepTemplateSchema = strictObject({
  ...documentHeader('stepTemplate'),
  label: LabelSchema,
  steps: z.array(StepDefinitionSchema).min(1),
}).superRefine((template, ctx) => {
  const seen = new Set<string>();
  template.steps.forEach((step, index) => {
    if (RESERVED_STEP_IDS.includes(step.id)) {
      schemaIssue(ctx, processIssues, 'reserved_step_id', { id: step.id }, ['steps', index, 'id']);
    }
    if (seen.has(step.id)) {
      schemaIssue(ctx, processIssues, 'duplicate_step_id', { id: step.id }, ['steps', index, 'id']);
    }
    seen.add(step.id);
  });
});
/** A sequence of process steps given as data. */
export interface StepTemplate extends z.output<typeof StepTemplateSchema> {}
