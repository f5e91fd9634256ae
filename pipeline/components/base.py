"""What every itnews component shares: spaCy's error-handler protocol."""

from __future__ import annotations

from collections.abc import Callable
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
