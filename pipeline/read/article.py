"""``Article``: one input document as the readers yield it, before any NLP."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

#: The statuses an ``Article`` can carry; only "ok" articles have text worth running the pipeline on.
STATUSES = ("ok", "empty", "error", "skipped")


@dataclass(frozen=True)
class Article:
    """One input document: a file, or one line of a ``.jsonl`` file.

    ``doc_id`` is stable across runs: the POSIX path relative to the folder root, plus ``#N`` for the
    N-th line (1-based) of a ``.jsonl``. ``source`` is the file path as it was found. ``published`` comes
    from the document itself (front matter, JSON field, HTML metadata) or else from the caller's
    default; it is never guessed from today's date. ``status`` is "ok", "empty" (no text after
    cleaning), "error" (``error`` says why) or "skipped" (unsupported file type). ``text`` keeps what
    could be read even when ``status`` is "error" (for example a bad ``published`` value).
    ``sha256`` is the hex digest of the raw file bytes, or of the UTF-8 line for a ``.jsonl`` line.
    ``external_id`` is the ``id`` the document gives itself (front matter or JSON), if any.
    """

    doc_id: str
    source: str
    text: str = ""
    title: str | None = None
    published: date | None = None
    url: str | None = None
    status: str = "ok"
    error: str | None = None
    encoding: str | None = None
    sha256: str | None = None
    external_id: str | None = None

    def __post_init__(self) -> None:
        if self.status not in STATUSES:
            raise ValueError(f"unknown article status {self.status!r}; expected one of {STATUSES}")

    @property
    def ok(self) -> bool:
        """True when the article has text the pipeline should process."""
        return self.status == "ok"


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 digest of ``data``.

    >>> sha256_hex(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()
