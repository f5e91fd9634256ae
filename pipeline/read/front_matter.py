"""The front-matter convention of ``.txt`` and ``.md`` articles.

An article file MAY start with a front-matter block::

    ---
    title: Acme compra Beta
    published: 2025-03-04
    url: https://example.it/acme-beta
    id: acme-beta-2025
    ---

    Milano, 4 marzo. Acme ha annunciato...

* the very first line is exactly ``---`` (trailing spaces allowed);
* then up to ``MAX_LINES`` lines ``key: value`` (keys are case-insensitive letters, digits, ``_`` or
  ``-``; values may be wrapped in single or double quotes; blank lines and ``#`` comment lines are
  ignored; unknown keys are kept but unused);
* then a closing line ``---`` (or ``...``);
* the article text is everything after the closing line, with leading newlines removed.

When the first line is not ``---``, or no well-formed block follows, the whole file is the text.
"""

from __future__ import annotations

import re

#: A front-matter block longer than this is not front matter (it is an article that starts with ---).
MAX_LINES = 50

_OPENING = re.compile(r"^---[ \t]*$")
_CLOSING = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
_FIELD = re.compile(
    r"""
    ^ [ \t]* (?P<key> [A-Za-z][A-Za-z0-9_-]* ) [ \t]* : [ \t]*   # key and colon
    (?P<value> .*? ) [ \t]* $                                   # value, trimmed
    """,
    re.VERBOSE,
)
_IGNORED = re.compile(r"^[ \t]*(?:\#.*)?$")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split ``text`` into (front-matter fields, article text); fields are {} when there is no block.

    >>> split_front_matter("---\\ntitle: 'Acme'\\npublished: 2025-03-04\\n---\\n\\nTesto.")
    ({'title': 'Acme', 'published': '2025-03-04'}, 'Testo.')
    >>> split_front_matter("Solo testo.")
    ({}, 'Solo testo.')
    """
    lines = text.split("\n", MAX_LINES + 2)
    if not lines or not _OPENING.match(lines[0]):
        return {}, text
    fields: dict[str, str] = {}
    for index, line in enumerate(lines[1 : MAX_LINES + 2], start=1):
        if _CLOSING.match(line):
            body = "\n".join(lines[index + 1 :]) if index + 1 < len(lines) else ""
            return fields, body.lstrip("\n")
        field = _FIELD.match(line)
        if field:
            fields[field["key"].lower()] = _unquote(field["value"])
        elif not _IGNORED.match(line):
            return {}, text
    return {}, text


def _unquote(value: str) -> str:
    """Remove one pair of matching surrounding quotes."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value
