"""Map Agora's registered strategy names to Axelrod players.

Agora names follow Axelrod's ``repr``, so most names are found by building every class in
``axl.all_strategies`` and matching ``str(player)``. The exceptions are listed in ``ALIASES``: players Agora
registers under a shorter name (``EugineNier`` for Axelrod's ``EugineNier: (D,)``), parameterised players that
are not in ``all_strategies`` (``Cycler: CCD``, ``LookerUp``) and the transformed strategies, whose Agora names
write the transformer arguments without Python list brackets.

Strategies that only Agora has (Akata et al.'s opponents, the learners) map to nothing.
"""

import os
import sys
import warnings


def load_axelrod():
    """Import Axelrod from AXELROD_SRC (default /tmp/axl), the source tree at commit 95052da."""
    source = os.environ.get("AXELROD_SRC", "/tmp/axl")
    sys.path.insert(0, source)
    warnings.filterwarnings("ignore")  # Human is unavailable without prompt_toolkit; irrelevant here
    import axelrod  # noqa: E402

    return axelrod


def aliases(axl):
    """Agora name -> zero-argument factory of the equivalent Axelrod player."""
    from axelrod.action import Action
    from axelrod.strategy_transformers import (
        ApologyTransformer,
        DualTransformer,
        FinalTransformer,
        FlipTransformer,
        ForgiverTransformer,
        GrudgeTransformer,
        InitialTransformer,
        JossAnnTransformer,
        NoisyTransformer,
    )

    C, D = Action.C, Action.D
    return {
        "Cycler: CCD": lambda: axl.Cycler("CCD"),
        "EugineNier": axl.EugineNier,
        "Alexei": axl.Alexei,
        "Michaelos": axl.Michaelos,
        "LookerUp": axl.LookerUp,
        "Flipped Tit For Tat": FlipTransformer()(axl.TitForTat),
        "Dual Tit For Tat": DualTransformer()(axl.TitForTat),
        "Noisy Tit For Tat: 0.05": NoisyTransformer(0.05)(axl.TitForTat),
        "Forgiving Defector: 0.1": ForgiverTransformer(0.1)(axl.Defector),
        "Initial Grudger: DD": InitialTransformer([D, D])(axl.Grudger),
        "Final Tit For Tat: DD": FinalTransformer([D, D])(axl.TitForTat),
        "Joss-Ann Tit For Tat: (0.1, 0.1)": JossAnnTransformer((0.1, 0.1))(axl.TitForTat),
        "Grudging Tit For Tat: 2": GrudgeTransformer(2)(axl.TitForTat),
        "Apologizing Tit For Tat: D, C": ApologyTransformer([D], [C])(axl.TitForTat),
    }


def read_agora_list(path):
    """Parse `agora list strategies` output: one 'name<TAB>memory …, deterministic|stochastic…' per line."""
    entries = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                continue
            name, _, description = line.partition("\t")
            if not description:
                raise SystemExit(f"{path}: line without a tab: {line!r}")
            entries.append((name, "stochastic" in description.split(", ")))
    return entries


def shared_strategies(axl, agora_entries):
    """[(agora name, agora stochastic flag, factory)] for every Agora strategy that Axelrod also has, in Agora's order.

    Exits with a message when Agora and Axelrod disagree on whether a shared strategy is stochastic.
    """
    by_repr = {}
    for cls in axl.all_strategies:
        by_repr.setdefault(str(cls()), cls)
    extra = aliases(axl)
    shared = []
    for name, stochastic in agora_entries:
        factory = extra.get(name) or by_repr.get(name)
        if factory is None:
            continue
        axelrod_stochastic = bool(axl.Classifiers["stochastic"](factory()))
        if axelrod_stochastic != stochastic:
            raise SystemExit(f"{name}: Agora says stochastic={stochastic}, Axelrod says {axelrod_stochastic}")
        shared.append((name, stochastic, factory))
    return shared
