import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyIdListSchema,
  NonNegativeIntSchema,
  NonNegativeNumberSchema,
  UnitIntervalSchema,
} from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';

/**
 * How far the positions on one dilemma are spread: lowest, highest, range, mean and (population)
 * standard deviation, all on the 0–1 line.
 *
 * @example
 * const s: PositionSpread = { count: 3, min: 0.1, max: 0.9, range: 0.8, mean: 0.5, standardDeviation: 0.33 };
 */
export const PositionSpreadSchema = strictObject({
  count: NonNegativeIntSchema,
  min: UnitIntervalSchema,
  max: UnitIntervalSchema,
  range: UnitIntervalSchema,
  mean: UnitIntervalSchema,
  standardDeviation: NonNegativeNumberSchema,
});
/** The spread of positions on one dilemma. */
export type PositionSpread = z.infer<typeof PositionSpreadSchema>;

/**
 * A group of participants standing close together on the line.
 *
 * @example
 * const c: PositionCluster = { participantIds: ['a', 'b'], from: 0.1, to: 0.2, centre: 0.15 };
 */
export const PositionClusterSchema = strictObject({
  participantIds: NonEmptyIdListSchema,
  from: UnitIntervalSchema,
  to: UnitIntervalSchema,
  centre: UnitIntervalSchema,
});
/** A cluster of participants on the line. */
export type PositionCluster = z.infer<typeof PositionClusterSchema>;

/**
 * Two participants who give the same argument yet stand far apart on the line: the handreiking's
 * surprise ("op basis van dezelfde argumenten soms op een heel andere plek").
 *
 * @example
 * const s: SharedArgumentApart = { argumentId: 'netcongestie', participantIds: ['a', 'b'], positions: [0.1, 0.9], distance: 0.8 };
 * @see handreiking bijlage 2, voorbeeld 4
 */
export const SharedArgumentApartSchema = strictObject({
  argumentId: IdSchema,
  participantIds: IdListSchema.length(2),
  positions: z.array(UnitIntervalSchema).length(2),
  distance: UnitIntervalSchema,
});
/** Two participants sharing an argument yet standing far apart. */
export type SharedArgumentApart = z.infer<typeof SharedArgumentApartSchema>;

/**
 * The analysis of one dilemma on the line.
 *
 * @example
 * analysis.dilemmas[0].clusters.length; // number of groups on the line
 */
export const DilemmaAnalysisSchema = strictObject({
  dilemmaId: IdSchema,
  spread: PositionSpreadSchema.optional(),
  clusters: z.array(PositionClusterSchema),
  sharedArgumentsApart: z.array(SharedArgumentApartSchema),
});
/** The analysis of one dilemma. */
export type DilemmaAnalysis = z.infer<typeof DilemmaAnalysisSchema>;

/**
 * The analysis of a dilemma-line session: per dilemma the spread, the clusters, and the pairs of
 * participants who share arguments yet stand far apart; with the thresholds used.
 *
 * @example
 * const a = analyseDilemmaLine(line, { clusterGap: 0.15, farApart: 0.5 });
 * @see handreiking bijlage 2, voorbeeld 4
 */
export const DilemmaLineAnalysisSchema = strictObject({
  dilemmaLineId: IdSchema,
  clusterGap: z.number().positive().max(1),
  farApart: z.number().positive().max(1),
  dilemmas: z.array(DilemmaAnalysisSchema),
});
/** The analysis of a dilemma-line session. */
export type DilemmaLineAnalysis = z.infer<typeof DilemmaLineAnalysisSchema>;
