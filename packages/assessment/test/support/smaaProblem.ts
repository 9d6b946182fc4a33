// Test support: SMAA problems from utility tables.
import type { SmaaProblem } from '../../src/index';

/** Utilities as points, or as [low, high] uniform intervals. */
export function problem(rows: (number | [number, number])[][]): SmaaProblem {
  const m = rows.length;
  const n = rows[0]?.length ?? 0;
  const base = new Float64Array(m * n);
  const lowU = new Float64Array(m * n);
  const widthU = new Float64Array(m * n);
  let uncertain = false;
  rows.forEach((row, i) => {
    row.forEach((cell, k) => {
      const at = i * n + k;
      if (Array.isArray(cell)) {
        base[at] = (cell[0] + cell[1]) / 2;
        lowU[at] = cell[0];
        widthU[at] = cell[1] - cell[0];
        uncertain ||= cell[1] > cell[0];
      } else {
        base[at] = cell;
        lowU[at] = cell;
      }
    });
  });
  return { m, n, base, lowU, widthU, uncertain };
}
