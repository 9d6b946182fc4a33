// The numeric SMAA problem and weight mode, shared by the sampler and its input check.

/**
 * The numeric problem SMAA samples: utilities (normalised, higher is better) of m variants on n criteria.
 *
 * @example
 * const p: SmaaProblem = { m: 2, n: 1, base, lowU, widthU, uncertain: true };
 */
export interface SmaaProblem {
  readonly m: number;
  readonly n: number;
  /** utility at the point values, row-major (variant × criterion) */
  readonly base: Float64Array;
  /** lower end of a uniform utility interval (equal to base where certain) */
  readonly lowU: Float64Array;
  /** width of a uniform utility interval (0 where certain) */
  readonly widthU: Float64Array;
  /** per cell: how it is sampled (see CellKind); undefined when every cell is fixed or uniform */
  readonly general?: {
    readonly kind: Uint8Array;
    readonly a: Float64Array;
    readonly b: Float64Array;
    readonly low: Float64Array;
    readonly mode: Float64Array;
    readonly high: Float64Array;
    readonly sd: Float64Array;
    readonly steps: Float64Array;
  };
  /** whether any cell is uncertain */
  readonly uncertain: boolean;
}

/**
 * How weights are drawn in `smaaSample`.
 *
 * @example
 * const mode: SmaaWeightMode = { kind: 'unknown' };
 */
export type SmaaWeightMode =
  | { readonly kind: 'unknown' }
  | { readonly kind: 'exact'; readonly weights: Float64Array }
  /** criteria in order of importance; `groupEnd[g]` is one past the last position of tie group g */
  | { readonly kind: 'ranked'; readonly order: Int32Array; readonly groupEnd: Int32Array };
