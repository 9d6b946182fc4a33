import { describe, expect, it } from 'vitest';
import { Random } from '../src/internal/random';

describe('the seeded random source of SMAA', () => {
  it('repeats for a seed and gives uniform doubles in [0, 1)', () => {
    const a = new Random(42);
    const b = new Random(42);
    const xs = Array.from({ length: 1000 }, () => a.next());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const filled = new Float64Array(1000);
    new Random(42).fill(filled);
    expect(Array.from(filled)).toEqual(xs);
  });
  it('draws standard exponentials by the ziggurat: mean 1, variance 1, tails e^(−x)', () => {
    // closed form: for Exp(1), E = 1, Var = 1, P(X > x) = e^(−x); tolerances ≈ 5 standard errors
    const r = new Random(7);
    const n = 400_000;
    let sum = 0;
    let sq = 0;
    const over = [0.1, 1, 3, 8].map(() => 0);
    for (let i = 0; i < n; i++) {
      const x = r.exponential();
      sum += x;
      sq += x * x;
      [0.1, 1, 3, 8].forEach((t, j) => {
        if (x > t) over[j] = (over[j] as number) + 1;
      });
    }
    const mean = sum / n;
    expect(Math.abs(mean - 1)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(sq / n - mean * mean - 1)).toBeLessThan(5 * Math.sqrt(8 / n));
    [0.1, 1, 3, 8].forEach((t, j) => {
      const p = Math.exp(-t);
      expect(Math.abs((over[j] as number) / n - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / n) + 1e-5);
    });
  });
});

describe('bulk exponentials', () => {
  it('fillExponential draws the same distribution and returns the sum', () => {
    const r = new Random(3);
    const n = 300_000;
    const out = new Float64Array(n);
    const sum = r.fillExponential(out, 0, n);
    expect(sum).toBeCloseTo(
      out.reduce((s, x) => s + x, 0),
      6,
    );
    expect(Math.abs(sum / n - 1)).toBeLessThan(5 / Math.sqrt(n));
    const tail = out.filter((x) => x > 3).length / n;
    expect(Math.abs(tail - Math.exp(-3))).toBeLessThan(5 * Math.sqrt((Math.exp(-3) * (1 - Math.exp(-3))) / n));
    const far = out.filter((x) => x > 7.7).length / n; // beyond the ziggurat's base layer edge
    expect(Math.abs(far - Math.exp(-7.7))).toBeLessThan(5 * Math.sqrt(Math.exp(-7.7) / n) + 1e-6);
  });
});
