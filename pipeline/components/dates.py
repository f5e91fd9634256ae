"""``itnews_dates``: dates, periods, durations, sets and times, normalized against the publication date.

A thin spaCy wrapper over :func:`pipeline.normalize.temporal.find_temporal`: it reads
``doc._.itnews_published`` as the reference date, keeps away from the amounts that ``itnews_money``
found (``2,5 miliardi`` is never a date) and writes plain-data records to ``doc._.itnews_dates``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.attrs import IDX, LOWER, SHAPE
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.components.base import ErrorHandling
from pipeline.extensions import doc_text
from pipeline.normalize.temporal import find_temporal
from pipeline.normalize.temporal_anchors import (
    LOOK_BACK_WORDS,
    NUMBER_WORD_LEADS,
    Anchor,
    anchor_classes,
    anchor_words,
    inside,
    may_open,
    warm_up,
)


@Language.factory(
    "itnews_dates",
    default_config={"skip_money": True, "keep_times": True},
    assigns=["doc._.itnews_dates"],
)
def make_dates(nlp: Language, name: str, skip_money: bool, keep_times: bool):
    """Build the :class:`DateExtractor` component (registered as ``itnews_dates``)."""
    return DateExtractor(name, skip_money=skip_money, keep_times=keep_times, vocab=nlp.vocab)


class DateExtractor(ErrorHandling):
    """Find temporal expressions and write them to ``doc._.itnews_dates``.

    Settings: ``skip_money`` drops candidates overlapping ``doc._.itnews_money`` spans;
    ``keep_times`` keeps kind ``time`` records (``alle 15:30``, ``stasera``).
    """

    def __init__(
        self,
        name: str = "itnews_dates",
        *,
        skip_money: bool = True,
        keep_times: bool = True,
        vocab: Vocab | None = None,
    ) -> None:
        self.name = name
        self.skip_money = skip_money
        self.keep_times = keep_times
        warm_up()
        strings = (vocab or Vocab()).strings
        self._anchor_hashes = frozenset(strings.add(word) for word in anchor_words())
        self._lead_hashes = frozenset(strings.add(word) for word in (*NUMBER_WORD_LEADS, "un'", "mezz'", "'"))
        self._digit_shapes: dict[int, bool] = {}  # shape hash -> holds a digit

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc._.itnews_dates`` (always a fresh list)."""
        error_handler = self.get_error_handler()
        try:
            with _collector_paused():
                records = self.match(doc)
            self.set_annotations(doc, records)
            return doc
        except Exception as error:  # noqa: BLE001  (spaCy's error-handler protocol)
            error_handler(self.name, self, [doc], error)
            return doc

    def match(self, doc: Doc) -> list[dict]:
        """Temporal records of ``doc``, sorted by start offset."""
        blocked = []
        if self.skip_money and doc._.itnews_money:
            blocked = sorted((item["start"], item["end"]) for item in doc._.itnews_money)
        records = find_temporal(doc_text(doc), doc._.itnews_published, blocked, self.anchors(doc, blocked))
        if not self.keep_times:
            records = [record for record in records if record["kind"] != "time"]
        return records

    def anchors(self, doc: Doc, blocked: list[tuple[int, int]] | None = None) -> list[Anchor]:
        """Temporal anchors read from the Doc's token arrays (no second tokenization of the text).

        Tokens inside a ``blocked`` span (a money amount) never anchor.
        """
        if not len(doc):
            return []
        columns = doc.to_array([LOWER, SHAPE, IDX])
        lowers, shapes, offsets = columns[:, 0].tolist(), columns[:, 1].tolist(), columns[:, 2].tolist()
        strings = doc.vocab.strings
        anchor_hashes, lead_hashes, digit_shapes = self._anchor_hashes, self._lead_hashes, self._digit_shapes
        anchors: list[Anchor] = []
        openers: dict[int, tuple[int, str, bool]] = {}  # token index -> (offset, word, may open a match)
        previous_hash = 0
        for index, (lower, shape, offset) in enumerate(zip(lowers, shapes, offsets, strict=True)):
            after_lead, previous_hash = previous_hash in lead_hashes, lower
            if lower not in anchor_hashes and not after_lead:
                has_digit = digit_shapes.get(shape)
                if has_digit is None:
                    has_digit = digit_shapes[shape] = "d" in strings[shape]
                if not has_digit:
                    continue
            token = strings[lower]
            if blocked and token[:1].isdigit() and inside(blocked, offset):
                continue  # a number of an amount; words inside amounts ('ogni anno') still anchor
            word = token.rstrip("'’") or token
            classes = anchor_classes(word, strings[lowers[index - 1]] if index else "")
            if not classes:
                continue
            before: list[tuple[int, str]] = []
            for back in range(index - 1, max(-1, index - 1 - LOOK_BACK_WORDS), -1):
                opener = openers.get(back)
                if opener is None:
                    previous = strings[lowers[back]]
                    opener = openers[back] = (
                        offsets[back],
                        previous,
                        may_open(previous.rstrip("'’") or previous),
                    )
                if not opener[2]:
                    break
                before.append(opener[:2])
            before.reverse()
            anchors.append((offset, word, classes, before))
        return anchors

    def set_annotations(self, doc: Doc, records: list[dict]) -> None:
        """Number the records D1, D2... in text order and store them."""
        for number, record in enumerate(records, start=1):
            record["id"] = f"D{number}"
        doc._.itnews_dates = list(records)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while matching.

    Matching allocates many small tuples and lists (none of them cyclic); next to a loaded pipeline each
    collection walks millions of live objects, which made a long text's dates 2-3 times slower.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
