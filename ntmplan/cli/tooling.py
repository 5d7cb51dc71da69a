"""The plan repository's tooling: schema, init, history, diff, site (issue 14)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..errors import UsageError
from ..i18n import t
from .app import STATE, app, plan_dir, write_output


@app.command()
def schema(
    output: Annotated[
        Optional[Path],
        typer.Option("-o", "--output", help="Directory for the schemas [default: the plan's schema/ folder]"),
    ] = None,
) -> None:
    """Write a JSON Schema for each kind of plan file, for editors (yaml-language-server)."""
    from ..schema import KINDS, SCHEMA_DIR, schema_text

    target = output if output is not None else plan_dir() / SCHEMA_DIR
    if target.exists() and not target.is_dir():
        raise UsageError(f"-o: '{target}' is a file, not a directory")
    for kind in KINDS:
        path = target / f"{kind}.schema.json"
        write_output(path, schema_text(kind).encode("utf-8"))
    typer.echo(f"{t('written', STATE.lang)}: {target}/ ({', '.join(f'{k}.schema.json' for k in KINDS)})", err=True)
