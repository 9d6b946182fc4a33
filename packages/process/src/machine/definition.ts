// The definition a process runs on (template, settings, options), validated; kept apart from the
// machine so that validating one does not load XState.
import {
  type GebiedsprocesSettings,
  GebiedsprocesSettingsSchema,
  type StepTemplate,
  StepTemplateSchema,
  validate,
} from '@gebiedsgericht/core';
import { processMessages } from '../messages';
import { type GebiedsprocesOptions, resolveOptions } from './processOptions';
import type { GebiedsprocesDefinition } from './rejectionOfEvent';

/**
 * Validates a template and settings under `base` (a path prefix) and checks that they belong
 * together: every step the settings name exists in the template.
 */
export function validateTemplateAndSettings(
  template: unknown,
  settings: unknown,
  base: readonly (string | number)[] = [],
): { template: StepTemplate; settings: GebiedsprocesSettings } {
  const t = validate(StepTemplateSchema, template, { path: [...base, 'template'] });
  const s = validate(GebiedsprocesSettingsSchema, settings, { path: [...base, 'settings'] });
  const ids = new Set(t.steps.map((step) => step.id));
  const named: [string, readonly string[]][] = [
    ['consentStepIds', s.consentStepIds],
    ['reopenableStepIds', s.changeRules.reopenableStepIds ?? []],
  ];
  for (const [field, stepIds] of named) {
    stepIds.forEach((stepId, index) => {
      if (!ids.has(stepId)) {
        const path =
          field === 'consentStepIds' ? ['settings', field, index] : ['settings', 'changeRules', field, index];
        throw processMessages.fail('unknown_step', { stepId }, [...base, ...path]);
      }
    });
  }
  return { template: t, settings: s };
}

/**
 * Validates a template and settings and checks that they belong together: every step the settings
 * name exists in the template. Throws `invalid_input` for an invalid template or settings,
 * `unknown_step` for a step id the template lacks, and `invalid_argument` (path `options`) for
 * options that are not an object, a document entry without a zod `schema`, or a reader that is not
 * a function.
 *
 * @example
 * const definition = validateDefinition(defaultStepTemplate, settings);
 * @see docs/process.md
 */
export function validateDefinition(
  template: unknown,
  settings: unknown,
  options?: GebiedsprocesOptions,
): GebiedsprocesDefinition {
  const { template: t, settings: s } = validateTemplateAndSettings(template, settings);
  return { template: t, settings: s, options: resolveOptions(options) };
}
