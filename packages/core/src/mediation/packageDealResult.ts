import * as z from 'zod';
import { IdListSchema, PositiveIntSchema } from '../internal/leafSchemas';
import { strictObject } from '../internal/strictObject';
import { documentHeader } from '../primitives/document';
import { IdSchema } from '../primitives/id';

/**
 * The option chosen for one issue in a package.
 *
 * @example
 * const c: PackageChoice = { issueId: 'dal', optionId: 'geen' };
 */
export const PackageChoiceSchema = strictObject({
  issueId: IdSchema,
  optionId: IdSchema,
});
/** The option chosen for one issue in a package. */
export type PackageChoice = z.infer<typeof PackageChoiceSchema>;

/**
 * On one issue, a party does not get its preferred option: which option it accepts instead, which
 * it preferred, and the points it gives up.
 *
 * @example
 * const c: IssueConcession = { issueId: 'dal', optionId: 'deels', preferredOptionId: 'veel', pointsGivenUp: 15 };
 */
export const IssueConcessionSchema = strictObject({
  issueId: IdSchema,
  optionId: IdSchema,
  preferredOptionId: IdSchema,
  pointsGivenUp: z.number().positive(),
});
/** A concession of one party on one issue. */
export type IssueConcession = z.infer<typeof IssueConcessionSchema>;

/**
 * What one party gets from a package: its points, its gain over its disagreement point, the
 * issues on which it concedes and the issues on which it gets its preferred option.
 *
 * @example
 * const o: PackagePartyOutcome = { partyId: 'gemeente-beekdal', points: 70, gain: 20, concessions: [], preferredOn: ['dal'] };
 */
export const PackagePartyOutcomeSchema = strictObject({
  partyId: IdSchema,
  points: z.number().finite(),
  gain: z.number().finite(),
  concessions: z.array(IssueConcessionSchema),
  preferredOn: IdListSchema,
});
/** What one party gets from a package. */
export type PackagePartyOutcome = z.infer<typeof PackagePartyOutcomeSchema>;

/**
 * One package (one option per issue) with what every party concedes and gains, the Nash product
 * (the product of the gains over the disagreement points), and how many other packages give every
 * party exactly the same points (they are interchangeable for the parties; one representative is
 * listed).
 *
 * @example
 * pkg.parties.every((p) => p.gain > 0); // true for every package in a result
 */
export const PackageEvaluationSchema = strictObject({
  choices: z.array(PackageChoiceSchema).min(1),
  parties: z.array(PackagePartyOutcomeSchema).min(2),
  nashProduct: z.number().finite(),
  equivalentPackages: PositiveIntSchema,
});
/** One package with its evaluation. */
export type PackageEvaluation = z.infer<typeof PackageEvaluationSchema>;

/**
 * The result of a package-deal search: every Pareto-efficient package that gives every party more
 * than its disagreement point (one representative per distinct score vector, best Nash product
 * first), the Nash bargaining package, and whether any acceptable package exists at all.
 *
 * @example
 * if (result.nash) console.log(result.nash.choices);
 * @see handreiking bijlage 1, onderdeel 4 ("partijen alleen instemmen met de oplossing die hen allemaal voordeel biedt")
 */
export const PackageDealResultSchema = strictObject({
  ...documentHeader('packageDealResult'),
  inputId: IdSchema,
  feasible: z.boolean(),
  paretoPackages: z.array(PackageEvaluationSchema),
  nash: PackageEvaluationSchema.optional(),
});
/** The result of a package-deal search. */
export interface PackageDealResult extends z.output<typeof PackageDealResultSchema> {}
