"""``.html``/``.htm`` pages: the main text extracted by trafilatura, paragraphs separated by blank lines.

Title, publication date and canonical URL come from the page's own metadata (``<title>``,
``og:*``, ``article:published_time``...), as trafilatura reads them without searching the body
text for dates. Navigation, footers and comments are left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from pipeline.read.article import Article
from pipeline.read.assemble import assemble_article
from pipeline.read.decode import clean_text
from pipeline.read.errors import NO_MAIN_TEXT


def read_html(
    text: str, *, doc_id: str, source: str, default_published: date | None, encoding: str, sha256: str
) -> Iterator[Article]:
    """Yield the one ``Article`` of a decoded HTML page ("empty" with a message when it has no main text)."""
    import trafilatura  # slow to import; only needed for HTML

    base = {"doc_id": doc_id, "source": source, "encoding": encoding, "sha256": sha256}
    if not text.strip():
        yield Article(**base, status="empty")
        return
    extracted = trafilatura.extract(text, output_format="txt", include_comments=False, favor_recall=True)
    metadata = trafilatura.extract_metadata(text, extensive=False)
    fields = {
        "title": getattr(metadata, "title", None),
        "published": getattr(metadata, "date", None),
        "url": getattr(metadata, "url", None),
    }
    body = _paragraphs(clean_text(extracted or ""))
    if not body:
        article = assemble_article(**base, text="", fields=fields, default_published=default_published)
        yield replace(article, error=article.error or NO_MAIN_TEXT)
        return
    yield assemble_article(**base, text=body, fields=fields, default_published=default_published)


def _paragraphs(extracted: str) -> str:
    """trafilatura puts one block per line; separate blocks by a blank line, as in the text formats."""
    blocks = (line.strip() for line in extracted.split("\n"))
    return "\n\n".join(block for block in blocks if block)
