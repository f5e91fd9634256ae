"""Cut a long text into pieces the NLP pipeline can take, keeping offsets relative to the whole text.

spaCy's memory grows with the length of a Doc; a 50 MB article dump is processed piece by piece.
Pieces end, in order of preference (among cuts in the second half of the allowed length, else anywhere),
after a paragraph break (a blank line), after a sentence end,
at whitespace, or (a single word longer than the limit) exactly at the limit. Joining the pieces
gives back the text unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Default longest piece, in characters (spaCy's own ``max_length`` default is 1,000,000).
MAX_CHARS = 100_000

_SENTENCE_END = re.compile(
    r"""
    [.!?…;]            # end punctuation
    [»"'”’)\]]*        # closing quotes or brackets
    \s+                # and the whitespace after it (kept in the piece)
    """,
    re.VERBOSE,
)
_WHITESPACE = re.compile(r"\s+")


def split_for_nlp(text: str, max_chars: int = MAX_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into ``(offset, piece)`` pairs, each piece at most ``max_chars`` long.

    ``text[offset:offset + len(piece)] == piece`` for every pair, and the pieces cover the text.

    >>> split_for_nlp("Primo paragrafo.\\n\\nSecondo paragrafo.", max_chars=25)
    [(0, 'Primo paragrafo.\\n\\n'), (18, 'Secondo paragrafo.')]
    """
    return list(iter_chunks(text, max_chars))


def iter_chunks(text: str, max_chars: int = MAX_CHARS) -> Iterator[tuple[int, str]]:
    """Lazy form of ``split_for_nlp``: one piece at a time, for texts too large to copy at once."""
    if max_chars < 1:
        raise ValueError("max_chars must be at least 1")
    start = 0
    while len(text) - start > max_chars:
        end = _cut(text, start, start + max_chars)
        yield start, text[start:end]
        start = end
    if start < len(text):
        yield start, text[start:]


def _cut(text: str, start: int, limit: int) -> int:
    """The best end (exclusive) for the piece starting at ``start``, no further than ``limit``.

    A cut in the second half of the allowed length is preferred: a paragraph break early in the window
    would make a needlessly short piece.
    """
    half = start + (limit - start) // 2
    for low, high in ((half, limit), (start, half)):
        paragraph = text.rfind("\n\n", low, high)
        if paragraph != -1:
            return paragraph + 2
        for pattern in (_SENTENCE_END, _WHITESPACE):
            end = _last_match_end(pattern, text, low, high)
            if end > start:
                return end
    return limit


def _last_match_end(pattern: re.Pattern[str], text: str, low: int, high: int) -> int:
    """End of the last match of ``pattern`` within ``text[low:high]``, else 0."""
    last = 0
    for match in pattern.finditer(text, low, high):
        last = match.end()
    return last
