#!/usr/bin/env python3
"""Record MiniGrid reference trajectories and measure MiniGrid's step rate, for Agora's gridworld replay tests.

Runs MiniGrid and Gymnasium from source (see README.md). For each (env id, seed) it resets the env, writes the initial
grid exactly as MiniGrid holds it (per cell: object, colour, state), the agent pose, the step limit and the pick-up
target, then plays a fixed action sequence (drawn from numpy's PCG64 with the same seed, biased towards moving) and
writes every observation image, direction, reward and flag.

    python3 record.py --out ../../tests/Agora.Core.Tests/Environments/GridWorld/Data
    python3 record.py --bench 3
"""
import argparse
import json
import os
import time

import gymnasium as gym
import numpy as np
import minigrid
from minigrid.core.constants import OBJECT_TO_IDX, COLOR_TO_IDX

CASES = [
    ("MiniGrid-DoorKey-8x8-v0", [1, 2, 3]),
    ("MiniGrid-KeyCorridorS3R3-v0", [1, 2, 3]),
    ("MiniGrid-MultiRoom-N4-S5-v0", [1, 2, 3]),
    ("MiniGrid-MultiRoom-N2-S4-v0", [4]),
]
# Scripted runs that reach the goal, so that the success reward is compared too.
SCRIPTED = [
    ("MiniGrid-Empty-8x8-v0", 0, [5, 3, 4, 2, 2, 2, 2, 2, 1, 2, 2, 2, 2, 2]),
]
STEPS = 300
# Forward, turns, pickup, drop, toggle, done: moving is likelier so that the agent meets doors and objects.
ACTION_P = np.array([0.2, 0.2, 0.35, 0.1, 0.04, 0.1, 0.01])


def encode_grid(grid):
    cells = []
    for y in range(grid.height):
        for x in range(grid.width):
            v = grid.get(x, y)
            cells.append([OBJECT_TO_IDX["empty"], 0, 0] if v is None else [int(t) for t in v.encode()])
    return cells


def record(env_id, seed, script=None):
    env = gym.make(env_id)
    obs, _ = env.reset(seed=seed)
    u = env.unwrapped
    target = None
    if hasattr(u, "obj"):
        target = [OBJECT_TO_IDX[u.obj.type], COLOR_TO_IDX[u.obj.color]]
    rng = np.random.default_rng(seed)
    steps = []
    trajectory = {
        "env": env_id,
        "seed": seed,
        "minigrid": minigrid.__version__,
        "gymnasium": gym.__version__,
        "numpy": np.__version__,
        "width": u.width,
        "height": u.height,
        "max_steps": u.max_steps,
        "agent": [int(u.agent_pos[0]), int(u.agent_pos[1]), int(u.agent_dir)],
        "target": target,
        "grid": encode_grid(u.grid),
        "initial_image": obs["image"].reshape(-1).tolist(),
        "initial_direction": int(obs["direction"]),
        "steps": steps,
    }
    for i in range(len(script) if script else STEPS):
        action = script[i] if script else int(rng.choice(7, p=ACTION_P))
        obs, reward, terminated, truncated, _ = env.step(action)
        steps.append({
            "action": action,
            "image": obs["image"].reshape(-1).tolist(),
            "direction": int(obs["direction"]),
            "reward": float(reward),
            "terminated": bool(terminated),
            "truncated": bool(truncated),
        })
        if terminated or truncated:
            break
    env.close()
    return trajectory


def bench(seconds):
    ids = ["MiniGrid-Empty-8x8-v0", "MiniGrid-DoorKey-8x8-v0", "MiniGrid-KeyCorridorS3R3-v0", "MiniGrid-MultiRoom-N6-v0"]
    for env_id in ids:
        env = gym.make(env_id)
        env.reset(seed=0)
        rng = np.random.default_rng(0)
        actions = rng.integers(0, 7, size=1 << 16)
        n = 0
        start = time.perf_counter()
        while time.perf_counter() - start < seconds:
            for _ in range(1000):
                _, _, terminated, truncated, _ = env.step(int(actions[n & 0xFFFF]))
                n += 1
                if terminated or truncated:
                    env.reset()
        elapsed = time.perf_counter() - start
        print(f"{env_id}\t{n / elapsed:.0f} steps/s")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", help="folder for the JSON trajectories")
    parser.add_argument("--bench", type=float, help="seconds per env for the steps/s measurement")
    args = parser.parse_args()
    if args.out:
        os.makedirs(args.out, exist_ok=True)
        runs = [(e, s, None) for e, seeds in CASES for s in seeds] + SCRIPTED
        for env_id, seed, script in runs:
            if True:
                t = record(env_id, seed, script)
                name = f"{env_id}-seed{seed}.json"
                with open(os.path.join(args.out, name), "w") as f:
                    json.dump(t, f, separators=(",", ":"))
                print(name, len(t["steps"]), "steps, return", sum(s["reward"] for s in t["steps"]))
    if args.bench:
        bench(args.bench)


if __name__ == "__main__":
    main()
