"""The held-out gold set (``corpora/gold/heldout.jsonl``): written after the extractors, never tuned on.

Its articles (``corpora/heldout/samples``) are not part of ``corpora/samples``, so ``make run`` and the
development gold stay as they were; ``make eval`` scores this set on its own row.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "scripts" / "corpora"))

from build_gold import SETS, build_all  # noqa: E402

HELDOUT_GOLD = REPO_ROOT / "corpora" / "gold" / "heldout.jsonl"
GOLD = [json.loads(line) for line in HELDOUT_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
LAYERS = ("organizations", "money", "dates", "terms", "not_money", "not_dates")


def test_heldout_gold_is_up_to_date_with_its_annotations():
    """Rebuild with ``.venv/bin/python scripts/corpora/build_gold.py --set heldout``."""
    assert build_all("heldout") == GOLD


@pytest.mark.parametrize("record", GOLD, ids=[r["doc_id"] for r in GOLD])
def test_heldout_offsets_are_exact(record):
    for layer in LAYERS:
        for item in record.get(layer) or ():
            assert record["text"][item["start"] : item["end"]] == item["text"], (layer, item)


def test_heldout_texts_are_what_the_readers_yield():
    from pipeline.read import iter_articles

    articles = {a.doc_id: a for a in iter_articles([SETS["heldout"][0]])}
    assert sorted(articles) == sorted(r["doc_id"] for r in GOLD)
    for record in GOLD:
        assert articles[record["doc_id"]].text == record["text"]
