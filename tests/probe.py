"""Run ``ntmplan`` as a user runs it — a fresh interpreter — and see which modules it imported."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Probed:
    code: int
    out: str  # what the command printed on stdout (the probe's own line removed)
    err: str
    modules: list[str]  # the imported modules that start with one of the prefixes asked for


def imported(args: Sequence[str], prefixes: Sequence[str], env: Mapping[str, str], cwd: Path) -> Probed:
    """``ntmplan ARGS`` in a fresh process; at exit, the loaded modules whose names start with one of
    ``prefixes`` (``'ruamel'`` matches ``ruamel`` and ``ruamel.yaml``; ``'ntmplan.models.'`` only
    the submodules), sorted, printed on a last line of their own."""
    probe = (
        "import atexit, json, sys\n"
        f"atexit.register(lambda: print('\\n' + json.dumps(sorted(m for m in sys.modules "
        f"if m.startswith({tuple(prefixes)!r})))))\n"
        f"sys.argv = {['ntmplan', *args]!r}\n"
        "from ntmplan.cli.app import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], env=dict(env), cwd=cwd, capture_output=True, text=True)
    out, _, last = done.stdout.rstrip("\n").rpartition("\n")
    return Probed(done.returncode, out, done.stderr, json.loads(last))
