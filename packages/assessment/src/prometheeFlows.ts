import type { CriterionDirection, PreferenceFunction, PrometheeFlow } from '@gebiedsgericht/core';
import { PreferenceFunctionSchema, validate } from '@gebiedsgericht/core';
import { requireArray, requireRecord } from './internal/arguments';
import { fail } from './messages';

/** Internal: the preference degree for a validated function and a number (no checks: the hot loop). */
function degree(fn: PreferenceFunction, d: number): number {
  if (!(d > 0)) return 0;
  switch (fn.type) {
    case 'usual':
      return 1;
    case 'u_shape':
      return d > fn.q ? 1 : 0;
    case 'v_shape':
      return d >= fn.p ? 1 : d / fn.p;
    case 'level':
      return d <= fn.q ? 0 : d <= fn.p ? 0.5 : 1;
    case 'linear':
      return d <= fn.q ? 0 : d >= fn.p ? 1 : (d - fn.q) / (fn.p - fn.q);
    case 'gaussian':
      return 1 - Math.exp((-d * d) / (2 * fn.s * fn.s));
  }
}

/**
 * The preference degree of a PROMETHEE generalised criterion for a difference `d` (already oriented:
 * positive when the first variant is better). Conventions of Brans & Mareschal (2005): the level
 * function is ½ for `q < d ≤ p`, the linear function rises from `q` to `p`, the Gaussian is
 * `1 − exp(−d² / 2s²)`.
 *
 * Throws a `GebiedsgerichtError` for bad input instead of answering 0: `invalid_input` (path
 * `['fn']`) when `fn` is not a valid preference function (core `PreferenceFunctionSchema`: a known
 * `type`, its thresholds, `q < p`), and `not_a_finite_number` (path `['d']`) when `d` is not a finite
 * number.
 *
 * @example
 * preferenceDegree({ type: 'linear', q: 5, p: 50 }, 27.5); // 0.5
 * @see handreiking bijlage 1, onderdeel 2, stap 4 (afwegen)
 */
export function preferenceDegree(fn: PreferenceFunction, d: number): number {
  const checked = validate(PreferenceFunctionSchema, fn, { path: ['fn'] });
  if (typeof d !== 'number' || !Number.isFinite(d)) throw fail('not_a_finite_number', { name: 'd' }, ['d']);
  return degree(checked, d);
}

/**
 * One criterion of a PROMETHEE table: direction, weight and preference function.
 *
 * @example
 * const c: PrometheeCriterion = { id: 'kosten', direction: 'cost', weight: 0.2, function: { type: 'v_shape', p: 50 } };
 * @see handreiking bijlage 1, onderdeel 2, stap 4
 */
export interface PrometheeCriterion {
  readonly id: string;
  readonly direction: CriterionDirection;
  readonly weight: number;
  readonly function: PreferenceFunction;
}

/**
 * A PROMETHEE evaluation table: one row of values per alternative, in criterion order.
 *
 * @example
 * const t: PrometheeTable = { alternatives: ['a', 'b'], criteria: [c], values: [[310], [340]] };
 * @see handreiking bijlage 1, onderdeel 2, stap 4
 */
export interface PrometheeTable {
  readonly alternatives: readonly string[];
  readonly criteria: readonly PrometheeCriterion[];
  readonly values: readonly (readonly number[])[];
}

/**
 * The aggregated preference indices π(a, b) and the flows of every alternative.
 *
 * @example
 * prometheeFlows(t).flows.map((f) => f.net);
 * @see handreiking bijlage 1, onderdeel 2, stap 4
 */
export interface PrometheeOutcome {
  /** π[a][b]: how much `a` is preferred to `b`, over all criteria (weights normalised to sum 1) */
  readonly preferenceIndex: readonly (readonly number[])[];
  /** flows divided by (number of alternatives − 1), as in Brans & Mareschal (2005) */
  readonly flows: readonly PrometheeFlow[];
}

/**
 * PROMETHEE I/II flows on a plain evaluation table: the aggregated preference index π(a, b) =
 * Σ w_k P_k(a, b) (weights normalised to sum 1), the leaving flow φ⁺(a) and entering flow φ⁻(a)
 * (averages over the other alternatives) and the net flow φ = φ⁺ − φ⁻ that ranks in PROMETHEE II.
 * Use {@link prometheeII} to rank the variants of an assessment input; this function is the method
 * itself, for tables from elsewhere.
 *
 * PROMETHEE comes from outside the handreiking: J.P. Brans and Ph. Vincke, Management Science 31(6),
 * 1985; J.P. Brans and B. Mareschal, "PROMETHEE methods", in Figueira, Greco & Ehrgott (eds.),
 * Multiple Criteria Decision Analysis: State of the Art Surveys, Springer, 2005.
 *
 * Bad tables throw a `GebiedsgerichtError` with the path of the offending value (paths start with
 * `'table'`, for example `['table', 'values', 2, 0]`), before anything is computed: `invalid_argument` when the table is not an object,
 * `alternatives`, `criteria` or `values` is not an array, an alternative is not a string, or a
 * criterion is not an object with a string `id` and `direction` `'benefit'` or `'cost'`;
 * `table_shape` for fewer than two alternatives, no criterion, or not one row of one value per
 * criterion for every alternative; `not_a_finite_number` for a value or weight that is not a finite
 * number; `weight_out_of_range` for a weight below 0; `invalid_input` for a bad
 * preference function; `weights_missing` when all weights are 0. The table is never changed.
 *
 * @example
 * prometheeFlows({ alternatives: ['a', 'b'], criteria: [{ id: 'x', direction: 'benefit', weight: 1, function: { type: 'usual' } }], values: [[2], [1]] });
 * @see handreiking bijlage 1, onderdeel 2, stap 4
 */
export function prometheeFlows(table: PrometheeTable): PrometheeOutcome {
  requireRecord(table, 'table (a PROMETHEE table)', ['table']);
  const { alternatives, criteria, values } = table as Partial<Record<keyof PrometheeTable, unknown>>;
  requireArray(alternatives, 'alternatives (an array of variant ids)', ['table', 'alternatives']);
  requireArray(criteria, 'criteria (an array of criteria)', ['table', 'criteria']);
  requireArray(values, 'values (an array of rows of numbers)', ['table', 'values']);
  const m = alternatives.length;
  const n = criteria.length;
  if (m < 2) throw fail('table_shape', { detail: 'at least two alternatives' }, ['table', 'alternatives']);
  if (n < 1) throw fail('table_shape', { detail: 'at least one criterion' }, ['table', 'criteria']);
  for (const [i, id] of alternatives.entries())
    if (typeof id !== 'string')
      throw fail('invalid_argument', { name: 'alternatives (variant ids)' }, ['table', 'alternatives', i]);
  if (values.length !== m) throw fail('table_shape', { detail: `${m} rows of ${n} values` }, ['table', 'values']);
  for (const [i, row] of values.entries())
    if (!Array.isArray(row) || row.length !== n)
      throw fail('table_shape', { detail: `${m} rows of ${n} values` }, ['table', 'values', i]);
  for (const [i, row] of (values as readonly (readonly unknown[])[]).entries())
    for (const [k, x] of row.entries())
      if (typeof x !== 'number' || !Number.isFinite(x))
        throw fail('not_a_finite_number', { name: `values[${i}][${k}]` }, ['table', 'values', i, k]);
  for (const [k, c] of criteria.entries()) {
    requireRecord(c, 'criterion (id, direction, weight, function)', ['table', 'criteria', k]);
    if (typeof c.id !== 'string')
      throw fail('invalid_argument', { name: 'criterion id' }, ['table', 'criteria', k, 'id']);
    if (c.direction !== 'benefit' && c.direction !== 'cost')
      throw fail('invalid_argument', { name: "direction ('benefit' or 'cost')" }, [
        'table',
        'criteria',
        k,
        'direction',
      ]);
  }
  let total = 0;
  const fns = table.criteria.map((c, k) => {
    if (typeof c.weight !== 'number' || !Number.isFinite(c.weight))
      throw fail('not_a_finite_number', { name: 'weight' }, ['table', 'criteria', k, 'weight']);
    if (c.weight < 0) throw fail('weight_out_of_range', { weight: c.weight }, ['table', 'criteria', k, 'weight']);
    total += c.weight;
    return validate(PreferenceFunctionSchema, c.function, { path: ['table', 'criteria', k, 'function'] });
  });
  if (!(total > 0)) throw fail('weights_missing', { method: 'PROMETHEE' }, ['table', 'criteria']);
  const pi: number[][] = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  for (let a = 0; a < m; a++)
    for (let b = 0; b < m; b++) {
      if (a === b) continue;
      let s = 0;
      for (let k = 0; k < n; k++) {
        const c = table.criteria[k] as PrometheeCriterion;
        const diff = ((table.values[a] as number[])[k] as number) - ((table.values[b] as number[])[k] as number);
        s += (c.weight / total) * degree(fns[k] as PreferenceFunction, c.direction === 'benefit' ? diff : -diff);
      }
      (pi[a] as number[])[b] = s;
    }
  const flows = table.alternatives.map((variantId, a) => {
    let plus = 0;
    let minus = 0;
    for (let b = 0; b < m; b++) {
      plus += (pi[a] as number[])[b] as number;
      minus += (pi[b] as number[])[a] as number;
    }
    plus /= m - 1;
    minus /= m - 1;
    return { variantId, positive: plus, negative: minus, net: plus - minus };
  });
  return { preferenceIndex: pi, flows };
}
