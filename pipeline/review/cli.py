"""The ``itnews review`` command body, kept here so that the CLI module stays a thin layer."""

from __future__ import annotations

from pathlib import Path

from pipeline.review import build_report


def review_command(out: Path, output: Path | None = None) -> None:
    """Write the HTML review report of the output folder ``out`` (to ``output``, default ``out/report.html``).

    Example: ``itnews review out -o out/report.html``
    """
    report = build_report(out, output)
    print(f"review report written to {report} ({report.stat().st_size / 1_000_000:.1f} MB)")
