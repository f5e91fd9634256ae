"""The lines of an article's text: where a line opens, which lines close a sentence, which are headings."""

from __future__ import annotations

import re

#: A line that ends a sentence or a paragraph: its last character closes one.
CLOSED_LINE = re.compile(r"[.!?:;»\"”)\]]\s*$")
#: The mark that opens an item of a list: a dash or bullet, a number or a letter with a bracket or a dot.
LIST_ITEM = re.compile(r"(?:[-–—•*·▪]|\d{1,2}[.)]|[a-z][)])\s")
#: What opens a list's item before its label: a dash, a bullet or a number ("- ", "• ", "2) ").
ITEM_MARK = re.compile(r"[ \t]*(?:[-–—•*·▪]|\d{1,2}[.)])[ \t]*")
#: What ends an item's label: a full stop or a colon ("- Esclusiva. Il consorzio ...").
LABEL_END = re.compile(r"[ \t]*[.:](?=\s|$)")
#: The most a heading line holds: a headline, not a paragraph.
HEADING_CHARS = 120
#: The most a heading in capitals holds ("SOCIETÀ: RICAVI IN CRESCITA. FIRMATO CON X UN CONTRATTO DI ...").
CAPITALS_HEADING_CHARS = 300


def line_start(text: str, offset: int) -> int:
    """Where the line holding ``offset`` starts."""
    return text.rfind("\n", 0, offset) + 1


def line_end(text: str, offset: int) -> int:
    """Where the line holding ``offset`` ends: its line break, or the end of the text."""
    end = text.find("\n", offset)
    return len(text) if end < 0 else end


def opens_a_line(text: str, start: int) -> bool:
    """Only blanks stand between the line's start and ``start``."""
    return not text[line_start(text, start) : start].strip()


def in_heading(text: str, offset: int) -> bool:
    """``offset`` is on a heading: a short line (a longer one in capitals) that no sentence punctuation
    ends, with text after it; not an item of a list ("- esclusiva per l'Italia", "2) durata di cinque
    anni")."""
    end = line_end(text, offset)
    if not text[end:].strip():
        return False
    line = text[line_start(text, offset) : end].strip()
    listed = LIST_ITEM.match(line) is not None
    capitals = not any(char.islower() for char in line)  # a release's headline may run long
    short = len(line) <= (CAPITALS_HEADING_CHARS if capitals else HEADING_CHARS)
    return not listed and short and not CLOSED_LINE.search(line)


def labels_an_item(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` opens an item of a list and a full stop or a colon closes it: the item's label
    ("- Esclusiva. Il consorzio venderà ...")."""
    opening = ITEM_MARK.fullmatch(text, line_start(text, start), start)
    return opening is not None and LABEL_END.match(text, end) is not None
