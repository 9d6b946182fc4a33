import {
  IdSchema,
  type IssueConcession,
  type IssuePath,
  LIMITS,
  type PackageChoice,
  type PackageDealInput,
  PackageDealInputSchema,
  type PackageDealResult,
  type PackageEvaluation,
  type PackagePartyOutcome,
  validate,
} from '@gebiedsgericht/core';
import { rejectNonFinite, requireRecord, validateOptions } from './internal/arguments';
import { derivedId } from './internal/derivedId';
import { FrontierTooLarge, SearchTooLarge, searchParetoPackages } from './internal/paretoPackages';
import { fail } from './messages';

/** Options of {@link findPackageDeals}. */
export interface FindPackageDealsOptions {
  /** Id of the result document; defaults to the input id followed by `-result`. */
  readonly resultId?: string;
  /**
   * Safety limit on the number of Pareto-efficient partial packages kept while searching
   * (default 1,000,000). Beyond it the search stops with `package_search_too_large` instead of
   * running out of memory.
   */
  readonly maxFrontier?: number;
}

/**
 * Finds every package deal (one option per issue) that is Pareto-efficient and gives every party
 * strictly more than its disagreement point, and the Nash bargaining package among them (the one
 * that maximises the product of the parties' gains over their disagreement points). For every
 * package it says what each party concedes (issues where it does not get its preferred option,
 * and how many points that costs it) and gains.
 *
 * This is the logrolling the handreiking describes: concessions on points the other did not ask
 * for, in return for concessions elsewhere; a solution only holds when it benefits every party.
 * The search does not enumerate all combinations: it merges Pareto frontiers issue by issue,
 * dropping dominated partial packages and those that can no longer beat a disagreement point.
 * Packages that give every party exactly the same points are listed once (the first in issue and
 * option order) with `equivalentPackages` counting them.
 *
 * Throws `invalid_input` (with `unknown_issue`, `unknown_option`, `missing_points` issues) for bad
 * input (path `['input']`), `invalid_argument` when `options` is not an object (path `['options']`)
 * or `maxFrontier` is not an integer ≥ 1 (path `['options', 'maxFrontier']`),
 * `package_search_too_large` (path `['options', 'maxFrontier']`) when the frontier exceeds
 * `maxFrontier`, and `search_too_large` (path `['input']`) when the search takes more than
 * `LIMITS.packageDealSteps` steps (candidates built plus dominance comparisons), so that no input
 * keeps the host busy for long.
 *
 * @example
 * const result = findPackageDeals(input);
 * result.nash?.parties.map((p) => [p.partyId, p.gain]);
 * @see handreiking bijlage 1, onderdeel 4 (toezeggingen op punten die de andere partij niet geëist had)
 */
export function findPackageDeals(input: unknown, options: FindPackageDealsOptions = {}): PackageDealResult {
  const parsed = validate(PackageDealInputSchema, input, { path: ['input'] });
  validateOptions(options);
  rejectNonFinite(options.maxFrontier, 'maxFrontier', ['options', 'maxFrontier']);
  if (
    options.maxFrontier !== undefined &&
    !(typeof options.maxFrontier === 'number' && Number.isInteger(options.maxFrontier) && options.maxFrontier >= 1)
  )
    throw fail('invalid_argument', { name: 'maxFrontier (an integer ≥ 1)' }, ['options', 'maxFrontier']);
  const table = scoreTable(parsed);
  const byParty = table.points;
  const scores = parsed.issues.map((issue, i) =>
    issue.options.map((_, o) => byParty.map((party) => (party[i] as number[])[o] as number)),
  );
  const disagreement = parsed.parties.map((p) => p.disagreementPoint);
  const limit = options.maxFrontier ?? 1_000_000;
  let search: ReturnType<typeof searchParetoPackages>;
  try {
    search = searchParetoPackages({ scores, disagreement, maxFrontier: limit, maxSteps: LIMITS.packageDealSteps.max });
  } catch (error) {
    if (error instanceof FrontierTooLarge)
      throw fail('package_search_too_large', { size: error.size, limit }, ['options', 'maxFrontier']);
    if (error instanceof SearchTooLarge) throw fail('search_too_large', { steps: error.steps }, ['input']);
    throw error;
  }
  const evaluations = search.packages.map((found) => ({
    evaluation: describe(parsed, found.choice, found.count, table),
    choice: found.choice,
  }));
  evaluations.sort((a, b) => b.evaluation.nashProduct - a.evaluation.nashProduct || compareChoices(a.choice, b.choice));
  const nash = evaluations[0]?.evaluation;
  const resultId =
    options.resultId === undefined
      ? derivedId(parsed.id, 'result')
      : validate(IdSchema, options.resultId, { path: ['options', 'resultId'] });
  return {
    kind: 'packageDealResult',
    schemaVersion: 2,
    id: resultId,
    inputId: parsed.id,
    feasible: evaluations.length > 0,
    paretoPackages: evaluations.map((e) => e.evaluation),
    ...(nash ? { nash } : {}),
  };
}

/**
 * Evaluates one package (for example a proposal on the table, or the agreement that was reached)
 * against the parties' scoring systems: points, gain over the disagreement point, concessions and
 * preferred outcomes per party, and the Nash product. The package must choose exactly one known
 * option for every issue (`unknown_issue`, `unknown_option`, `incomplete_package`,
 * `duplicate_choice`, at `['choices', i, …]`). Throws `invalid_input` for a bad input document
 * (path `['input']`), and `invalid_argument` when
 * `choices` is not an array (path `['choices']`) or a choice is not an object (path
 * `['choices', i]`).
 *
 * @example
 * const e = evaluatePackage(input, [{ issueId: 'dal', optionId: 'geen' }, { issueId: 'contingent', optionId: 'extra-250' }]);
 * e.parties.every((p) => p.gain > 0); // acceptable to everyone?
 * @see handreiking bijlage 1, onderdeel 3 ("per saldo netto winst")
 */
export function evaluatePackage(input: unknown, choices: readonly PackageChoice[]): PackageEvaluation {
  const parsed = validate(PackageDealInputSchema, input, { path: ['input'] });
  return evaluateValidPackage(parsed, choices, ['choices']);
}

/**
 * Internal (not in the package barrel): {@link evaluatePackage} on an input that is already valid;
 * `at` is where the choices sit in the caller's arguments (`['choices']`, `['args', 'choices']`).
 */
export function evaluateValidPackage(
  parsed: PackageDealInput,
  choices: readonly PackageChoice[],
  at: IssuePath,
): PackageEvaluation {
  if (!Array.isArray(choices)) throw fail('invalid_argument', { name: 'choices (an array)' }, at);
  for (const [index, choice] of choices.entries())
    requireRecord(choice, 'choice (an object with issueId and optionId)', [...at, index]);
  const byIssue = new Map<string, string>();
  for (const [index, choice] of choices.entries()) {
    const issue = parsed.issues.find((i) => i.id === choice.issueId);
    if (!issue) throw fail('unknown_issue', { issueId: choice.issueId }, [...at, index, 'issueId']);
    if (!issue.options.some((o) => o.id === choice.optionId))
      throw fail('unknown_option', { issueId: choice.issueId, optionId: choice.optionId }, [...at, index, 'optionId']);
    if (byIssue.has(choice.issueId))
      throw fail('duplicate_choice', { issueId: choice.issueId }, [...at, index, 'issueId']);
    byIssue.set(choice.issueId, choice.optionId);
  }
  const choice = parsed.issues.map((issue) => {
    const optionId = byIssue.get(issue.id);
    if (optionId === undefined) throw fail('incomplete_package', { issueId: issue.id }, at);
    return issue.options.findIndex((o) => o.id === optionId);
  });
  return describe(parsed, choice, 1);
}

function pointsOf(points: Record<string, Record<string, number>>, issueId: string, optionId: string): number {
  const byOption = Object.hasOwn(points, issueId) ? points[issueId] : undefined;
  const value = byOption && Object.hasOwn(byOption, optionId) ? byOption[optionId] : undefined;
  // The schema guarantees every option is scored; 0 is never reached for valid input.
  return value ?? 0;
}

/** Per party and issue: points per option (in option order) and the first best option. */
interface ScoreTable {
  readonly points: number[][][]; // [party][issue][option]
  readonly best: { index: number; value: number }[][]; // [party][issue]
}

function scoreTable(input: PackageDealInput): ScoreTable {
  const points = input.parties.map((party) =>
    input.issues.map((issue) => issue.options.map((option) => pointsOf(party.points, issue.id, option.id))),
  );
  const best = points.map((byIssue) =>
    byIssue.map((values) => {
      let index = 0;
      for (let o = 1; o < values.length; o++) if ((values[o] as number) > (values[index] as number)) index = o;
      return { index, value: values[index] as number };
    }),
  );
  return { points, best };
}

function describe(
  input: PackageDealInput,
  choice: readonly number[],
  count: number,
  table: ScoreTable = scoreTable(input),
): PackageEvaluation {
  const choices: PackageChoice[] = input.issues.map((issue, i) => ({
    issueId: issue.id,
    optionId: (issue.options[choice[i] as number] as { id: string }).id,
  }));
  let nashProduct = 1;
  const parties: PackagePartyOutcome[] = input.parties.map((party, p) => {
    const byIssue = table.points[p] as number[][];
    const bestByIssue = table.best[p] as { index: number; value: number }[];
    let points = 0;
    const concessions: IssueConcession[] = [];
    const preferredOn: string[] = [];
    for (let i = 0; i < input.issues.length; i++) {
      const issue = input.issues[i] as PackageDealInput['issues'][number];
      const o = choice[i] as number;
      const value = (byIssue[i] as number[])[o] as number;
      points += value;
      const best = bestByIssue[i] as { index: number; value: number };
      if (value < best.value)
        concessions.push({
          issueId: issue.id,
          optionId: (choices[i] as PackageChoice).optionId,
          preferredOptionId: (issue.options[best.index] as { id: string }).id,
          pointsGivenUp: best.value - value,
        });
      else preferredOn.push(issue.id);
    }
    const gain = points - party.disagreementPoint;
    nashProduct *= gain;
    return { partyId: party.partyId, points, gain, concessions, preferredOn };
  });
  return { choices, parties, nashProduct, equivalentPackages: count };
}

function compareChoices(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return 0;
}
