"""itnews: Italian news to tables — organizations, money, dates and contract terms.

>>> import pipeline
>>> res = pipeline.extract("Enel ha investito 2 milioni di euro.", published="2025-01-21", model="blank")
>>> res.money[0].amount
Decimal('2000000')
"""

from __future__ import annotations

from pathlib import Path

from pipeline.api import extract, extract_many
from pipeline.batch import RunSummary, process_folder
from pipeline.nlp import load
from pipeline.records import DateMention, Document, ExtractionResult, Money, Organization, Term
from pipeline.write.tables import read_tables

__version__ = "0.1.0"


def review(out_dir: str | Path, path: str | Path | None = None) -> Path:
    """Write the self-contained HTML review report of the tables in ``out_dir``; return its path."""
    from pipeline.review import build_report

    return build_report(Path(out_dir), Path(path) if path else None)


__all__ = [
    "DateMention",
    "Document",
    "ExtractionResult",
    "Money",
    "Organization",
    "RunSummary",
    "Term",
    "extract",
    "extract_many",
    "load",
    "process_folder",
    "read_tables",
    "review",
]

