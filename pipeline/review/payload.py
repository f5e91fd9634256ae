"""The data the report page embeds: the tables (columnar), the article texts, the overview figures."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pipeline.review.overview import ROW_TABLES, build_overview
from pipeline.review.tables import Table

#: Version of the embedded data layout, read by report.js.
PAYLOAD_VERSION = 1


def _without_sentences(table: Table, texts: dict[str, str]) -> Table:
    """Drop the ``sentence`` column when every row's article text is embedded: the page cuts context."""
    if "sentence" not in table.columns or not all(doc_id in texts for doc_id in table.column("doc_id")):
        return table
    keep = [index for index, column in enumerate(table.columns) if column != "sentence"]
    return Table(
        table.name,
        [table.columns[index] for index in keep],
        [[row[index] for index in keep] for row in table.rows],
    )


def build_payload(
    tables: dict[str, Table], title: str, generated: dt.datetime | None = None
) -> dict[str, Any]:
    """Everything the page shows, as plain JSON data.

    ``tables`` maps table names (``documents``, ``organizations``, ``money``, ``dates``, ``terms``, ``texts``)
    to tables read by :func:`pipeline.review.tables.read_output`.
    """
    texts = {doc_id: text for doc_id, text in tables["texts"].rows if doc_id is not None and text is not None}
    shown = {"documents": tables["documents"]}
    shown.update({name: _without_sentences(tables[name], texts) for name in ROW_TABLES})
    return {
        "version": PAYLOAD_VERSION,
        "title": title,
        "generated": (generated or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds"),
        "tables": {name: {"columns": table.columns, "rows": table.rows} for name, table in shown.items()},
        "texts": texts,
        "overview": build_overview(tables),
    }
