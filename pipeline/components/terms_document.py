"""Document-level passes of the terms component: what a sentence tells of the deals of the sentences around
it (a denial, a condition still to be met, a pool's members, the subscribers of a capital increase, the
sellers of a purchase, a closing), and the parties a mention lends to the clauses that name none.

Each pass reads and updates the plain-data mentions the component builds clause by clause."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from spacy.tokens import Span

from pipeline.normalize.regex_literals import gated
from pipeline.normalize.terms_arguments import inside, name_id
from pipeline.normalize.terms_lexicon import TermLexicon
from pipeline.normalize.terms_merge import CLOSING_TYPES, contracting_parties

#: How many sentences back "Il venditore, X" or "A vendere sono X" looks for the purchase it names the
#: sellers of.
SELLER_REACH = 5


def join_parties(deal: dict[str, Any], orgs: Sequence[dict[str, Any]], role: str | None) -> None:
    """Add to ``deal``'s parties, in ``role``, the organizations it does not name yet."""
    known = {name for name, _, _ in deal["parties"]}
    for org in orgs:
        name, org_id = name_id(org)
        if name not in known:
            deal["parties"].append((name, org_id, role))
            known.add(name)


def denied_rumours(
    lexicon: TermLexicon, text: str, sentences: Sequence[Span], mentions: list[dict[str, Any]]
) -> None:
    """ "Alcuni siti avevano scritto che X sarebbe pronto a rilevare il 30% di Y. Ieri la società ha
    smentito la notizia": the uncertain deals of the sentence before a denial are negated, unless the
    denial tells a deal of its own ("Smentite invece le indiscrezioni su un interesse di Z"), and those
    after it in its own sentence ("ha smentito le indiscrezioni secondo cui X sarebbe pronta a
    lanciare un'offerta")."""
    denial = gated(lexicon.rumour_denial)
    for number, sentence in enumerate(sentences):
        found = denial.search(text, sentence.start_char, sentence.end_char)
        if found is None:
            continue
        # "Smentite invece le indiscrezioni su un interesse di X": the denial tells its own rumour
        told = any(
            m["sentence"] == number and m["layer"] == "deal" and m["end"] > found.start() for m in mentions
        )
        for mention in mentions:
            rumoured = mention["layer"] == "deal" and mention["certainty"] != "certain"
            before = mention["sentence"] == number - 1 and not told
            after = mention["sentence"] == number and mention["start"] > found.start()
            if rumoured and (before or after):
                mention.update(status="negated", explicit=True, cued=True)


def awaiting_after(
    lexicon: TermLexicon,
    conditions: Sequence[re.Pattern[str]],
    text: str,
    sentences: Sequence[Span],
    mentions: list[dict[str, Any]],
) -> None:
    """ "X ha firmato un'intesa per rilevare il 60% di Y. Il passaggio delle azioni resta subordinato al
    nulla osta dell'Enac": a sentence naming no term of its own but a condition still to be met makes
    the deals still to be done (planned) of the sentence before it pending, unless it tells the
    condition met. A deal told as done keeps its status: the condition may be a later step."""
    told = {mention["sentence"] for mention in mentions}
    awaiting = {  # the sentences right after one telling a deal still to be done
        mention["sentence"] + 1
        for mention in mentions
        if mention["layer"] == "deal" and mention["status"] == "planned" and not mention.get("stative")
    }
    for number in sorted(awaiting - told):
        if number >= len(sentences):
            continue
        sentence = sentences[number]
        if not any(c.search(text, sentence.start_char, sentence.end_char) for c in conditions):
            continue
        if lexicon.condition_met.search(text, sentence.start_char, sentence.end_char):
            continue  # "L'operazione aveva ottenuto il via libera del golden power": met already
        for mention in mentions:
            before = mention["sentence"] == number - 1 and mention["layer"] == "deal"
            if before and mention["status"] == "planned" and not mention.get("stative"):
                mention.update(status="pending", explicit=True, cued=True)


def pool_members(
    lexicon: TermLexicon,
    text: str,
    sentences: Sequence[Span],
    orgs: Sequence[dict[str, Any]],
    mentions: list[dict[str, Any]],
) -> None:
    """A deal with an unnamed pool ("con un consorzio di quattordici banche") takes as parties the
    organizations of the sentence that names the pool's members ("Il pool è guidato da X, Y e Z,
    mentre W partecipa come finanziatore"), in that sentence or the next."""
    for number, sentence in enumerate(sentences):
        if not gated(lexicon.pool_members).search(text, sentence.start_char, sentence.end_char):
            continue
        members = inside(orgs, sentence.start_char, sentence.end_char)
        pools = [
            m
            for m in mentions
            if m["unnamed_party"] and m["layer"] == "deal" and number - 1 <= m["sentence"] <= number
        ]
        if not members or not pools:
            continue
        deal = pools[-1]
        join_parties(deal, members, lexicon.types[deal["type"]].patient_role)
        deal["own_parties"] = True
        for mention in mentions:  # "A e B partecipano come finanziatori": the same deal's lenders
            if mention is not deal and mention["sentence"] == number and mention["type"] == deal["type"]:
                mention["parties"] = list(deal["parties"])


def subscribers(
    lexicon: TermLexicon, text: str, orgs: Sequence[dict[str, Any]], mentions: list[dict[str, Any]]
) -> None:
    """A capital increase or a bond followed by who subscribes it (", che sarà sottoscritto da X e dal
    fondo Y", ", che X, titolare del 51%, si è impegnata a sottoscrivere") has them as its financers."""
    for mention in mentions:
        if mention["type"] != "FINANCING" or not lexicon.subscribed_issue.match(mention["text"]):
            continue
        said = lexicon.subscribers_after.match(text, mention["end"])
        if said is None:
            continue
        group = "by" if said.group("by") else "who"
        subscribers = inside(orgs, *said.span(group))
        if subscribers:
            join_parties(mention, subscribers, lexicon.types["FINANCING"].agent_role)


def sellers_named(
    lexicon: TermLexicon,
    text: str,
    sentences: Sequence[Span],
    orgs: Sequence[dict[str, Any]],
    mentions: list[dict[str, Any]],
) -> None:
    """A sentence that opens on who sells ("A vendere sono X, ..., e Y") or on the seller and its name
    ("Il venditore, X, ...", "I venditori, tra cui il fondo X, ...") names the sellers of the purchase
    told before it: they join its parties in the seller's role, the sale verb is that purchase again,
    and the stakes they hold ("X, che detiene l'85%") are in the company sold. So does a company sold by
    one ("L'operazione riguarda il 75% del prosciuttificio, ceduto dalla holding X"), for the purchase
    told before the participle."""
    for number, sentence in enumerate(sentences):
        opening = lexicon.sellers_named.match(text, sentence.start_char, sentence.end_char)
        sellers = inside(orgs, sentence.start_char, sentence.end_char)
        found = (lexicon.sold_by.search(text, sentence.start_char, o["start"]) for o in sellers)
        sold = next((match for match in found if match is not None), None)
        if opening is None and sold is not None:  # "L'operazione riguarda il 75%, ceduto dalla holding X"
            seller = next(o for o in sellers if o["start"] >= sold.end())
            deals = purchases_before(lexicon, mentions, number, sold.start())
            if not deals:
                continue
            deal = deals[-1]
            join_parties(deal, [seller], lexicon.types[deal["type"]].source_role)
            for mention in mentions:  # "ceduto" itself: the same purchase
                if sold.start() <= mention["start"] < sold.end() and mention["type"] == deal["type"]:
                    mention.update(parties=list(deal["parties"]), status=deal["status"])
            continue
        if opening is None:
            opening = lexicon.seller_apposition.match(text, sentence.start_char, sentence.end_char)
            named = [o for o in sellers if opening is not None and o["start"] >= opening.end()][:1]
            if not named:
                continue
            comma = text.find(",", named[0]["end"], sentence.end_char)  # the apposition ends there
            if comma < 0:
                continue
            sellers = [o for o in sellers if opening.end() <= o["start"] < comma]
        deals = purchases_before(lexicon, mentions, number, sentence.start_char)
        if not sellers or not deals:
            continue
        deal = deals[-1]
        info = lexicon.types[deal["type"]]
        join_parties(deal, sellers, info.source_role)
        targets = [p for p in deal["parties"] if p[2] == info.patient_role]
        for mention in mentions:
            if mention["sentence"] != number:
                continue
            if opening.start() <= mention["start"] < opening.end():  # "vendere" itself: the same purchase
                mention["parties"] = list(deal["parties"])
                mention["status"] = deal["status"]
            elif mention["type"] == "INVESTMENT_STAKE" and mention.get("stative") and targets:
                # "X, che detiene l'85%": a seller's stake is in the company sold
                stake = lexicon.types["INVESTMENT_STAKE"]
                holders = [p for p in mention["parties"] if p[2] == stake.agent_role][:1]
                mention["parties"] = holders + [(targets[0][0], targets[0][1], stake.patient_role)]


def purchases_before(
    lexicon: TermLexicon, mentions: Sequence[dict[str, Any]], number: int, offset: int
) -> list[dict[str, Any]]:
    """The deals with a seller's role told before ``offset`` in the ``SELLER_REACH`` sentences up to
    sentence ``number``, in text order."""
    return [
        m
        for m in mentions
        if m["layer"] == "deal"
        and not m["anaphoric"]
        and number - SELLER_REACH <= m["sentence"] <= number
        and m["end"] <= offset
        and lexicon.types[m["type"]].source_role
    ]


def tie_to_closing(lexicon: TermLexicon, found: list[dict[str, Any]], mentions: list[dict[str, Any]]) -> None:
    """ "un contratto di servizi, che entrerà in vigore al closing", "si è impegnata a non fare
    concorrenza per tre anni dal closing": a contract or a clause told in the sentence that names the
    closing of another deal starts with it (``closing_at``: where that closing is)."""
    closing = next((m for m in found if m["anaphoric"] and lexicon.closing_anaphor.search(m["text"])), None)
    if closing is None:
        return
    for mention in [*mentions, *found]:
        own = not mention["anaphoric"]
        if own and mention["sentence"] == closing["sentence"] and mention["type"] not in CLOSING_TYPES:
            mention["closing_at"] = closing["start"]


def lend_parties(
    lexicon: TermLexicon, mentions: list[dict[str, Any]], ventures: set[tuple[str, str]]
) -> None:
    """A clause mention with no organization in its sentence takes the parties of the closest mention
    before it that has some (the same agreement, referred to by "la società", "l'accordo"); of a sale,
    who sells and who buys, not the company sold (the clause is of their contract). One that
    speaks of the partners ("tra i soci", "i due gruppi") takes those of the closest deal between two
    or more organizations, less the joint company they set up, and so does a deal told of "le parti"
    ("Contestualmente le parti hanno sottoscritto un contratto di servizi"). A final agreement
    ("l'accordo definitivo") takes those of the deal it seals. A deal of the partners that names
    only the joint company it sets up ("le due aziende hanno costituito una joint venture, X") takes
    those of the deal before it. Other deals without parties stay without: lending them would merge
    unrelated deals."""
    previous: list[tuple[str, str, str]] = []
    clause_source: list[tuple[str, str, str]] = []
    partners: list[tuple[str, str, str]] = []
    for mention in sorted(mentions, key=lambda m: m["start"]):
        if mention.get("final") and not mention["parties"]:
            sealed = next((m for m in mentions if m["type"] == mention["type"] and m["parties"]), None)
            mention["parties"] = list(sealed["parties"]) if sealed else []
        if mention.get("stative"):
            continue  # "X, che detiene il 20%, ...": a holding, not the agreement spoken of
        if mention.get("earlier"):  # "l'intesa precedente": the same partners, another agreement
            replaced = [m for m in mentions if m["type"] == mention["type"] and m["parties"]]
            if not mention["parties"] and replaced:
                mention["parties"] = list(replaced[0]["parties"])
            continue
        founding = mention["partners"] and mention["layer"] == "deal"
        if founding and previous:
            if all((name, org_id) in ventures for name, org_id, _ in mention["parties"]):
                # "le due aziende hanno costituito una joint venture, X": the partners found X
                mention.update(parties=[], unnamed_party=False)
        if mention["parties"]:
            previous = mention["parties"]
            kind = lexicon.types[mention["type"]]
            # a clause of a sale binds who sells and who buys, not the company sold ("L'operazione [...].
            # Il contratto prevede un patto di non concorrenza a carico della holding"), and so do "le parti"
            clause_source = contracting_parties(previous, kind)
            founders = contracting_parties([p for p in previous if (p[0], p[1]) not in ventures], kind)
            if mention["layer"] == "deal" and len(founders) >= 2:
                partners = founders
        elif previous and (mention["layer"] == "clause" or founding or (mention["the_parties"] and partners)):
            info = lexicon.types[mention["type"]]
            # "tra i soci"; a deal "le parti hanno sottoscritto" (a clause "le parti" keeps the closest)
            of_partners = mention["partners"] or (mention["the_parties"] and mention["layer"] == "deal")
            source = partners if of_partners and partners else previous
            if source is previous and mention["layer"] == "clause":
                source = clause_source
            lent = [(name, org_id) for name, org_id, _ in source]
            subject = mention.get("recent_subject")
            if subject is not None and subject in lent:  # the one acting last keeps acting
                lent.remove(subject)
                lent.insert(0, subject)
            mention["parties"] = [
                (name, org_id, info.agent_role if i == 0 else info.patient_role)
                for i, (name, org_id) in enumerate(lent)
            ]
