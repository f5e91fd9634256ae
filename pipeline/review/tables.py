"""Read an itnews output folder back into JSON-ready columns: Parquet first, CSV as the fallback.

Values come back as plain JSON data, whatever file they were read from: amounts as decimal strings
(``"14000000000"``), dates as ISO strings, list columns as lists of strings, flags as booleans.
CSV files join list cells with ``" | "`` and write missing values as empty cells.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.write.schema import SCHEMAS

#: The auxiliary table that carries the article text every offset refers to.
TEXTS = pa.schema([("doc_id", pa.string()), ("text", pa.string())])

#: Separator of list cells in the CSV files.
LIST_SEPARATOR = " | "

#: Every table the report reads, with the schema used to type CSV cells.
REPORT_SCHEMAS: dict[str, pa.Schema] = {**SCHEMAS, "texts": TEXTS}


@dataclass(frozen=True)
class Table:
    """One output table as column names plus rows of JSON-ready values (row-major, same order)."""

    name: str
    columns: list[str]
    rows: list[list[Any]]
    source: Path | None = None

    def records(self) -> list[dict[str, Any]]:
        """The rows as dictionaries keyed by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Any]:
        """All values of column ``name`` (``None`` for every row when the column is absent)."""
        if name not in self.columns:
            return [None] * len(self.rows)
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


def decimal_text(value: Decimal) -> str:
    """Write a decimal without exponent or trailing zeros.

    >>> decimal_text(Decimal("14000000000.000000"))
    '14000000000'
    >>> decimal_text(Decimal("8.400000"))
    '8.4'
    """
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def json_value(value: Any) -> Any:
    """Turn one Arrow/pandas cell value into plain JSON data.

    >>> json_value(Decimal("2300000.000000")), json_value(dt.date(2025, 1, 21)), json_value(float("nan"))
    ('2300000', '2025-01-21', None)
    """
    if value is None:
        return None
    if isinstance(value, Decimal):
        return decimal_text(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    return value


def _csv_int(cell: str) -> int:
    try:
        return int(cell)
    except ValueError:
        return int(float(cell))  # nullable ints written by pandas as "12.0"


def _csv_decimal(cell: str) -> str | None:
    try:
        return decimal_text(Decimal(cell))
    except InvalidOperation:
        return None


def _csv_list(cell: str) -> list[str]:
    return [item for item in cell.split(LIST_SEPARATOR)] if cell else []


def _csv_parser(data_type: pa.DataType) -> Callable[[str], Any]:
    """How to read a non-empty CSV cell of a column of ``data_type``."""
    if pa.types.is_decimal(data_type):
        return _csv_decimal
    if pa.types.is_date(data_type) or pa.types.is_timestamp(data_type):
        return lambda cell: cell[:10]
    if pa.types.is_integer(data_type):
        return _csv_int
    if pa.types.is_floating(data_type):
        return float
    if pa.types.is_boolean(data_type):
        return lambda cell: cell.strip().lower() in ("true", "1", "yes")
    if pa.types.is_list(data_type):
        return _csv_list
    return str


def read_parquet_table(name: str, path: Path) -> Table:
    """Read ``path`` (Parquet) as a :class:`Table`."""
    arrow = pq.read_table(path)
    columns = arrow.column_names
    values = [[json_value(cell) for cell in arrow.column(index).to_pylist()] for index in range(len(columns))]
    for index, field in enumerate(arrow.schema):
        if pa.types.is_list(field.type):  # CSV cannot tell an empty list from a missing one: neither do we
            values[index] = [[] if cell is None else cell for cell in values[index]]
    return Table(name, columns, [list(row) for row in zip(*values, strict=True)], path)


def read_csv_table(name: str, path: Path, schema: pa.Schema) -> Table:
    """Read ``path`` (CSV with a header row) as a :class:`Table`, typing cells by ``schema``.

    Empty cells are missing values, except in list columns where they are empty lists.
    """
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_filter=False)
    columns = [str(column) for column in frame.columns]
    parsers = [
        _csv_parser(schema.field(column).type) if column in schema.names else str for column in columns
    ]
    rows = [
        [
            parse(cell) if cell != "" or parse is _csv_list else None
            for parse, cell in zip(parsers, row, strict=True)
        ]
        for row in frame.itertuples(index=False, name=None)
    ]
    return Table(name, columns, rows, path)


def read_table(out_dir: Path, name: str) -> Table | None:
    """Read table ``name`` from ``out_dir``: ``<name>.parquet`` if present, else ``<name>.csv``, else None."""
    parquet, csv = out_dir / f"{name}.parquet", out_dir / f"{name}.csv"
    if parquet.is_file():
        return read_parquet_table(name, parquet)
    if csv.is_file():
        return read_csv_table(name, csv, REPORT_SCHEMAS[name])
    return None


def read_output(out_dir: Path) -> dict[str, Table]:
    """Read every report table of an itnews output folder; absent tables come back empty.

    Raises :class:`FileNotFoundError` when the folder holds none of the tables.
    """
    out_dir = Path(out_dir)
    found = {name: read_table(out_dir, name) for name in REPORT_SCHEMAS}
    if all(table is None for table in found.values()):
        raise FileNotFoundError(f"{out_dir} holds no itnews tables (documents.parquet / documents.csv ...)")
    return {
        name: table if table is not None else Table(name, list(REPORT_SCHEMAS[name].names), [])
        for name, table in found.items()
    }
