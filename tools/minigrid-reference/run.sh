#!/bin/sh
# Runs record.py against MiniGrid and Gymnasium source trees with Debian's python3-numpy and python3-pygame.
# MINIGRID_SRC and GYMNASIUM_SRC point at checkouts (Minigrid 3.1.0 at 90928729, Gymnasium 1.4.0 at 3f0476a8c).
# Gymnasium imports farama_notifications, which Debian does not package; an empty stand-in module is made here.
set -e
shim=$(mktemp -d)
mkdir -p "$shim/farama_notifications"
: > "$shim/farama_notifications/__init__.py"
PYTHONPATH="$shim:$GYMNASIUM_SRC:$MINIGRID_SRC" /usr/bin/python3 "$(dirname "$0")/record.py" "$@"
