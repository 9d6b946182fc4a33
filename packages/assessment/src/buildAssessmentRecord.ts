import {
  type AssessmentInput,
  AssessmentMethodName,
  type AssessmentRecord,
  AssessmentRecordSchema,
  type AssessmentResult,
  AssessmentResultSchema,
  type FurtherElaboration,
  Normalisation,
  type NotWeighedItem,
  NoviPrinciple,
  validate,
} from '@gebiedsgericht/core';
import { checkAfwegingskader } from './checkAfwegingskader';
import { requireArray, requireRecord } from './internal/arguments';
import { prepare } from './internal/prepare';
import { fail } from './messages';

/**
 * Options of {@link buildAssessmentRecord}.
 *
 * @example
 * buildAssessmentRecord(input, result, { id: 'verantwoording-1', recordedOn: '2027-03-01' });
 * @see handreiking §2.5
 */
export interface AssessmentRecordOptions {
  /** id of the record document */
  readonly id: string;
  /** the date of the record (the SDK never reads the clock) */
  readonly recordedOn: string;
  /** what needs further elaboration, and on what basis */
  readonly furtherElaboration?: readonly FurtherElaboration[];
  /** anything else that was deliberately not weighed */
  readonly notWeighed?: readonly NotWeighedItem[];
}

/**
 * The assessment record (*verantwoording*) for the step 4 decision, from an input and its result:
 * the method in words, every criterion that was weighed (with weight, and the approved change for a
 * criterion added later), what was not weighed and why (NOVI principles stated absent, variants set
 * aside with the boundary conditions they break, effects described without a criterion, and any
 * items the caller adds), the ranking, the variant the assessment points to, how robust that is
 * (most critical weight, first-rank acceptability and confidence), who gains and who loses per
 * variant, and what needs further elaboration. A decision that departs from
 * `recommendedVariantId` must be motivated in the decision record.
 *
 * Bad input throws a `GebiedsgerichtError`: `invalid_input` for a bad input, result or option
 * (path `['input', …]`, `['result', …]` or `['options', …]`), `invalid_argument` with path `['result', 'inputId']` for a result of another input, and
 * `invalid_argument` with path `['options']` when `options` is not an object, or
 * `['options', 'notWeighed']` / `['options', 'furtherElaboration']` when one of those is given but
 * not an array.
 *
 * @example
 * const record = buildAssessmentRecord(input, assess(input), { id: 'verantwoording-lindewaard', recordedOn: '2027-03-01' });
 * @see handreiking §2.5 ("maak inzichtelijk wat wel en niet is meegewogen, wat nog verdere uitwerking behoeft en op basis waarvan")
 */
export function buildAssessmentRecord(
  input: AssessmentInput,
  result: AssessmentResult,
  options: AssessmentRecordOptions,
): AssessmentRecord {
  requireRecord(options, 'options (an object with id and recordedOn)', ['options']);
  for (const key of ['notWeighed', 'furtherElaboration'] as const)
    if (options[key] !== undefined) requireArray(options[key], `options.${key} (an array)`, ['options', key]);
  const shape = AssessmentRecordSchema.shape;
  validate(shape.id, options.id, { path: ['options', 'id'] });
  validate(shape.recordedOn, options.recordedOn, { path: ['options', 'recordedOn'] });
  if (options.notWeighed !== undefined)
    validate(shape.notWeighed, options.notWeighed, { path: ['options', 'notWeighed'] });
  if (options.furtherElaboration !== undefined)
    validate(shape.furtherElaboration, options.furtherElaboration, { path: ['options', 'furtherElaboration'] });
  const p = prepare(input);
  const r = validate(AssessmentResultSchema, result, { path: ['result'] });
  if (r.inputId !== p.input.id)
    throw fail('invalid_argument', { name: 'result (belongs to another input)' }, ['result', 'inputId']);
  const weights = new Map(r.weights.map((w) => [w.criterionId, w.weight]));
  const weighed = p.criteria.map((c) => {
    const w = weights.get(c.id);
    return {
      criterionId: c.id,
      name: c.name,
      ...(w !== undefined ? { weight: w } : {}),
      ...(c.addedLater ? { addedLater: c.addedLater } : {}),
    };
  });
  const notWeighed: NotWeighedItem[] = [];
  for (const cov of checkAfwegingskader(p.input.afwegingskader).noviCoverage)
    if (cov.criterionIds.length === 0)
      notWeighed.push({
        category: 'novi_principle',
        subject: NoviPrinciple.labels[cov.principle],
        reason: cov.absence ?? {
          nl: 'Geen criterium en geen motivering in het afwegingskader',
          en: 'No criterion and no reason given in the framework',
        },
      });
  for (const s of r.screening) {
    if (s.verdict !== 'not_feasible') continue;
    const v = p.variants.find((x) => x.id === s.variantId);
    const broken = s.checks.filter((c) => c.status === 'broken');
    notWeighed.push({
      category: 'variant',
      refId: s.variantId,
      subject: v?.name ?? { nl: s.variantId, en: s.variantId },
      reason: {
        nl: `Niet maakbaar: ${broken.map((c) => `${c.randvoorwaardeId} (${c.motivation.nl})`).join('; ')}`,
        en: `Not feasible: ${broken.map((c) => `${c.randvoorwaardeId} (${c.motivation.en})`).join('; ')}`,
      },
    });
  }
  for (const e of p.input.effects ?? [])
    if (e.criterionId === undefined)
      notWeighed.push({
        category: 'effect',
        refId: e.id,
        subject: e.description,
        reason: {
          nl: 'Beschreven effect zonder criterium: zichtbaar in de verdeling van effecten, niet in de score',
          en: 'Described effect without a criterion: visible in the distribution of effects, not in the score',
        },
      });
  notWeighed.push(...(options.notWeighed ?? []));
  const top = r.ranking.filter((x) => x.rank === 1);
  const recommended = top.length === 1 ? top[0]?.variantId : undefined;
  const smaaTop = recommended ? r.uncertainty?.variants.find((v) => v.variantId === recommended) : undefined;
  const robustness = {
    ...(r.sensitivity?.mostCriticalCriterionId
      ? { mostCriticalCriterionId: r.sensitivity.mostCriticalCriterionId }
      : {}),
    ...(r.sensitivity?.criteria.find((c) => c.criterionId === r.sensitivity?.mostCriticalCriterionId)
      ?.relativeChange !== undefined
      ? {
          smallestRelativeChange: r.sensitivity?.criteria.find(
            (c) => c.criterionId === r.sensitivity?.mostCriticalCriterionId,
          )?.relativeChange as number,
        }
      : {}),
    ...(smaaTop ? { firstRankAcceptability: smaaTop.rankAcceptability[0] as number } : {}),
    ...(smaaTop?.confidenceFactor !== undefined ? { confidenceFactor: smaaTop.confidenceFactor } : {}),
  };
  const order = p.input.method.method === 'priority_order' ? p.input.method.priorityOrderId : p.input.priorityOrderId;
  const methodDescription = {
    nl: `${AssessmentMethodName.label(r.method, 'nl')}, normalisatie: ${Normalisation.label(r.normalisation, 'nl').toLowerCase()}${order ? `, voorkeursvolgorde ${order} eerst` : ''}${p.useMitigated ? ', scores na mitigatie' : ''}`,
    en: `${AssessmentMethodName.label(r.method, 'en')}, normalisation: ${Normalisation.label(r.normalisation, 'en').toLowerCase()}${order ? `, priority order ${order} first` : ''}${p.useMitigated ? ', scores after mitigation' : ''}`,
  };
  const record: AssessmentRecord = {
    kind: 'assessmentRecord',
    schemaVersion: 2,
    id: options.id,
    ...(p.input.afwegingskader.processId ? { processId: p.input.afwegingskader.processId } : {}),
    afwegingskaderId: p.input.afwegingskader.id,
    resultId: r.id,
    recordedOn: options.recordedOn,
    methodDescription,
    weighed,
    notWeighed,
    ranking: r.ranking,
    ...(recommended ? { recommendedVariantId: recommended } : {}),
    ...(Object.keys(robustness).length > 0 ? { robustness } : {}),
    distribution: (r.distribution ?? []).map((d) => ({ variantId: d.variantId, gainers: d.gainers, losers: d.losers })),
    furtherElaboration: [...(options.furtherElaboration ?? [])],
  };
  return validate(AssessmentRecordSchema, record);
}
