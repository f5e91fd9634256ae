"""The review report: one self-contained HTML file to check every extracted value against its sentence.

Example:

>>> from pathlib import Path
>>> from pipeline.review import build_report
>>> build_report(Path("out"))  # doctest: +SKIP
PosixPath('out/report.html')

The page has an overview (documents processed / empty / failed, rows per table, top organizations, money
totals per currency, terms by type and status), sortable and filterable tables that link every row to its
evidence, and a document view with each extracted span highlighted. It needs no network and runs no code
from the data: all data is embedded once as JSON and written into the page as text.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.review.page import render_page
from pipeline.review.payload import build_payload
from pipeline.review.tables import read_output

__all__ = ["build_report", "DEFAULT_REPORT_NAME"]

#: File name of the report inside the output folder when no path is given.
DEFAULT_REPORT_NAME = "report.html"


def build_report(out_dir: Path, path: Path | None = None) -> Path:
    """Write the HTML review report of the itnews output folder ``out_dir`` and return its path.

    ``out_dir`` holds the tables written by the pipeline (``documents``, ``organizations``, ``money``,
    ``dates``, ``terms`` as ``.parquet``, or ``.csv`` when no Parquet file is there) and ``texts.parquet``
    (doc_id, text) with the article texts the offsets refer to. ``path`` defaults to
    ``out_dir / "report.html"``. Raises :class:`FileNotFoundError` when ``out_dir`` holds no tables.
    """
    out_dir = Path(out_dir)
    target = Path(path) if path is not None else out_dir / DEFAULT_REPORT_NAME
    tables = read_output(out_dir)
    title = f"itnews review: {out_dir.resolve().name}"
    page = render_page(build_payload(tables, title=title), title)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_text(page, encoding="utf-8")
    partial.replace(target)
    return target
