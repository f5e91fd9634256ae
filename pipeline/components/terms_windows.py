"""Keep the cost of the terms component linear in the text: cut overlong sentences into bounded windows
(the trigger ``Matcher`` itself runs only around its anchors, see ``pipeline.components.windowed_matcher``).

Text without sentence punctuation (a 1 MB line) makes one huge "sentence", and the per-sentence rules
(cues, clause cuts, organizations in the sentence) would scan it once per trigger;
:func:`bounded_sentences` cuts such a sentence into windows at punctuation, else at any token.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span


def bounded_sentences(doc: Doc, max_chars: int = 1500) -> list[Span]:
    """The sentences of ``doc`` (the whole Doc when it has no sentence boundaries), a sentence longer than
    ``max_chars`` cut into consecutive windows, each ending after the last punctuation token that keeps
    it under the bound (else after the last token that does)."""
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    bounded: list[Span] = []
    for sentence in sentences:
        if sentence.end_char - sentence.start_char <= max_chars:
            bounded.append(sentence)
            continue
        start = sentence.start
        while start < sentence.end:
            limit = doc[start].idx + max_chars
            end, cut = start + 1, None
            while end < sentence.end and doc[end].idx + len(doc[end]) <= limit:
                if doc[end].is_punct:
                    cut = end + 1
                end += 1
            end = cut if cut is not None else end
            bounded.append(doc[start:end])
            start = end
    return bounded
