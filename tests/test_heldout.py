"""The held-out gold sets, written after the extractors and never tuned on.

* ``heldout`` (``corpora/gold/heldout.jsonl``): the first held-out set; once its misses were read for error
  analysis it stopped being unseen.
* ``heldout2`` (``corpora/gold/heldout2.jsonl``): a second set written blind after that, to measure again.
* ``heldout3`` (``corpora/gold/heldout3.jsonl``): a third set written blind after ``heldout2`` had been opened
  for error analysis.
* ``heldout4`` (``corpora/gold/heldout4.jsonl``): a fourth set written blind after ``heldout3`` had been
  opened for error analysis.
* ``heldout5`` (``corpora/gold/heldout5.jsonl``): a fifth set written blind after ``heldout4`` had been
  opened for error analysis.
* ``heldout6`` (``corpora/gold/heldout6.jsonl``): a sixth set written blind after ``heldout5`` had been
  opened for error analysis.
* ``heldout7`` (``corpora/gold/heldout7.jsonl``): a seventh set written blind after ``heldout6`` had been
  opened for error analysis.
* ``heldout8`` (``corpora/gold/heldout8.jsonl``): an eighth set written blind after ``heldout7`` had been
  opened for error analysis.
* ``heldout9`` (``corpora/gold/heldout9.jsonl``): a ninth set written blind after ``heldout8`` had been
  opened for error analysis.
* ``heldout10`` (``corpora/gold/heldout10.jsonl``): a tenth set written blind after ``heldout9`` had been
  opened for error analysis.
* ``heldout11`` (``corpora/gold/heldout11.jsonl``): an eleventh set written blind after ``heldout10`` had been
  opened for error analysis.
* ``heldout12`` (``corpora/gold/heldout12.jsonl``): a twelfth set written blind after ``heldout11`` had been
  opened for error analysis.
* ``heldout13`` (``corpora/gold/heldout13.jsonl``): a thirteenth set written blind after ``heldout12`` had
  been opened for error analysis.
* ``heldout14`` (``corpora/gold/heldout14.jsonl``): a fourteenth set written blind after ``heldout13`` had
  been opened for error analysis.
* ``heldout15`` (``corpora/gold/heldout15.jsonl``): a fifteenth set written blind after ``heldout14`` had
  been opened for error analysis.
* ``heldout16`` (``corpora/gold/heldout16.jsonl``): a sixteenth set written blind after ``heldout15`` had
  been opened for error analysis.
* ``heldout17`` (``corpora/gold/heldout17.jsonl``): a seventeenth set written blind after ``heldout16`` had
  been opened for error analysis.
* ``heldout18`` (``corpora/gold/heldout18.jsonl``): an eighteenth set written blind after ``heldout17`` had
  been opened for error analysis.
* ``heldout19`` (``corpora/gold/heldout19.jsonl``): a nineteenth set written blind after ``heldout18`` had
  been opened for error analysis.
* ``heldout20`` (``corpora/gold/heldout20.jsonl``): a twentieth set written blind while ``heldout19`` was
  still blind.
* ``heldout21`` (``corpora/gold/heldout21.jsonl``): a twenty-first set written blind at the start of the
  sixteenth session, while ``heldout20`` was still blind and ``heldout19`` was being opened for error
  analysis.
* ``heldout22`` (``corpora/gold/heldout22.jsonl``): a twenty-second set written blind at the start of the
  seventeenth session, while ``heldout21`` was still blind and ``heldout20`` was being opened for error
  analysis.
* ``heldout23`` (``corpora/gold/heldout23.jsonl``): a twenty-third set written blind at the start of the
  eighteenth session, while ``heldout22`` was still blind and ``heldout21`` was being opened for error
  analysis.
* ``heldout24`` (``corpora/gold/heldout24.jsonl``): a twenty-fourth set written blind at the start of the
  twentieth session (2026-12-02), while ``heldout23`` had been opened.
* ``heldout25`` (``corpora/gold/heldout25.jsonl``): a twenty-fifth set written blind by a helper during the
  twenty-first session (2026-12-02), while ``heldout24`` was blind and ``heldout23`` was being opened.
* ``heldout26`` (``corpora/gold/heldout26.jsonl``): a twenty-sixth set written blind by a helper during the
  twenty-second session (2026-12-02), while ``heldout25`` was being opened.

Their articles (``corpora/heldout*/samples``) are not part of ``corpora/samples``, so ``make run`` and the
development gold stay as they were.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO_ROOT / "scripts" / "corpora"))

from build_gold import HELDOUT_SETS, SETS, build_all  # noqa: E402


def _load(gold_set: str) -> list[dict]:
    lines = SETS[gold_set][2].read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


GOLD = {name: _load(name) for name in HELDOUT_SETS}
LAYERS = ("organizations", "money", "dates", "terms", "not_money", "not_dates")
RECORDS = [(name, record) for name in HELDOUT_SETS for record in GOLD[name]]


@pytest.mark.parametrize("gold_set", HELDOUT_SETS)
def test_heldout_gold_is_up_to_date_with_its_annotations(gold_set):
    """Rebuild with ``.venv/bin/python scripts/corpora/build_gold.py --set heldout`` (or heldout2/3/4/5/6)."""
    assert build_all(gold_set) == GOLD[gold_set]


@pytest.mark.parametrize(("gold_set", "record"), RECORDS, ids=[r["doc_id"] for _, r in RECORDS])
def test_heldout_offsets_are_exact(gold_set, record):
    for layer in LAYERS:
        for item in record.get(layer) or ():
            assert record["text"][item["start"] : item["end"]] == item["text"], (gold_set, layer, item)


@pytest.mark.parametrize("gold_set", HELDOUT_SETS)
def test_heldout_texts_are_what_the_readers_yield(gold_set):
    from pipeline.read import iter_articles

    articles = {a.doc_id: a for a in iter_articles([SETS[gold_set][0]])}
    assert sorted(articles) == sorted(r["doc_id"] for r in GOLD[gold_set])
    for record in GOLD[gold_set]:
        assert articles[record["doc_id"]].text == record["text"]
