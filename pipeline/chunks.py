"""Put the annotations of a long text's chunks (cut by ``pipeline.read.split_for_nlp``) back together."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

#: Prefix of the ids each kind of annotation carries (``O1``, ``M2``...).
ID_PREFIXES = {"organizations": "O", "money": "M", "dates": "D", "terms": "T"}


def _shift(item: dict[str, Any], offset: int, ids: dict[str, str]) -> dict[str, Any]:
    out = dict(item)
    out["start"] = item["start"] + offset
    out["end"] = item["end"] + offset
    out["id"] = ids[item["id"]]
    if "mentions" in item:
        out["mentions"] = [[s + offset, e + offset] for s, e in item.get("mentions") or ()]
    for key in ("money_id", "agreement_id"):
        if item.get(key):
            out[key] = ids.get(item[key], item[key])
    for key in ("party_ids", "date_ids"):
        if item.get(key):
            out[key] = [ids.get(v, v) for v in item[key]]
    return out


def merge_chunks(
    parts: Sequence[tuple[int, Sequence[tuple[int, int]], dict[str, list[dict[str, Any]]]]],
    n_chars: int,
) -> tuple[list[tuple[int, int]], dict[str, list[dict[str, Any]]]]:
    """Sentence spans and annotations of a whole text from those of its chunks.

    ``parts`` holds ``(offset, sentence_spans, annotations)`` per chunk. Offsets are shifted into the
    whole text and ids renumbered so they stay unique (references between records follow).
    """
    if len(parts) == 1 and parts[0][0] == 0:
        offset, sents, annotations = parts[0]
        return list(sents) or [(0, n_chars)], annotations
    spans: list[tuple[int, int]] = []
    merged: dict[str, list[dict[str, Any]]] = {kind: [] for kind in ID_PREFIXES}
    counters = dict.fromkeys(ID_PREFIXES, 0)
    for offset, sents, annotations in parts:
        spans.extend((s + offset, e + offset) for s, e in sents)
        ids: dict[str, str] = {}
        for kind, prefix in ID_PREFIXES.items():
            for item in annotations.get(kind, ()):
                counters[kind] += 1
                ids[item["id"]] = f"{prefix}{counters[kind]}"
        for kind in ID_PREFIXES:
            merged[kind].extend(_shift(item, offset, ids) for item in annotations.get(kind, ()))
    return spans or [(0, n_chars)], merged
