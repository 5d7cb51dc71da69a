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


@app.command()
def init(
    directory: Annotated[Path, typer.Argument(help="The new plan repository's folder (must not exist, or be empty)")],
    commune: Annotated[str, typer.Option("--commune", help="Name of the commune (xã), e.g. 'Tân Trường'")],
    province: Annotated[str, typer.Option("--province", help="Name of the province (tỉnh)")],
    years: Annotated[str, typer.Option("--years", help="The plan's years, e.g. 2026-2030")],
    district: Annotated[
        Optional[str], typer.Option("--district", help="Name of the district (huyện), if the plan names one")
    ] = None,
    git: Annotated[bool, typer.Option("--git", help="Also run git init in the new folder")] = False,
) -> None:
    """Make a new commune's plan: the plan files with blanks to fill in, a README, a .gitignore."""
    from ..init import create, new_plan

    made = create(directory, new_plan(commune, province, district, years), git=git)
    typer.echo(f"{t('written', STATE.lang)}: {directory}/ ({len(made)} files{', git init' if git else ''})", err=True)
    typer.echo(f"Next: cd {directory} && ntmplan check   (lists the blanks still to fill in)", err=True)
