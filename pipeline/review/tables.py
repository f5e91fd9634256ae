"""The output tables as JSON-ready columns, read through :func:`pipeline.write.tables.read_tables`.

Values come back as plain JSON data, whatever file they were read from (Parquet, or CSV where no Parquet
file is there): amounts as decimal strings (``"14000000000"``), dates as ISO strings, list columns as
lists of strings, flags as booleans, missing values as ``None``.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd

from pipeline.write.schema import TABLES
from pipeline.write.tables import TEXTS, read_tables, schema_of
from pipeline.write.values import plain_decimal

#: Every table the report reads: the five output tables and the article texts.
REPORT_TABLES = (*TABLES, TEXTS)


@dataclass(frozen=True)
class Table:
    """One output table as column names plus rows of JSON-ready values (row-major, same order)."""

    name: str
    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        """The rows as dictionaries keyed by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]

    def column(self, name: str) -> list[Any]:
        """All values of column ``name`` (``None`` for every row when the column is absent)."""
        if name not in self.columns:
            return [None] * len(self.rows)
        index = self.columns.index(name)
        return [row[index] for row in self.rows]


def json_value(value: Any) -> Any:
    """Turn one DataFrame cell into plain JSON data.

    >>> json_value(Decimal("2300000.000000")), json_value(dt.date(2025, 1, 21)), json_value(float("nan"))
    ('2300000', '2025-01-21', None)
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, Decimal):
        return plain_decimal(value)
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    if isinstance(value, list | tuple):
        return [json_value(item) for item in value]
    if hasattr(value, "item") and not isinstance(value, str):  # numpy scalars
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def frame_to_table(name: str, frame: pd.DataFrame) -> Table:
    """A :class:`Table` of ``frame``'s columns and JSON-ready values."""
    rows = [[json_value(cell) for cell in row] for row in frame.itertuples(index=False, name=None)]
    return Table(name, [str(column) for column in frame.columns], rows)


def read_output(out_dir: Path) -> dict[str, Table]:
    """Read every report table of an itnews output folder; absent tables come back empty.

    Raises :class:`FileNotFoundError` when the folder holds none of the tables.
    """
    frames = read_tables(Path(out_dir), REPORT_TABLES)
    if not frames:
        raise FileNotFoundError(f"{out_dir} holds no itnews tables (documents.parquet / documents.csv ...)")
    return {
        name: frame_to_table(name, frames[name]) if name in frames else Table(name, schema_of(name).names, [])
        for name in REPORT_TABLES
    }
