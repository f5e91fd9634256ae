"""``.jsonl`` files streamed line by line: memory is bounded by the longest line, not by the file.

A multi-gigabyte export of a newsroom's archive is one ``.jsonl``; it is never held in memory whole.
Each line is decoded on its own (UTF-8, else the encoding detected for that line), so one line in
Windows-1252 among UTF-8 ones still comes out right. UTF-16/32 files and binary data (where a
``\\n`` byte is no line end) are read whole by ``pipeline.read.json_docs.read_jsonl``.
``sha256`` of a line's article is the digest of the line's raw bytes (without its line end).
"""

from __future__ import annotations

import codecs
import hashlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from pipeline.read.article import Article, sha256_hex
from pipeline.read.decode import SNIFF_BYTES, clean_serialized, decode_bytes, splits_into_lines
from pipeline.read.errors import CANNOT_READ, ReadError
from pipeline.read.files import open_regular, read_bytes
from pipeline.read.json_docs import article_from_json, read_jsonl


def stream_jsonl(
    path: Path, *, doc_id: str, source: str, default_published: date | None
) -> Iterator[Article]:
    """Yield one ``Article`` per non-blank line of the ``.jsonl`` at ``path`` (an "empty" one if none)."""
    base = {"doc_id": doc_id, "source": source}
    try:
        with open_regular(path) as handle:
            head = handle.read(SNIFF_BYTES)
            if splits_into_lines(head):
                handle.seek(0)
                yield from _lines(handle, doc_id=doc_id, source=source, default_published=default_published)
                return
    except ReadError as error:
        yield Article(**base, status="error", error=str(error))
        return
    yield from _whole(path, doc_id=doc_id, source=source, default_published=default_published)


def _lines(handle, *, doc_id: str, source: str, default_published: date | None) -> Iterator[Article]:
    """The articles of a file whose lines decode one by one."""
    digest = hashlib.sha256()
    number, found, utf8 = 0, False, "utf-8"
    try:
        for raw_line in handle:
            digest.update(raw_line)
            number += 1
            line = raw_line.rstrip(b"\n").rstrip(b"\r")
            if number == 1 and line.startswith(codecs.BOM_UTF8):
                line, utf8 = line[len(codecs.BOM_UTF8) :], "utf-8-sig"
            if not line.strip():
                continue
            found = True
            base = {"doc_id": f"{doc_id}#{number}", "source": source, "sha256": sha256_hex(line)}
            try:
                text, encoding = line.decode("utf-8"), utf8
            except UnicodeDecodeError:
                try:
                    decoded = decode_bytes(line)
                except ReadError as error:
                    yield Article(**base, status="error", error=str(error))
                    continue
                text, encoding = decoded.text, decoded.encoding
            yield article_from_json(
                clean_serialized(text),
                first_line=number,
                default_published=default_published,
                encoding=encoding,
                **base,
            )
    except OSError as error:
        reason = CANNOT_READ.format(reason=error.strerror or error)
        yield Article(doc_id=f"{doc_id}#{number + 1}", source=source, status="error", error=reason)
        return
    if not found:
        yield Article(
            doc_id=doc_id,
            source=source,
            published=default_published,
            status="empty",
            encoding=utf8,
            sha256=digest.hexdigest(),
        )


def _whole(path: Path, *, doc_id: str, source: str, default_published: date | None) -> Iterator[Article]:
    """The articles of a UTF-16/32 (or binary) file, decoded as a whole."""
    base = {"doc_id": doc_id, "source": source}
    try:
        raw = read_bytes(path)
        digest = sha256_hex(raw)
    except ReadError as error:
        yield Article(**base, status="error", error=str(error))
        return
    try:
        decoded = decode_bytes(raw)
    except ReadError as error:
        yield Article(**base, status="error", error=str(error), sha256=digest)
        return
    del raw
    yield from read_jsonl(
        decoded.text, **base, default_published=default_published, encoding=decoded.encoding, sha256=digest
    )
