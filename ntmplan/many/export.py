"""Writing the tidy tables (``queries.tidy``) of many plans as CSV, JSON Lines or Parquet.

One file per table, written into a hidden folder beside the target and moved into place
when every plan has been read, so that an interrupted export leaves no half-written table.
Plans are read in a pool of processes when there are many, streamed one at a time: memory
holds one commune's rows (and, for Parquet, one batch).
Parquet comes from pyarrow (``pip install 'ntmplan[analytics]'``).
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from ..errors import UsageError
from ..queries.tidy import TABLES, Row
from .workspace import Members

_BATCH = 50_000


@dataclass
class Exported:
    communes: int = 0
    rows: dict[str, int] = field(default_factory=lambda: dict.fromkeys(TABLES, 0))
    failed: list[tuple[str, str]] = field(default_factory=list)


class _Writer:
    def __init__(self, folder: Path, table: str, fmt: str) -> None:
        self.columns = TABLES[table]
        self.fmt = fmt
        self.path = folder / f"{table}.{fmt}"
        self.batch: list[Row] = []
        self.fh: IO[str] | None = None
        self.parquet: Any = None
        if fmt == "csv":
            self.fh = self.path.open("w", encoding="utf-8", newline="")
            self.csv = csv.writer(self.fh, lineterminator="\n")
            self.csv.writerow([name for name, _ in self.columns])
        elif fmt == "jsonl":
            self.fh = self.path.open("w", encoding="utf-8", newline="\n")

    def add(self, row: Row) -> None:
        if self.fmt == "csv":
            self.csv.writerow(["" if v is None else _csv_value(v) for v in row])
        elif self.fmt == "jsonl":
            assert self.fh is not None
            self.fh.write(json.dumps(dict(zip((n for n, _ in self.columns), row, strict=True)), ensure_ascii=False))
            self.fh.write("\n")
        else:
            self.batch.append(row)
            if len(self.batch) >= _BATCH:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = _schema(self.columns)
        columns: list[Any] = list(zip(*self.batch, strict=True)) if self.batch else [() for _ in self.columns]
        table = pa.Table.from_arrays(
            [pa.array(list(c), type=f.type) for c, f in zip(columns, schema, strict=True)], schema=schema
        )
        if self.parquet is None:
            self.parquet = pq.ParquetWriter(str(self.path), schema)
        self.parquet.write_table(table)
        self.batch = []

    def close(self) -> None:
        if self.fh is not None:
            self.fh.close()
        if self.fmt == "parquet":
            if self.batch or self.parquet is None:
                self._flush()
            self.parquet.close()


def _csv_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value).removesuffix(".0") if value.is_integer() else repr(value)
    return value


def _schema(columns: tuple[tuple[str, str], ...]) -> Any:
    import pyarrow as pa

    types = {"string": pa.string(), "int": pa.int64(), "number": pa.float64(), "bool": pa.bool_()}
    return pa.schema([pa.field(name, types[kind]) for name, kind in columns])


def _work(job: tuple[str, str, dict[str, str]]) -> tuple[str, list[tuple[str, Row]] | str]:
    """One plan's rows, or the first error of a plan that does not check."""
    from ..criteria_data import national_criteria
    from ..loader import load_plan
    from ..queries.tidy import tidy_rows

    member_id, root, groups = job
    if not Path(root).is_dir():
        return member_id, f"{root}: error[FILE001]: no plan folder here"
    plan, diags = load_plan(Path(root), use_cache=False)
    if plan is None:
        first = next(d for d in diags if d.is_error)
        loc = first.location
        return member_id, f"{loc.display_path()}:{loc.line}:{loc.column}: error[{first.code}]: {first.message}"
    return member_id, list(tidy_rows(member_id, groups, plan, national_criteria()))


def _rows(found: Members) -> Iterator[tuple[str, list[tuple[str, Row]] | str]]:
    from .summaries import POOL_FROM

    jobs = [(m.id, str(m.root), m.groups) for m in found.members]
    if len(jobs) < POOL_FROM or (os.cpu_count() or 1) < 2:
        yield from map(_work, jobs)
        return
    import multiprocessing

    from .. import loader  # noqa: F401 - imported once, inherited by forked workers

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() and sys.platform != "darwin" else "spawn"
    with multiprocessing.get_context(method).Pool(min(os.cpu_count() or 2, 2)) as pool:
        yield from pool.imap(_work, jobs, chunksize=2)


def export(found: Members, target: Path, fmt: str, on_progress: Callable[[int, int], None] | None = None) -> Exported:
    """Write every table of every plan that checks into ``target`` (created if needed)."""
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise UsageError(
                "{format} parquet needs pyarrow: pip install 'ntmplan[analytics]'", refers=("format",)
            ) from None
    try:
        target.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".ntmplan-export-", dir=target))
    except OSError as exc:
        raise UsageError(f"cannot write into {target}: {exc.strerror}") from None
    result = Exported()
    try:
        writers = {table: _Writer(staging, table, fmt) for table in TABLES}
        try:
            for done, (member_id, rows) in enumerate(_rows(found), start=1):
                if isinstance(rows, str):
                    result.failed.append((member_id, rows))
                else:
                    result.communes += 1
                    for table, row in rows:
                        writers[table].add(row)
                        result.rows[table] += 1
                if on_progress is not None:
                    on_progress(done, len(found.members))
        finally:
            for writer in writers.values():
                writer.close()
        for table in TABLES:
            os.replace(staging / f"{table}.{fmt}", target / f"{table}.{fmt}")
    except OSError as exc:
        raise UsageError(f"cannot write into {target}: {exc.strerror}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return result
