"""Random-action steps per second of lb-foraging (resets included), per core, as CPU time.

Agora's own script. Usage: PYTHONPATH=<lb-foraging>:<Gymnasium> python3 bench.py [seconds]
"""
import sys
import time

import gymnasium as gym
import lbforaging  # noqa: F401  (registers the Foraging ids)

SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 10.0

for env_id in ["Foraging-8x8-2p-2f-v3", "Foraging-15x15-4p-5f-v3"]:
    env = gym.make(env_id)
    env.reset(seed=0)
    env.action_space.seed(0)
    steps = 0
    start = time.process_time()
    while time.process_time() - start < SECONDS:
        for _ in range(1000):
            _, _, done, truncated, _ = env.step(env.action_space.sample())
            if done or truncated:
                env.reset()
        steps += 1000
    elapsed = time.process_time() - start
    print(f"{env_id}\t{steps / elapsed:.0f} steps/s (CPU time, {steps} steps)")
