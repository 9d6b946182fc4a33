import * as z from 'zod';
import {
  IdListSchema,
  NonEmptyIdListSchema,
  NonEmptyStringSchema,
  OptionalTextSchema,
  PositiveIntSchema,
} from '../internal/leafSchemas';
import { schemaRefinement } from '../internal/schemaIssue';
import { sharedIssues } from '../internal/schemaMessages';
import { strictObject } from '../internal/strictObject';
import { IdSchema } from '../primitives/id';
import { YearSchema } from '../primitives/isoDate';
import { TextSchema } from '../primitives/text';
import {
  DetailLevelSchema,
  ObligationSchema,
  OpgaveOriginSchema,
  PriorityLevelSchema,
  SchaalniveauSchema,
} from './opgaveClassification';
import { OpgaveTargetSchema } from './opgaveTarget';
import { PlacementSchema } from './placement';
import { SpatialClaimSchema } from './spatialClaim';
import { TransitionSchema } from './transition';

/**
 * The priority of an opgave with its basis: the handreiking asks on what basis (parameters) the
 * partners prioritise.
 *
 * @example
 * OpgavePrioritySchema.parse({ level: 'hoog', basis: 'Wettelijke norm en woningnood' });
 * @see handreiking §2.4; bijlage 2, voorbeeld 2 ("prioritering en op basis waarvan u dat doet")
 */
export const OpgavePrioritySchema = strictObject({
  level: PriorityLevelSchema,
  rank: PositiveIntSchema.optional(),
  basis: NonEmptyStringSchema,
});
/** The priority of an opgave and its basis. */
export type OpgavePriority = z.infer<typeof OpgavePrioritySchema>;

/**
 * A phase of an opgave in time (fasering): from year to year, what is done.
 *
 * @example
 * OpgavePhaseSchema.parse({ fromYear: 2026, untilYear: 2030, description: 'Eerste 1.500 woningen', quantity: 1500 });
 * @see handreiking §2.4 ("Maak concrete afspraken over de aan te pakken opgaven en fasering in tijd")
 */
export const OpgavePhaseSchema = strictObject({
  fromYear: YearSchema,
  untilYear: YearSchema,
  description: TextSchema,
  quantity: z.number().optional(),
}).refine((p) => p.untilYear >= p.fromYear, {
  ...schemaRefinement(sharedIssues, 'ends_before_start', { whatNl: 'De fase', whatEn: 'The phase' }),
  path: ['untilYear'],
});
/** A phase of an opgave. */
export type OpgavePhase = z.infer<typeof OpgavePhaseSchema>;

/**
 * An opgave in an area: its transition, origin (national from the startpakket or decentral),
 * whether it is mandatory or desired, its target with the area's contribution, running
 * trajectories and gap, schaalniveau, deelgebieden, priority with its basis, whether it is the
 * leading opgave that acts as catalyst, detail level, phasing, spatial claim and its placement
 * status per §2.5.
 *
 * @example
 * OpgaveSchema.parse(lindewaardOpgaven.opgaven[0]);
 * @see handreiking §2.1; §2.4; §2.5; bijlage 2, voorbeeld 2 (leidende opgave als katalysator)
 */
export const OpgaveSchema = strictObject({
  id: IdSchema,
  title: NonEmptyStringSchema,
  description: OptionalTextSchema,
  transition: TransitionSchema,
  origin: OpgaveOriginSchema,
  obligation: ObligationSchema,
  /** Parties that bring in and stand for this opgave (for a national opgave: the ministry). */
  ownerPartyIds: NonEmptyIdListSchema,
  target: OpgaveTargetSchema,
  schaalniveau: SchaalniveauSchema,
  deelgebiedIds: IdListSchema,
  priority: OpgavePrioritySchema.optional(),
  /** The leading opgave that acts as catalyst for the others. */
  catalyst: z.boolean(),
  detailLevel: DetailLevelSchema,
  phasing: z.array(OpgavePhaseSchema),
  spatialClaim: SpatialClaimSchema.optional(),
  placement: PlacementSchema.optional(),
  linkedProgrammeIds: IdListSchema.optional(),
});
/** An opgave in an area. */
export type Opgave = z.infer<typeof OpgaveSchema>;
