"""``.json`` (one object) and ``.jsonl`` (one object a line) articles.

Each object has a ``text`` string and optionally ``title``, ``published``, ``url`` and ``id``. In a
``.jsonl`` file every non-blank line is its own article, ``doc_id`` ``<path>#<line number>``; a broken
line becomes an error article and the other lines still come.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

from pipeline.read.article import Article, sha256_hex
from pipeline.read.assemble import assemble_article
from pipeline.read.decode import clean_serialized, clean_text
from pipeline.read.errors import INVALID_JSON, NO_TEXT_FIELD, NOT_AN_OBJECT, ReadError


def read_json(
    text: str, *, doc_id: str, source: str, default_published: date | None, encoding: str, sha256: str
) -> Iterator[Article]:
    """Yield the one ``Article`` of a decoded ``.json`` file."""
    yield article_from_json(
        clean_serialized(text),
        first_line=1,
        doc_id=doc_id,
        source=source,
        default_published=default_published,
        encoding=encoding,
        sha256=sha256,
    )


def read_jsonl(
    text: str, *, doc_id: str, source: str, default_published: date | None, encoding: str, sha256: str
) -> Iterator[Article]:
    """Yield one ``Article`` per non-blank line of a decoded ``.jsonl`` file (an "empty" one if none).

    Used for the files ``pipeline.read.jsonl_stream`` cannot stream (UTF-16/32). ``sha256`` of each
    line's article is the digest of that line in UTF-8; the file digest is used only for the "empty"
    article of a file without lines.
    """
    found = False
    for number, line in _numbered_lines(clean_serialized(text)):
        if not line.strip():
            continue
        found = True
        yield article_from_json(
            line,
            first_line=number,
            doc_id=f"{doc_id}#{number}",
            source=source,
            default_published=default_published,
            encoding=encoding,
            sha256=sha256_hex(line.encode("utf-8")),
        )
    if not found:
        yield Article(
            doc_id=doc_id,
            source=source,
            published=default_published,
            status="empty",
            encoding=encoding,
            sha256=sha256,
        )


def article_from_json(
    serialized: str,
    *,
    first_line: int,
    doc_id: str,
    source: str,
    default_published: date | None,
    encoding: str,
    sha256: str,
) -> Article:
    """Parse one JSON object (``first_line`` is its line in the file) into an ``Article``.

    Parse and shape errors become error articles.
    """
    base = {"doc_id": doc_id, "source": source, "encoding": encoding, "sha256": sha256}
    try:
        fields = _parse_object(serialized, first_line=first_line)
    except ReadError as error:
        return Article(**base, status="error", error=str(error))
    if "text" not in fields or fields["text"] is None:
        return Article(**base, status="error", error=NO_TEXT_FIELD)
    text = fields["text"]
    body = clean_text(text) if isinstance(text, str) else text
    return assemble_article(**base, text=body, fields=fields, default_published=default_published)


def _parse_object(serialized: str, *, first_line: int) -> dict:
    """``json.loads`` that raises ``ReadError`` with the line number (in the file) of the problem."""
    try:
        value = json.loads(serialized, strict=False)
    except json.JSONDecodeError as error:
        reason = f"{error.msg} (column {error.colno})"
        raise ReadError(INVALID_JSON.format(line=first_line + error.lineno - 1, reason=reason)) from None
    except RecursionError:
        raise ReadError(INVALID_JSON.format(line=first_line, reason="nesting too deep")) from None
    if not isinstance(value, dict):
        raise ReadError(NOT_AN_OBJECT.format(kind=type(value).__name__))
    return value


def _numbered_lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield (1-based line number, line) without building a list of every line of a large file."""
    start, number = 0, 1
    while start < len(text):
        end = text.find("\n", start)
        if end == -1:
            end = len(text)
        yield number, text[start:end]
        start, number = end + 1, number + 1
