import * as z from 'zod';
import { OptionalNonEmptyStringSchema, PositiveIntSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { labelledEnum } from '../primitives/labels';

/**
 * When a step needs the consent of every medeoverheid before it closes: as the startnotitie says
 * (`startnotitie`), always, or never.
 *
 * @example
 * ConsentRule.schema.parse('startnotitie');
 * @see handreiking §2.3 (werken als één overheid; bijlage 1); bijlage 1, onderdeel 2
 */
export const ConsentRule = labelledEnum({
  startnotitie: { nl: 'Zoals de startnotitie bepaalt', en: 'As the startnotitie says' },
  always: { nl: 'Altijd instemming van alle medeoverheden', en: 'Always the consent of every co-government' },
  never: { nl: 'Geen instemming nodig', en: 'No consent needed' },
});
/** One of the {@link ConsentRule} values. */
export type ConsentRule = (typeof ConsentRule)['values'][number];

/**
 * The gate rules of one step: what must be in place before the step can close. A deliverable and a
 * recorded decision are always required; the rest is per step.
 *
 * - `consent`: whether every medeoverheid must consent (see {@link ConsentRule}).
 * - `choosesVariant`: the step chooses one variant (step 4 by default). A choice that differs from
 *   the best-ranked variant of the assessment record needs an explicit motivation. The ranking is
 *   read from the separate assessment (see `assessmentDocumentType`) or, when the deliverable
 *   holds it (core's `assessmentAndChoice`), from the deliverable.
 * - `assessmentDocumentType`: the step needs a separate assessment record of this registered
 *   document type before it can close.
 * - `timeboxDays`: the step should not stay open longer than this (step 1: "blijf niet te lang
 *   hangen in deze stap"); a query reports it as due, the machine does not block.
 * - `minimumDays`: closing sooner is suspicious (step 0: "opstarten kost écht tijd"); reported by a
 *   query, not blocked.
 *
 * @example
 * StepGateSchema.parse({ consent: 'startnotitie', timeboxDays: 180 });
 * @see handreiking bijlage 1, onderdeel 2 (lessen uit de pilots)
 */
export const StepGateSchema = strictObject({
  consent: ConsentRule.schema,
  choosesVariant: z.boolean().optional(),
  assessmentDocumentType: OptionalNonEmptyStringSchema,
  timeboxDays: PositiveIntSchema.optional(),
  minimumDays: PositiveIntSchema.optional(),
});
/** The gate rules of one step. */
export type StepGate = z.infer<typeof StepGateSchema>;
