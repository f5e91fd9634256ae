"""The team's gold annotations (``corpora/gold/*.jsonl``) and the pipeline's output on them.

Gold documents are self-contained: each line carries the article ``text``, its ``published`` date and its
``title``, so scorers run ``pipeline.extract`` on exactly the text the offsets point into.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from spacy.language import Language

from pipeline.api import extract_many
from pipeline.records import ExtractionResult

DEFAULT_GOLD = Path(__file__).resolve().parents[2] / "corpora" / "gold"


def load_gold(folder: str | Path = DEFAULT_GOLD) -> list[dict[str, Any]]:
    """Every gold document under ``folder`` (``*.jsonl``, sorted by file then line)."""
    documents = []
    for path in sorted(Path(folder).glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            documents.extend(json.loads(line) for line in handle if line.strip())
    return documents


def predict_gold(nlp: Language, gold: Sequence[dict[str, Any]]) -> list[ExtractionResult]:
    """The pipeline's results on each gold document, in the same order."""
    items = [
        (g["text"], {"doc_id": g["doc_id"], "published": g.get("published"), "title": g.get("title")})
        for g in gold
    ]
    return list(extract_many(items, nlp=nlp))
