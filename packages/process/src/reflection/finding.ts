import { IssuePathSchema, LabelSchema } from '@gebiedsgericht/core';
import { z } from 'zod';
import { FindingSeverity } from './findingSeverity';

/**
 * The handreiking section a rule comes from, written the way the handreiking numbers itself:
 * `§2.3`, `§2.7`, `bijlage 1, onderdeel 2, stap 1`, `bijlage 2, voorbeeld 2`.
 *
 * @example
 * HandreikingSectionSchema.parse('bijlage 1, onderdeel 2, stap 0');
 * @see handreiking (all sections)
 */
export const HandreikingSectionSchema = z
  .string()
  .regex(/^(§\d(\.\d)?|slotwoord|bijlage [12], (onderdeel \d(, stap \d)?|voorbeeld \d))$/);
/** A handreiking section reference such as `§2.3` or `bijlage 1, onderdeel 2, stap 1`. */
export type HandreikingSection = z.infer<typeof HandreikingSectionSchema>;

/**
 * One finding of the reflection check: which rule found it, how serious it is, what it says in
 * Dutch and English, which section of the handreiking the advice comes from, and where in the
 * input it is (`path`, starting with the input part: `startnotitie`, `gebiedsproces`,
 * `arrangement` or `process`). Array elements that have an `id` are addressed by that id rather
 * than by their index, so a path stays valid when an array is reordered and findings do not
 * depend on the order of the input (see {@link resolveFindingPath}). Plain JSON, so a dashboard can
 * store and show it as is.
 *
 * @example
 * const finding: Finding = {
 *   ruleId: 'escalation-model-missing',
 *   severity: 'error',
 *   message: { nl: 'Er is geen escalatiemodel afgesproken.', en: 'No escalation model has been agreed.' },
 *   section: '§2.3',
 *   path: ['startnotitie', 'escalationModel'],
 * };
 * @see handreiking §1 (reflecteren op voorgenomen processtappen)
 */
export const FindingSchema = z.strictObject({
  ruleId: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/),
  severity: FindingSeverity.schema,
  message: LabelSchema,
  section: HandreikingSectionSchema,
  path: IssuePathSchema,
});
/** One finding of the reflection check. */
export type Finding = z.infer<typeof FindingSchema>;
