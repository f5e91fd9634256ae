"""One row per contract term per document: merge repeated mentions, link clauses to their agreement.

A mention is a dict built by the terms component: type, layer, start, end, text, sentence (index),
status, explicit (a cue decided the status), certainty, parties ([(name, org_id, role)]), money
(a money item or None), percentage, start_date, end_date, duration, date_ids.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Sequence
from typing import Any

from pipeline.normalize.terms_arguments import SALE_TRIGGER
from pipeline.normalize.terms_lexicon import STATUS_PRECEDENCE, TermLexicon, TypeInfo

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
#: Agreements whose clauses (exclusivity, duration, penalties...) news report most.
CONTRACT_TYPES = frozenset({"PARTNERSHIP", "SUPPLY_SERVICE_CONTRACT", "JOINT_VENTURE", "LICENSE_IP"})
#: Deals that buy into a company: their patient is the company whose capital is spoken of.
BUYING_TYPES = frozenset({"ACQUISITION", "INVESTMENT_STAKE"})
#: Clauses that state the time bounds of their agreement.
BOUNDING_TYPES = frozenset({"TERM_DURATION", "RENEWAL_EXTENSION"})
#: Types an "accordo" / "l'intesa" can stand for.
AGREEMENT_LIKE = frozenset(AGREEMENT_TYPES) | {"LICENSE_IP"}
#: Agreements a bare "l'accordo" / "l'intesa" names only when no other agreement is there.
LOANS = frozenset({"FINANCING"})
#: Deals that close: "il closing", "il perfezionamento" name them, never a supply contract or a licence.
CLOSING_TYPES = frozenset({"ACQUISITION", "MERGER", "INVESTMENT_STAKE", "JOINT_VENTURE", "FINANCING"})
#: The deals an offer bids for: "l'offerta" names one of them again, never a contract or a loan.
BID_TYPES = frozenset({"ACQUISITION", "MERGER", "INVESTMENT_STAKE"})
#: Statuses a clause without its own cue takes from its agreement: the clauses of a deal awaiting
#: approval wait with it. A future in a planned deal's clause states an obligation (active), and a break
#: fee of a cancelled deal is still due, so other statuses are not passed down.
INHERITED_STATUSES = frozenset({"pending"})
#: Statuses of a deal not done yet, which a contract starting at its closing shares.
WAITING = frozenset({"pending", "planned"})
#: What a bare later mention ("l'operazione è saltata", "l'accordo è subordinato...") can change.
LATER_EVENTS = frozenset({"cancelled", "ended", "pending"})
_RANK = {status: rank for rank, status in enumerate(STATUS_PRECEDENCE)}
#: Kinds of mention that never merge with the other kind: a stake held ("detiene il 20%") is not the
#: investment planned; "l'intesa precedente" is not the agreement signed now; "l'accordo definitivo" is
#: still to be signed while the deal is being negotiated; a company's own spending ("investimenti per 480
#: milioni") is no stake bought into it; a renewal that happens by itself ("si rinnova tacitamente") is
#: a clause, not the renewal done.
SEPARATE_KINDS = ("stative", "earlier", "final", "spending", "automatic")
#: Statuses of an agreement a new one replaces ("la nuova concessione" after one cancelled).
GONE = frozenset({"ended", "cancelled"})
#: Statuses of a deal still to be done: a further mention saying so is not about a deal already done.
UNFINISHED = frozenset({"pending", "planned", "negotiating", "cancelled"})


def _names(mention: dict[str, Any]) -> frozenset[str]:
    return frozenset(name for name, _, _ in mention["parties"])


#: A pattern that matches nothing: no public body known.
NO_MATCH = re.compile(r"(?!)")


class _Group(list):
    """The mentions of one term, with what the merge rules ask of them kept up to date (party names,
    amounts, explicit statuses of mentions naming their parties): adding a mention costs O(1)."""

    def __init__(self, first: dict[str, Any]) -> None:
        super().__init__()
        self.names: frozenset[str] = frozenset()
        self.amounts: set[str] = set()
        self.statuses: set[str] = set()
        self.append(first)

    def append(self, mention: dict[str, Any]) -> None:  # type: ignore[override]
        super().append(mention)
        self.names = self.names | _names(mention)
        if mention.get("money"):
            self.amounts.add(mention["money"]["amount"])
        if mention["explicit"] and mention.get("own_parties", True):
            self.statuses.add(mention["status"])


def _compatible(group: _Group, mention: dict[str, Any], public_body: re.Pattern[str]) -> bool:
    if any(bool(mention.get(kind)) != bool(group[0].get(kind)) for kind in SEPARATE_KINDS):
        return False
    if mention.get("replacing") and any(m["status"] in GONE for m in group):
        return False  # "Falco Security, il nuovo fornitore": not the contract that ended
    if mention.get("owner") and group.names and mention["owner"] not in group.names:
        return False  # "X, la società che ...: la sua concessione": X's own, not the one told before
    names = _names(mention)
    group_names = group.names
    if names and group_names and not names & group_names:
        if not _other_side_next(group, mention, public_body):
            return False
    if _another_pair(group_names, names):
        return False  # same company, another counterparty: another contract
    if mention.get("indefinite") and names - group_names:
        # a paragraph on "un accordo" with a new counterparty: another agreement; "ha chiuso un round. [...]
        # ha firmato con X una linea di credito": another lender
        other_paragraph = mention.get("paragraph", 0) != group[-1].get("paragraph", 0)
        if mention["type"] in COUNTERPARTY_TYPES and other_paragraph:
            return False
        if mention["type"] in LOANS and mention["sentence"] != group[-1]["sentence"]:
            return False
    if mention.get("money") and group.amounts and mention["money"]["amount"] not in group.amounts:
        return False  # another amount is another deal or tranche
    if mention["type"] in BOUNDING_TYPES and mention.get("end_date"):
        ends = {m["end_date"] for m in group if m.get("end_date")}
        if ends and mention["end_date"] not in ends:
            return False  # "scade nel 2030" is not the term of the contract that "scade il 31 dicembre"
    if mention.get("distinct_triggers") and any(
        m["sentence"] == mention["sentence"] and m["text"].lower() != mention["text"].lower() for m in group
    ):
        return False  # "un lock-up ... e un diritto di covendita": two clauses side by side
    if not _same_round_and_object(group, mention):
        return False  # "il round di serie A" is not the round of serie B
    if mention["explicit"] and mention.get("own_parties", True):
        if group.statuses and mention["status"] not in group.statuses:
            return False  # "non sarà più esclusivo ... resterà in esclusiva": two objects
    if mention["layer"] == "clause" and "negated" in {mention["status"], group[0]["status"]}:
        if mention["status"] != group[0]["status"]:
            return False  # "avrà l'esclusiva per l'Europa. In Asia, invece, la licenza non è esclusiva"
    return True


def _another_pair(group_names: frozenset[str], names: frozenset[str]) -> bool:
    """Two pairs of parties, neither within the other: two agreements."""
    return len(names) >= 2 and len(group_names) >= 2 and not (names <= group_names or group_names <= names)


def _other_side_next(
    group: Sequence[dict[str, Any]], mention: dict[str, Any], public_body: re.Pattern[str]
) -> bool:
    """A public contract told with its company, then in the next sentence with the public body alone, on
    the other side ("affidamento a X della concessione. [...] l'aggiudicazione decisa dal Comune"): its
    two sides, not two contracts."""
    roles = {p[2] for m in group for p in m["parties"]}
    own = {p[2] for p in mention["parties"]}
    names = {p[0] for m in group for p in m["parties"]}
    return (
        len(names) == 1
        and len(mention["parties"]) == 1
        and public_body.match(mention["parties"][0][0]) is not None
        and len(roles) == 1
        and not roles & own
        and 0 < mention["sentence"] - group[-1]["sentence"] <= 1
    )


def _same_round_and_object(group: Sequence[dict[str, Any]], mention: dict[str, Any]) -> bool:
    """The same round's series ("round di serie B"), and the same object where two agreement nouns name
    theirs ("il contratto di gestione", "il contratto di logistica": two contracts)."""
    series = mention.get("series")
    if series and not all(m.get("series") in (None, series) for m in group):
        return False
    named = AGREEMENT_OF.match(mention["text"].strip().lower())
    if named is None:
        return True
    for m in group:
        other = AGREEMENT_OF.match(m["text"].strip().lower())
        if other is not None and other.group("object") != named.group("object"):
            return False
    return True


#: An agreement noun and the object its trigger names ("contratto di fornitura", "accordo di licenza").
AGREEMENT_OF = re.compile(r"(?:contratt|accord|convenzion|intes)\w*\s+(?:\w+\s+)?di\s+(?P<object>[a-zà-ù]+)")


#: Agreements named again with their counterparty ("il contratto con Y"): one with another counterparty
#: is another agreement, while a deal is named again by whoever finances or approves it.
COUNTERPARTY_TYPES = frozenset({"SUPPLY_SERVICE_CONTRACT", "PARTNERSHIP", "LICENSE_IP"})


def group_mentions(
    mentions: Sequence[dict[str, Any]], public_body: re.Pattern[str] = NO_MATCH
) -> list[list[dict[str, Any]]]:
    """Group mentions of the same term: same type, a party in common (or none known; or a public contract's
    two sides, its ``public_body`` told in the next sentence), no different amounts, and no conflicting
    explicit status between mentions that name their parties (a bare "l'operazione" or "l'accordo" joins
    the closest group and may decide its status; "l'accordo" beside only parties of an agreement named
    before joins that agreement, whatever its type). Mentions are taken in document order."""
    groups: list[_Group] = []
    by_type: dict[str, list[_Group]] = {}
    for mention in sorted(mentions, key=lambda m: m["start"]):
        same_type = by_type.setdefault(mention["type"], [])
        if _talks_of_a_deal(mention, mentions):
            # "dopo mesi di trattative ... sulla fusione": the merger's talks; "un'offerta ..., ma la
            # trattativa è naufragata": the talks named again are that deal's, which they may end
            deal = [g for g in groups if _deal_of_sentence(g, mention["sentence"])]
            if mention.get("definite") and deal:
                mention.update(own_parties=False, parties=[])
                deal[-1].append(mention)
            else:
                groups.append(_Group(mention))
            continue
        if _talks_named_again(mention) and not _told_near(same_type, mention):
            told_before = [g for g in groups if _deal_of_sentence(g, mention["sentence"] - 1)]
            if told_before:
                # "X e Y trattavano una fusione. Le trattative si sono interrotte": that deal's talks
                mention.update(own_parties=False, parties=[])
                told_before[-1].append(mention)
                continue
        if mention.get("definite") or (mention.get("tendering") and same_type):
            earlier = [g for g in same_type if _same_round_and_object(g, mention)]
            if mention.get("replacing"):  # "la nuova concessione": not the one annulled
                earlier = [g for g in earlier if not g.statuses & GONE]
            if mention.get("owner"):  # "X, la società che ...: la sua concessione": X's, not another's
                earlier = [g for g in earlier if mention["owner"] in g.names or not g.names]
            if mention["layer"] == "clause":
                earlier = [g for g in earlier if not _another_agreement_beside(groups, g, mention)]
                if mention.get("own_parties") and _names(mention):
                    # "E con Velox? «Lì l'esclusiva è cessata»": Velox's, not the exclusivity told before
                    earlier = [g for g in earlier if not g.names or g.names & _names(mention)]
            countered = mention["type"] in COUNTERPARTY_TYPES and not mention.get("generic")
            own = _names(mention) if countered and mention.get("own_parties") else set()
            if own:  # "il contratto con Y" after a contract with X: another contract
                earlier = [g for g in earlier if own & g.names or not g.names]
            if mention["type"] in COUNTERPARTY_TYPES and mention.get("own_parties"):
                # "Y, con cui il Comune aveva risolto il contratto": Y's, not the one told before
                earlier = [g for g in earlier if not _another_pair(g.names, _names(mention))]
            if not earlier and mention.get("generic"):  # "l'accordo" after an "accordo di licenza"
                earlier = [g for g in groups if g[0]["type"] in AGREEMENT_LIKE and not g[0].get("final")]
                if mention.get("contract_noun"):  # "il contratto": not a stake bought or held
                    earlier = [g for g in earlier if g[0]["type"] not in BUYING_TYPES]
                    role = _role_told_last(groups, earlier, mention)
                    if role is not None:  # the contract of that role, with its parties
                        earlier = []
                        mention["parties"] = mention["parties"] or list(role[0]["parties"])
                # "un finanziamento di 40 milioni. L'intesa ...": the agreement, seldom the loan
                earlier = [g for g in earlier if g[0]["type"] not in LOANS] or earlier
            if earlier:
                mention["own_parties"] = False
                mention["parties"] = []
                if mention["status"] in UNFINISHED:  # "Il closing è atteso": not the deal done in 2019
                    unfinished = [g for g in earlier if g[0]["status"] != "active"]
                    if not unfinished and mention.get("preliminary") and mention["status"] == "negotiating":
                        continue  # "al centro della trattativa": the talks, not the agreement in force
                    if not unfinished and mention.get("shared"):
                        # "Ha collocato un bond. [...] Il bond servirà a pagare l'acquisizione. Il closing
                        # è atteso": not the bond's, done before the sentence it refers to
                        earlier = [g for g in earlier if g[0]["sentence"] >= mention["sentence"] - 1]
                        if not earlier:
                            continue
                    earlier = unfinished or earlier
                max(earlier, key=lambda g: g[-1]["start"]).append(mention)
                continue
            if mention.get("anaphoric"):
                continue  # "l'operazione" with nothing to refer to
        candidates = [g for g in same_type if _compatible(g, mention, public_body)]
        if mention["layer"] == "clause":
            candidates = [g for g in candidates if not _another_agreement_beside(groups, g, mention)]
        if (
            not candidates
            and mention.get("generic")
            and mention.get("article")
            and not mention.get("final")
            and not mention.get("earlier")
        ):
            # "Per Telemare l'accordo garantisce ricavi": the agreement named before, with these parties
            names = _names(mention)
            candidates = [g for g in groups if g[0]["type"] in AGREEMENT_LIKE and names and names <= g.names]
        if not candidates:
            group = _Group(mention)
            groups.append(group)
            same_type.append(group)
            continue
        names = _names(mention)
        best = max(candidates, key=lambda g: (len(names & g.names), g[-1]["start"]))
        best.append(mention)
    return [list(group) for group in groups]


def _talks(item: dict[str, Any]) -> bool:
    """A mention or row of talks typed only as a generic partnership ("le trattative", "il negoziato")."""
    return item["type"] == "PARTNERSHIP" and TALKS_NOUN.fullmatch(item["text"].strip()) is not None


def _definite_deal(item: dict[str, Any]) -> bool:
    """A mention or row of a deal of a definite type: not a partnership, not a stake held."""
    return item["layer"] == "deal" and item["type"] != "PARTNERSHIP" and not item.get("stative")


def _talks_of_a_deal(mention: dict[str, Any], mentions: Sequence[dict[str, Any]]) -> bool:
    """Talks in the sentence of a deal of a definite type: the talks named again join that deal's group;
    others join its row later (``talks_of_deals``), never another partnership."""
    return _talks(mention) and _deal_of_sentence(mentions, mention["sentence"])


def _talks_named_again(mention: dict[str, Any]) -> bool:
    """Talks named again with a definite article ("Le trattative si sono interrotte")."""
    return _talks(mention) and bool(mention.get("definite"))


def _told_near(groups: Sequence[Sequence[dict[str, Any]]], mention: dict[str, Any]) -> bool:
    """A group among ``groups`` told in the mention's sentence or the one before it."""
    return any(m["sentence"] in (mention["sentence"], mention["sentence"] - 1) for g in groups for m in g)


def _deal_of_sentence(mentions: Sequence[dict[str, Any]], sentence: int) -> bool:
    """A mention of a deal of a definite type (not a partnership, not a stake held) in ``sentence``."""
    return any(m["sentence"] == sentence and _definite_deal(m) for m in mentions)


def _another_agreement_beside(
    groups: Sequence[_Group], group: _Group, mention: dict[str, Any]
) -> bool:
    """A clause naming no party but those of another agreement told in its sentence, which is not the
    one of ``group`` ("Il marchio è concesso in licenza alla cereria, con l'esclusiva per l'Europa" after
    a supply exclusivity): the clause is that agreement's, not a further mention of ``group``."""
    if any(m["sentence"] == mention["sentence"] for m in group):
        return False
    for other in groups:
        if other is group or other[0]["type"] not in AGREEMENT_LIKE or other[0]["type"] == mention["type"]:
            continue
        beside = any(m["sentence"] == mention["sentence"] for m in other)
        if beside and _names(mention) <= other.names and not group.names <= other.names:
            return True
    return False


def _role_told_last(
    groups: Sequence[_Group], agreements: Sequence[_Group], mention: dict[str, Any]
) -> _Group | None:
    """The role a bare "il contratto" belongs to, when it was told after every agreement and in a
    sentence naming none: "X è il distributore esclusivo di Y. Il contratto ..." (an exclusivity in the
    sentence before or its own), "Y starebbe valutando di disdire il contratto" (a termination in its
    own sentence)."""
    agreed = {m["sentence"] for g in agreements for m in g}
    roles = [
        g
        for g in groups
        if g[-1]["sentence"] not in agreed
        and (
            (g[0]["type"] == "EXCLUSIVITY" and g[-1]["sentence"] >= mention["sentence"] - 1)
            or (g[0]["type"] == "TERMINATION" and g[-1]["sentence"] == mention["sentence"])
        )
    ]
    if roles and all(g[-1]["start"] < roles[-1][-1]["start"] for g in agreements):
        return roles[-1]
    return None


def _first(members: Sequence[dict[str, Any]], key: str) -> Any:
    for member in members:
        if member.get(key):
            return member[key]
    return None


def merge_group(group: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The row of one group: the mention deciding the status gives the offsets, the others are listed.

    The first mention that names its parties and carries a status cue decides (the lead of a news
    story states the fact); a later bare mention ("l'operazione", "l'accordo") overrides it only with
    an event that happens to the deal (cancelled, ended, pending)."""
    named = [m for m in group if m["explicit"] and m.get("own_parties", True)]
    bare_events = [
        m for m in group if m["explicit"] and not m.get("own_parties", True) and m["status"] in LATER_EVENTS
    ]
    if named:
        deciding = min(named, key=lambda m: m["start"])
        events = [m for m in bare_events if _RANK[m["status"]] < _RANK[deciding["status"]]]
        if events:
            deciding = min(events, key=lambda m: (_RANK[m["status"]], m["start"]))
    elif any(m["explicit"] for m in group):
        deciding = min((m for m in group if m["explicit"]), key=lambda m: (_RANK[m["status"]], m["start"]))
    else:
        deciding = group[0]
    ordered = [deciding] + [m for m in group if m is not deciding]
    parties: list[tuple[str, str, str]] = list(deciding["parties"])
    for member in ordered[1:]:
        if len(parties) >= 2:
            break
        parties.extend(p for p in member["parties"] if p[0] not in {q[0] for q in parties})
    row = dict(deciding)
    if not deciding.get("own_parties", True):  # "L'intesa è subordinata ...": the contract named before
        row["type"], row["layer"] = group[0]["type"], group[0]["layer"]
    row["parties"] = parties
    for key in ("money", "percentage", "start_date", "end_date", "duration"):
        row[key] = _first(ordered, key)
    row["closing_at"] = _first(ordered, "closing_at")
    row["date_ids"] = sorted({i for m in ordered for i in m.get("date_ids", [])}, key=lambda s: int(s[1:]))
    row["sentences"] = sorted({m["sentence"] for m in group})
    row["mentions"] = sorted([m["start"], m["end"]] for m in group if m is not deciding)
    return row


def consistent_bounds(rows: list[dict[str, Any]]) -> None:
    """A row whose merged or lent start comes after its end ("dal 2041" of one mention, "fino al 2032" of
    another) keeps the end and drops the start: the two dates were told of different things."""
    for row in rows:
        if row.get("start_date") and row.get("end_date") and str(row["start_date"]) > str(row["end_date"]):
            row["start_date"] = None


def wait_for_closing(rows: list[dict[str, Any]]) -> None:
    """A contract or a clause that starts at another deal's closing (``closing_at``) waits with that deal:
    pending or planned while the deal is."""
    named_at = {start: row for row in rows for start in (row["start"], *(m[0] for m in row["mentions"]))}
    for row in rows:
        deal = named_at.get(row["closing_at"]) if row.get("closing_at") is not None else None
        if deal is None or deal is row or deal["status"] not in WAITING:
            continue
        # "si è impegnata a non fare concorrenza per cinque anni dal closing": it waits for the closing
        if row["status"] == "active" or (row["status"] == "planned" and deal["status"] == "pending"):
            row["status"] = deal["status"]


#: A seller putting part of the price back into the buyer ("reinvestirà 2 milioni in azioni Pagina Viva").
ROLLOVER = re.compile(r"^reinvest", re.IGNORECASE)
#: A seller keeping the rest of the company it sells ("manterrà il restante 30%").
RETAINED_REST = re.compile(
    r"^(?:manterr|conserver)\w*\s+(?:\w+\s+)?(?:il\s+|la\s+)?(?:restante|rimanente|residu[oa])\b",
    re.IGNORECASE,
)


def rollovers_wait(rows: list[dict[str, Any]]) -> None:
    """A reinvestment still to come, or the rest of the company kept after it ("conserverà il restante
    40%"), by a party of a purchase told before it that waits for its closing is part of that purchase:
    pending with it."""
    pending = [r for r in rows if r["type"] == "ACQUISITION" and r["status"] == "pending"]
    for row in rows:
        rollover = row["status"] == "planned" and ROLLOVER.match(row["text"])
        retained = row["status"] in ("planned", "active") and RETAINED_REST.match(row["text"])
        if not (rollover or retained):
            continue
        names = {p[0] for p in row["parties"]}
        if any(deal["start"] < row["start"] and names & {p[0] for p in deal["parties"]} for deal in pending):
            row["status"] = "pending"


def _provided_in_talks(row: dict[str, Any], deal: dict[str, Any]) -> bool:
    """A clause told in the sentence of a deal still negotiated is negotiated with it; not an exclusivity
    of the talks themselves ("trattative in esclusiva"), which is in force."""
    same_sentence = bool(set(row["sentences"]) & set(deal["sentences"]))
    return deal["status"] == "negotiating" and same_sentence and not TALKS.search(row["text"])


#: The talks themselves: an exclusivity "in trattativa" binds now.
TALKS = re.compile(r"\btrattativ|\bnegozia", re.IGNORECASE)
#: A noun of talks alone ("le trattative", "i colloqui"): what they are about is the deal told beside them.
TALKS_NOUN = re.compile(r"(?:trattativ[ae]|negoziat[oi]|colloqui)", re.IGNORECASE)
#: A generic agreement noun not reached ("non hanno trovato un accordo", "nessuna intesa"): talks that
#: failed or go on.
UNREACHED = frozenset({"negated", "cancelled", "negotiating"})


def talks_of_deals(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Talks typed only as a generic partnership ("le trattative si sono interrotte") that are told in the
    sentence of a deal of a definite type ("la fusione", "l'offerta") are the talks on that deal: they
    join its row as a further mention instead of counting as a partnership of their own. So does an
    agreement not reached there ("nessuna intesa", "non hanno trovato un accordo")."""
    kept = []
    for row in rows:
        deal = None
        unreached = row["type"] == "PARTNERSHIP" and row.get("generic") and row["status"] in UNREACHED
        if _talks(row) or unreached:
            told = set(row["sentences"])
            deals = (o for o in rows if o is not row and _definite_deal(o) and told & set(o["sentences"]))
            deal = next(deals, None)
        if deal is None:
            kept.append(row)
            continue
        deal["mentions"] = sorted([*deal["mentions"], [row["start"], row["end"]], *row["mentions"]])
    return kept


def link_agreements(
    rows: list[dict[str, Any]],
    ventures: Collection[str] = (),
    published: str | None = None,
    lexicon: TermLexicon | None = None,
) -> None:
    """Set ``agreement_index`` on clause rows: the deal row they belong to (shared parties, same
    sentence, agreement-like type, closest before). A clause with fewer than two parties takes the
    deal's (of a sale, its seller's and buyer's: ``contracting_parties``), and a clause without a
    status cue takes the deal's status when it is not active, unless it is a licence with a party
    foreign to the deal and to the joint companies it sets up (``ventures``): an agreement of its own;
    or unless it runs since before the article (``published``): "dal 2023 Aurelia utilizza in licenza
    il brevetto" is in force whatever the purchase awaits."""
    agreements = [  # a stake held ("detiene il 42%") is no agreement
        (i, r)
        for i, r in enumerate(rows)
        if (r["layer"] == "deal" or r["type"] == "LICENSE_IP") and not r.get("stative")
    ]
    for row in rows:
        row["agreement_index"] = None
        deals = [(i, r) for i, r in agreements if r is not row]  # a licence agreement can hold clauses too
        if row["layer"] != "clause" or not deals:
            continue
        names = {p[0] for p in row["parties"]}

        def score(
            item: tuple[int, dict[str, Any]], names: set[str] = names, row: dict[str, Any] = row
        ) -> tuple:
            _, deal = item
            shared = len(names & {p[0] for p in deal["parties"]})
            same_sentence = bool(set(row["sentences"]) & set(deal["sentences"]))
            # "X ha rilevato il 70% di Y. Sul restante 30% X ha un'opzione call": the deal just told
            told_just_before = any(0 < row["sentence"] - s <= 1 for s in deal["sentences"])
            just_before = len(deal["parties"]) > 1 and told_just_before
            contract = deal["type"] in CONTRACT_TYPES  # clauses belong to contracts more than to transactions
            before = deal["start"] <= row["start"]
            spans = [deal["start"], *(m[0] for m in deal["mentions"])]
            distance = min(abs(start - row["start"]) for start in spans)
            return (shared, same_sentence, just_before, before, contract, -distance)

        candidates = [
            d for d in deals if not names or not d[1]["parties"] or names & {p[0] for p in d[1]["parties"]}
        ]
        # "X, che detiene il 42%, ha sottoscritto un patto di non concorrenza" told beside an offer: a
        # clause of the offer its sentence tells, though its one named party is not the offer's
        beside = [d for d in deals if set(row["sentences"]) & set(d[1]["sentences"])]
        told_beside = not candidates and len(names) == 1 and bool(beside)
        if told_beside:
            candidates = beside
        if not candidates:
            continue
        index, deal = max(candidates, key=score)
        row["agreement_index"] = index
        if len(row["parties"]) < 2 and not told_beside:
            known = {p[0] for p in row["parties"]}
            info = lexicon.types.get(deal["type"]) if lexicon is not None else None
            signing = contracting_parties(deal["parties"], info)
            lent = [(n, i, "party") for n, i, _ in signing if n not in known]
            row["parties"] = row["parties"] + lent[: 2 - len(row["parties"])]
        # a licence taken from a company foreign to the deal is an agreement of its own, not the deal's
        foreign = {p[0] for p in row["parties"]} - {p[0] for p in deal["parties"]} - set(ventures)
        own_agreement = row["type"] == "LICENSE_IP" and bool(foreign) or _running_before(row, published)
        if (not row.get("cued") or row["status"] == "active") and deal["status"] in INHERITED_STATUSES:
            row["status"] = row["status"] if own_agreement else deal["status"]
        elif row["status"] == "planned" and deal["status"] == "pending" and not own_agreement:
            # "Se l'Autorità dovesse bloccare l'operazione, X verserà un indennizzo": a clause of the deal
            # that awaits approval, there as long as the deal is
            row["status"] = "pending"
        elif row["status"] == "active" and deal["status"] == "ended" and row.get("past_perfect"):
            row["status"] = "ended"  # "Secondo il contratto, X si era impegnata ad acquistare": so it was
        elif row["status"] == "active" and not row.get("cued") and _told_of_a_plan(row, deal):
            row["status"] = "planned"  # "La nuova concessione avrà ... Il concessionario pagherà una penale"
        elif row["status"] == "active" and not row.get("cued") and _provided_in_talks(row, deal):
            row["status"] = "negotiating"  # "un memorandum non vincolante: gli utili saranno divisi"
        if row["type"] in BOUNDING_TYPES:  # the bounds of an agreement's term are the agreement's
            for key in ("start_date", "end_date", "duration"):
                if row[key] and not deal[key]:
                    deal[key] = row[key]
                elif deal[key] and not row[key]:
                    row[key] = deal[key]


def _told_of_a_plan(row: dict[str, Any], deal: dict[str, Any]) -> bool:
    """A clause told in the future of a planned agreement named in its sentence or the two before it."""
    near = any(0 <= row["sentence"] - s <= 2 for s in deal["sentences"])
    return deal["status"] == "planned" and bool(row.get("future_clause")) and near


def _running_before(row: dict[str, Any], published: str | None) -> bool:
    """The row started before the article's date ("dal 2023", in an article of 2025)."""
    start = str(row.get("start_date") or "")
    return bool(start and published) and start < str(published)[: len(start)]


#: The rest of a company's capital, after a deal told before ("il restante 30%", "la quota residua", "il
#: 20% resta a X").
REMAINING = re.compile(
    r"\b(?:(?:restant|rimanent|residu)[eioa]|resta|rimane|resterà|rimarrà)\b", re.IGNORECASE
)


#: Sales not done: the shareholders of a company still for sale are its own ("X tratta per rilevare Y.
#: Il capitale di Y è diviso tra due soci: Z detiene il 70%").
UNDONE_SALES = frozenset({"negotiating", "planned", "pending", "negated", "cancelled"})


def contracting_parties(
    parties: Sequence[tuple[str, str, str]], info: TypeInfo | None
) -> list[tuple[str, str, str]]:
    """The ``parties`` of a deal of type ``info`` who sign its contract: of a sale, who sells and who
    buys, not the company sold, when two of them are named."""
    if info is None or not info.source_role:
        return list(parties)
    signing = [p for p in parties if p[2] != info.patient_role]
    return signing if len(signing) >= 2 else list(parties)


def holdings_of_targets(rows: list[dict[str, Any]], lexicon: TermLexicon) -> None:
    """A stake held whose text names only its holder and the rest of a capital ("Ceccarelli
    Partecipazioni detiene il restante 30%") is a stake in the company last bought into before it: the
    target of the closest acquisition or stake before the row, when there is one that is not the
    holder. So is a stake held after a sale not done (``UNDONE_SALES``) in a passage about the company for
    sale, the subject told last before it ("X tratta per rilevare Y. Y, fondata nel 1950, [...]. Z detiene
    il 70%"): that company still has its own shareholders. Otherwise ("X, la finanziaria della famiglia,
    detiene il 61,5% del capitale") it is a stake in the article's company (see :func:`complete_parties`)."""
    for row in rows:
        if not row.get("stative") or len(row["parties"]) != 1:
            continue
        rest = bool(REMAINING.search(row["text"]))
        holder = row["parties"][0][0]
        targets = [
            party
            for deal in rows
            if deal["start"] < row["start"]
            and deal["type"] in BUYING_TYPES
            and not deal.get("stative")
            and (rest or deal["status"] in UNDONE_SALES)
            for party in deal["parties"]
            if party[2] == lexicon.types[deal["type"]].patient_role and party[0] != holder
        ]
        subject = row.get("recent_subject")
        if targets and (rest or (subject is not None and subject[0] == targets[-1][0])):
            name, org_id, _ = targets[-1]
            row["parties"] = [*row["parties"], (name, org_id, lexicon.types[row["type"]].patient_role)]


#: Statuses of a purchase whose sellers are the company's holders: done or under way, not dropped or denied.
SOLD_STATUSES = frozenset({"active", "pending", "negotiating", "planned"})


def holders_sell(rows: list[dict[str, Any]], lexicon: TermLexicon) -> None:
    """A purchase of the whole of a company that names no seller ("X ha rilevato il 100% di Y") is bought
    from Y's holders the article states ("Y è controllata al 75% dal fondo Z", "Z detiene il 70%"): each
    becomes a seller, unless it is the buyer. So is a stake sold ("la cessione del 49% di Y") in a company of
    one holder."""
    stake = lexicon.types["INVESTMENT_STAKE"]
    holders: dict[str, list[tuple[str, str]]] = {}
    for row in rows:
        held_now_or_before = row["status"] in ("active", "ended")
        if row["type"] != "INVESTMENT_STAKE" or not row.get("stative") or not held_now_or_before:
            continue
        held = [p for p in row["parties"] if p[2] == stake.patient_role]
        holding = [p for p in row["parties"] if p[2] == stake.agent_role]
        for company in held:
            holders.setdefault(company[0], []).extend((p[0], p[1]) for p in holding)
    for row in rows:
        if row["status"] not in SOLD_STATUSES:
            continue
        whole = row.get("percentage") is not None and float(row["percentage"]) >= 100
        # "la cessione del 49% di Y al fondo X", Y held by one holding: the holding sells a stake
        sold_stake = row["type"] == "INVESTMENT_STAKE" and not row.get("stative")
        sold_stake = sold_stake and SALE_TRIGGER.match(row["text"]) is not None
        if not ((row["type"] == "ACQUISITION" and whole) or sold_stake):
            continue  # the whole company bought, or a stake sold: whoever holds it sells
        kind = lexicon.types[row["type"]]
        roles = {p[2] for p in row["parties"]}
        if kind.source_role in roles or kind.patient_role not in roles:
            continue
        named = {p[0] for p in row["parties"]}
        target = next(p[0] for p in row["parties"] if p[2] == kind.patient_role)
        sellers = holders.get(target, [])
        if sold_stake and len({name for name, _ in sellers}) != 1:
            continue  # a stake of a company of several holders: which one sells is not told
        for name, org_id in sellers:
            if name not in named:
                row["parties"] = [*row["parties"], (name, org_id, kind.source_role)]
                named.add(name)


#: The contracts a company runs its business with: in an article about its purchase, they are its own.
OPERATING_TYPES = frozenset(
    {
        "SUPPLY_SERVICE_CONTRACT",
        "LICENSE_IP",
        "EXCLUSIVITY",
        "MINIMUM_COMMITMENT",
        "TERM_DURATION",
        "RENEWAL_EXTENSION",
        "CHANGE_OF_CONTROL_TRANSFER",
    }
)


def _first_purchase(rows: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The article's first purchase, unless it was denied or dropped."""
    first = next((r for r in rows if r["type"] == "ACQUISITION"), None)
    return None if first is None or first["status"] in ("negated", "cancelled") else first


def lead_buyer(rows: Sequence[dict[str, Any]], lexicon: TermLexicon) -> dict[str, Any] | None:
    """The buyer in the article's first purchase (not a denied or dropped one), with where it is told."""
    first = _first_purchase(rows)
    agent = lexicon.types["ACQUISITION"].agent_role
    buyer = next((p for p in first["parties"] if p[2] == agent), None) if first else None
    return None if buyer is None else {"name": buyer[0], "id": buyer[1], "start": first["start"]}


def sought_company(rows: Sequence[dict[str, Any]], lexicon: TermLexicon) -> dict[str, Any] | None:
    """The company whose control the article's first purchase buys ("X ha avviato colloqui per rilevare il
    100% di Y"): Y, with where the purchase is told and its buyer's name (``buyer``)."""
    buyer = lead_buyer(rows, lexicon)
    first = _first_purchase(rows)
    if buyer is None or first is None:
        return None
    patient = lexicon.types["ACQUISITION"].patient_role
    target = next((p for p in first["parties"] if p[2] == patient), None)
    share = first.get("percentage")
    if target is None or (share is not None and float(share) < 50):
        return None
    return {
        "name": target[0],
        "id": target[1],
        "start": first["start"],
        "buyer": buyer["name"],
        "status": first["status"],
    }


def told_more_than_its_buyer(
    rows: Sequence[dict[str, Any]],
    topic: dict[str, Any] | None,
    companies: Sequence[dict[str, Any]],
    lexicon: TermLexicon,
) -> dict[str, Any] | None:
    """The company the lead's company (``topic``) bids for in the article's first purchase, still open,
    when the article names it more often than its buyer (``companies``, the organization mentions): a
    story about the company for sale ("X avrebbe avviato colloqui per rilevare Y ... Y ha chiuso il 2025
    ..."), whose own contracts and holders the rest tells. Its first mention, or None."""
    sought = sought_company(rows, lexicon)
    if topic is None or sought is None or sought["buyer"] != (topic.get("name") or topic["text"]):
        return None
    if sought["status"] not in OPEN_DEAL:  # a purchase done: the buyer's story
        return None
    names = [o.get("name") or o["text"] for o in companies]
    if names.count(sought["name"]) <= names.count(sought["buyer"]):
        return None
    return next((o for o in companies if (o.get("name") or o["text"]) == sought["name"]), None)


def bought_company(
    rows: Sequence[dict[str, Any]], topic: dict[str, Any] | None, lexicon: TermLexicon
) -> dict[str, Any] | None:
    """The company the article's main organization buys control of in the article's first purchase
    ("X ha firmato un accordo vincolante per acquisire il 100% di Y"): Y, with where the purchase is told."""
    sought = sought_company(rows, lexicon)
    if topic is None or sought is None or sought["buyer"] != (topic.get("name") or topic["text"]):
        return None
    return sought


#: Statuses of a purchase still open to rival bids.
OPEN_DEAL = frozenset({"negotiating", "pending", "planned"})
#: The words of a bid, as a purchase's trigger ("un'offerta", "la proposta"), not of the purchase itself.
BID_WORDS = re.compile(r"\b(?:offert[ae]|propost[ae])\b", re.IGNORECASE)
#: A bid or an interest in buying ("ha smentito ogni interesse"), while a purchase is still open.
RIVAL_WORDS = re.compile(r"\b(?:offert[ae]|propost[ae]|interesse)\b", re.IGNORECASE)


def _rival_bid(row: dict[str, Any], lexicon: TermLexicon, words: re.Pattern[str] = BID_WORDS) -> bool:
    """A purchase told after the article's first one that names only a bidder ("Il fondo Z aveva presentato
    un'offerta da 155 milioni"): a bid for the same company."""
    info = lexicon.types["ACQUISITION"]
    bid = words.search(row["text"]) is not None
    return row["type"] == "ACQUISITION" and bid and {p[2] for p in row["parties"]} == {info.agent_role}


def complete_parties(
    rows: list[dict[str, Any]],
    topic: dict[str, Any] | None,
    lexicon: TermLexicon,
    ventures: Sequence[dict[str, Any]] = (),
    bought: dict[str, Any] | None = None,
    topic_told_at: Sequence[int] = (),
) -> None:
    """A row with a single party, or whose parties all stand on one side ("concesso da A e B"), has its
    other party left implicit, most often the organization the article is about ("ha ottenuto un
    prestito da Barclays"): add the article's main organization. So has a purchase with its target and
    seller and no buyer ("l'acquisizione di X da Y"). A
    deal with no party at all ("il piano prevede investimenti per ...") is the main organization's.
    Once the article has named a joint company its deal sets up (``ventures``, in text order), the
    latest one named before a row stands in for the main organization: the plan, the project and
    their financing are the new company's; up to the venture's ``until`` (the end of its paragraph,
    when the article's lead does not name it: a side item). After a purchase of control (``bought``), the
    contracts told are the bought company's, until the article turns back to its own company
    (``topic_told_at``: the starts of sentences that open on it as "l'azienda", "la società")."""
    buyer = lead_buyer(rows, lexicon)
    sought = sought_company(rows, lexicon)
    for row in rows:
        named = [v for v in ventures if v["end"] <= row["start"] < v.get("until", math.inf)]
        main = named[-1] if named else topic
        subject = row.get("sentence_subject")
        if (
            subject is not None
            and subject[0] not in {p[0] for p in row["parties"]}
            and (row["parties"] or row.get("subject_by_head"))
            and not row.get("stative")  # "X detiene il 15% della società; il resto è di Y": X holds, too
        ):
            main = {"name": subject[0], "id": subject[1]}  # "X ha perso il suo cliente: Y ha disdetto ..."
        elif row.get("suitors_history") and sought is not None:
            main = {"name": sought["name"], "id": sought["id"]}  # "Non è la prima volta che Y attira ..."
        elif (
            (row.get("pays_for_deal") or row.get("buyer_anaphor"))
            and buyer is not None
            and row["start"] > buyer["start"]
        ):
            # "Per pagare il prezzo, l'acquirente ha ottenuto da Y un prestito": the buyer's loan
            main = buyer
        elif (
            bought is not None
            and (row["type"] in OPERATING_TYPES or _rival_bid(row, lexicon))
            and row["start"] > bought["start"]
            and not row.get("company_anaphor")
            and not row.get("answer")  # «L'accordo con Z è stato rinnovato»: the interviewed company's
            # "Fondata da X, l'azienda ha 63 dipendenti. [...] la distribuzione è stata affidata a Z": X's
            and not any(bought["start"] < at <= row["start"] for at in topic_told_at)
        ):
            main = bought  # "X rileva Y. Resta in vigore il contratto di fornitura con Z": Y's contract
        elif (
            _rival_bid(row, lexicon, RIVAL_WORDS)
            # the purchase's target may have been completed by an earlier row of this loop ("per rilevare
            # l'intera società": the article's company)
            and (sought := sought or sought_company(rows, lexicon)) is not None
            and row["start"] > sought["start"]
            and row["parties"][0][0] != sought["buyer"]
            and sought["status"] in OPEN_DEAL
        ):
            # "X tratta per rilevare Y. Ha smentito ogni interesse Z, indicata da alcuni come rivale": a bid
            # for Y, whoever else the clause leaves unnamed
            target = (sought["name"], sought["id"], lexicon.types["ACQUISITION"].patient_role)
            row["parties"] = [*row["parties"], target]
            continue
        if main is None:
            continue
        name = main.get("name") or main["text"]
        info = lexicon.types[row["type"]]
        if not row["parties"] and row["layer"] == "deal":
            row["parties"] = [(name, main["id"], info.agent_role)]
            bought_one = sought or topic
            if row.get("buyer_anaphor") and bought_one is not None and row["type"] == "INVESTMENT_STAKE":
                # "Il nuovo socio investirà tre milioni": in the company it bought, the article's
                target = bought_one.get("name") or bought_one["text"]
                if target != name:
                    row["parties"].append((target, bought_one["id"], info.patient_role))
            continue
        roles = {role for _, _, role in row["parties"]}
        bought_from = {info.patient_role, info.source_role}
        if info.source_role and roles == bought_from and name not in {p[0] for p in row["parties"]}:
            # "è stata perfezionata l'acquisizione di X da Y": the buyer left unsaid is the main organization
            row["parties"] = [*row["parties"], (name, main["id"], info.agent_role)]
            continue
        # "concesso da A e B"; not the article's company beside another party of a type whose sides no
        # preposition tells ("X si è impegnata a non vendere le azioni di Y", Y the article's: both bound)
        one_sided = len(roles) == 1 and info.agent_role != info.patient_role
        topic_name = (topic.get("name") or topic["text"]) if topic else None
        told = len(row["parties"]) >= 2 and not info.patient_preps
        one_sided = one_sided and not (told and topic_name in {p[0] for p in row["parties"]})
        if not (len(row["parties"]) == 1 or one_sided) or name in {p[0] for p in row["parties"]}:
            continue
        if row.get("unnamed_party"):  # "con un pool di banche": the other side is there, unnamed
            continue
        if row.get("unnamed_holders") and not info.source_role:
            continue  # "dalla famiglia X": the seller is unnamed, the company sold is not
        spending = row["percentage"] is None and lexicon.own_investment.search(row["text"])
        if spending and roles == {info.agent_role}:
            continue  # "X investirà 130 milioni", "X ha raccolto finora 95 milioni": its own, no counterparty
        role = info.other_side(row["parties"][0][2])
        row["parties"] = [*row["parties"], (name, main["id"], role)]


def counterparty_told_before(rows: list[dict[str, Any]]) -> None:
    """A contract told with one party ("Alla fornitura si affianca un contratto di manutenzione") is
    with the counterparty of the closest contract of the same company told before it, in its
    paragraph or the two before: a company's further contract in a story is most often with the same
    customer or supplier."""
    for row in rows:
        if row["layer"] != "deal" or row["type"] not in COUNTERPARTY_TYPES or len(row["parties"]) != 1:
            continue
        if row.get("unnamed_party"):
            continue
        name = row["parties"][0][0]
        before = [
            r
            for r in rows
            if r["start"] < row["start"]
            and r["type"] in COUNTERPARTY_TYPES
            and len(r["parties"]) == 2
            and name in {p[0] for p in r["parties"]}
            and 0 <= row.get("paragraph", 0) - r.get("paragraph", 0) <= 2
        ]
        if not before:
            continue
        other = next(p for p in before[-1]["parties"] if p[0] != name)
        row["parties"] = [*row["parties"], other]
