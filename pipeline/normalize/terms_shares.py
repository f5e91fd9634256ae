"""The owner of the shares a pre-emption right or an option is on: its grantor.

"Il patto dà al fondo un diritto di prelazione sulle quote della famiglia" binds the family's holding,
"Sul restante 30% X potrà esercitare un'opzione call" the seller who kept the rest of the company just
bought, "un diritto di prelazione sulle quote degli altri soci" the company itself. The text names the
shares (``lexicon.share_object``) and whose they are, in words the lexicon sorts into four kinds of owner
(``share_owner_cues``): an organization named with them, a family holding, the holder of a remaining
stake, the company.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from pipeline.normalize.terms_arguments import name_id as _name_id
from pipeline.normalize.terms_lexicon import TermLexicon

#: Clause types whose counterparty is the owner of the shares they are on.
SHARE_CLAUSES = frozenset({"RIGHT_OF_FIRST_REFUSAL"})
#: The clause type of the rights to sell with, or to drag along, whoever sells control.
CONTROL_SALE_CLAUSE = "CHANGE_OF_CONTROL_TRANSFER"
#: The smallest share that is control of a company (percent).
CONTROL = 50.0
#: A condition opening right before the seller of control ("se", "qualora", "nel caso in cui" and an article).
CONDITION_BEFORE = re.compile(
    r"\b(?:se|qualora|nel\s+caso\s+(?:in\s+cui|che))\s+(?:(?:il|la|lo|l'|i|gli|le)\s*)?$", re.IGNORECASE
)
#: A verb of selling right after the seller of control ("se Baroni Holding cedesse il controllo").
SELLS_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:ced|vend)\w*", re.IGNORECASE)
#: Deals that leave a seller holding the rest of a company, or a holder named for it.
STAKE_DEALS = frozenset({"ACQUISITION", "INVESTMENT_STAKE"})
#: How many sentences back a purchase still tells whose the remaining shares are.
REACH = 3
#: Where the words naming the shares end: the end of the clause.
CLAUSE_END = re.compile(r"[.;:!?\n]")
#: The longest stretch read after a trigger for the shares it is on (characters).
WINDOW = 100
#: A preposition before an organization named as the owner of shares ("sulle quote di X").
OWNER_PREPOSITION = re.compile(r"(?:di|del|della|dello|dell'|dei|degli|da|dal|dalla)\s*$", re.IGNORECASE)


def share_owners(
    text: str,
    rows: list[dict[str, Any]],
    orgs: Sequence[dict[str, Any]],
    lexicon: TermLexicon,
    topic: dict[str, Any] | None,
) -> None:
    """Give each pre-emption right or option on shares the owner of those shares as its grantor, beside
    its holder (see the module's docstring); a row whose shares or owner the text leaves unsaid is left
    as it is."""
    for row in rows:
        if row["type"] not in SHARE_CLAUSES:
            continue
        start = text.rfind(".", 0, row["start"]) + 1
        stop = CLAUSE_END.search(text, row["end"], row["end"] + WINDOW)
        after = (row["end"], stop.start() if stop else min(len(text), row["end"] + WINDOW))
        lead = text[start : row["start"]]
        said_after = lexicon.share_object.search(text, *after)
        said_before = lexicon.remaining_share_before.search(lead)
        if said_after is None and said_before is None:
            continue
        span = (said_after.start(), after[1]) if said_after else (start, row["start"])
        # the stakes told before the row ("un accordo per acquistare ... Il closing"), not own spending
        earlier = sorted(
            (
                r
                for r in rows
                if r["type"] in STAKE_DEALS
                and _told_before(r, row["start"]) is not None
                and not (r["percentage"] is None and lexicon.own_investment.search(r["text"]))
            ),
            key=lambda r: _told_before(r, row["start"]),
        )
        owner = _owner(text, span, row, earlier, orgs, lexicon, topic)
        if owner is None:
            continue
        info = lexicon.types[row["type"]]
        holders = [p for p in row["parties"] if p[0] != owner[0] and p[2] == info.agent_role]
        holders = holders or [p for p in row["parties"] if p[0] != owner[0]]
        if not holders:  # "le parti hanno concordato opzioni", "al fondo": who bought or holds a stake last
            buyer = _last_buyer(row, earlier, lexicon, unlike=owner[0])
            holders = [(buyer[0], buyer[1], info.agent_role)] if buyer else []
        if holders:
            row["parties"] = [holders[0], (owner[0], owner[1], info.patient_role)]


def control_sellers(
    text: str,
    rows: list[dict[str, Any]],
    orgs: Sequence[dict[str, Any]],
    lexicon: TermLexicon,
) -> None:
    """A right to sell with, or to drag along, whoever sells control of the company (``tag_along``:
    "diritto di covendita", "drag-along") binds the holder of control, whom its condition names ("se
    Baroni Holding cedesse il controllo") or who holds the majority stake told just before ("se la
    famiglia cedesse"); it protects the minority holder told with it."""
    for row in rows:
        if row["type"] != CONTROL_SALE_CLAUSE or not lexicon.tag_along.search(row["text"]):
            continue
        stop = text.find(".", row["end"])
        after = (row["end"], stop if stop >= 0 else len(text))
        stakes = [
            r
            for r in sorted(
                (r for r in rows if r.get("stative") and r["type"] in STAKE_DEALS and r["percentage"]),
                key=lambda r: r["start"],
            )
            if r["start"] < row["start"] and row["sentence"] - r["sentence"] <= REACH
        ]
        majority = [r for r in stakes if r["percentage"] >= CONTROL]
        minority = [r for r in stakes if r["percentage"] < CONTROL]
        owner = next(
            (
                _name_id(o)
                for o in orgs
                if after[0] <= o["start"] < after[1]
                and CONDITION_BEFORE.search(text, after[0], o["start"])
                and SELLS_AFTER.match(text, o["end"])
            ),
            None,
        )
        if owner is None and majority:
            owner = _holder(majority[-1], lexicon)
        holder = _holder(minority[-1], lexicon) if minority else None
        if owner is None or holder is None or owner[0] == holder[0]:
            continue
        info = lexicon.types[row["type"]]
        row["parties"] = [(owner[0], owner[1], info.agent_role), (holder[0], holder[1], info.patient_role)]


def _holder(stake: dict[str, Any], lexicon: TermLexicon) -> tuple[str, str] | None:
    return _party(stake, lexicon.types[stake["type"]].agent_role)


def _party(deal: dict[str, Any], role: str | None, unlike: str | None = None) -> tuple[str, str] | None:
    """The name and id of the first party of ``deal`` in ``role`` (not named ``unlike``), if any."""
    found = next((p for p in deal["parties"] if p[2] == role and p[0] != unlike), None)
    return (found[0], found[1]) if found is not None else None


def _recent(row: dict[str, Any], earlier: Sequence[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The deals of ``earlier`` told in the ``REACH`` sentences before the row, the last first."""
    return (deal for deal in reversed(earlier) if row["sentence"] - deal["sentence"] <= REACH)


def _told_before(row: dict[str, Any], offset: int) -> int | None:
    """Where ``row`` was told before ``offset``: its trigger, else the first of its merged mentions that
    comes before (a deal named again after the clause, "Il closing è atteso"); None if nowhere."""
    if row["start"] < offset:
        return row["start"]
    return min((mention[0] for mention in row.get("mentions", ()) if mention[0] < offset), default=None)


def _owner(
    text: str,
    span: tuple[int, int],
    row: dict[str, Any],
    earlier: Sequence[dict[str, Any]],
    orgs: Sequence[dict[str, Any]],
    lexicon: TermLexicon,
    topic: dict[str, Any] | None,
) -> tuple[str, str] | None:
    words = text[span[0] : span[1]]
    for org in orgs:
        if span[0] <= org["start"] < span[1] and OWNER_PREPOSITION.search(text, span[0], org["start"]):
            return _name_id(org)  # "sulle quote di X"
    cues = lexicon.share_owner_cues
    if cues["family"].search(words):  # "sulle quote della famiglia", "che la holding volesse cedere"
        holding = lexicon.holding_vehicle
        holdings = [o for o in orgs if o["end"] <= row["start"] and holding.search(_name_id(o)[0])]
        return _name_id(holdings[-1]) if holdings else _company(row, earlier, lexicon, topic)
    if cues["remaining"].search(words):  # "sul restante 30%", "sulla loro quota", "sulle quote in vendita"
        return _seller(row, earlier, lexicon) or _company(row, earlier, lexicon, topic)
    if cues["company"].search(words):  # "sulle quote degli altri soci", "su ogni cessione di azioni"
        return _company(row, earlier, lexicon, topic)
    return None


def _seller(
    row: dict[str, Any], earlier: Sequence[dict[str, Any]], lexicon: TermLexicon
) -> tuple[str, str] | None:
    """The seller of the last stake told in the ``REACH`` sentences before the row, or the holder of a
    remaining stake told last ("il restante 60% è rimasto alla holding X"); None when that deal leaves it
    unnamed ("che resta ai fondatori")."""
    deal = next(_recent(row, earlier), None)
    if deal is None:
        return None
    info = lexicon.types[deal["type"]]
    return _party(deal, info.agent_role if deal.get("stative") else info.source_role)


def _last_buyer(
    row: dict[str, Any], earlier: Sequence[dict[str, Any]], lexicon: TermLexicon, unlike: str
) -> tuple[str, str] | None:
    """The buyer or holder of the last stake told in the ``REACH`` sentences before the row that is not
    ``unlike`` (the owner of the shares)."""
    found = (_party(deal, lexicon.types[deal["type"]].agent_role, unlike) for deal in _recent(row, earlier))
    return next((party for party in found if party is not None), None)


def _company(
    row: dict[str, Any], earlier: Sequence[dict[str, Any]], lexicon: TermLexicon, topic: dict[str, Any] | None
) -> tuple[str, str] | None:
    """The company whose shares the holder's stake is in: the investee or target of the last stake
    told near the row, else the article's company."""
    found = (_party(deal, lexicon.types[deal["type"]].patient_role) for deal in _recent(row, earlier))
    company = next((party for party in found if party is not None), None)
    return company or (_name_id(topic) if topic is not None else None)
