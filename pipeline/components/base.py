"""What every itnews component shares: spaCy's error-handler protocol and a pause of the garbage collector."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from spacy.util import raise_error

ErrorHandler = Callable[[str, Any, list, Exception], Any]


class ErrorHandling:
    """``get_error_handler`` / ``set_error_handler`` as spaCy's own pipes have them, so that
    ``nlp.set_error_handler`` and ``nlp.pipe`` error handling reach the itnews components too."""

    def get_error_handler(self) -> ErrorHandler:
        """The handler called when annotating a Doc fails (spaCy's default re-raises)."""
        return getattr(self, "_error_handler", raise_error)

    def set_error_handler(self, error_handler: ErrorHandler) -> None:
        """Set the handler called when annotating a Doc fails."""
        self._error_handler = error_handler


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a step allocates many small objects.

    Matching and building records allocate many small tuples, dicts and records (none of them cyclic);
    next to a loaded pipeline each collection walks millions of live objects, which made a long text's
    dates 2-3 times slower and its records a third slower.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
