import * as z from 'zod';
import { NonEmptyStringSchema, OptionalIdSchema, UnitIntervalSchema } from '../internal/leafSchemas';
import { schemaRefinement } from '../internal/schemaIssue';
import { assessmentIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { IsoDateSchema, YearSchema } from '../primitives/isoDate';
import { LabelSchema, labelledEnum } from '../primitives/labels';
import { NoviPrincipleSchema } from './noviPrinciple';

/**
 * Whether more of a criterion is better (`benefit`, e.g. homes realised) or worse (`cost`, e.g.
 * cost to government).
 *
 * @example
 * CriterionDirection.label('cost', 'en'); // 'Cost: less is better'
 * @see handreiking bijlage 1, onderdeel 2, stap 2
 */
export const CriterionDirection = labelledEnum({
  benefit: { nl: 'Baat: hoe meer hoe beter', en: 'Benefit: more is better' },
  cost: { nl: 'Kost: hoe minder hoe beter', en: 'Cost: less is better' },
});
/** One of the {@link CriterionDirection} values. */
export type CriterionDirection = (typeof CriterionDirection)['values'][number];

/**
 * The measurement scale of a criterion: a number in a unit, or the plus–minus scale of Dutch
 * effect assessments (`--` … `++`).
 *
 * @example
 * CriterionScale.label('plus_minus', 'nl'); // 'Kwalitatief (plus-minschaal)'
 */
export const CriterionScale = labelledEnum({
  quantitative: { nl: 'Kwantitatief (getal met eenheid)', en: 'Quantitative (number with unit)' },
  plus_minus: { nl: 'Kwalitatief (plus-minschaal)', en: 'Qualitative (plus–minus scale)' },
});
/** One of the {@link CriterionScale} values. */
export type CriterionScale = (typeof CriterionScale)['values'][number];

/**
 * A unit of measurement written as people write it (`ha`, `woningen`, `mol/ha/jr`, `EUR`). Scores
 * must carry exactly the unit of their criterion; the SDK does not convert units.
 *
 * @example
 * UnitSchema.parse('ha');
 */
export const UnitSchema = NonEmptyStringSchema.max(60);
/** A unit of measurement. */
export type Unit = z.infer<typeof UnitSchema>;

/**
 * The reference situation a criterion is scored against (the *referentiesituatie*: the situation
 * without the development, often the autonomous development up to a year). `value` is the
 * indicator's value in that situation, when it is known; plus–minus scores are relative to it by
 * definition (`0` is no change).
 *
 * @example
 * ReferenceSituationSchema.parse({ description: { nl: 'Autonome ontwikkeling 2035', en: 'Autonomous development 2035' }, value: 0, year: 2035 });
 * @see handreiking §2.5 (referentiesituatie; bijlage 1); bijlage 1, onderdeel 2, stap 2
 */
export const ReferenceSituationSchema = strictObject({
  description: LabelSchema,
  value: z.number().optional(),
  year: YearSchema.optional(),
});
/** The reference situation of a criterion. */
export type ReferenceSituation = z.infer<typeof ReferenceSituationSchema>;

/**
 * Marks a criterion that was added to the afwegingskader after it was agreed, as an approved
 * change under the change rules: which change, when it was approved, and why. Such a criterion is
 * scored on its own and merged without re-scoring the other criteria.
 *
 * @example
 * CriterionAdditionSchema.parse({ changeId: 'wijziging-3', approvedOn: '2027-02-01', motivation: { nl: 'Nieuwe norm', en: 'New standard' } });
 * @see handreiking §2.7 (regels voor wijzigingen; bijlage 1); bijlage 1, onderdeel 2, stap 2
 */
export const CriterionAdditionSchema = strictObject({
  changeId: IdSchema,
  approvedOn: IsoDateSchema,
  decisionId: OptionalIdSchema,
  motivation: LabelSchema,
});
/** The approved change that added a criterion later. */
export type CriterionAddition = z.infer<typeof CriterionAdditionSchema>;

/**
 * Bounds for interval normalisation: the value that scores 0 (`worst`) and the value that scores 1
 * (`best`). For a cost criterion `worst` is the higher number.
 *
 * @example
 * CriterionIntervalSchema.parse({ worst: 0, best: 150 });
 */
export const CriterionIntervalSchema = strictObject({ worst: z.number(), best: z.number() }).refine(
  (i) => i.worst !== i.best,
  schemaRefinement(assessmentIssues, 'interval_empty', {}),
);
/** Bounds for interval normalisation. */
export type CriterionInterval = z.infer<typeof CriterionIntervalSchema>;

/**
 * One criterion of the afwegingskader, made operational: what is measured (indicator), in which
 * unit, by which method, from which source, against which reference situation, whether more is
 * better, on which scale, and how much it counts (a weight, or a place in a priority order via
 * `priorityRank`, 1 = most important, ties allowed). `noviPrinciples` says which NOVI principles it
 * measures. SMART is not asked here: it belongs to the quality criteria of project results.
 *
 * @example
 * CriterionSchema.parse({
 *   id: 'waterberging', name: { nl: 'Waterberging', en: 'Water storage' },
 *   indicator: { nl: 'Hectare waterberging in het beekdal', en: 'Hectares of water storage in the brook valley' },
 *   unit: 'ha', method: { nl: 'GIS-analyse van het ontwerp', en: 'GIS analysis of the design' }, source: 'Waterschap Aa en Lindt',
 *   referenceSituation: { description: { nl: 'Huidige situatie', en: 'Current situation' }, value: 0 },
 *   direction: 'benefit', scale: 'quantitative', weight: 0.2, noviPrinciples: ['no_shift_to_future_generations'],
 * });
 * @see handreiking bijlage 1, onderdeel 2, stap 2 (afwegingskader met criteria); §2.4
 */
export const CriterionSchema = strictObject({
  id: IdSchema,
  name: LabelSchema,
  description: LabelSchema.optional(),
  indicator: LabelSchema,
  unit: UnitSchema,
  method: LabelSchema,
  source: NonEmptyStringSchema,
  referenceSituation: ReferenceSituationSchema,
  direction: CriterionDirection.schema,
  scale: CriterionScale.schema,
  weight: UnitIntervalSchema.optional(),
  priorityRank: z.number().int().min(1).optional(),
  interval: CriterionIntervalSchema.optional(),
  noviPrinciples: z.array(NoviPrincipleSchema),
  addedLater: CriterionAdditionSchema.optional(),
});
/** One operational criterion of the afwegingskader. */
export type Criterion = z.infer<typeof CriterionSchema>;
