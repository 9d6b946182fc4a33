"""Vectorised numpy reference for the risk package benchmark.

The same computation as bench/monteCarlo.bench.ts: 100,000 iterations over 50 PERT cost items and
200 discrete risk events with uniform consequence ranges (parameters built exactly as in
benchEstimate.ts), then mean, standard deviation, P50, P85 and other percentiles, per-input mean
and standard deviation (tornado data) and a 40-bin histogram. Prints the best and median wall time
of several runs and the peak resident memory of the process.

Run: python3 packages/risk/bench/monteCarlo_numpy.py
"""

import resource
import time

import numpy as np

N = 100_000
ITEMS = 50
RISKS = 200


def parameters():
    k = np.arange(ITEMS)
    mode = (1_000_000 + 10_000 * k) * 100.0
    lo = np.round(mode * 0.85)
    hi = np.round(mode * (1.3 + (k % 5) * 0.1))
    width = hi - lo
    alpha = 1 + 4 * (mode - lo) / width
    beta = 1 + 4 * (hi - mode) / width
    r = np.arange(RISKS)
    low = (50_000 + 1_000 * r) * 100.0
    high = low * 4
    p = 0.02 + ((r * 37) % 45) / 100
    return lo, width, alpha, beta, low, high, p


def simulate(seed, params):
    lo, width, alpha, beta, low, high, p = params
    rng = np.random.default_rng(seed)
    items = lo + width * rng.beta(alpha, beta, size=(N, ITEMS))
    occurs = rng.random((N, RISKS)) < p
    events = np.where(occurs, rng.uniform(low, high, size=(N, RISKS)), 0.0)
    total = items.sum(axis=1) + events.sum(axis=1)
    result = {
        "mean": total.mean(),
        "std": total.std(),
        "percentiles": np.percentile(total, [5, 10, 25, 50, 75, 85, 90, 95]),
        "item_mean": items.mean(axis=0),
        "item_std": items.std(axis=0),
        "event_mean": events.mean(axis=0),
        "event_std": events.std(axis=0),
        "occurrence": occurs.mean(axis=0),
        "histogram": np.histogram(total, bins=40),
        "s_curve": np.percentile(total, np.arange(101)),
    }
    return result


def main():
    params = parameters()
    times = []
    cpu = []
    result = None
    for run in range(7):
        t0 = time.perf_counter()
        c0 = time.process_time()
        result = simulate(run + 1, params)
        cpu.append((time.process_time() - c0) * 1000)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    cpu.sort()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pct = result["percentiles"]
    print(f"numpy {np.__version__}: best {times[0]:.1f} ms, median {times[len(times) // 2]:.1f} ms over {len(times)} runs")
    print(f"CPU time: best {cpu[0]:.1f} ms, median {cpu[len(cpu) // 2]:.1f} ms")
    print(f"peak RSS {peak_mb:.0f} MB")
    print(f"mean {result['mean']:.0f} P50 {pct[3]:.0f} P85 {pct[5]:.0f} (cents)")


if __name__ == "__main__":
    main()
