"""Error codes of itnews, in one place so that tests can assert on the code."""

from __future__ import annotations


class ItnewsError(Exception):
    """Base class of the errors raised by itnews; the message starts with its code (``E001: ...``)."""


class UsageError(ItnewsError, ValueError):
    """A caller passed something unusable (a missing folder, a bad date, an unknown model)."""


E001_BAD_PUBLISHED = "E001: published must be an ISO date (YYYY-MM-DD), a date or None, not {value!r}"
E002_BAD_OFFSETS = "E002: {kind} item has offsets that do not match its text: {item!r}"
E003_NO_SUCH_PATH = "E003: no such file or folder: {path}"
E004_BAD_MODEL = "E004: cannot load model {model!r}: {reason}"
E005_BAD_FORMAT = "E005: unknown output format {fmt!r}; use csv and/or parquet"
E006_BAD_ENGINE = "E006: unknown engine {engine!r}; use local or dask"
E007_OUTPUT_AS_INPUT = (
    "E007: {path} is an itnews output folder (manifest.json and parts/), not articles: "
    "give the folder of the articles instead"
)
