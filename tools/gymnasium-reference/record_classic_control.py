"""Record Gymnasium classic-control trajectories for Agora's dynamics tests.

For each case: make the env with gymnasium.make (so Gymnasium's TimeLimit applies), reset it with a seed, optionally
overwrite the unwrapped env's state with an explicit start state, then play a fixed action sequence. The start state
(float64, exact repr) and, after every step, the float32 observation, the reward, terminated, truncated and the
unwrapped float64 state are written to JSON. Agora's tests start from the recorded state with SetState, so Agora's
reset generator need not match numpy's.

Usage (Debian's /usr/bin/python3 with numpy; Gymnasium 1.3.0 source, see README.md):
    GYMNASIUM_SRC=/tmp/gymnasium /usr/bin/python3 tools/gymnasium-reference/record_classic_control.py \
        tests/Agora.Core.Tests/Environments/ClassicControl/Data/gymnasium-classic-control.json
"""

import json
import math
import os
import sys
import types

sys.path.insert(0, os.environ.get("GYMNASIUM_SRC", "/tmp/gymnasium"))
# farama_notifications is not packaged by Debian; Gymnasium only reads its `notifications` dict to print notices.
try:
    import farama_notifications  # noqa: F401
except ImportError:
    sys.modules["farama_notifications"] = types.SimpleNamespace(notifications={})

import numpy as np  # noqa: E402
import gymnasium as gym  # noqa: E402


def play(env_id, name, seed, actions, state=None, policy=None, max_steps=None):
    """Plays `actions` (or `policy(obs)` when actions is None, recording what it chose) until the episode ends."""
    env = gym.make(env_id)
    obs, _ = env.reset(seed=seed)
    if state is not None:
        env.unwrapped.state = np.array(state, dtype=np.float64)
        obs = env.unwrapped._get_ob() if hasattr(env.unwrapped, "_get_ob") else (
            env.unwrapped._get_obs() if hasattr(env.unwrapped, "_get_obs") else np.array(env.unwrapped.state, dtype=np.float32))
    start = [float(v) for v in np.asarray(env.unwrapped.state, dtype=np.float64)]
    record = {"env": env_id, "name": name, "reset_seed": seed, "start_state": start,
              "initial_observation": [float(v) for v in np.asarray(obs, dtype=np.float32)],
              "actions": [], "observations": [], "rewards": [], "terminated": [], "truncated": [], "states": []}
    i = 0
    while True:
        if actions is not None:
            if i >= len(actions):
                break
            a = actions[i]
        else:
            a = policy(obs)
        step_action = np.array([a], dtype=np.float32) if isinstance(env.action_space, gym.spaces.Box) else int(a)
        obs, reward, terminated, truncated, _ = env.step(step_action)
        record["actions"].append(float(np.float32(a)) if isinstance(env.action_space, gym.spaces.Box) else int(a))
        record["observations"].append([float(v) for v in np.asarray(obs, dtype=np.float32)])
        record["rewards"].append(float(reward))
        record["terminated"].append(bool(terminated))
        record["truncated"].append(bool(truncated))
        record["states"].append([float(v) for v in np.asarray(env.unwrapped.state, dtype=np.float64)])
        i += 1
        if terminated or truncated or (max_steps is not None and i >= max_steps):
            break
    env.close()
    return record


def random_actions(seed, n, count):
    return [int(a) for a in np.random.default_rng(seed).integers(0, n, size=count)]


def mountain_car_at_limit():
    """A MountainCar start and action sequence that reaches the goal on exactly step 200 (the time limit)."""
    for delay in range(0, 199):
        for x0 in np.linspace(-0.6, -0.4, 41):
            pos, vel = float(x0), 0.0
            acts = []
            for t in range(200):
                a = 1 if t < delay else (2 if vel >= 0 else 0)
                acts.append(a)
                vel += (a - 1) * 0.001 + math.cos(3 * pos) * (-0.0025)
                vel = min(max(vel, -0.07), 0.07)
                pos += vel
                pos = min(max(pos, -1.2), 0.6)
                if pos == -1.2 and vel < 0:
                    vel = 0.0
                if pos >= 0.5 and vel >= 0:
                    break
            if len(acts) == 200 and pos >= 0.5 and vel >= 0:
                return float(x0), acts
    raise RuntimeError("no MountainCar case ends on step 200")


def main(out):
    cases = []

    # CartPole-v1: random pushes until the pole falls; a balancing controller until the 500-step truncation;
    # a start at the track's edge (x terminates); a start past 12 degrees after one step.
    cases.append(play("CartPole-v1", "random-until-fall", 0, random_actions(100, 2, 500)))
    cases.append(play("CartPole-v1", "random-until-fall-seed7", 7, random_actions(107, 2, 500)))
    cases.append(play("CartPole-v1", "balance-until-truncation", 3, None,
                      policy=lambda o: 1 if o[2] + 0.5 * o[3] + 0.01 * o[0] + 0.1 * o[1] > 0 else 0))
    cases.append(play("CartPole-v1", "x-threshold", 0, [1, 1, 1], state=[2.39, 1.0, 0.0, 0.0]))
    cases.append(play("CartPole-v1", "theta-threshold", 0, [0, 0, 0], state=[0.0, 0.0, 0.205, 0.3]))

    # Acrobot-v1: random torques until the 500-step truncation; a resonant swing-up that reaches the goal; large
    # velocities that hit both velocity bounds and wrap the angles.
    cases.append(play("Acrobot-v1", "random-torques", 1, random_actions(201, 3, 500)))
    cases.append(play("Acrobot-v1", "swing-up-until-goal", 2, None,
                      policy=lambda o: 2 if o[5] > 0 else 0))
    cases.append(play("Acrobot-v1", "velocity-bounds-and-wrap", 0, random_actions(202, 3, 40),
                      state=[3.0, -3.0, 12.0, -27.0]))

    # MountainCar-v0: random pushes until truncation at 200; an energy-pumping policy reaching the goal; the left wall;
    # the goal reached on exactly step 200 (Gymnasium sets terminated and truncated together).
    cases.append(play("MountainCar-v0", "random-until-truncation", 4, random_actions(301, 3, 200)))
    cases.append(play("MountainCar-v0", "pump-until-goal", 5, None, policy=lambda o: 2 if o[1] >= 0 else 0))
    cases.append(play("MountainCar-v0", "left-wall", 0, [0] * 30, state=[-1.15, -0.06]))
    x0, acts = mountain_car_at_limit()
    cases.append(play("MountainCar-v0", "goal-on-step-200", 0, acts, state=[x0, 0.0]))

    # Pendulum-v1: random torques in and beyond [-2, 2] (clipped) until truncation at 200; a spin that hits the
    # speed bound of 8 and wraps the angle many times in the cost.
    rng = np.random.default_rng(401)
    cases.append(play("Pendulum-v1", "random-torques-until-truncation", 6,
                      [float(v) for v in rng.uniform(-3.0, 3.0, size=200).astype(np.float32)]))
    cases.append(play("Pendulum-v1", "spin-at-speed-bound", 0, [2.0] * 60, state=[0.5, 7.9]))
    cases.append(play("Pendulum-v1", "hanging-still", 0, [0.0] * 5, state=[math.pi, 0.0]))

    data = {
        "source": "Gymnasium 1.3.0 (tag v1.3.0, commit 53bf3e9a884783eb72ad3fc8b15780914c97c3e1), gymnasium.make",
        "numpy": np.__version__,
        "python": sys.version.split()[0],
        "command": "GYMNASIUM_SRC=/tmp/gymnasium /usr/bin/python3 tools/gymnasium-reference/record_classic_control.py "
                   "tests/Agora.Core.Tests/Environments/ClassicControl/Data/gymnasium-classic-control.json",
        "note": "observations are float32 values, states the unwrapped env's float64 state after each step",
        "cases": cases,
    }
    with open(out, "w") as f:
        json.dump(data, f, indent=None, separators=(",", ":"))
        f.write("\n")
    for c in cases:
        print(f'{c["env"]:15} {c["name"]:32} steps={len(c["actions"]):3} '
              f'terminated={c["terminated"][-1]} truncated={c["truncated"][-1]} return={sum(c["rewards"]):.3f}')


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "gymnasium-classic-control.json")
