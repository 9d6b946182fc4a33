import type * as z from 'zod';
import { ConsentOutcome } from '../decisions/consentOutcome';
import { IdListSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { coreFail } from '../messages';
import { IdSchema } from '../primitives/id';
import { labelledEnum } from '../primitives/labels';
import { validate } from '../primitives/validate';
import { type Gebiedsproces, GebiedsprocesSchema } from './gebiedsproces';

/**
 * Where one medeoverheid stands on a subject: one of the {@link ConsentOutcome} values, or
 * `missing` when none of its bodies has responded yet.
 *
 * @example
 * ConsentState.label('missing', 'nl'); // 'Nog geen instemming'
 * @see handreiking §2.6 ("Tenminste de medeoverheden moeten zich kunnen vinden in ... de ruimtelijke arrangementen")
 */
export const ConsentState = labelledEnum({
  ...ConsentOutcome.labels,
  missing: { nl: 'Nog geen instemming', en: 'No consent yet' },
});
/** One of the {@link ConsentState} values. */
export type ConsentState = (typeof ConsentState)['values'][number];

/**
 * The consent of one medeoverheid on a subject: its latest response (by date) and the consents it
 * rests on.
 *
 * @example
 * const s: ConsentStatus = { partyId: 'gemeente-beekdal', state: 'amended', consentIds: ['instemming-raad-beekdal'] };
 * @see handreiking §2.6
 */
export const ConsentStatusSchema = strictObject({
  partyId: IdSchema,
  state: ConsentState.schema,
  consentIds: IdListSchema,
});
/** The consent of one medeoverheid on a subject. */
export type ConsentStatus = z.infer<typeof ConsentStatusSchema>;

/** What consent is asked for: a decision, or the closing of a step. */
export type ConsentSubject = { readonly decisionId: string } | { readonly stepId: string };

/**
 * Per medeoverheid of an area process — the province(s), gemeenten and waterschappen of its area —
 * where it stands on a decision or a step: adopted, amended, rejected (its latest response, by
 * date) or missing. Use it to see whether "every medeoverheid" has consented before a step closes.
 * Validates the document first (`invalid_input`); an unknown decision or step gives
 * `unknown_decision` / `unknown_step`.
 *
 * @example
 * consentStatus(lindewaard, { decisionId: 'besluit-keuze-variant-c' })
 *   .filter((s) => s.state === 'missing' || s.state === 'rejected');
 * @see handreiking §2.6 (bijlage 1); bijlage 1, onderdeel 2 (besluitvorming per stap)
 */
export function consentStatus(gebiedsproces: Gebiedsproces, subject: ConsentSubject): ConsentStatus[] {
  const doc = validate(GebiedsprocesSchema, gebiedsproces, { path: ['gebiedsproces'] });
  const target: unknown = subject;
  if (typeof target !== 'object' || target === null || Array.isArray(target))
    throw coreFail('invalid_argument', { name: 'subject ({ decisionId } or { stepId })' }, ['subject']);
  if ('decisionId' in subject) {
    if (typeof subject.decisionId !== 'string')
      throw coreFail('invalid_argument', { name: 'subject.decisionId (text)' }, ['subject', 'decisionId']);
    if (!doc.decisions.some((d) => d.id === subject.decisionId))
      throw coreFail('unknown_decision', { decisionId: subject.decisionId }, ['subject', 'decisionId']);
  } else {
    if (typeof (subject as { stepId?: unknown }).stepId !== 'string')
      throw coreFail('invalid_argument', { name: 'subject.stepId (text)' }, ['subject', 'stepId']);
    const steps = doc.startnotitie?.processDesign.steps.map((s) => s.stepId);
    if (steps !== undefined && !steps.includes(subject.stepId))
      throw coreFail('unknown_step', { stepId: subject.stepId }, ['subject', 'stepId']);
  }
  const about = doc.consents
    .filter((c) => ('decisionId' in subject ? c.decisionId === subject.decisionId : c.stepId === subject.stepId))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const governments = [...new Set([...doc.area.provinceIds, ...doc.area.municipalityIds, ...doc.area.waterschapIds])];
  return governments.map((partyId) => {
    const own = about.filter((c) => c.partyId === partyId);
    const latest = own.at(-1);
    return { partyId, state: latest?.outcome ?? 'missing', consentIds: own.map((c) => c.id) };
  });
}
