"""Rows to Arrow tables and pandas DataFrames with the explicit schema of each table."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from pipeline.write.schema import SCHEMAS
from pipeline.write.values import arrow_decimal

if TYPE_CHECKING:  # pandas is imported only where frames are made (it is slow to import)
    import pandas as pd


def rows_to_arrow(table: str, rows: Iterable[dict[str, Any]]) -> pa.Table:
    """An Arrow table of ``rows`` with the table's schema (decimals fitted to its scale)."""
    schema = SCHEMAS[table]
    decimal_columns = [f.name for f in schema if pa.types.is_decimal(f.type)]
    fitted = []
    for row in rows:
        if decimal_columns:
            row = dict(row)
            for name in decimal_columns:
                row[name] = arrow_decimal(row.get(name))
        fitted.append(row)
    return pa.Table.from_pylist(fitted, schema=schema)


def arrow_to_frame(table: pa.Table) -> pd.DataFrame:
    """A DataFrame keeping exact types: Decimal objects, ``datetime.date``, lists, nullable bools."""
    import pandas as pd

    frame = table.to_pandas(date_as_object=True, types_mapper={pa.bool_(): pd.BooleanDtype()}.get)
    for field in table.schema:
        if pa.types.is_list(field.type):
            frame[field.name] = [list(v) if v is not None else [] for v in frame[field.name]]
    return frame


def rows_to_frame(table: str, rows: Iterable[dict[str, Any]]) -> pd.DataFrame:
    """A DataFrame of ``rows`` with the columns and types of ``table``."""
    return arrow_to_frame(rows_to_arrow(table, rows))
