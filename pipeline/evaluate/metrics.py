"""Precision, recall and F1 from counts, and span overlap: the arithmetic every scorer shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the half-open spans ``[a_start, a_end)`` and ``[b_start, b_end)`` share a character."""
    return a_start < b_end and b_start < a_end


@dataclass
class Score:
    """Counts of true positives, false positives and false negatives, with the misses kept."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[Any] = field(default_factory=list)
    false_alarms: list[Any] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self, limit: int = 50) -> dict[str, Any]:
        """Rounded figures and the first ``limit`` misses and false alarms."""
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "misses": self.misses[:limit],
            "false_alarms": self.false_alarms[:limit],
        }
