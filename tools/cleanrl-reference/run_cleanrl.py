"""Run an unmodified CleanRL script (e.g. ppo.py) with Debian's torch and Gymnasium from source, and time it.

Usage:
    CLEANRL_SRC=/tmp/cleanrl GYMNASIUM_SRC=/tmp/gymnasium \
        /usr/bin/python3 tools/cleanrl-reference/run_cleanrl.py ppo.py --total-timesteps 500000 --seed 1 --cuda False

Shims (documented in README.md), installed in sys.modules before the script runs, nothing written to disk:
- tyro: `tyro.cli(Args)` builds the dataclass from `--field-name value` arguments (bool: True/False).
- torch.utils.tensorboard: a SummaryWriter whose add_scalar/add_text/close only keep the last value of each tag.
- farama_notifications (Gymnasium dependency not in Debian): an empty `notifications` dict.
- gymnasium.wrappers.RecordEpisodeStatistics: the same wrapper, also appending every finished episode's return to a
  list, because CleanRL reads returns from `infos["final_info"]`, which Gymnasium 1.x's vector envs no longer emit.
Prints wall time, process CPU time, the SPS CleanRL logged, and the mean return of the last 20 episodes.
"""

import dataclasses
import os
import resource
import runpy
import sys
import time
import types

cleanrl_src = os.environ.get("CLEANRL_SRC", "/tmp/cleanrl")
sys.path.insert(0, os.environ.get("GYMNASIUM_SRC", "/tmp/gymnasium"))
sys.path.insert(0, os.path.join(cleanrl_src, "cleanrl"))

try:
    import farama_notifications  # noqa: F401
except ImportError:
    sys.modules["farama_notifications"] = types.SimpleNamespace(notifications={})


def _tyro_cli(cls):
    args = sys.argv[1:]
    values = {}
    fields = {f.name: f for f in dataclasses.fields(cls)}
    i = 0
    while i < len(args):
        name = args[i][2:].replace("-", "_")
        if name not in fields:
            raise SystemExit(f"unknown argument {args[i]}")
        raw = args[i + 1]
        default = fields[name].default
        if isinstance(default, bool):
            values[name] = raw in ("True", "true", "1")
        elif isinstance(default, int):
            values[name] = int(raw)
        elif isinstance(default, float):
            values[name] = float(raw)
        else:
            values[name] = raw
        i += 2
    return cls(**values)


sys.modules["tyro"] = types.SimpleNamespace(cli=_tyro_cli)

scalars = {}


class SummaryWriter:
    def __init__(self, *args, **kwargs):
        pass

    def add_scalar(self, tag, value, step=None):
        scalars[tag] = (value, step)

    def add_text(self, *args, **kwargs):
        pass

    def close(self):
        pass


import torch  # noqa: E402
import torch.utils  # noqa: E402

tensorboard = types.ModuleType("torch.utils.tensorboard")
tensorboard.SummaryWriter = SummaryWriter
sys.modules["torch.utils.tensorboard"] = tensorboard
torch.utils.tensorboard = tensorboard

import gymnasium as gym  # noqa: E402

episode_returns = []
_Record = gym.wrappers.RecordEpisodeStatistics


class RecordEpisodeStatistics(_Record):
    def step(self, action):
        result = super().step(action)
        info = result[4]
        if "episode" in info:
            episode_returns.append(float(info["episode"]["r"]))
        return result


gym.wrappers.RecordEpisodeStatistics = RecordEpisodeStatistics

script = sys.argv[1]
sys.argv = [script] + sys.argv[2:]
wall0, cpu0 = time.perf_counter(), time.process_time()
runpy.run_path(os.path.join(cleanrl_src, "cleanrl", script), run_name="__main__")
wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
last = episode_returns[-20:]
print(f"cleanrl {script}: wall {wall:.1f} s, cpu {cpu:.1f} s, torch threads {torch.get_num_threads()}, "
      f"torch {torch.__version__}, gymnasium {gym.__version__}, "
      f"SPS logged {scalars.get('charts/SPS', (None,))[0]}, episodes {len(episode_returns)}, "
      f"mean of last 20 returns {sum(last) / max(1, len(last)):.2f}, max rss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MiB")
