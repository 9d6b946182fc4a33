// The shapes of the reflection check (`reflect` in @gebiedsgericht/process): findings and the
// report, so that any tool can validate a stored report without the process package.
import * as z from 'zod';
import { NonEmptyStringSchema, NonNegativeIntSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IssuePathSchema } from '../primitives/errors';
import { IsoDateTimeSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';

/**
 * How serious a reflection finding is. `error`: the design goes against an explicit advice of the
 * handreiking in a way that will hurt the process (for example no escalation model at all).
 * `warning`: an advice is not followed or not yet recorded. `info`: worth a look, not a defect.
 * Findings are sorted in this order.
 *
 * @example
 * FindingSeverity.label('warning', 'nl'); // 'Waarschuwing'
 * @see handreiking §1 ("een document om na te slaan om te reflecteren op reeds voorgenomen processtappen")
 */
export const FindingSeverity = labelledEnum({
  error: { nl: 'Fout', en: 'Error' },
  warning: { nl: 'Waarschuwing', en: 'Warning' },
  info: { nl: 'Ter overweging', en: 'For consideration' },
});
/** One of the {@link FindingSeverity} values. */
export type FindingSeverity = (typeof FindingSeverity)['values'][number];

/**
 * The parts of a reflection input a rule can concern: the startnotitie (step 0), the
 * gebiedsproces document (one area), the provincial ruimtelijk arrangement (all areas of a
 * province), and a running process (a persisted process snapshot). Each rule says which of these
 * it needs (`appliesTo`); a finding's `path` starts with one of them.
 *
 * @example
 * ReflectionDocumentKind.label('startnotitie', 'en'); // 'Startnotitie (step 0)'
 * @see handreiking bijlage 1, onderdeel 2, stap 0 (startnotitie); §2.3 (provinciaal plan)
 */
export const ReflectionDocumentKind = labelledEnum({
  startnotitie: { nl: 'Startnotitie (stap 0)', en: 'Startnotitie (step 0)' },
  gebiedsproces: { nl: 'Gebiedsproces', en: 'Area process' },
  arrangement: { nl: 'Provinciaal ruimtelijk arrangement', en: 'Provincial spatial arrangement' },
  process: { nl: 'Lopend proces', en: 'Running process' },
});
/** One of the {@link ReflectionDocumentKind} values. */
export type ReflectionDocumentKind = (typeof ReflectionDocumentKind)['values'][number];

/**
 * The handreiking section a rule comes from, written the way the handreiking numbers itself:
 * `§2.3`, `§2.7`, `bijlage 1, onderdeel 2, stap 1`, `bijlage 2, voorbeeld 2`.
 *
 * @example
 * HandreikingSectionSchema.parse('bijlage 1, onderdeel 2, stap 0');
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
 * depend on the order of the input (see `resolveFindingPath` in `@gebiedsgericht/process`). Plain
 * JSON, so a dashboard can store and show it as is.
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
export const FindingSchema = strictObject({
  ruleId: z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/),
  severity: FindingSeverity.schema,
  message: LabelSchema,
  section: HandreikingSectionSchema,
  path: IssuePathSchema,
});
/** One finding of the reflection check. */
export interface Finding extends z.output<typeof FindingSchema> {}

/**
 * The result of a reflection check: when it ran (the caller's `now`), which input parts were
 * present, which rules ran, how many findings there are per severity, and the findings in their
 * one stable order (severity, rule id, path). Plain JSON.
 *
 * @example
 * const report = reflect({ startnotitie }, { now });
 * if (report.counts.error > 0) console.log('Het procesontwerp heeft fouten');
 * @see handreiking §1
 */
export const ReflectionReportSchema = strictObject({
  checkedAt: IsoDateTimeSchema,
  documents: z.array(ReflectionDocumentKind.schema).min(1),
  rulesRun: z.array(NonEmptyStringSchema),
  counts: strictObject({
    error: NonNegativeIntSchema,
    warning: NonNegativeIntSchema,
    info: NonNegativeIntSchema,
  }),
  findings: z.array(FindingSchema),
});
/** The result of a reflection check. */
export interface ReflectionReport extends z.output<typeof ReflectionReportSchema> {}
