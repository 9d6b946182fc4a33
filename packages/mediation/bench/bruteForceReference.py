"""Brute-force reference for the package-deal benchmark (numpy; not part of the SDK).

Enumerates all 5^10 = 9,765,625 packages of each benchmark instance written by
exportBenchCases.ts and checks the search results against them:
  * exact: the Nash product equals the maximum product of gains over all acceptable packages;
  * exact: every reported Pareto vector is acceptable and occurs exactly `count` times;
  * exact: no enumerated package dominates a reported vector (only packages with a larger
    score sum can dominate, so each vector is checked against that tail of the sorted list);
  * sampled: each of the 100,000 acceptable packages with the highest score sums, and a random
    sample of 100,000 others, is dominated by or equal to a reported vector (completeness).
Usage: python3 bench/bruteForceReference.py /tmp/bench-cases.json
"""
import json
import sys
import time

import numpy as np


def enumerate_all(scores):
    scores = np.asarray(scores, dtype=np.int64)  # issues x options x parties
    total = np.zeros((1, scores.shape[2]), dtype=np.int64)
    for issue in scores:
        total = (total[:, None, :] + issue[None, :, :]).reshape(-1, scores.shape[2])
    return total


def covered(points, pareto):
    out = np.zeros(len(points), dtype=bool)
    for start in range(0, len(points), 2000):
        chunk = points[start:start + 2000]
        out[start:start + 2000] = np.any(np.all(pareto[None, :, :] >= chunk[:, None, :], axis=2), axis=1)
    return out


def main(path):
    rng = np.random.default_rng(1)
    for case in json.load(open(path)):
        t0 = time.perf_counter()
        allv = enumerate_all(case["scores"])
        d = np.asarray(case["disagreement"], dtype=np.int64)
        acc = allv[np.all(allv > d, axis=1)]
        nash = (acc - d).astype(np.float64).prod(axis=1).max() if len(acc) else None
        t_enum = time.perf_counter() - t0
        assert (nash is None and case["nashProduct"] is None) or abs(nash - case["nashProduct"]) < 1e-6, (nash, case["nashProduct"])
        pareto = np.asarray([p["scores"] for p in case["packages"]], dtype=np.int64)
        counts = np.asarray([p["count"] for p in case["packages"]], dtype=np.int64)
        assert np.all(pareto > d)
        # Exact counts, via one integer key per score vector.
        shift = allv.min()
        key = lambda v: ((v - shift) * (1 << np.arange(v.shape[1], dtype=np.int64) * 12)).sum(axis=1)
        keys, n = np.unique(key(allv), return_counts=True)
        pos = np.searchsorted(keys, key(pareto))
        assert np.all(keys[pos] == key(pareto)) and np.all(n[pos] == counts), "counts differ"
        # Exact non-domination: only packages with a larger sum can dominate.
        order = np.argsort(-acc.sum(axis=1), kind="stable")
        sacc = acc[order]
        sums = sacc.sum(axis=1)
        for v in pareto:
            tail = sacc[: np.searchsorted(-sums, -v.sum(), side="left")]
            assert not np.any(np.all(tail >= v, axis=1)), "a reported vector is dominated"
        # Completeness on the top of the list and on a random sample.
        top = sacc[:100_000]
        sample = acc[rng.choice(len(acc), size=min(100_000, len(acc)), replace=False)] if len(acc) else acc
        assert covered(top, pareto).all() and covered(sample, pareto).all(), "an acceptable package is not covered"
        print(f"{case['name']}: OK, {len(pareto)} Pareto vectors, {len(acc):,} acceptable packages; "
              f"numpy enumeration + Nash {t_enum:.2f} s, all checks {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main(sys.argv[1])
