"""``itnews_dates``: dates, periods, durations, sets and times, normalized against the publication date.

A thin spaCy wrapper over :func:`pipeline.normalize.temporal.find_temporal`: it reads
``doc._.itnews_published`` as the reference date, keeps away from the amounts that ``itnews_money``
found (``2,5 miliardi`` is never a date) and writes plain-data records to ``doc._.itnews_dates``.
"""

from __future__ import annotations

import numpy
from spacy.attrs import IDX, LOWER, SHAPE
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline.components.base import ErrorHandling, collector_paused
from pipeline.extensions import doc_text
from pipeline.normalize.temporal import find_temporal
from pipeline.normalize.temporal_anchors import (
    LOOK_BACK_WORDS,
    NUMBER_WORD_LEADS,
    Anchor,
    anchor_classes,
    anchor_words,
    inside_each,
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

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc._.itnews_dates`` (always a fresh list)."""
        error_handler = self.get_error_handler()
        try:
            with collector_paused():
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

        Tokens inside a ``blocked`` span (a money amount) never anchor. Which tokens may anchor or open a
        match is decided once per distinct form, on arrays; only those tokens are read one by one.
        """
        if not len(doc):
            return []
        columns = doc.to_array([LOWER, SHAPE, IDX])
        forms, form_of = numpy.unique(columns[:, 0], return_inverse=True)
        shapes, shape_of = numpy.unique(columns[:, 1], return_inverse=True)
        strings = doc.vocab.strings
        form_hashes = forms.tolist()
        words = [strings[form] for form in form_hashes]
        lead = numpy.fromiter((form in self._lead_hashes for form in form_hashes), bool, len(forms))
        candidate = numpy.fromiter((form in self._anchor_hashes for form in form_hashes), bool, len(forms))
        digits = numpy.fromiter(("d" in strings[shape] for shape in shapes.tolist()), bool, len(shapes))
        opens = numpy.fromiter((may_open(word.rstrip("'’") or word) for word in words), bool, len(forms))
        is_candidate = candidate[form_of] | digits[shape_of]
        is_candidate[1:] |= lead[form_of[:-1]]  # a number word after 'il', 'anni'... ('il duemila')
        # the last token before each one that may not open a match (-1: none)
        closed = numpy.where(opens[form_of], -1, numpy.arange(len(doc)))
        last_closed = numpy.maximum.accumulate(closed).tolist()
        if blocked:  # a number of an amount never anchors; words inside amounts ('ogni anno') still do
            numbers = numpy.fromiter((word[:1].isdigit() for word in words), bool, len(forms))
            is_candidate &= ~(numbers[form_of] & inside_each(blocked, columns[:, 2]))
        # (offset, word) of every token: the words before an anchor are a slice of it
        tokens = list(zip(columns[:, 2].tolist(), map(words.__getitem__, form_of.tolist()), strict=True))
        anchors: list[Anchor] = []
        for index in numpy.flatnonzero(is_candidate).tolist():
            offset, token = tokens[index]
            word = token.rstrip("'’") or token
            classes = anchor_classes(word, tokens[index - 1][1] if index else "")
            if not classes:
                continue
            first = max(index - LOOK_BACK_WORDS, last_closed[index - 1] + 1) if index else 0
            anchors.append((offset, word, classes, tokens[first:index]))
        return anchors

    def set_annotations(self, doc: Doc, records: list[dict]) -> None:
        """Number the records D1, D2... in text order and store them."""
        for number, record in enumerate(records, start=1):
            record["id"] = f"D{number}"
        doc._.itnews_dates = list(records)
