"""Readers: files and folders of articles -> ``Article`` objects, every input accounted for.

>>> from pipeline.read import iter_articles
>>> for article in iter_articles(["corpora/samples"], published="2025-01-21"):  # doctest: +SKIP
...     print(article.doc_id, article.status, article.error)

Formats (by suffix, case-insensitive): ``.txt`` and ``.md`` (optional front matter, see
``pipeline.read.front_matter``), ``.json`` (an object with ``text``; optional ``title``,
``published``, ``url``, ``id``), ``.jsonl`` (one such object a line, ``doc_id`` ``path#N``),
``.html``/``.htm`` (main text by trafilatura). Other files are yielded with status "skipped".

Every file, and every non-blank ``.jsonl`` line, gives exactly one ``Article`` whose ``status`` is
"ok", "empty", "error" (with a specific message, see ``pipeline.read.errors``) or "skipped"; reading
never raises for a bad document. Encodings are detected (see ``pipeline.read.decode``) and recorded.
Folders are searched recursively in sorted order; hidden names are left out (``pipeline.read.files``).
Files over 512 MB are reported (``file too large``), except UTF-8 and single-byte ``.jsonl`` files,
which are streamed line by line (``pipeline.read.jsonl_stream``). Long texts are cut for the NLP
pipeline by ``split_for_nlp``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from pipeline.errors import E001_BAD_PUBLISHED, UsageError
from pipeline.read.article import STATUSES, Article, sha256_hex
from pipeline.read.chunks import MAX_CHARS, iter_chunks, split_for_nlp
from pipeline.read.decode import decode_bytes
from pipeline.read.errors import FOLDER_LINK, READER_FAILED, UNSUPPORTED_SUFFIX, ReadError
from pipeline.read.files import InputFile, MissingPathError, check_paths, iter_input_files, read_bytes
from pipeline.read.html import read_html
from pipeline.read.json_docs import read_json, read_jsonl
from pipeline.read.jsonl_stream import stream_jsonl
from pipeline.read.plain import read_plain
from pipeline.read.published import parse_published

__all__ = [
    "MAX_CHARS",
    "MissingPathError",
    "STATUSES",
    "SUPPORTED_SUFFIXES",
    "Article",
    "iter_articles",
    "iter_chunks",
    "parse_published",
    "read_file",
    "split_for_nlp",
]

Reader = Callable[..., Iterator[Article]]

#: Suffix (lower case) -> reader of the decoded file.
READERS: dict[str, Reader] = {
    ".txt": read_plain,
    ".md": read_plain,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".html": read_html,
    ".htm": read_html,
}

#: The file suffixes the readers understand (lower case; matching is case-insensitive).
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(READERS)


def iter_articles(
    paths: Iterable[str | os.PathLike[str]],
    *,
    published: date | str | None = None,
    root: Path | None = None,
) -> Iterator[Article]:
    """Yield one ``Article`` per input document under ``paths`` (files and folders), in a stable order.

    ``published`` is the default publication date for documents that do not give their own; ``root``
    is the folder ``doc_id`` values are relative to (default: each folder argument; a file argument
    alone gets its file name). The arguments are checked at once: a path that does not exist raises
    ``MissingPathError`` (a ``FileNotFoundError``) and a bad ``published`` raises ``UsageError`` (a
    ``ValueError``), both ``pipeline.errors.UsageError``; problems of single documents never raise,
    they become articles with status "error", "empty" or "skipped".
    """
    checked = check_paths(paths)
    try:
        default_published = parse_published(published)
    except ValueError as error:
        raise UsageError(E001_BAD_PUBLISHED.format(value=published)) from error
    return _generate(checked, default_published, Path(root) if root is not None else None)


def read_file(input_file: InputFile, *, default_published: date | None = None) -> Iterator[Article]:
    """Yield the article(s) of one file; every failure becomes an article, nothing raises."""
    base = {"doc_id": input_file.doc_id, "source": input_file.source}
    suffix = input_file.path.suffix.lower()
    if input_file.folder_link:
        yield Article(**base, status="skipped", error=FOLDER_LINK)
        return
    reader = READERS.get(suffix)
    if reader is read_jsonl:
        try:
            yield from stream_jsonl(input_file.path, **base, default_published=default_published)
        except Exception as error:  # a reader bug must not end a run of 100,000 articles
            yield Article(**base, status="error", error=_failure(error))
        return
    if reader is None:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        message = UNSUPPORTED_SUFFIX.format(suffix=suffix or "(none)", supported=supported)
        yield Article(**base, status="skipped", error=message)
        return
    try:
        raw = read_bytes(input_file.path)
    except ReadError as error:
        yield Article(**base, status="error", error=str(error))
        return
    digest = sha256_hex(raw)
    if not raw:
        yield Article(**base, status="empty", sha256=digest, published=default_published)
        return
    try:
        decoded = decode_bytes(raw)
    except ReadError as error:
        yield Article(**base, status="error", error=str(error), sha256=digest)
        return
    del raw
    try:
        yield from reader(
            decoded.text,
            **base,
            default_published=default_published,
            encoding=decoded.encoding,
            sha256=digest,
        )
    except Exception as error:  # a reader bug must not end a run of 100,000 articles
        yield Article(**base, status="error", error=_failure(error), encoding=decoded.encoding, sha256=digest)


def _failure(error: Exception) -> str:
    """The message of an unexpected reader failure: its type and first line."""
    reason = str(error).splitlines()[0] if str(error) else ""
    return READER_FAILED.format(kind=type(error).__name__, reason=reason)


def _generate(paths: list[Path], default_published: date | None, root: Path | None) -> Iterator[Article]:
    for input_file in iter_input_files(paths, root=root):
        yield from read_file(input_file, default_published=default_published)
