"""The messages a reader puts in ``Article.error``: one constant per failure, so tests assert on them.

Messages are short, lower-case and specific; the ones that carry details are format strings.
"""

from __future__ import annotations

BINARY_FILE = "binary file"
UNDECODABLE = "not UTF-8 and no encoding could be detected"
PERMISSION_DENIED = "permission denied"
FILE_NOT_FOUND = "file not found"
NOT_A_REGULAR_FILE = "not a regular file"
CANNOT_READ = "cannot read file: {reason}"
FILE_TOO_LARGE = "file too large: {size} MB (limit {limit} MB)"
UNSUPPORTED_SUFFIX = "unsupported file type {suffix} (supported: {supported})"
FOLDER_LINK = "link to a folder, not followed"
NO_TEXT_FIELD = "no text field"
TEXT_NOT_STRING = "text field is not a string"
NOT_AN_OBJECT = "expected a JSON object, got {kind}"
INVALID_JSON = "invalid JSON at line {line}: {reason}"
INVALID_PUBLISHED = "invalid published date {value!r}"
FIELD_NOT_STRING = "{field} field is not a string"
NO_MAIN_TEXT = "no main text found in the HTML page"
READER_FAILED = "reader failed: {kind}: {reason}"


class ReadError(Exception):
    """A document could not be read; ``str(error)`` is the message recorded in ``Article.error``."""
