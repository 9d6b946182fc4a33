import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type SmaaNumbers, smaaSample } from '../src/index';
import { Random } from '../src/internal/random';
import { firstPassKernel, setSmaaKernelEnabled, smaaKernelMemoryBytes } from '../src/internal/smaaKernel';
import { problem } from './support/smaaProblem';

// The WebAssembly kernel (src/internal/smaaKernel.wat) and the JavaScript loop it replaces must give
// the same numbers, bit for bit, so that a seed means the same result on every engine.

const bits = (r: SmaaNumbers) => ({
  acceptability: Array.from(r.acceptability),
  central: Array.from(r.central),
  firstRank: Array.from(r.firstRank),
  confidence: Array.from(r.confidence),
});

function bothPaths(rows: number[][], samples: number, seed: number) {
  const p = problem(rows);
  setSmaaKernelEnabled(true);
  const kernel = smaaSample(p, { kind: 'unknown' }, samples, seed);
  setSmaaKernelEnabled(false);
  const js = smaaSample(p, { kind: 'unknown' }, samples, seed);
  setSmaaKernelEnabled(true);
  return { kernel, js };
}

afterEach(() => setSmaaKernelEnabled(true));

describe('the SMAA WebAssembly kernel', () => {
  it('runs on Node 20 (WebAssembly with SIMD) and counts every sample', () => {
    const p = problem([
      [1, 0, 0.5],
      [0, 1, 0.5],
    ]);
    const counts = new Float64Array(4);
    const wins = new Float64Array(2);
    const central = new Float64Array(6);
    expect(firstPassKernel(p.base, p.m, p.n, 1001, new Random(3), counts, wins, central)).toBe(true);
    expect(wins[0]! + wins[1]!).toBe(1001);
    expect(Array.from(counts).reduce((s, x) => s + x, 0)).toBe(2 * 1001);
  });

  it('gives bit-identical results to the JavaScript loop (odd and even counts, ties, many blocks)', () => {
    // sizes cross the kernel's block of 256 samples and odd numbers of samples and criteria
    const rows = [
      [0.2, 0.9, 0.4],
      [0.2, 0.9, 0.4], // a tie with the row above in every sample: goes to the first
      [0.8, 0.1, 0.3],
      [0.5, 0.5, 0.5],
    ];
    for (const samples of [1, 2, 3, 255, 256, 257, 1001]) {
      const { kernel, js } = bothPaths(rows, samples, 17);
      expect(bits(kernel)).toEqual(bits(js));
      expect(kernel.acceptability[1 * 4 + 0]).toBe(0); // the tied second row is never first
    }
  });

  it('agrees with the JavaScript loop on random tables (property)', () => {
    const table = fc.integer({ min: 1, max: 9 }).chain((m) =>
      fc.integer({ min: 1, max: 11 }).chain((n) =>
        fc.array(
          fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.5, 1)), {
            minLength: n,
            maxLength: n,
          }),
          { minLength: m, maxLength: m },
        ),
      ),
    );
    fc.assert(
      fc.property(
        table,
        fc.integer({ min: 1, max: 700 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (rows, samples, seed) => {
          const { kernel, js } = bothPaths(rows, samples, seed);
          expect(bits(kernel)).toEqual(bits(js));
        },
      ),
      { numRuns: 80 },
    );
  });

  it('grows its memory for a large problem and still agrees', () => {
    // 60 variants × 300 criteria: base, weights and central sums need more than one 64 KiB page
    const r = new Random(5);
    const rows = Array.from({ length: 60 }, () => Array.from({ length: 300 }, () => r.next()));
    const { kernel, js } = bothPaths(rows, 600, 8);
    expect(bits(kernel)).toEqual(bits(js));
  });

  it('lets go of a large memory after the pass, and keeps a small one for the next call', () => {
    // 3 variants × 2,100 criteria: a block of 256 weight vectors alone needs 4.3 MB
    const r = new Random(9);
    const wide = Array.from({ length: 3 }, () => Array.from({ length: 2100 }, () => r.next()));
    const { kernel, js } = bothPaths(wide, 300, 4);
    expect(bits(kernel)).toEqual(bits(js));
    expect(smaaKernelMemoryBytes()).toBe(0);
    bothPaths(
      [
        [0.1, 0.9],
        [0.9, 0.1],
      ],
      10,
      1,
    );
    expect(smaaKernelMemoryBytes()).toBeGreaterThan(0);
    expect(smaaKernelMemoryBytes()).toBeLessThanOrEqual(4 * 1024 * 1024);
  });

  it('falls back to the JavaScript loop, with the same numbers, where WebAssembly is missing', async () => {
    const p = problem([
      [0.3, 0.7, 0.1, 0.9],
      [0.6, 0.2, 0.8, 0.4],
      [0.5, 0.5, 0.5, 0.5],
    ]);
    const withKernel = bits(smaaSample(p, { kind: 'unknown' }, 999, 21));
    vi.resetModules();
    vi.stubGlobal('WebAssembly', undefined);
    try {
      const fresh = await import('../src/internal/smaaKernel');
      const counts = new Float64Array(9);
      expect(
        fresh.firstPassKernel(p.base, p.m, p.n, 10, new Random(1), counts, new Float64Array(3), new Float64Array(12)),
      ).toBe(false);
      expect(Array.from(counts)).toEqual(Array(9).fill(0));
      const { smaaSample: withoutWasm } = await import('../src/index');
      expect(bits(withoutWasm(p, { kind: 'unknown' }, 999, 21))).toEqual(withKernel);
    } finally {
      vi.unstubAllGlobals();
      vi.resetModules();
    }
  });
});
