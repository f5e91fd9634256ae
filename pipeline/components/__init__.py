"""The itnews spaCy components; importing this package registers their factories."""

from __future__ import annotations

import importlib

for _module in ("organizations", "money", "dates", "terms"):
    try:
        importlib.import_module(f"pipeline.components.{_module}")
    except ModuleNotFoundError as exc:  # a component still being written is simply absent
        if exc.name != f"pipeline.components.{_module}":
            raise
