"""How far are the spec's 20-seed CABN reference values from ours, measured in the noise of a 20-seed mean?

Reads the per-trial `j-ratio` summaries of `cabn-coordination` runs from an Agora run store (SQLite) and prints, for each
(n, DAG) with a spec value: our mean and 95% CI, the per-seed sd, the spec's distance in standard errors of a 20-seed
mean, the range holding 95% of 20-seed means (bootstrap), the share of disjoint 20-seed blocks at least as far out as
the spec's value, and the binomial probability of the spec's share of optimal seeds. Standard library only.

Usage: python3 tools/cabn-noise/cabn_noise.py STORE.db [MIN_TRIALS_PER_POINT]   (docs/cabn.md gives the runs)
"""
import json
import math
import random
import sqlite3
import sys

SPEC = {  # (n, graph): (mean J/J*, share of seeds with J/J* > 0.99), spec cabn-bayesian-network-policies.md (c)
    (2, "all_zeros"): (0.886, 0.25),
    (2, "all_ones"): (0.989, 0.70),
    (3, "all_zeros"): (0.867, 0.00),
    (3, "line"): (0.887, 0.05),
    (3, "all_ones"): (0.943, 0.20),
}


def main(store, min_trials):
    db = sqlite3.connect(store)
    rows = db.execute(
        "select t.parameters_json, t.summary_json from trials t join runs r on r.id = t.run_id "
        "where r.experiment = 'cabn-coordination' and r.trials_per_point >= ?", (min_trials,)).fetchall()
    data = {}
    for params, summary in rows:
        p, s = json.loads(params), json.loads(summary)
        data.setdefault((int(p["agents"]), p["graph"]), []).append(s["j-ratio"])
    chi2 = 0.0
    for key, (spec_mean, spec_optimal) in SPEC.items():
        x = data.get(key)
        if not x:
            continue
        n = len(x)
        mean = sum(x) / n
        sd = math.sqrt(sum((v - mean) ** 2 for v in x) / (n - 1))
        z = (spec_mean - mean) / (sd / math.sqrt(20))
        chi2 += z * z
        optimal = sum(v > 0.99 for v in x) / n
        rng = random.Random(1)
        boot = sorted(sum(rng.choice(x) for _ in range(20)) / 20 for _ in range(20000))
        blocks = [sum(x[i:i + 20]) / 20 for i in range(0, n - 19, 20)]
        below = spec_mean < mean
        tail = sum((b <= spec_mean) if below else (b >= spec_mean) for b in boot) / len(boot)
        block_tail = sum((b <= spec_mean) if below else (b >= spec_mean) for b in blocks) / len(blocks)
        k = round(spec_optimal * 20)
        pmf = [math.comb(20, i) * optimal ** i * (1 - optimal) ** (20 - i) for i in range(21)]
        p_optimal = sum(pmf[:k + 1]) if spec_optimal < optimal else sum(pmf[k:])
        print(f"n={key[0]} {key[1]:9s} seeds={n} mean={mean:.4f}±{1.96 * sd / math.sqrt(n):.4f} sd={sd:.4f} "
              f"optimal={optimal:.3f} | spec {spec_mean} ({spec_optimal:.0%}): {z:+.2f} SE of a 20-seed mean, "
              f"95% of 20-seed means in [{boot[500]:.3f}, {boot[19499]:.3f}], one-sided bootstrap p={tail:.3f}, "
              f"blocks {block_tail:.2f} of {len(blocks)}, P(optimal count as extreme)={p_optimal:.3f}")
    print(f"sum of squared standardised differences: {chi2:.2f}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
