// Internal: turning scores into ranks. Not exported from the package barrel.

/** Relative tolerance under which two scores count as equal (floating-point noise, not judgement). */
export const TIE_TOLERANCE = 1e-9;

function equal(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Competition ranks ("1224"): rank 1 is the highest value, equal values share a rank. Returns the
 * indices in rank order and the rank of each index.
 */
export function competitionRanks(values: ArrayLike<number>): { order: number[]; rank: number[] } {
  const order = Array.from({ length: values.length }, (_, i) => i).sort(
    (a, b) => (values[b] as number) - (values[a] as number) || a - b,
  );
  const rank = new Array<number>(values.length).fill(0);
  for (let r = 0; r < order.length; r++) {
    const i = order[r] as number;
    const prev = order[r - 1];
    rank[i] =
      r > 0 && prev !== undefined && equal(values[prev] as number, values[i] as number)
        ? (rank[prev] as number)
        : r + 1;
  }
  return { order, rank };
}

/** One entry of a lexicographic ranking: the variant index, its rank, the level that separated it. */
export interface LexEntry {
  index: number;
  rank: number;
  decidedAtLevel?: number;
}

/**
 * Lexicographic ranking with an indifference threshold. On each level the variants (of one tie
 * group) are sorted by their level score and split where two neighbours differ by more than
 * `indifference` (so a chain of small differences stays one group); a group of one is decided at
 * that level, larger groups go to the next level. After the last level `tieBreak` (the weighted sum
 * or net flow) orders what is still tied, or the tie stays.
 */
export function lexicographicRanking(
  levelScores: readonly Float64Array[],
  indifference: number,
  tieBreak: Float64Array | undefined,
  count: number,
): LexEntry[] {
  const out: LexEntry[] = [];
  let nextRank = 1;
  const place = (group: number[], level: number) => {
    if (group.length === 1) {
      out.push({ index: group[0] as number, rank: nextRank++, decidedAtLevel: level });
      return;
    }
    if (level > levelScores.length) {
      if (tieBreak) {
        const { order, rank } = competitionRanks(group.map((i) => tieBreak[i] as number));
        const base = nextRank;
        for (const r of order) out.push({ index: group[r] as number, rank: base + (rank[r] as number) - 1 });
      } else {
        for (const i of group) out.push({ index: i, rank: nextRank });
      }
      nextRank += group.length;
      return;
    }
    const scores = levelScores[level - 1] as Float64Array;
    const sorted = [...group].sort((a, b) => (scores[b] as number) - (scores[a] as number) || a - b);
    let cluster: number[] = [];
    for (const i of sorted) {
      const last = cluster[cluster.length - 1];
      if (last !== undefined && (scores[last] as number) - (scores[i] as number) > indifference + TIE_TOLERANCE) {
        place(cluster, cluster.length === 1 ? level : level + 1);
        cluster = [];
      }
      cluster.push(i);
    }
    place(cluster, cluster.length === 1 ? level : level + 1);
  };
  place(
    Array.from({ length: count }, (_, i) => i),
    1,
  );
  return out;
}
