"""Keep the cost of the terms component linear in the text: cut overlong sentences into bounded windows
(the trigger ``Matcher`` itself runs only around its anchors, see ``pipeline.components.windowed_matcher``).

Text without sentence punctuation (a 1 MB line) makes one huge "sentence", and the per-sentence rules
(cues, clause cuts, organizations in the sentence) would scan it once per trigger;
:func:`bounded_sentences` cuts such a sentence into windows at punctuation, else at any token.
"""

from __future__ import annotations

import re

from spacy.attrs import IDX, IS_PUNCT, LENGTH
from spacy.tokens import Doc, Span

from pipeline.components.text_lines import CLOSED_LINE
from pipeline.extensions import doc_text

LINE_BREAKS = re.compile(r"\n")
#: A heading of a news digest's item: a label in capitals and a dash, a short line that no punctuation
#: closes ("CAR SHARING – GiraAuto rinnova, MoviCity saluta").
LABELLED_HEADING = re.compile(r"(?:^|\n)[A-ZÀ-Ù][A-ZÀ-Ù'’ ]+\s[–—-]\s[^\n]{1,120}$")


def bounded_sentences(doc: Doc, max_chars: int = 1500) -> list[Span]:
    """The sentences of ``doc`` (the whole Doc when it has no sentence boundaries), cut at line breaks
    that end a heading or a paragraph (see :func:`paragraph_breaks`), a sentence longer than ``max_chars``
    cut into consecutive windows, each ending after the last punctuation token that keeps it under the
    bound (else after the last token that does)."""
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    breaks = paragraph_breaks(doc)
    if breaks:
        sentences = [piece for sentence in sentences for piece in _cut_at(sentence, breaks)]
    bounded: list[Span] = []
    columns = None
    for sentence in sentences:
        if sentence.end_char - sentence.start_char <= max_chars:
            bounded.append(sentence)
            continue
        if columns is None:  # token columns read once: indexing the Doc token by token is slow
            array = doc.to_array([IDX, LENGTH, IS_PUNCT])
            columns = array[:, 0].tolist(), array[:, 1].tolist(), array[:, 2].tolist()
        offsets, lengths, punct = columns
        start = sentence.start
        while start < sentence.end:
            limit = offsets[start] + max_chars
            end, cut = start + 1, None
            while end < sentence.end and offsets[end] + lengths[end] <= limit:
                if punct[end]:
                    cut = end + 1
                end += 1
            end = cut if cut is not None else end
            bounded.append(doc[start:end])
            start = end
    return bounded


def paragraph_breaks(doc: Doc) -> set[int]:
    """The whitespace tokens after which a new sentence starts though no punctuation ends the one before:
    a blank line, or a line break after a heading ("CAR SHARING – X rinnova, Y saluta") in a text that
    writes a paragraph a line (most of its long lines end a sentence; not hard-wrapped text), or after a
    digest item's labelled heading in any text."""
    text = doc_text(doc)
    lines = [line for line in text.split("\n") if len(line.strip()) >= 40]
    one_paragraph_a_line = sum(bool(CLOSED_LINE.search(line)) for line in lines) >= 0.6 * len(lines)
    breaks = set()
    for newline in LINE_BREAKS.finditer(text):  # the few whitespace tokens that hold a line break
        span = doc.char_span(newline.start(), newline.start() + 1, alignment_mode="expand")
        if span is None or len(span) != 1:
            continue
        token = span[0]
        if not token.is_space or "\n" not in token.text or token.i in (0, len(doc) - 1) or token.i in breaks:
            continue
        if "\n\n" in token.text.replace(" ", "").replace("\t", "") or one_paragraph_a_line:
            breaks.add(token.i)
        elif LABELLED_HEADING.search(text, max(0, newline.start() - 160), newline.start()):
            if not CLOSED_LINE.search(text, max(0, newline.start() - 3), newline.start()):
                breaks.add(token.i)
    return breaks


def _cut_at(sentence: Span, breaks: set[int]) -> list[Span]:
    """``sentence`` cut after each of its tokens in ``breaks``."""
    doc, pieces, start = sentence.doc, [], sentence.start
    for i in range(sentence.start, sentence.end - 1):
        if i in breaks and i + 1 > start:
            pieces.append(doc[start : i + 1])
            start = i + 1
    pieces.append(doc[start : sentence.end])
    return pieces
