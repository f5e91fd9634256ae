"""Where a word stands in a text: its whole-word occurrences, the capitalized words beside it, and whether
it opens a sentence. Plain string functions the organization and terms steps share."""

from __future__ import annotations

import re
from collections.abc import Iterator

_NEXT_WORD = re.compile(r"[ \t]+(\w)")
_PREVIOUS_WORD = re.compile(r"(?:^|[^\w])(\w)\w*[ \t]+$")


def whole_word_hits(text: str, word: str, before: str = "", after: str = "") -> Iterator[tuple[int, int]]:
    r"""The (start, end) of each occurrence of ``word`` in ``text`` that no word character, nor a character
    of ``before`` / ``after``, touches: what ``(?<!\w)word(?!\w)`` finds, without compiling a pattern per
    word (documents spread hundreds of names)."""
    start = text.find(word) if word else -1
    while start >= 0:
        end = start + len(word)
        left = text[start - 1] if start else ""
        right = text[end] if end < len(text) else ""
        if not (left and (_word_char(left) or left in before)) and not (
            right and (_word_char(right) or right in after)
        ):
            yield start, end
            start = text.find(word, end)
        else:
            start = text.find(word, start + 1)


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def next_word_capitalized(text: str, end: int) -> bool:
    """A capitalized word right after ``end`` on the same line."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following.group(1).isupper()


def previous_word_capitalized(text: str, start: int) -> bool:
    """A capitalized word right before ``start`` on the same line, other than a sentence's first."""
    before = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    if before is None or not before.group(1).isupper():
        return False
    at = before.start(1) - 1
    while at >= 0 and text[at].isspace():
        at -= 1
    return at >= 0 and text[at] not in '.!?:;"«»\n'


def opens_sentence(text: str, start: int) -> bool:
    """Only blanks between a sentence's end, a line break or the text's start and ``start``."""
    at = start - 1
    while at >= 0 and text[at].isspace():
        if text[at] == "\n":
            return True
        at -= 1
    return at < 0 or text[at] in '.!?:;"“«'
