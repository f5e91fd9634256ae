"""Metadata fields + body text -> ``Article``: the one place statuses and field errors are decided."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from pipeline.read.article import Article
from pipeline.read.decode import clean_text
from pipeline.read.errors import FIELD_NOT_STRING, TEXT_NOT_STRING, ReadError
from pipeline.read.published import parse_published

_WHITESPACE_RUN = re.compile(r"\s+")


def assemble_article(
    *,
    doc_id: str,
    source: str,
    text: object,
    fields: Mapping[str, object],
    default_published: date | None,
    encoding: str | None,
    sha256: str | None,
) -> Article:
    """Build the ``Article`` for a readable document.

    ``text`` is the body as cleaned by ``clean_text`` (a non-string gives an error article). ``fields``
    holds the document's own metadata (``title``, ``published``, ``url``, ``id``); a ``published``
    field wins over ``default_published``. A text with nothing but whitespace gives status "empty";
    a bad field gives status "error" with a specific message, keeping the text.
    """
    base = {"doc_id": doc_id, "source": source, "encoding": encoding, "sha256": sha256}
    if not isinstance(text, str):
        return Article(**base, status="error", error=TEXT_NOT_STRING)
    body = text
    try:
        title = _one_line(_string_field(fields, "title"))
        url = _one_line(_string_field(fields, "url"))
        external_id = _one_line(_string_field(fields, "id", allow_number=True))
    except ReadError as error:
        return Article(**base, text=body, status="error", error=str(error))
    described = {**base, "text": body, "title": title, "url": url, "external_id": external_id}
    published = default_published
    if fields.get("published") not in (None, ""):
        try:
            published = parse_published(fields["published"])
        except ValueError as error:
            return Article(**described, status="error", error=str(error))
    status = "ok" if body.strip() else "empty"
    return Article(**described, published=published, status=status)


def _string_field(fields: Mapping[str, object], name: str, *, allow_number: bool = False) -> str | None:
    """The field as text, ``None`` when absent; raise ``ReadError`` when it is not a string."""
    value = fields.get(name)
    if value is None or isinstance(value, str):
        return value
    if allow_number and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise ReadError(FIELD_NOT_STRING.format(field=name))


def _one_line(value: str | None) -> str | None:
    """Clean a metadata value to a single trimmed line; empty becomes ``None``."""
    if value is None:
        return None
    value = _WHITESPACE_RUN.sub(" ", clean_text(value)).strip()
    return value or None
