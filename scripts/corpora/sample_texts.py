"""Read the article bodies of ``corpora/samples`` as the gold files record them.

This is the corpus's own, deliberately simple reading of its sample files (independent of
``pipeline.read``), so the gold text does not inherit a reader bug:

* ``.txt`` / ``.md``: the front-matter block (``---`` ... ``---``) is cut; the text is everything
  after the closing line with leading newlines stripped.
* ``.json``: the object's ``text``; ``.jsonl``: one object a non-blank line, ``doc_id`` ``path#N``
  with ``N`` the 1-based line number.
* ``.html``: the ``<h1>`` headline and the ``<p>`` paragraphs inside ``<article>``, whitespace-collapsed
  and joined by a blank line (trafilatura, which the product's reader uses, keeps the headline as the
  first block, so the gold text does too).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

FRONT_MATTER = re.compile(
    r"""
    \A ---[ \t]*\n                 # opening line
    (?P<fields> (?:.*\n)*? )       # key: value lines
    ---[ \t]*\n                    # closing line
    """,
    re.VERBOSE,
)
FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z0-9_-]*)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.MULTILINE)
META_PUBLISHED = re.compile(
    r"""<meta \s+ property="article:published_time" \s+ content="(?P<date>[0-9-]+)" """, re.VERBOSE
)


@dataclass(frozen=True)
class SampleText:
    """One document of the sample corpus: its ``doc_id``, publication date, title and body text."""

    doc_id: str
    published: str | None
    title: str | None
    text: str


class _ArticleParagraphs(HTMLParser):
    """Collect the text of ``<p>`` elements inside ``<article>``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.in_article = 0
        self.in_paragraph = False
        self.paragraphs: list[str] = []
        self.title: str | None = None
        self._buffer: list[str] = []
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "article":
            self.in_article += 1
        elif tag == "p" and self.in_article:
            self.in_paragraph, self._buffer = True, []
        elif tag == "h1" and self.in_article:
            self._in_h1, self._buffer = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "article":
            self.in_article -= 1
        elif tag == "p" and self.in_paragraph:
            self.paragraphs.append(" ".join("".join(self._buffer).split()))
            self.in_paragraph = False
        elif tag == "h1" and self._in_h1:
            self.title = " ".join("".join(self._buffer).split())
            self._in_h1 = False

    def handle_data(self, data: str) -> None:
        if self.in_paragraph or self._in_h1:
            self._buffer.append(data)


def read_sample(path: Path, root: Path) -> Iterator[SampleText]:
    """Yield the document(s) of one sample file, ``doc_id`` relative to ``root``."""
    doc_id = path.relative_to(root).as_posix()
    raw = path.read_text(encoding="utf-8")
    suffix = path.suffix.lower()
    if suffix in {".txt", ".md"}:
        match = FRONT_MATTER.match(raw)
        fields = {m["key"].lower(): m["value"] for m in FIELD.finditer(match["fields"])} if match else {}
        body = raw[match.end() :] if match else raw
        yield SampleText(doc_id, fields.get("published"), fields.get("title"), body.lstrip("\n"))
    elif suffix == ".json":
        item = json.loads(raw)
        yield SampleText(doc_id, item.get("published"), item.get("title"), item["text"])
    elif suffix == ".jsonl":
        for number, line in enumerate(raw.split("\n"), start=1):
            if line.strip():
                item = json.loads(line)
                yield SampleText(f"{doc_id}#{number}", item.get("published"), item.get("title"), item["text"])
    elif suffix in {".html", ".htm"}:
        parser = _ArticleParagraphs()
        parser.feed(raw)
        published = META_PUBLISHED.search(raw)
        yield SampleText(
            doc_id,
            published["date"] if published else None,
            parser.title,
            "\n\n".join([parser.title, *parser.paragraphs] if parser.title else parser.paragraphs),
        )
    else:
        raise ValueError(f"unsupported sample format: {path}")


def iter_samples(root: Path) -> Iterator[SampleText]:
    """Yield every document under ``root`` in ``doc_id`` order."""
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        yield from read_sample(path, root)
