"""Record Level-Based Foraging transitions from lb-foraging 2.0 as JSON lines, for Agora's replay test.

Agora's own script (not lb-foraging code). It drives lbforaging.foraging.ForagingEnv directly (no gym.make wrappers)
through random rollouts and writes one line per transition:

  {"config": name, "state": S, "actions": [...], "rewards": [...], "done": bool, "next": S', "obs": [[...], ...]}

where S = {"rows", "cols", "step", "foodSpawned", "foods": [{"row","col","level"}], "players": [...]} is read from the
env's attributes before the step (the layout of Agora's ForagingState JSON) and "obs" are the observations step()
returned. Actions are uniform over 0..5 with an extra 30% chance of LOAD when it is valid, so loads happen often.
Usage: PYTHONPATH=<lb-foraging>:<Gymnasium> python3 record.py > transitions.jsonl
       PYTHONPATH=<lb-foraging>:<Gymnasium> python3 record.py --grid > grid-transitions.jsonl

With --grid it records grid observations instead. Upstream cannot construct grid-observation envs at this commit (its
observation Box is given shape [3] for (3, 2s+1, 2s+1) bounds), so the script replaces _get_observation_space with one
that builds the Box from the same bounds without the bad shape argument (the fix proposed in upstream PR #34); the
observations themselves are upstream's. Each "obs" entry is then the (3, 2s+1, 2s+1) array flattened row-major.
"""
import json
import sys

import gymnasium as gym
import numpy as np
from lbforaging.foraging.environment import ForagingEnv, Action


def grid_observation_space(env):
    """A Box over (3, 2s+1, 2s+1) with upstream's grid bounds: levels, food levels and accessibility."""
    side = 2 * env.sight + 1
    levels = sorted(env.max_player_level)
    max_food = max(env.max_food_level) if env.max_food_level is not None else sum(levels[:3])
    agent_high = max(env.max_player_level) if env._observe_agent_levels else 1
    high = np.stack([np.full((side, side), agent_high, np.float32), np.full((side, side), max_food, np.float32),
                     np.ones((side, side), np.float32)])
    return gym.spaces.Box(low=np.zeros_like(high), high=high, dtype=np.float32)

GRID_CONFIGS = {
    "grid-8x8-3p-3f-s2": dict(players=3, field_size=(8, 8), max_num_food=3, sight=2, force_coop=False,
                              grid_observation=True),
}

CONFIGS = {
    "Foraging-8x8-2p-2f-v3": dict(players=2, field_size=(8, 8), max_num_food=2, sight=8, force_coop=False),
    "Foraging-2s-8x8-3p-3f-v3": dict(players=3, field_size=(8, 8), max_num_food=3, sight=2, force_coop=False),
    "Foraging-15x15-4p-5f-coop-v3": dict(players=4, field_size=(15, 15), max_num_food=5, sight=15, force_coop=True),
    "custom-6x6-4p-2f-s1-pen": dict(players=4, field_size=(6, 6), max_num_food=2, sight=1, force_coop=False,
                                    penalty=0.1, normalize_reward=False, max_episode_steps=30),
}
TRANSITIONS_PER_CONFIG = 250


def snapshot(env):
    rows, cols = env.field.shape
    foods = [{"row": int(r), "col": int(c), "level": int(env.field[r, c])} for r, c in zip(*np.nonzero(env.field))]
    players = [{"row": int(p.position[0]), "col": int(p.position[1]), "level": int(p.level)} for p in env.players]
    return {"rows": int(rows), "cols": int(cols), "step": int(env.current_step),
            "foodSpawned": float(env._food_spawned), "foods": foods, "players": players}


def main():
    out = sys.stdout
    grid = "--grid" in sys.argv
    if grid:
        ForagingEnv._get_observation_space = grid_observation_space
    for name, extra in (GRID_CONFIGS if grid else CONFIGS).items():
        kwargs = dict(min_player_level=1, max_player_level=2, min_food_level=1, max_food_level=None,
                      max_episode_steps=50)
        kwargs.update(extra)
        env = ForagingEnv(**kwargs)
        rng = np.random.default_rng(12345)
        env.reset(seed=7)
        written = 0
        while written < (100 if grid else TRANSITIONS_PER_CONFIG):
            before = snapshot(env)
            actions = []
            for p in env.players:
                a = int(rng.integers(0, 6))
                if Action.LOAD in env._valid_actions[p] and rng.random() < 0.3:
                    a = Action.LOAD.value
                actions.append(a)
            obs, rewards, done, truncated, _ = env.step(actions)
            record = {"config": name, "state": before, "actions": actions,
                      "rewards": [float(r) for r in rewards], "done": bool(done), "truncated": bool(truncated),
                      "next": snapshot(env), "obs": [[float(v) for v in np.asarray(o).reshape(-1)] for o in obs]}
            out.write(json.dumps(record, separators=(",", ":")) + "\n")
            written += 1
            if done:
                env.reset(seed=int(rng.integers(0, 2**31)))


if __name__ == "__main__":
    main()
