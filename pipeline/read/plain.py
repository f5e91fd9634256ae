"""``.txt`` and ``.md`` articles: optional front matter (``pipeline.read.front_matter``), then the text."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from pipeline.read.article import Article
from pipeline.read.assemble import assemble_article
from pipeline.read.decode import clean_text
from pipeline.read.front_matter import split_front_matter


def read_plain(
    text: str, *, doc_id: str, source: str, default_published: date | None, encoding: str, sha256: str
) -> Iterator[Article]:
    """Yield the one ``Article`` of a decoded ``.txt``/``.md`` file."""
    fields, body = split_front_matter(clean_text(text))
    yield assemble_article(
        doc_id=doc_id,
        source=source,
        text=body,
        fields=fields,
        default_published=default_published,
        encoding=encoding,
        sha256=sha256,
    )
