"""Streaming writers of the output tables (CSV and Parquet) and the reader that restores their types."""

from __future__ import annotations

import contextlib
import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.errors import E005_BAD_FORMAT, UsageError
from pipeline.write.atomic import atomic_path
from pipeline.write.frames import arrow_to_frame, rows_to_arrow
from pipeline.write.schema import SCHEMAS, TABLES
from pipeline.write.values import csv_cell, parse_csv_cell

if TYPE_CHECKING:  # pandas is imported only where frames are made (it is slow to import)
    import pandas as pd

FORMATS = ("csv", "parquet")
#: The auxiliary table of article texts (doc_id, text) that the review report highlights.
TEXTS = "texts"
TEXTS_SCHEMA = pa.schema([("doc_id", pa.string()), ("text", pa.string())])


def check_formats(formats: Iterable[str]) -> tuple[str, ...]:
    """Validated output formats, in canonical order."""
    chosen = {f.strip().lower() for f in formats if f.strip()}
    for fmt in chosen - set(FORMATS):
        raise UsageError(E005_BAD_FORMAT.format(fmt=fmt))
    return tuple(f for f in FORMATS if f in chosen)


def schema_of(table: str) -> pa.Schema:
    """The schema of an output table (the five tables plus ``texts``)."""
    return TEXTS_SCHEMA if table == TEXTS else SCHEMAS[table]


class _TableFile:
    """One table in one format, written to a temporary file and renamed when complete."""

    def __init__(self, stack: contextlib.ExitStack, out: Path, table: str, fmt: str) -> None:
        self.table, self.fmt = table, fmt
        self.schema = schema_of(table)
        tmp = stack.enter_context(atomic_path(out / f"{table}.{fmt}"))
        if fmt == "parquet":
            self.parquet = stack.enter_context(pq.ParquetWriter(tmp, self.schema, compression="zstd"))
        else:
            handle = stack.enter_context(open(tmp, "w", encoding="utf-8", newline=""))
            self.csv = csv.writer(handle, lineterminator="\n")
            self.csv.writerow(self.schema.names)

    def write_arrow(self, batch: pa.Table) -> None:
        if self.fmt == "parquet":
            self.parquet.write_table(batch)
            return
        types = [f.type for f in self.schema]
        for row in batch.to_pylist():
            self.csv.writerow(
                csv_cell(row[name], t) for name, t in zip(self.schema.names, types, strict=True)
            )


class TableWriter:
    """Write the output tables to ``out`` in each format, streaming; files appear atomically on close.

    >>> import tempfile
    >>> with TableWriter(tempfile.mkdtemp(), ("csv",)) as writer:
    ...     writer.write_rows("money", [])
    """

    def __init__(
        self, out: str | Path, formats: Sequence[str] = FORMATS, tables: Sequence[str] = TABLES
    ) -> None:
        self.out = Path(out)
        self.formats = check_formats(formats)
        self.tables = tuple(tables)
        self._stack = contextlib.ExitStack()
        self._files: dict[str, list[_TableFile]] = {}

    def __enter__(self) -> TableWriter:
        self.out.mkdir(parents=True, exist_ok=True)
        with self._stack as stack:
            for table in self.tables:
                self._files[table] = [_TableFile(stack, self.out, table, fmt) for fmt in self.formats]
            self._stack = stack.pop_all()
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is None:
            self._stack.close()
        else:  # leave the previous outputs untouched
            self._stack.__exit__(exc_type, exc, tb)

    def write_arrow(self, table: str, batch: pa.Table) -> None:
        """Append an Arrow table (already in the table's schema)."""
        for handle in self._files[table]:
            handle.write_arrow(batch)

    def write_rows(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        """Append rows (dicts keyed by column)."""
        rows = list(rows)
        if rows:
            batch = (
                pa.Table.from_pylist(rows, schema=TEXTS_SCHEMA)
                if table == TEXTS
                else rows_to_arrow(table, rows)
            )
            self.write_arrow(table, batch)


def read_csv_table(path: Path, table: str) -> pd.DataFrame:
    """A table written as CSV, with its types restored from the schema."""
    schema = schema_of(table)
    rows: list[dict[str, Any]] = []
    with open(path, encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, None) or schema.names
        types = {f.name: f.type for f in schema}
        for cells in reader:
            rows.append(
                {name: parse_csv_cell(cell, types[name]) for name, cell in zip(header, cells, strict=False)}
            )
    return arrow_to_frame(pa.Table.from_pylist(rows, schema=schema))


def read_tables(out: str | Path, tables: Sequence[str] = TABLES) -> dict[str, pd.DataFrame]:
    """Read the tables written to ``out`` (Parquet preferred, else CSV) with their types restored.

    Money columns hold ``Decimal`` objects, date columns ``datetime.date``, list columns lists.
    """
    out = Path(out)
    frames = {}
    for table in tables:
        parquet, csv_path = out / f"{table}.parquet", out / f"{table}.csv"
        if parquet.exists():
            frames[table] = arrow_to_frame(pq.read_table(parquet, schema=schema_of(table)))
        elif csv_path.exists():
            frames[table] = read_csv_table(csv_path, table)
    return frames
