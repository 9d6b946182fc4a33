"""Vectorised numpy reference of the SMAA-2 computation benchmarked in smaa.bench.ts.

Same computation as `smaa()` in @gebiedsgericht/assessment, on the same synthetic problem:
20 variants, 30 criteria, utilities (already normalised, 0..1) given as intervals [lo, hi];
10,000 samples of weights uniform on the simplex (normalised standard exponentials) and of
utilities uniform in their intervals; rank acceptability indices, central weight vectors, and
confidence factors from a second pass of 10,000 utility samples with each variant's central weights.

Run: python3 packages/assessment/bench/smaa_numpy.py
(and OPENBLAS_NUM_THREADS=1 python3 … : on a busy 2-core machine single-threaded BLAS is faster)
Prints the median wall time of 20 runs (after 3 warm-up runs) and the peak memory that numpy
allocated during one run (tracemalloc traces numpy's buffers).
"""

import time
import tracemalloc

import numpy as np

M, N, S = 20, 30, 10_000


def problem(seed: int = 1):
    rng = np.random.default_rng(seed)
    mid = rng.random((M, N))
    half = 0.1 * rng.random((M, N))
    return mid - half, mid + half


def smaa2(lo, hi, samples, rng):
    m, n = lo.shape
    width = hi - lo
    uncertain = bool(np.any(width > 0))
    # weights uniform on the simplex
    e = rng.standard_exponential((samples, n))
    w = e / e.sum(axis=1, keepdims=True)
    if uncertain:
        # utilities uniform in their intervals
        x = lo + width * rng.random((samples, m, n))
        scores = np.matmul(x, w[:, :, None])[:, :, 0]
    else:
        scores = w @ lo.T
    # rank 0 = best; ties broken by variant order (stable sort on the negated score)
    order = np.argsort(-scores, axis=1, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(m)[None, :].repeat(samples, 0), axis=1)
    # counts per (variant, rank) with bincount (much faster than np.add.at)
    flat = (np.arange(m)[None, :] * m + ranks).ravel()
    acceptability = np.bincount(flat, minlength=m * m).reshape(m, m) / samples
    best = order[:, 0]
    onehot = (best[:, None] == np.arange(m)[None, :]).astype(float)
    central = onehot.T @ w  # sum of the weights of the samples each variant wins (BLAS)
    wins = onehot.sum(axis=0)
    has = wins > 0
    central[has] /= wins[has, None]
    # confidence factors: a fresh utility sample, each variant scored with its central weights
    if uncertain:
        x2 = lo + width * rng.random((samples, m, n))
        all_scores = (x2.reshape(samples * m, n) @ central.T).reshape(samples, m, m)  # [sample, variant, weights of i]
        winner = np.argmax(all_scores, axis=1)  # [sample, i]: best variant under i's central weights
        confidence = np.where(has, (winner == np.arange(m)[None, :]).mean(axis=0), np.nan)
    else:
        winner = np.argmax(lo @ central.T, axis=0)
        confidence = np.where(has, (winner == np.arange(m)).astype(float), np.nan)
    return acceptability, central, confidence


def main():
    lo, hi = problem()
    mid = (lo + hi) / 2
    rng = np.random.default_rng(42)
    for name, (a, b) in [
        ("weights unknown, exact scores", (mid, mid)),
        ("weights unknown, interval scores (with confidence factors)", (lo, hi)),
    ]:
        for _ in range(3):
            smaa2(a, b, S, rng)
        times = []
        for _ in range(20):
            t0 = time.perf_counter()
            acc, _, _ = smaa2(a, b, S, rng)
            times.append((time.perf_counter() - t0) * 1000)
        assert np.allclose(acc.sum(axis=0), 1) and np.allclose(acc.sum(axis=1), 1)
        tracemalloc.start()
        smaa2(a, b, S, rng)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        times.sort()
        print(f"numpy {np.__version__}: SMAA-2 {name}, {S} samples, {M} variants, {N} criteria")
        print(f"median {times[len(times) // 2]:.1f} ms, min {times[0]:.1f} ms, peak numpy memory {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
