"""Compare an Agora Ashlock fingerprint with an Axelrod recording and with the exact finite-horizon expectation.

    agora fingerprint "Tit For Tat" --step 0.1 --turns 50 --repetitions 500 --seed 11 --json > agora-tft.json
    python3 tools/axelrod-reference/compare_fingerprints.py agora-tft.json \
        tests/Agora.Core.Tests/Fingerprints/Data/axelrod-ashlock-tft.json --memory-one 1,1,0,1,0

--memory-one gives the fingerprinted strategy as P(C) first, then after CC, CD, DC, DD (own move first); the probe
built on Tit For Tat is memory-one with P(C) = 1-y first, 1-y after our C and x after our D, on both sides of the
diagonal, so the expectation over `turns` turns follows from a 4-state Markov chain. Needs only the standard library.
"""

import argparse
import json
import math

PAYOFF = [3, 0, 5, 1]  # CC, CD, DC, DD from the fingerprinted player's side


def exact(first, after, x, y, turns):
    probe_first, probe_after = 1 - y, [1 - y, x]
    p = [first * probe_first, first * (1 - probe_first), (1 - first) * probe_first, (1 - first) * (1 - probe_first)]
    total = 0.0
    for _ in range(turns):
        total += sum(pi * u for pi, u in zip(p, PAYOFF))
        nxt = [0.0] * 4
        for s in range(4):
            c, q = after[s], probe_after[s // 2]
            nxt[0] += p[s] * c * q
            nxt[1] += p[s] * c * (1 - q)
            nxt[2] += p[s] * (1 - c) * q
            nxt[3] += p[s] * (1 - c) * (1 - q)
        p = nxt
    return total / turns


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("agora")
    parser.add_argument("axelrod")
    parser.add_argument("--memory-one", required=True)
    args = parser.parse_args()
    vector = [float(v) for v in args.memory_one.split(",")]
    ours = json.load(open(args.agora))
    theirs = json.load(open(args.axelrod))
    n_ours, turns = ours["repetitions"], ours["turns"]
    worst = {"agora-exact": (0.0, 0.0), "axelrod-exact": (0.0, 0.0), "agora-axelrod": (0.0, 0.0)}

    def record(key, diff, se):
        # Deterministic cells differ only by float rounding (Axelrod's sd there is ~1e-16, not 0).
        z = 0.0 if abs(diff) < 1e-9 else (abs(diff) / se if se > 0 else math.inf)
        worst[key] = (max(worst[key][0], abs(diff)), max(worst[key][1], z))

    for a, b in zip(ours["points"], theirs["cells"]):
        assert abs(a["x"] - b["x"]) < 1e-12 and abs(a["y"] - b["y"]) < 1e-12
        e = exact(vector[0], vector[1:], a["x"], a["y"], turns)
        se_a, se_b = a["sd"] / math.sqrt(n_ours), b["sd"] / math.sqrt(b["n"])
        record("agora-exact", a["mean"] - e, se_a)
        record("axelrod-exact", b["mean"] - e, se_b)
        record("agora-axelrod", a["mean"] - b["mean"], math.hypot(se_a, se_b))
    for key, (diff, z) in worst.items():
        print(f"{key}: max |difference| {diff:.4f}, max |z| {z:.2f} over {len(ours['points'])} cells")


if __name__ == "__main__":
    main()
