"""One row per contract term per document: merge repeated mentions, link clauses to their agreement.

A mention is a dict built by the terms component: type, layer, start, end, text, sentence (index),
status, explicit (a cue decided the status), certainty, parties ([(name, org_id, role)]), money
(a money item or None), percentage, start_date, end_date, duration, date_ids.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipeline.normalize.terms_lexicon import STATUS_PRECEDENCE

#: Deal types that are agreements a clause can belong to, best first.
AGREEMENT_TYPES = (
    "PARTNERSHIP",
    "SUPPLY_SERVICE_CONTRACT",
    "JOINT_VENTURE",
    "FINANCING",
    "INVESTMENT_STAKE",
    "ACQUISITION",
    "MERGER",
)
_RANK = {status: rank for rank, status in enumerate(STATUS_PRECEDENCE)}


def _names(mention: dict[str, Any]) -> frozenset[str]:
    return frozenset(name for name, _, _ in mention["parties"])


def _compatible(group: list[dict[str, Any]], mention: dict[str, Any]) -> bool:
    names = _names(mention)
    group_names = frozenset().union(*(_names(m) for m in group))
    if names and group_names and not (names <= group_names or group_names <= names):
        return False
    amounts = {m["money"]["amount"] for m in group if m.get("money")}
    if mention.get("money") and amounts and mention["money"]["amount"] not in amounts:
        return False  # another amount is another deal or tranche
    if mention["layer"] == "clause" and mention["explicit"]:
        statuses = {m["status"] for m in group if m["explicit"]}
        if statuses and mention["status"] not in statuses:
            return False
    return True


def group_mentions(mentions: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Group mentions of the same term: same type, nested party sets, no different amounts and (for
    clauses, whose objects differ more often) no conflicting explicit status. Mentions are taken in
    document order."""
    groups: list[list[dict[str, Any]]] = []
    for mention in sorted(mentions, key=lambda m: m["start"]):
        candidates = [g for g in groups if g[0]["type"] == mention["type"] and _compatible(g, mention)]
        if not candidates:
            groups.append([mention])
            continue
        names = _names(mention)
        best = max(
            candidates,
            key=lambda g: (len(names & frozenset().union(*(_names(m) for m in g))), g[-1]["start"]),
        )
        best.append(mention)
    return groups


def _first(members: Sequence[dict[str, Any]], key: str) -> Any:
    for member in members:
        if member.get(key):
            return member[key]
    return None


def merge_group(group: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The row of one group: the mention deciding the status gives the offsets, the others are listed."""
    explicit = [m for m in group if m["explicit"]]
    if explicit:
        deciding = min(explicit, key=lambda m: (_RANK[m["status"]], m["start"]))
    else:
        deciding = group[0]
    ordered = [deciding] + [m for m in group if m is not deciding]
    parties: list[tuple[str, str, str]] = []
    for member in ordered:
        for party in member["parties"]:
            if party[0] not in {p[0] for p in parties}:
                parties.append(party)
    row = dict(deciding)
    row["parties"] = parties
    for key in ("money", "percentage", "start_date", "end_date", "duration"):
        row[key] = _first(ordered, key)
    row["date_ids"] = sorted({i for m in ordered for i in m.get("date_ids", [])}, key=lambda s: int(s[1:]))
    row["sentences"] = sorted({m["sentence"] for m in group})
    row["mentions"] = sorted([m["start"], m["end"]] for m in group if m is not deciding)
    return row


def link_agreements(rows: list[dict[str, Any]]) -> None:
    """Set ``agreement_index`` on clause rows: the deal row they belong to (shared parties, same
    sentence, agreement-like type, closest before), and lend that deal's parties to party-less clauses."""
    deals = [(i, r) for i, r in enumerate(rows) if r["layer"] == "deal"]
    for row in rows:
        row["agreement_index"] = None
        if row["layer"] != "clause" or not deals:
            continue
        names = {p[0] for p in row["parties"]}

        def score(
            item: tuple[int, dict[str, Any]], names: set[str] = names, row: dict[str, Any] = row
        ) -> tuple:
            _, deal = item
            shared = len(names & {p[0] for p in deal["parties"]})
            same_sentence = bool(set(row["sentences"]) & set(deal["sentences"]))
            kind = (
                AGREEMENT_TYPES.index(deal["type"])
                if deal["type"] in AGREEMENT_TYPES
                else len(AGREEMENT_TYPES)
            )
            before = deal["start"] <= row["start"]
            return (shared, same_sentence, -kind, before, -abs(deal["start"] - row["start"]))

        candidates = [
            d for d in deals if not names or not d[1]["parties"] or names & {p[0] for p in d[1]["parties"]}
        ]
        if not candidates:
            continue
        index, deal = max(candidates, key=score)
        row["agreement_index"] = index
        if not row["parties"] and deal["parties"]:
            row["parties"] = [(name, org_id, "party") for name, org_id, _ in deal["parties"]]
