import type { AssessmentInput, Criterion, PrometheeFlow, RankingEntry } from '@gebiedsgericht/core';
import { type Analysis, analyse, weightedScores } from './internal/pipeline';
import { findPriorityOrder, prepare } from './internal/prepare';
import { competitionRanks, lexicographicRanking } from './internal/rank';
import { fail } from './messages';
import { type PrometheeCriterion, prometheeFlows } from './prometheeFlows';

/** Internal: the ranking of an analysis by its input's method (and priority order, when set). */
export interface Ranked {
  readonly ranking: RankingEntry[];
  readonly values: Float64Array | undefined;
  readonly flows: PrometheeFlow[] | undefined;
}

function requireWeights(a: Analysis, method: string): Float64Array {
  if (!a.weights) throw fail('weights_missing', { method }, [...a.p.root, 'afwegingskader', 'criteria']);
  return a.weights;
}

function prometheeOf(a: Analysis): PrometheeFlow[] {
  const w = requireWeights(a, 'promethee2');
  const method = a.p.input.method;
  const prefs = method.method === 'promethee2' ? method.preferences : [];
  const criteria: PrometheeCriterion[] = a.p.criteria.map((c, k) => ({
    id: c.id,
    direction: c.direction,
    weight: w[k] as number,
    function: prefs.find((p) => p.criterionId === c.id)?.function ?? { type: 'usual' },
  }));
  const { m, n } = a.mat;
  const values = Array.from({ length: m }, (_, i) => Array.from(a.mat.value.subarray(i * n, (i + 1) * n)));
  if (m < 2) return a.rankedIds.map((variantId) => ({ variantId, positive: 0, negative: 0, net: 0 }));
  return [...prometheeFlows({ alternatives: a.rankedIds, criteria, values }).flows];
}

function levelScores(a: Analysis, levels: readonly (readonly string[])[]): Float64Array[] {
  const { m, n } = a.mat;
  return levels.map((level) => {
    const ks = level.map((id) => a.p.criteria.findIndex((c) => c.id === id));
    const ws = ks.map((k) => (a.p.criteria[k] as Criterion).weight ?? 1);
    const total = ws.reduce((s, x) => s + x, 0);
    const out = new Float64Array(m);
    for (let i = 0; i < m; i++) {
      let s = 0;
      for (const [j, k] of ks.entries())
        s += (total > 0 ? (ws[j] as number) / total : 1 / ks.length) * (a.norm[i * n + k] as number);
      out[i] = s;
    }
    return out;
  });
}

/** Internal: ranks an analysis according to its input. */
export function rankAnalysis(a: Analysis): Ranked {
  const input = a.p.input;
  const method = input.method;
  let values: Float64Array | undefined;
  let flows: PrometheeFlow[] | undefined;
  if (method.method === 'weighted_sum') {
    values = weightedScores(a.norm, a.mat.m, a.mat.n, requireWeights(a, 'weighted_sum'));
  } else if (method.method === 'promethee2') {
    flows = prometheeOf(a);
    values = Float64Array.from(flows.map((f) => f.net));
  }
  const orderId = method.method === 'priority_order' ? method.priorityOrderId : input.priorityOrderId;
  const order = orderId === undefined ? undefined : findPriorityOrder(input, orderId);
  if (orderId !== undefined && !order)
    throw fail('unknown_priority_order', { priorityOrderId: orderId }, [...a.p.root, 'priorityOrderId']);
  if (order) {
    const instead = method.method === 'priority_order' || order.use === 'instead_of_weights';
    const lex = lexicographicRanking(
      levelScores(a, order.levels),
      order.indifference ?? 0,
      instead ? undefined : values,
      a.mat.m,
    );
    const ranking = lex.map((e) => {
      const entry: RankingEntry = { variantId: a.rankedIds[e.index] as string, rank: e.rank };
      const v = values?.[e.index];
      return {
        ...entry,
        ...(v !== undefined && !instead ? { value: v } : {}),
        ...(e.decidedAtLevel !== undefined ? { decidedAtLevel: e.decidedAtLevel } : {}),
      };
    });
    return { ranking, values: instead ? undefined : values, flows };
  }
  const v = values as Float64Array;
  const { order: idx, rank } = competitionRanks(v);
  const ranking = idx.map((i) => ({
    variantId: a.rankedIds[i] as string,
    rank: rank[i] as number,
    value: v[i] as number,
  }));
  return { ranking, values, flows };
}

/**
 * Ranks the feasible variants of an assessment input by its method: the weighted sum of normalised
 * scores (the default in Dutch practice), PROMETHEE II net flows, or a priority order alone; when the
 * input names a `priorityOrderId`, that priority order (*voorkeursvolgorde*) is applied first,
 * lexicographically, and the weights or flows only decide between variants that the priority order
 * leaves tied (or never, when the order is used `instead_of_weights`). Variants that break a boundary
 * condition are not ranked.
 *
 * @example
 * const ranking = rankVariants(input); // [{ variantId: 'variant-c', rank: 1, value: 0.71 }, …]
 * @see handreiking bijlage 1, onderdeel 2, stap 4; §2.4 (voorkeursvolgorden uit de NOVI)
 */
export function rankVariants(input: AssessmentInput): RankingEntry[] {
  return rankAnalysis(analyse(prepare(input))).ranking;
}

/**
 * The weighted sum ranking of an input, whatever method the input names: Σ w_k · u_ik over the
 * normalised scores u. Needs weights on every criterion.
 *
 * @example
 * weightedSum(input)[0]?.variantId;
 * @see handreiking bijlage 1, onderdeel 2, stap 4
 */
export function weightedSum(input: AssessmentInput): RankingEntry[] {
  const p = prepare(input);
  const { priorityOrderId: _omit, ...rest } = p.input;
  return rankAnalysis(analyse({ ...p, input: { ...rest, method: { method: 'weighted_sum' } } })).ranking;
}

/**
 * PROMETHEE II on an input, whatever method it names: preference functions from the input's
 * `promethee2` method when given (else the `usual` function), the framework's weights, net flows
 * ranking the feasible variants.
 *
 * @example
 * const { ranking, flows } = prometheeII(input);
 * @see handreiking bijlage 1, onderdeel 2, stap 4
 */
export function prometheeII(input: AssessmentInput): { ranking: RankingEntry[]; flows: PrometheeFlow[] } {
  const p = prepare(input);
  const { priorityOrderId: _omit, ...rest } = p.input;
  const method = rest.method.method === 'promethee2' ? rest.method : { method: 'promethee2' as const, preferences: [] };
  const r = rankAnalysis(analyse({ ...p, input: { ...rest, method } }));
  return { ranking: r.ranking, flows: r.flows ?? [] };
}

/**
 * Ranks by a priority order of the afwegingskader alone (lexicographic, no weights): ties that the
 * order does not break stay ties.
 *
 * @example
 * rankByPriorityOrder(input, 'novi-water-eerst');
 * @see handreiking §2.4 (voorkeursvolgorden uit de NOVI)
 */
export function rankByPriorityOrder(input: AssessmentInput, priorityOrderId: string): RankingEntry[] {
  const p = prepare(input);
  if (!findPriorityOrder(p.input, priorityOrderId))
    throw fail('unknown_priority_order', { priorityOrderId }, ['priorityOrderId']);
  const { priorityOrderId: _omit, ...rest } = p.input;
  return rankAnalysis(analyse({ ...p, input: { ...rest, method: { method: 'priority_order', priorityOrderId } } }))
    .ranking;
}
