"""``itnews_terms``: typed contract terms (deals and clauses) with status, parties, amounts and dates.

Runs after ``itnews_organizations``, ``itnews_money`` and ``itnews_dates`` and reads their ``Doc._``
lists. Triggers come from ``pipeline/lexicons/term_triggers.jsonl`` (a spaCy ``Matcher`` over
lower-cased text and lemmas, filtered in :mod:`pipeline.components.terms_triggers`); status and
certainty from the cues of ``term_cues.jsonl`` with clause-bounded scope
(:mod:`pipeline.normalize.terms_status`); arguments from the entity layers
(:mod:`pipeline.normalize.terms_arguments`); repeated mentions are merged into one row per term
(:mod:`pipeline.normalize.terms_merge`).

>>> import spacy
>>> nlp = spacy.blank("it"); _ = nlp.add_pipe("sentencizer")
>>> nlp.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
>>> _ = nlp.add_pipe("itnews_terms")
>>> doc = nlp("L'accordo non prevede più l'esclusiva, ma mantiene la prelazione.")
>>> [(t["type"], t["status"]) for t in doc._.itnews_terms]
[('EXCLUSIVITY', 'ended'), ('RIGHT_OF_FIRST_REFUSAL', 'active')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span

from pipeline import extensions  # noqa: F401  (registers the Doc._ extensions)
from pipeline.components.base import collector_paused
from pipeline.components.lemmas import italian_word, load_lemma_table
from pipeline.components.org_rules import company_nouns, head_nouns
from pipeline.components.organizations import place_names
from pipeline.components.terms_document import (
    awaiting_after,
    denied_rumours,
    lend_parties,
    pool_members,
    sellers_named,
    subscribers,
    tie_to_closing,
)
from pipeline.components.terms_triggers import ANAPHORA, NAMED_BY_AMOUNT, POSSESSIVE_BEFORE, TriggerFinder
from pipeline.components.terms_windows import bounded_sentences
from pipeline.components.text_lines import line_end, line_start
from pipeline.extensions import doc_text
from pipeline.normalize.regex_literals import gated
from pipeline.normalize.terms_arguments import (
    AGENT_PREPOSITION,
    APPOSITION_OPENING,
    OBJECT_PREPOSITION_BEFORE,
    PREPOSITION_BEFORE,
    assign_roles,
    company_kind_before,
    digest_items,
    find_percentage,
    fronted_partner,
    head_anaphors,
    head_index,
    held_by,
    inside,
    link_dates,
    link_money,
    named_in_title,
    named_ventures,
    opening_match,
    organization_for,
    party_orgs,
    scope_orgs,
    sentence_subject,
    topic_org,
    venture_anaphors,
)
from pipeline.normalize.terms_arguments import (
    name_id as _name_id,
)
from pipeline.normalize.terms_lexicon import TermLexicon, TriggerRule, load_term_lexicon
from pipeline.normalize.terms_merge import (
    AGREEMENT_LIKE,
    BID_TYPES,
    CLOSING_TYPES,
    CONTRACT_TYPES,
    bought_company,
    complete_parties,
    consistent_bounds,
    counterparty_told_before,
    group_mentions,
    holders_sell,
    holdings_of_targets,
    link_agreements,
    merge_group,
    rollovers_wait,
    talks_of_deals,
    told_more_than_its_buyer,
    wait_for_closing,
)
from pipeline.normalize.terms_shares import control_sellers, share_owners
from pipeline.normalize.terms_status import (
    FUTURE_TENSE,
    PAST_TENSE,
    StatusDecision,
    TriggerRef,
    assign_statuses,
    clause_spans,
    find_cues,
)


@Language.factory(
    "itnews_terms",
    default_config={"lexicon_dir": None, "max_generic_gap": 5, "max_sentence_chars": 1500},
    assigns=["doc._.itnews_terms"],
)
def make_terms(
    nlp: Language, name: str, lexicon_dir: str | None, max_generic_gap: int, max_sentence_chars: int
) -> TermExtractor:
    """Factory of the ``itnews_terms`` component (see :class:`TermExtractor`); sentences longer than
    ``max_sentence_chars`` are read in windows of that size (text without punctuation)."""
    return TermExtractor(
        nlp,
        name,
        lexicon_dir=lexicon_dir,
        max_generic_gap=max_generic_gap,
        max_sentence_chars=max_sentence_chars,
    )


#: A company noun in apposition after an organization ("Pagoflow, la fintech milanese").
DESCRIBED_AFTER = re.compile(r"\s*,\s*(?:la|il|l'|lo)\s*(?P<noun>[a-zà-ù]+)\b")
#: A company noun (and an adjective, or a complement) right before an organization ("la fintech milanese
#: Pagoflow", "la piattaforma in abbonamento Scaffale").
DESCRIBED_BEFORE = re.compile(
    r"\b(?:la|il|l'|lo)\s*(?P<noun>[a-zà-ù]+)(?:\s+[a-zà-ù]+|\s+(?:in|di|da|per)\s+[a-zà-ù]+)?\s+$"
)
#: A bare contract noun, and what makes it a purchase's contract ("il contratto preliminare").
CONTRACT_NOUN = re.compile(r"contratt[oi]$", re.IGNORECASE)
#: A renewal whose object is the trigger: what the clause says of it (talks, a plan, an approval awaited)
#: is said of the renewal; the agreement renewed is in force.
RENEWAL_OF_BEFORE = re.compile(
    r"\b(?:rinnovo|proroga|prolungamento|estensione)(?:\s+[a-zà-ù]+)?\s+(?:del|della|dell'|dello)\s*$",
    re.IGNORECASE,
)
#: The statuses of talks, a plan or an approval awaited: said of a renewal, they leave its agreement in force.
UNSETTLED = frozenset({"negotiating", "planned", "pending"})
#: Restrictions whose length a "per tre anni" beside them states: a non-compete, a lock-up.
RESTRICTION_TYPES = frozenset({"NON_COMPETE", "CHANGE_OF_CONTROL_TRANSFER"})
#: A duration told as "per tre anni", "per ventiquattro mesi".
FOR_A_PERIOD = re.compile(r"per\b", re.IGNORECASE)
#: The agreement noun heading a restriction right after it ("il patto di non concorrenza").
HEADING_GAP = re.compile(r"\s*(?:parasociale\s+)?(?:di|del|della)\s*$")
#: Between a spending verb and the company it invests in: an amount at most, then "in" ("investire 5
#: milioni in Y", "nello stabilimento di Y").
INVESTED_IN = re.compile(
    r"[^.;:]{0,60}?\b(?:in|nel|nella|nello|negli|nelle)\s+(?:[\w']+\s+){0,3}?(?:(?:di|del|della|dell')\s*)?$"
)
#: "l'offerta" (not "l'operazione"): a further mention of a bid.
OFFER_ANAPHOR = re.compile(r"offert", re.IGNORECASE)
#: A town right after a company noun ("il gruppo di Chicago", "la società di Prato").
PLACE_AFTER = re.compile(r"\s+di\s+[A-ZÀ-Ú][\w'’]+")
#: A company noun after a preposition ("alla piattaforma", "per la fintech"): the company the article
#: described with that noun, as the object of a verb.
DESCRIBED_OBJECT = re.compile(
    r"\b(?:alla|al|all'|della|del|dell'|dalla|dal|dall'|nella|nel|nell'|sulla|sul|sull'|"
    r"(?:per|con|tra|fra)\s+(?:la|il|l'))\s*(?P<noun>[a-zà-ù]+)\b"
)
#: "i cappelli del gruppo", "i clienti della società": a generic company noun owning something (see the
#: lexicon's owner_noun_end).
GENITIVE_OWNER = re.compile(r"(?:della|del|dell')\b")
#: The share from which buying into a company is taking control of it: a majority. Below it the buyer
#: takes a stake ("a stake with no control", the design note); every gold set types 31-49 % so.
CONTROLLING_SHARE = 50.0
#: The shortest paragraph that can be an article's lead (characters): shorter ones are headlines.
LEAD_CHARS = 150
#: The most tokens of a sentence naming who the next one deals with ("«Per l'80% da X.").
FRAGMENT_TOKENS = 12
#: The last relative "che" before a word, and what follows it up to the word.
LAST_RELATIVE = re.compile(r".*\bche\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)
#: Nothing but an article between "che" and a name: "che il fondo X ha concesso" names the relative's subject.
ARTICLE_ONLY = re.compile(r"\s*(?:(?:il|la|lo|l'|i|gli|le)\s*)?(?:[a-zà-ù]+\s+)?$", re.IGNORECASE)
#: A release's definition of its issuer, right after its name: 'X S.p.A. (la "Società")', "(l'Emittente)".
DEFINED_AS_COMPANY = re.compile(
    r"\s*\(\s*(?:di\s+seguito\s+(?:anche\s+)?)?(?:la|il|l['’])\s*[«\"“]?\s*(?:Società|Emittente|Gruppo|Capogruppo)"
    r"\s*[»\"”]?\s*\)"
)
#: A headline's appellant whose appeal is rejected ("il Tar respinge il ricorso di X"): the loser.
REJECTED_APPELLANT = re.compile(
    r"\b(?:respin\w+|bocci\w+)\s+(?:il\s+)?ricors[oi]\s+(?:di|del|della|dello|dell'|dei)\s*"
    r"(?P<name>[A-ZÀ-Ý][\w&'’-]*(?:\s+[A-ZÀ-Ý][\w&'’-]*)*)"
)
#: A participial phrase opening a sentence before its subject ("Fondata da X, l'azienda ha ...").
OPENING_PHRASE = re.compile(r"\W*[^,.;:]{0,60},\s*")
#: A line break: a mention's paragraph is the number of them before it (news puts a paragraph on a line).
LINE_BREAK = re.compile(r"\n(?=[ \t]*[^\s])")  # a line that holds text: blank lines make no paragraph
#: Blanks and an opening quote before an interview's answer.
QUOTE_OPENING = re.compile(r"[ \t]*[«\"“]?[ \t]*")
#: A line that opens with a quotation mark: an interview's answer.
QUOTED_LINE = re.compile(r"[ \t]*[«\"“]")
#: Words of a renewal that happens by itself ("si rinnova tacitamente", "tacito rinnovo", "rinnovabile").
AUTOMATIC_RENEWAL = re.compile(r"\b(?:tacit\w*|automatic\w*|rinnovabil[ei])\b", re.IGNORECASE)
#: A verb in the first person plural ("abbiamo", "gestiamo", "costituiremo"; not "estremo").
FIRST_PERSON_PLURAL = re.compile(
    r"\b(?:abbiamo|avevamo|avremo|siamo|eravamo|saremo|(?!(?:estr|supr)emo\b)[a-zà-ù]{2,}(?:iamo|remo))\b",
    re.IGNORECASE,
)
#: The quotation marks that open and close an answer.
OPENING_QUOTES, CLOSING_QUOTES = "«“", "»”"
#: The most characters an interview's question holds.
QUESTION_CHARS = 200
#: What may follow the organization that ends such a sentence: its town, then the full stop or the quote.
FRAGMENT_END = re.compile(r"\s*(?:,\s*(?:di|a)\s+[A-ZÀ-Ý][\w'’]*\s*)?[.!»\"”]*\s*")
#: A verb in the past perfect ("si era impegnata", "aveva ottenuto"): what the clause tells was so before.
PAST_PERFECT = re.compile(
    r"\b(?:aveva|avevano|avevamo|si\s+era|si\s+erano|gli\s+aveva|le\s+aveva)\s+(?:\w+\s+)?"
    r"[a-zà-ù]+(?:at|ut|it)[oaie]\b",
    re.IGNORECASE,
)
#: A stake told as the rest of a capital, its holder after it ("il restante 30% rimane a X").
REST_HELD = re.compile(r"(?:restante|rimanente|residuo|il\s+resto)\b", re.IGNORECASE)
#: A stake whose holder is named right after its verb ("il 30% è di X", "resta a X", "è nelle mani di X",
#: "fa capo a X", "controlliamo il 72% tramite X").
HOLDER_NEXT = re.compile(
    r"^%\s*(?:è|era|resta|rimane|resterà|rimarrà|restava|rimaneva|spetta|appartiene)\b|\bman[io]\s+\w+'?$|"
    r"\bcapo\b|\b(?:attraverso|tramite)\b",
    re.IGNORECASE,
)
#: Before a company whose shares a sentence tells of: "Il primo azionista di X", "il 30% di X".
SHARES_OF_BEFORE = re.compile(
    r"(?:\b(?:azionist[ai]|soci[oa]?|capitale|quote)|\d%)\s+(?:\w+\s+)?(?:di|del|della|dell')\s*$",
    re.IGNORECASE,
)
#: How far after a generic agreement noun its customer is looked for (characters).
CUSTOMER_REACH = 80
#: A verb of keeping a stake ("conserva", "manterrà"): what it keeps is held now.
KEEPING_VERB = re.compile(r"conserv|mant", re.IGNORECASE)
#: A relative clause begins between a trigger and a verb after it: the verb is not the trigger's.
RELATIVE_PRONOUN = re.compile(r"\b(?:che|cui|il\s+quale|la\s+quale|i\s+quali|le\s+quali)\b", re.IGNORECASE)


#: A participle of signing right after a trigger ("il contratto di fornitura firmato ad aprile"): done.
SIGNED_AFTER = re.compile(
    r"[ \t]+(?:\w+[ \t]+){0,3}?(?:firmat|sottoscritt|siglat|stipulat)[oaie]\b(?![ \t]+(?:entro|a\s+breve))",
    re.IGNORECASE,
)
#: A comma between a name and the indefinite noun phrase that describes it ("X, un fondo di Trieste").
INDEFINITE_APPOSITION = re.compile(r"\s*,\s*")
#: An article opening a sentence, before its first noun ("Il consorzio ...").
OPENING_ARTICLE = re.compile(r"\W*(?:il|lo|la|l['’]|i|gli|le)\s*", re.IGNORECASE)
#: A verb right after "la società" that makes it the subject of its clause ("la società prevede di").
SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:non\s+)?(?:ha|hanno|è|sta|prevede|intende|punta|potrà|dovrà|vuole|conta)\b", re.IGNORECASE
)
#: A verb in the future after a noun ("la società investirà"), its subject.
FUTURE_VERB_AFTER = re.compile(r"\s+(?:non\s+)?[a-zà-ù]{3,}(?:erà|irà)\b", re.IGNORECASE)
#: Between an object relative's pronoun and its subject ("che X ci ha concesso", "che la X ha firmato").
RELATIVE_SUBJECT_GAP = re.compile(r"\s*(?:(?:il|lo|la|l['’]|i|gli|le)\s*)?", re.IGNORECASE)
#: A clause that opens on a gerund after a comma or "e" (", consentendo alla società di ...").
GERUND_OPENING = re.compile(r"\s*(?:,|\be\b)\s*[a-zà-ù]+(?:ando|endo)\b", re.IGNORECASE)
#: The main clause's predicate resuming after a relative clause: a comma, then a finite verb with no
#: subject of its own (", è scaduto il 30 giugno", ", non è stato rinnovato", ", si è chiuso a giugno").
RESUMED_PREDICATE = re.compile(
    r",\s*(?=(?:non\s+|già\s+|poi\s+)?(?:si\s+)?"
    r"(?:è|sono|era|erano|fu|ha|hanno|aveva|avevano|sarà|saranno|scade|scadrà|scadeva|"
    r"resta|resterà|rimane|rimarrà|cessa|cesserà|naufrag\w+|tramont\w+|sfum\w+|fall\w+)\b)",
    re.IGNORECASE,
)


#: The imperfect's vowel for each conjugation: "firmava" (-are), "produceva" (-ere, -rre), "forniva" (-ire).
IMPERFECT_VOWEL = {"are": "a", "ere": "e", "rre": "e", "ire": "i"}


def _imperfect_of(word: str, lemma: str) -> bool:
    """``word`` is the imperfect of the verb ``lemma``: its ending's vowel is the conjugation's ("rileva"
    of "rilevare" is the present)."""
    vowel = IMPERFECT_VOWEL.get(lemma[-3:])
    singular = word[:-2] if word.endswith("vano") else word  # "firmavano" -> "firmava"
    return vowel is not None and singular.endswith(vowel + "va")


def _item_index(items: Sequence[tuple[int, int]], offset: int) -> int:
    """The digest item ``offset`` falls in (0 when the text is no digest)."""
    return next((n for n, (_, end) in enumerate(items) if offset < end), max(len(items) - 1, 0))


def _sellers(deal: dict[str, Any], before: list[dict[str, Any]], role: str | None) -> list[tuple]:
    """The sellers of ``deal``, or of the same deal told again from the sellers' side before the clause
    ("A vendere sono X e Y"): a row of its type that shares a party with it."""
    names = {p[0] for p in deal["parties"]}
    told = [deal] + [
        other
        for other in before
        if other is not deal and other["type"] == deal["type"] and names & {p[0] for p in other["parties"]}
    ]
    for other in told:
        sellers = [p for p in other["parties"] if role and p[2] == role]
        if sellers:
            return sellers
    return []


#: A sentence that opens on paying for the deal told before it: "Per pagare il prezzo, X ha ottenuto ...".
PAYING_FOR_DEAL = re.compile(r"\s*per\s+pagare\b", re.IGNORECASE)


class TermExtractor(Pipe):
    """Find contract-term triggers, decide their status and certainty, link their arguments, merge."""

    def __init__(
        self,
        nlp: Language,
        name: str = "itnews_terms",
        *,
        lexicon_dir: str | None = None,
        max_generic_gap: int = 5,
        max_sentence_chars: int = 1500,
    ) -> None:
        self.name = name
        self.max_sentence_chars = max_sentence_chars
        self.lexicon: TermLexicon = load_term_lexicon(lexicon_dir)
        self.triggers = TriggerFinder(nlp.vocab, self.lexicon, max_generic_gap)
        self.rules: dict[str, TriggerRule] = self.triggers.rules
        table = load_lemma_table()
        self.lemma = lambda word: table.get(word, word)
        #: The cues of a condition still to be met ("subordinato al nulla osta"), for ``awaiting_after``.
        self.conditions = tuple(
            cue.regex for cue in self.lexicon.cues if cue.cue == "pending" and cue.cue_class == "condition"
        )
        #: The kind of company between a preposition and its name ("dalla holding di famiglia X").
        self.company_kind = company_kind_before(company_nouns())
        # company heads a text uses again as a common noun ("l'acciaieria"); the generic ones ("la società")
        # stand for the article's main organization instead
        self.specific_heads = frozenset(
            h for h in head_nouns() if not self.lexicon.anaphoric_company.fullmatch(f"la {h.lower()}")
        ) | {head.capitalize() for head in self.lexicon.public_anaphors.values()}

    def __call__(self, doc: Doc) -> Doc:
        error_handler = self.get_error_handler()
        try:
            with collector_paused():
                self.set_annotations(doc, self.match(doc))
        except Exception as exc:  # noqa: BLE001  (handed to spaCy's configurable error handler)
            error_handler(self.name, self, [doc], exc)
        return doc

    def match(self, doc: Doc, topic_override: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Term rows of ``doc`` (plain data, see ``pipeline.extensions``), not yet numbered. The article's
        company is the lead's, unless the lead's company only bids for another the article tells more of
        (``topic_override``: then the rows are read again about that one)."""
        lex = self.lexicon
        text = doc_text(doc)
        # "il Comune" names the one Comune as a party, though it is no organization mention of its own
        named = sorted(
            [*(doc._.itnews_orgs or []), *(doc._.itnews_public_heads or [])], key=lambda o: o["start"]
        )
        orgs = party_orgs(text, named, lex)
        all_money = [m for m in (doc._.itnews_money or []) if m.get("amount") is not None]
        money = [  # "ricavi per 1,9 miliardi" is a result, not the value of a term
            m
            for m in all_money
            if not gated(lex.result_amount_before).search(text, max(0, m["start"] - 80), m["start"])
        ]
        dates = list(doc._.itnews_dates or [])
        sentences = bounded_sentences(doc, self.max_sentence_chars)
        # not a union, nor the broker signing a research note or rating the company ("X Sim alza il
        # giudizio su Y"), in any of its mentions
        authors = {_name_id(o)[0] for o in orgs if lex.note_author_after.match(text, o["end"])}
        companies = [
            o
            for o in orgs
            if not lex.trade_union.search(o.get("name") or o["text"]) and _name_id(o)[0] not in authors
        ]
        companies_by_sentence = [inside(companies, s.start_char, s.end_char) for s in sentences]
        subjects = [
            sentence_subject(text, (s.start_char, s.end_char), found)
            for s, found in zip(sentences, companies_by_sentence, strict=True)
        ]
        descriptions = self._descriptions(text, orgs)  # "Pagoflow, la fintech milanese"
        described = {org["start"] for _, _, org in descriptions}
        items = digest_items(text, doc._.itnews_title, lex)  # a news digest: each item its own company
        item_of = [_item_index(items, s.start_char) for s in sentences]
        topics, leads = [], []
        defined: dict[str, Any] | None = None  # the organization a release defines as "la Società"
        litigants: tuple[dict[str, Any], dict[str, Any]] | None = None
        for number, (start, end) in enumerate(items or [(0, len(text))]):
            own = [i for i, item in enumerate(item_of) if item == number or not items]
            first = next((i for i in own if companies_by_sentence[i]), None)  # the lead: the first naming one
            lead_for = organization_for(
                text, companies_by_sentence[first] if first is not None else [], described
            )
            topics.append(topic_org([subjects[i] for i in own], inside(companies, start, end), lead_for))
            leads.append([o for o in (lead_for, subjects[first] if first is not None else None) if o])
        if not items:
            # the lead's own subject or the company it is for; else the headline's first company is a
            # better guess than a later sentence's subject
            named = {_name_id(o)[0] for o in leads[0]}
            settled = topics[0] is not None and _name_id(topics[0])[0] in named
            lead_orgs = companies_by_sentence[first] if first is not None else []
            winner = self._verdict_winner(text, sentences[first], lead_orgs) if first is not None else None
            if winner is not None:  # "Il Tribunale ha dato torto a X nella lite con Y": the article is Y's
                topics[0], settled = winner, True
                others = [o for o in lead_orgs if _name_id(o)[0] != _name_id(winner)[0]]
                others = [o for o in others if not self._public(o) and not self._authority(o)]
                litigants = (winner, others[0]) if others else None
            topics[0] = self._headline_company(doc._.itnews_title, companies, topics[0], settled)
            defined = next((o for o in companies if DEFINED_AS_COMPANY.match(text, o["end"])), None)
            topics[0] = topic_override or defined or topics[0]  # 'X S.p.A. (la "Società")': X's release
        else:  # an item without a company of its own is about the article's
            whole = self._headline_company(doc._.itnews_title, companies, topic_org(subjects, companies))
            topics = [found or whole for found in topics]
        topic = topics[0]
        # where the article turns back to its own company by a generic noun: "Fondata da X, l'azienda ha
        # 63 dipendenti" (its name as a subject is no such sign: "X ha rilevato Y. X ... il contratto di Y")
        topic_told_at = [s.start_char for s in sentences if self._opens_on_company(text, s)]
        context = {
            "orgs": orgs,
            "topic": topic,
            "heads": head_index(orgs, self.specific_heads, self.lemma),
            "ventures": named_ventures(text, orgs, lex),
            "money": money,
            "dates": dates,
            # cue words inside a name are no cues ("Conservatorio Rossini", "Nuova Fusione Srl")
            "protected": [(d["start"], d["end"]) for d in [*dates, *all_money, *orgs]],
            "line_breaks": [m.start() for m in LINE_BREAK.finditer(text)],
        }
        context["venture_ids"] = {_name_id(v) for v in context["ventures"]}
        context["descriptions"] = descriptions
        context["company_topic"] = self._company_topic(context["topic"], orgs)
        spans = self.triggers.find(doc, doc._.itnews_orgs or [])
        mentions: list[dict[str, Any]] = []
        seen_types: set[str] = set()
        referred: list[str] = []  # the deals "l'operazione" refers to: those of the last sentence naming one
        sentence_deals: list[str] = []
        closing: list[str] = []  # the deals "il closing" refers to: the last sentence's deals that close
        # the sentences' subjects, with the article's company where a sentence opens on "la società" and
        # the one before has no subject to stand for ("Gli analisti di X alzano il target. «La società ha i
        # mezzi ...»"), and the company a sentence with none opens on by its head noun ("Il consorzio ...")
        acting = list(subjects)
        for number, sentence in enumerate(sentences):
            if items:  # the digest's item: its company and the subjects of its own sentences
                context["topic"] = topics[item_of[number]]
                context["company_topic"] = self._company_topic(context["topic"], orgs)
            told = sentence.start_char in topic_told_at
            if told and number and acting[number - 1] is None is acting[number]:
                acting[number] = context["company_topic"]
            if acting[number] is None:  # "Il consorzio conserva la produzione": the one Consorzio named
                acting[number] = self._opening_head(text, sentence, context["heads"], orgs)
                context["subject_by_head"] = acting[number] is not None
            else:
                context["subject_by_head"] = False
            same_item = zip(acting[:number], item_of, strict=False)
            earlier = [s for s, item in same_item if item == item_of[number]][::-1]
            context["previous_subject"] = next((s for s in earlier if s), None)
            context["recent_subject"] = (  # the company "la società" stands for: not a ministry
                next((s for s in earlier if s and not self._public(s)), None)
            )
            context["own_subject"] = acting[number]
            context["previous_orgs"] = companies_by_sentence[number - 1] if number else []
            # "Non è la prima volta che l'azienda attira pretendenti. Nel 2023 era naufragata la fusione con
            # Y": from the phrase to the end of the next sentence
            history = lex.suitors_history.search(text, sentence.start_char, sentence.end_char)
            history_from = history.end() if history else None
            if history_from is None and context.get("history_next", False):
                history_from = sentence.start_char
            context["history_from"] = history_from
            context["history_next"] = history is not None
            in_sentence = [s for s in spans if sentence.start <= s.start < sentence.end]
            if not in_sentence:
                continue
            asked_about = _asked_about(text, sentence, orgs)
            context["fragment_party"] = (
                self._fragment_party(text, sentences, number, companies_by_sentence, spans) or asked_about
            )
            closing = [t for t in sentence_deals if t in CLOSING_TYPES] or closing
            referred, sentence_deals = (sentence_deals or referred), []
            sentence_orgs = inside(orgs, sentence.start_char, sentence.end_char)
            # «Lo smentisco: non abbiamo ricevuto nessuna offerta»: of the one company its question names
            asked = [asked_about] if asked_about else []
            context["sentence_hits"] = []
            context["previous_hits"] = []
            context["previous_clause"] = None
            previous_found: list[dict[str, Any]] = []
            clauses = clause_spans(text, sentence.start_char, sentence.end_char, lex.clause_breaker)
            # the cues of a clause serve its triggers and those of the clauses after it: none after the last
            # clause holding a trigger (a relative clause read with the one before finds its own cues)
            last_trigger = max(s.start_char for s in in_sentence)
            for index, clause in enumerate(clauses):
                following = clauses[index + 1] if index + 1 < len(clauses) else None
                context["following_clause"] = following
                context["after_following"] = clauses[index + 2] if index + 2 < len(clauses) else None
                typed: list[tuple[Span, str]] = []
                kept = []
                for s in in_sentence:
                    if not clause[0] <= s.start_char < clause[1]:
                        continue
                    if s.label_ == ANAPHORA or self.triggers.keep(
                        doc, s, clause, sentence, sentence_orgs or asked, money, seen_types, following
                    ):
                        kept.append(s)
                    elif (anaphora := self.triggers.as_anaphora(doc, s)) is not None:
                        kept.append(anaphora)  # "L'offerta è subordinata ...": the offer named before
                kept = self._talks_about_previous(text, clause, kept, previous_found)
                kept = self._without_restriction_lengths(text, clauses, index, in_sentence, kept)
                previous_found = []
                for i, span in enumerate(kept):
                    if span.label_ == ANAPHORA:
                        deals = sentence_deals or referred
                        if lex.closing_anaphor.search(span.text):  # a supply contract has no closing
                            deals = [t for t in deals if t in CLOSING_TYPES] or closing
                        elif OFFER_ANAPHOR.search(span.text):  # "l'offerta" bids for a company, not a supply
                            deals = [t for t in deals if t in BID_TYPES]
                        typed.extend((span, deal) for deal in deals)
                    elif not self.triggers.absorbed(doc, span, kept[i + 1 :]):
                        term_type = self.rules[span.label_].type
                        sealed = self._sealed_deal(text, span, mentions)  # "firmare l'accordo definitivo"
                        term_type = sealed or self._replaced_deal(text, span, mentions) or term_type
                        if term_type == "ACQUISITION" and self._minority(text, span):  # "rilevare il 35%"
                            term_type = "INVESTMENT_STAKE"
                        # "l'accordo con X, che vale 14 milioni l'anno": a recurring sale
                        recurring = self._per_period(span, clause, following, money)
                        if term_type == "PARTNERSHIP" and (recurring or self._with_a_customer(span, clause)):
                            term_type = "SUPPLY_SERVICE_CONTRACT"
                        elif term_type == "SUPPLY_SERVICE_CONTRACT" and self._with_research_body(
                            span, clause, sentence_orgs
                        ):
                            term_type = "PARTNERSHIP"
                        typed.append((span, term_type))
                        if lex.types[term_type].layer == "deal" and not self.rules[span.label_].stative:
                            if term_type not in sentence_deals and not lex.ongoing_agreement.search(
                                text, clause[0], span.start_char
                            ):
                                sentence_deals.append(term_type)  # not "ha in corso un mutuo": no deal done
                hits = self._cues(text, clause, context) if clause[0] <= last_trigger else []
                if not typed:
                    context["sentence_hits"].extend(hits)
                if typed:
                    found = self._clause_mentions(
                        doc, number, sentence, sentence_orgs, clause, typed, hits, context
                    )
                    tie_to_closing(lex, found, mentions)
                    _in_force_until_left(text, found)
                    mentions.extend(found)
                    previous_found = found
                    seen_types.update(t for _, t in typed)
                context["previous_hits"] = hits
                context["previous_clause"] = clause
                self._retract(text, clause, number, mentions)
        mentions = self._permits_left_out(text, mentions)
        denied_rumours(lex, text, sentences, mentions)
        awaiting_after(lex, self.conditions, text, sentences, mentions)
        pool_members(lex, text, sentences, orgs, mentions)
        sellers_named(lex, text, sentences, orgs, mentions)
        subscribers(lex, text, orgs, mentions)
        lend_parties(lex, mentions, context["venture_ids"])
        groups = group_mentions(mentions, lex.public_body)
        # "abbiamo firmato una lettera d'intenti": a step of the talks on a deal, not a term of its own
        rows = [merge_group(group) for group in groups if not all(m.get("preliminary") for m in group)]
        # "contro i 7 milioni del contratto precedente": a comparison, unless told what became of it
        rows = [row for row in rows if not row.get("earlier") or row.get("cued")]
        rows = talks_of_deals(rows)
        rows.sort(key=lambda r: r["start"])
        wait_for_closing(rows)
        rollovers_wait(rows)
        ventures = context["ventures"]
        # a joint company set up in an earlier year ("costituita nel 2022") is a holding of the article's
        # company, not the new company the article's plan is for
        lead_end = _lead_end(text)
        new_ventures = [
            {**v, "until": len(text) if v["end"] <= lead_end else line_end(text, v["end"])}
            for v in ventures
            if not self._set_up_before(text, v, doc._.itnews_published)
        ]
        holdings_of_targets(rows, lex)
        by_item: list[list[dict[str, Any]]] = [[] for _ in topics]
        for row in rows:
            by_item[_item_index(items, row["start"])].append(row)
        self._public_grantor(rows, companies, companies_by_sentence)
        for item_rows, topic in zip(by_item, topics, strict=True):
            bought = bought_company(item_rows, topic, lex)
            layer_rows = [r for r in item_rows if r["layer"] == "deal"]
            complete_parties(layer_rows, topic, lex, new_ventures, bought, topic_told_at)
        counterparty_told_before(rows)
        holders_sell(rows, lex)
        venture_names = {_name_id(v)[0] for v in ventures}
        link_agreements(rows, venture_names, doc._.itnews_published, lex)
        for item_rows, topic in zip(by_item, topics, strict=True):
            bought = bought_company(item_rows, topic, lex)
            layer_rows = [r for r in item_rows if r["layer"] == "clause"]
            complete_parties(layer_rows, topic, lex, new_ventures, bought, topic_told_at)
        self._seller_clauses(text, rows)
        share_owners(text, rows, orgs, lex, topic)
        control_sellers(text, rows, orgs, lex)
        self._sentence_counterparty(text, rows, companies_by_sentence)
        if litigants is not None:
            _litigants_counterparty(rows, litigants, lex)
        _partners_only(rows, venture_names)
        consistent_bounds(rows)
        if topic_override is None and not items and defined is None:
            target = told_more_than_its_buyer(rows, topic, companies, lex)
            if target is not None:  # "X avrebbe avviato colloqui per rilevare Y": the article is Y's
                return self.match(doc, topic_override=target)
        return rows

    def _opening_head(
        self, text: str, sentence: Span, heads: Mapping[str, dict[str, Any]], orgs: Sequence[dict[str, Any]]
    ) -> dict[str, Any] | None:
        """The organization a sentence opens on by its head noun ("Il consorzio conserva ...": "Consorzio
        Latterie Val d'Enza"), its subject."""
        opening = OPENING_ARTICLE.match(text, sentence.start_char, sentence.end_char)
        if opening is None:
            return None
        found = head_anaphors(
            text, (opening.start(), opening.end() + 30), heads, self.lemma, self.lexicon.public_anaphors, orgs
        )
        return next((o for o in found if o["start"] == opening.end()), None)

    def _opens_on_company(self, text: str, sentence: Span) -> bool:
        """The sentence opens on the article's company as a generic noun ("L'azienda ha 63 dipendenti"),
        maybe after a participial phrase ("Fondata da X, l'azienda ...")."""
        bounds = (sentence.start_char, sentence.end_char)
        if opening_match(text, bounds, self.lexicon.generic_company_anaphor):
            return True
        phrase = OPENING_PHRASE.match(text, *bounds)
        return bool(phrase and self.lexicon.generic_company_anaphor.match(text, phrase.end(), bounds[1]))

    def _public_grantor(
        self,
        rows: list[dict[str, Any]],
        companies: Sequence[dict[str, Any]],
        companies_by_sentence: Sequence[Sequence[dict[str, Any]]],
    ) -> None:
        """A public contract ("l'aggiudicazione ad X della concessione", "l'appalto") told with its
        company alone is granted by the public body its sentence names, when just one: courts annul
        awards, public bodies make them."""
        public = {_name_id(o)[0] for o in companies if self._public(o)}
        for row in rows:
            if row["layer"] != "deal" or len(row["parties"]) != 1 or row["type"] != "SUPPLY_SERVICE_CONTRACT":
                continue
            if not self.lexicon.public_contract.search(row["text"]):
                continue
            info = self.lexicon.types[row["type"]]
            if row["parties"][0][0] in public:
                continue  # "il Comune ha revocato la concessione": the holder is left unnamed
            near = [o for o in companies_by_sentence[row["sentence"]] if self._public(o)]
            grantors = {_name_id(o)[0]: _name_id(o) for o in near}  # one body, however often named
            if len(grantors) != 1:
                continue
            name, org_id = next(iter(grantors.values()))
            row["parties"] = [*row["parties"], (name, org_id, info.other_side(row["parties"][0][2]))]

    def _sentence_counterparty(
        self, text: str, rows: list[dict[str, Any]], companies_by_sentence: Sequence[Sequence[dict[str, Any]]]
    ) -> None:
        """A row left with one party takes as the other the one further company its sentence names
        ("Il più ricco è quello con X: dal 2023 Y è il suo fornitore esclusivo"), when there is just one,
        no authority, not the party of another deal of the sentence (a company's own spending, "con
        un finanziamento di X", has no counterparty), nor deep in a relative clause after the trigger
        ("una joint venture per un centro, che userebbe i bacini di X"; "che X ha concesso" is X's)."""
        for row in rows:
            if len(row["parties"]) != 1 or row.get("unnamed_party"):
                continue
            if row["percentage"] is None and self.lexicon.own_investment.search(row["text"]):
                continue
            named = {row["parties"][0][0]}
            if row["layer"] == "deal":
                named |= {
                    p[0]
                    for other in rows
                    if other is not row and other["layer"] == "deal" and row["sentence"] in other["sentences"]
                    for p in other["parties"]
                }
            others = {
                _name_id(o)
                for o in companies_by_sentence[row["sentence"]]
                if _name_id(o)[0] not in named
                and not self._authority(o)
                and not _deep_in_relative(text, row["end"], o["start"])
                and not self._only_describes(text, o)
            }
            if len(others) != 1:
                continue
            info = self.lexicon.types[row["type"]]
            name, org_id = next(iter(others))
            row["parties"] = [*row["parties"], (name, org_id, info.other_side(row["parties"][0][2]))]

    def _per_period(
        self,
        span: Span,
        clause: tuple[int, int],
        following: tuple[int, int] | None,
        money: Sequence[dict[str, Any]],
    ) -> bool:
        """A generic agreement worth an amount per period ("l'accordo con Conad, che vale 14 milioni di euro
        l'anno"): a recurring sale, a supply or service contract rather than a partnership."""
        if span.label_ == ANAPHORA or not self.rules[span.label_].generic:
            return False
        text = doc_text(span.doc)
        relative = following is not None and self.lexicon.relative_clause.match(text, following[0])
        end = following[1] if following and relative else clause[1]
        periods = self.lexicon.period_units
        return any(span.end_char <= m["start"] < end and m.get("unit") in periods for m in money)

    def _with_a_customer(self, span: Span, clause: tuple[int, int]) -> bool:
        """A generic agreement with a customer or a chain of shops ("l'accordo con X, il suo primo cliente",
        "l'accordo con la catena X"): a supply or service contract rather than a partnership."""
        if span.label_ == ANAPHORA or not self.rules[span.label_].generic:
            return False
        reach = min(clause[1], span.end_char + CUSTOMER_REACH)
        return bool(self.lexicon.customer_after.search(doc_text(span.doc), span.end_char, reach))

    def _with_research_body(
        self, span: Span, clause: tuple[int, int], sentence_orgs: Sequence[dict[str, Any]]
    ) -> bool:
        """A convention or a framework agreement with a university or a research body ("Con l'Università
        di Torino abbiamo una convenzione per mappare le tartufaie"): research done together, a
        partnership rather than a supply contract."""
        if span.label_ == ANAPHORA or not self.lexicon.research_agreement.fullmatch(span.text):
            return False
        names = [o.get("name") or o["text"] for o in inside(sentence_orgs, *clause)]
        return any(self.lexicon.research_body.match(name) for name in names)

    def _set_up_before(self, text: str, venture: dict[str, Any], published: str | None) -> bool:
        """The joint company is said to have been set up in a year before the article's ("BioDigest, la
        joint venture costituita nel 2022 con ...")."""
        said = self.lexicon.set_up_in.search(text, venture["end"], venture["end"] + 80)
        return bool(said and published and int(said.group("year")) < int(published[:4]))

    def _seller_clauses(self, text: str, rows: list[dict[str, Any]]) -> None:
        """A clause whose subject is the seller of its deal ("Il venditore si è impegnato a non operare")
        binds the seller and the acquirer, not the company sold; one that gives the sellers something
        ("Selecta verserà ai venditori una commissione") has the buyer give it to every seller."""
        for row in rows:
            index = row.get("agreement_index")
            if row["layer"] != "clause" or index is None:
                continue
            anaphor = self.lexicon.seller_anaphor.search(text, max(0, row["start"] - 60), row["start"])
            if anaphor is None:
                continue
            deal = rows[index]
            info = self.lexicon.types[deal["type"]]
            sellers = _sellers(deal, [r for r in rows if r["start"] < row["start"]], info.source_role)
            buyers = [p for p in deal["parties"] if p[2] == info.agent_role]
            if not (sellers and buyers):
                continue
            role = self.lexicon.types[row["type"]]
            buyer = buyers[0]
            if anaphor.groupdict().get("dative"):
                row["parties"] = [(buyer[0], buyer[1], role.agent_role)] + [
                    (seller[0], seller[1], role.patient_role) for seller in sellers
                ]
            else:
                row["parties"] = [
                    (sellers[0][0], sellers[0][1], role.agent_role),
                    (buyer[0], buyer[1], role.patient_role),
                ]

    def _clause_mentions(
        self,
        doc: Doc,
        sentence_number: int,
        sentence: Span,
        sentence_orgs: Sequence[dict[str, Any]],
        clause: tuple[int, int],
        typed: Sequence[tuple[Span, str]],
        clause_hits: Sequence[Any],
        context: dict[str, Any],
    ) -> list[dict[str, Any]]:
        lex = self.lexicon
        text = doc_text(doc)
        refs = []
        for found, term_type in typed:
            kind = lex.types[term_type]
            refs.append(TriggerRef(found.start_char, found.end_char, kind.layer, kind.agreement, kind.ends))
        following = context.get("following_clause")
        relative = following if following and lex.relative_clause.match(text, following[0]) else None
        waived = following is not None and lex.waived_after.match(text, following[0]) is not None
        hits = [*clause_hits, *self._relative_conditions(text, relative, context)]
        contrast = context.get("after_following") if relative else following
        if contrast and lex.subjectless_contrast.match(text, contrast[0]):
            # "la joint venture, che avrà ..., è stata firmata a ottobre ma è subordinata al via libera": the
            # same subject
            hits += [hit for hit in self._cues(text, contrast, context) if hit.cue.cue == "pending"]
            hits.sort(key=lambda hit: hit.start)
        if lex.relative_clause.match(text, clause[0]):  # "in trattativa con X, che valuta l'acquisto"
            hits += [hit for hit in context["previous_hits"] if hit.cue.cue == "negotiating"]
            hits.sort(key=lambda hit: hit.start)
        before = context.get("previous_clause")
        gerund = before is not None and GERUND_OPENING.match(text, clause[0]) is not None
        if gerund:  # "prevede di aprire sei centri, investendo 12 milioni": the gerund shares the plan
            hits += [hit for hit in context["previous_hits"] if hit.cue.cue == "planned"]
            hits.sort(key=lambda hit: hit.start)
        amounts = [(m["start"], m["end"]) for m in inside(context["money"], *clause)]
        decisions = assign_statuses(text, clause, refs, hits, context["sentence_hits"], lex, amounts)
        decisions = _in_force_until_ended(typed, decisions)
        mood_clause = before if gerund else clause  # "aprirà sei centri, investendo": the future's
        mood = self._uncued_status(text, mood_clause, sentence, context.get("talks_open", False))
        clause_money = inside(context["money"], *clause)
        # "il round di serie A, che aveva portato 14 milioni": the value of the trigger right before
        relative_money = inside(context["money"], *relative) if relative else []
        slots = link_dates(text, clause, inside(context["dates"], *clause), lex)
        if gerund and not slots["date_ids"]:
            # "resterà valido fino al 2031, consentendo a X di usare i brevetti": the bound spreads
            slots = link_dates(text, before, inside(context["dates"], *before), lex)
        if relative:  # "l'accordo per i diritti, che resteranno all'emittente fino al 2027"
            told = link_dates(text, relative, inside(context["dates"], *relative), lex)
            if slots["end_date"] is None and slots["duration"] is None and told["date_ids"]:
                slots.update(end_date=told["end_date"], duration=told["duration"])
                slots["date_ids"] = [*slots["date_ids"], *told["date_ids"]]
        bounds = (sentence.start_char, sentence.end_char)
        # "a favore dell'acciaieria", "la giunta ha risolto il contratto"
        anaphors = head_anaphors(
            text, clause, context["heads"], self.lemma, lex.public_anaphors, context["orgs"]
        )
        anaphors += venture_anaphors(text, clause, context["ventures"], lex)  # "alla joint venture"
        unnamed_party = any(  # "con un pool di banche"; not "X, un fondo di private equity": X described
            not any(INDEFINITE_APPOSITION.fullmatch(text, o["end"], m.start()) for o in sentence_orgs)
            for m in lex.unnamed_party.finditer(text, *clause)
        ) and not lex.party_leader.search(text, *clause)  # not "un pool di banche guidato da X"
        holders = any(  # "dalla famiglia", "i fondatori"; not "X, la compagnia della famiglia Y": X's owner
            not any(APPOSITION_OPENING.fullmatch(text, o["end"], m.start()) for o in sentence_orgs)
            for m in lex.unnamed_holders.finditer(text, *clause)
        )
        partners = bool(lex.partners_anaphor.search(text, *clause))  # "tra i soci", "i due gruppi"
        the_parties = bool(lex.parties_anaphor.search(text, *clause))  # "le parti hanno sottoscritto"
        mentions = []
        public_policy = self._public_policy(text, clause, sentence_orgs)
        for (span, term_type), decision in zip(typed, decisions, strict=True):
            if public_policy and term_type == "PARTNERSHIP":
                continue  # "l'accordo tra la Regione e le associazioni di categoria": public policy
            trigger = (span.start_char, span.end_char)
            by_mood = mood is not None and decision.cue_start is None
            if by_mood and mood[1] > trigger[1] and RELATIVE_PRONOUN.search(text, trigger[1], mood[1]):
                by_mood = False  # "l'intesa con X, il grossista che distribuiva ...": the verb is X's
            status = mood[0] if by_mood else decision.status
            own = self.rules[span.label_].status if span.label_ != ANAPHORA else None
            if own and (status == "active" or (own == "negated" and decision.cue_start is None)):
                # talks under way: "ha avviato colloqui con X"; a denial denies a rumour's uncued plan too:
                # "Smentite invece le indiscrezioni su un interesse di X"
                status = own
            info = lex.types[term_type]
            anaphoric = span.label_ == ANAPHORA
            stative = not anaphoric and self.rules[span.label_].stative
            if stative:
                status = self._stative_status(doc, span)
            if status == "planned" and not anaphoric and SIGNED_AFTER.match(text, span.end_char):
                status = "active"  # "con un contratto di fornitura firmato ad aprile, X si è impegnata a"
            renewed = RENEWAL_OF_BEFORE.search(text, max(0, span.start_char - 30), span.start_char)
            if status in UNSETTLED and renewed:
                status = "active"  # "trattano il rinnovo del contratto": the talks are the renewal's
            if waived and span is typed[-1][0] and info.layer == "clause":
                status = "ended"  # "una clausola di change of control, alla quale X ha rinunciato"
            if status == "ended" and not info.ends:
                status = "active"  # "ha esercitato il recesso e ci ha riconosciuto un'indennità": paid
            shared = [t for s, t in typed if s is span]  # "l'operazione" may stand for several deals
            own = context["own_subject"]  # "A ha rinnovato con B il contratto: se la società ...": A
            if own is None or own["start"] >= clause[0] or self._public(own):
                own = None
            described = self._described(  # "la fintech", "l'istituto"
                text,
                clause,
                trigger,
                context["descriptions"],
                context["company_topic"],
                context["orgs"],
                sentence_start=bounds[0],
            )
            referent = described or own or context["recent_subject"] or context["company_topic"]
            # "il gruppo", "la società" (no kind of company: "l'editore") opening the clause as its subject
            if described is None and (
                opening_match(text, clause, lex.generic_company_anaphor)
                or self._subject_anaphor(text, clause, trigger, sentence_orgs, context["own_subject"] is None)
            ):
                referent = context["company_topic"] or referent  # "Il gruppo ha inoltre sottoscritto con X"
            sold = info.source_role is not None
            candidates = scope_orgs(text, clause, bounds, sentence_orgs, trigger, referent, lex, sold)
            noun_subject = self._noun_subject(text, clause, trigger, sentence_orgs)
            if noun_subject is not None:
                # "Dal 2022 la società di Graz concede a X la licenza", "Entro settembre il gruppo firmerà con
                # X una licenza": the company the noun stands for acts; X, after a preposition, is the other
                generic = lex.generic_company_anaphor.fullmatch(noun_subject.group())
                acting = described or (context["company_topic"] if generic else None)
                if acting is not None:
                    subject = {**acting, "start": noun_subject.start(), "end": noun_subject.end()}
                    _add_if_new(candidates, subject)
            named = {o.get("name") or o["text"] for o in candidates}
            candidates += [  # "La joint venture prevede ...": the trigger itself names no party
                o
                for o in anaphors
                if (o.get("name") or o["text"]) not in named
                and (o["end"] <= trigger[0] or o["start"] >= trigger[1])
            ]
            candidates += self._implicit_subject(text, sentence, clause, trigger, candidates, context)
            # «A gennaio abbiamo firmato con X una joint venture»: the interviewed company is the "we"
            _add_if_new(candidates, _speaking_company(text, clause, trigger, context["company_topic"]))
            possessor = self._possessor(text, sentence, trigger, sentence_orgs, context["previous_orgs"])
            _add_if_new(candidates, possessor)  # "Cieli di Toscana, la società che ...: la sua concessione"
            if lex.dative_clitic.search(text, clause[0], trigger[0] + 1):
                # "Y potrà stampare il logo: il consorzio gliene ha concesso l'uso in licenza": to Y
                own_subject = context["own_subject"]
                receiver = own_subject if own_subject and own_subject["end"] <= clause[0] else None
                receiver = receiver or context["previous_subject"]
                if receiver is not None:
                    _add_if_new(candidates, {**receiver, "start": trigger[1], "end": trigger[1]})
            # "che dal 2022 affida alla piattaforma in esclusiva ..."
            owner = self._described_object(
                text, clause, context["descriptions"], context["company_topic"], trigger
            )
            _add_if_new(candidates, owner)
            partner = fronted_partner(text, bounds, sentence_orgs)
            if partner is not None and partner["end"] <= clause[0]:
                _add_if_new(candidates, partner)
            if relative and span is typed[-1][0]:
                # "La licenza per il marchio, che X ci ha concesso nel 2016, scade": X, the subject of an
                # object relative, grants it; "La convenzione con Y, che X aveva firmato": X beside Y
                pronoun = lex.relative_clause.match(text, relative[0])
                candidates += [
                    o
                    for o in inside(sentence_orgs, *relative)
                    if RELATIVE_SUBJECT_GAP.fullmatch(text, pronoun.end(), o["start"])
                    and _name_id(o)[0] not in named
                ]
            fragment = context.get("fragment_party")
            # "E con Velox Bikes? «Lì l'esclusiva è cessata, quando il contratto ...: Velox oggi compra»": the
            # one company the question names, though its answer names it again after the clause
            asked = _name_id(fragment)[0] if fragment is not None else None
            only_asked = asked is not None and all(_name_id(o)[0] == asked for o in sentence_orgs)
            if only_asked and asked not in named:
                # "«Per l'80% da Demant. A dicembre abbiamo rinnovato il contratto»": Demant's contract
                candidates.append({**fragment, "start": trigger[1], "end": trigger[1]})
            signed = self.triggers.after_indefinite_article(doc, span) and lex.signed_before_colon.search(
                text, sentence.start_char, clause[0]
            )  # "l'ha firmato ... con X: un contratto di filiera"
            if self.triggers.after_article(doc, span) or signed:  # "...: il contratto", not "...: un accordo"
                candidates += self._named_before_colon(
                    text, sentence, clause, candidates, sentence_orgs, context["company_topic"]
                )
            elif self._opens_on_agreement(text, clause):
                # "è sponsor della X: il contratto, rinnovato a gennaio, fa di Y il fornitore esclusivo": the
                # contract's other side, standing where an object would
                candidates += [
                    {**o, "start": trigger[1], "end": trigger[1]}
                    for o in self._named_before_colon(
                        text, sentence, clause, candidates, sentence_orgs, context["company_topic"]
                    )
                ]
            candidates.sort(key=lambda o: o["start"])
            roles = [] if anaphoric else assign_roles(text, trigger, candidates, info, self.company_kind)
            if stative and (REST_HELD.match(span.text) or HOLDER_NEXT.search(span.text)):
                # "il restante 60% è rimasto alla holding X", "è nelle mani di X", "fa capo a X": X holds;
                # "Sul restante 40%, che X conserva": X, inside the trigger
                holder_from = trigger[0] + 1 if REST_HELD.match(span.text) else trigger[1]
                reach = (clause[0], max(clause[1], trigger[1]))
                after = [o for o in inside(sentence_orgs, *reach) if o["start"] >= holder_from]
                roles = [(after[0], info.agent_role)] if after else roles
                held = context.get("last_held")  # "X è controllata al 72% da A, mentre il restante 28%": X
                if held is not None and held[1] >= sentence_number - 1 and roles:
                    roles = [*roles, (held[0], info.patient_role)]
            if stative and term_type == "INVESTMENT_STAKE" and roles and len(roles) < 2:
                # "Il primo azionista di X è Y, che detiene il 22%", "Y ha il 30% di X, il resto è di Z": X's
                owned = [
                    o
                    for o in sentence_orgs
                    if o["end"] <= trigger[0]
                    and SHARES_OF_BEFORE.search(text, max(sentence.start_char, o["start"] - 40), o["start"])
                ]
                holding = {_name_id(o) for o, _ in roles}
                if owned and _name_id(owned[-1]) not in holding:
                    roles = [(o, r) for o, r in roles if r != info.patient_role]
                    roles.append((owned[-1], info.patient_role))
            if stative and AGENT_PREPOSITION.search(span.text):  # "X, controllata al 52% dal fondo Y": X, Y
                roles = held_by(text, trigger, sentence_orgs, info)
                if not roles or any(_name_id(o) in context["venture_ids"] for o, _ in roles):
                    continue  # held by a family; the shares of a joint company are the venture's
                context["last_held"] = (roles[-1][0], sentence_number)  # whose rest a later clause tells
            clause_percentage = find_percentage(text, clause, trigger, lex)
            if term_type == "INVESTMENT_STAKE" and lex.own_investment.fullmatch(span.text.lower()):
                # "prevede di investire 450.000 euro, con un finanziamento agevolato di X": X lends, it
                # takes no stake in the company's own spending
                roles = [
                    (o, r)
                    for o, r in roles
                    if not lex.funding_before.search(text, max(0, o["start"] - 80), o["start"])
                ]
                if clause_percentage is None and any(r == info.agent_role for _, r in roles):
                    # "X versa al Comune il 3% e si è impegnata a investire 4 milioni": X spends; what it
                    # invests in is a company only where "in" names it ("investire 5 milioni in Y")
                    roles = [
                        (o, r)
                        for o, r in roles
                        if r == info.agent_role or INVESTED_IN.match(text, trigger[1], o["start"])
                    ]
            final = not anaphoric and self._final(text, span)  # "l'accordo definitivo": still to come
            earlier = not anaphoric and self._earlier(text, span)  # "l'intesa precedente": another one
            # "La nuova concessione avrà una durata di dodici anni": not the one cancelled or ended
            replacing = not anaphoric and bool(
                lex.new_agreement_before.search(text, max(0, span.start_char - 12), span.start_char)
            )
            definite = anaphoric or (
                self.triggers.definite(doc, span, clause, sentence_orgs)
                and not final
                and not any(NAMED_BY_AMOUNT.match(text, span.end_char, m["start"]) for m in clause_money)
            )  # "la linea di credito revolving da 1 miliardo" is named by its amount
            definite = definite and not earlier
            # "X si è impegnata ad aderire all'offerta": the offer named before; X tenders, no party
            tendering = not anaphoric and bool(
                lex.tender_before.search(text, max(clause[0], span.start_char - 40), span.start_char)
            )
            takes_money = info.takes_money and not stative  # "detiene il 65%, incasserà 1 miliardo"
            # "X, che detiene il 42%, si è impegnata ad aderire all'offerta": the 42% is X's, not the bid's
            percentage = None if anaphoric or tendering else clause_percentage
            linked = link_money(trigger, clause_money, lex.period_units) if takes_money else None
            if linked is None and takes_money and relative_money and span is typed[-1][0]:
                linked = link_money(trigger, relative_money, lex.period_units)
            mentions.append(
                {
                    "type": term_type,
                    "layer": info.layer,
                    "distinct_triggers": info.distinct_triggers,
                    "start": span.start_char,
                    "end": span.end_char,
                    "text": span.text,
                    "sentence": sentence_number,
                    "status": status,
                    "explicit": decision.explicit or by_mood or stative,
                    "stative": stative,
                    "cued": decision.cue_start is not None,
                    # "si era impegnata" of a term that ends with its agreement (no fee paid)
                    "past_perfect": info.ends and bool(PAST_PERFECT.search(text, clause[0], clause[1])),
                    "certainty": decision.certainty,
                    "parties": [(o.get("name") or o["text"], o["id"], role) for o, role in roles],
                    "own_parties": bool(roles),
                    "anaphoric": anaphoric,
                    "shared": len(shared) > 1,
                    "definite": definite,
                    "clause": clause,
                    # "la licenza di esportazione rilasciata dalla Prefettura": a permit, no IP licensed
                    "permit": term_type == "LICENSE_IP"
                    and (
                        any(self._public(o) or self._authority(o) for o, _ in roles)
                        or bool(lex.issued_licence_after.match(text, span.end_char))
                    )
                    and not lex.licensed_property.search(text, *clause),
                    "tendering": tendering,
                    "article": anaphoric or self.triggers.after_article(doc, span),
                    "indefinite": not anaphoric and self.triggers.after_indefinite_article(doc, span),
                    "paragraph": bisect.bisect(context["line_breaks"], span.start_char),
                    "unnamed_party": unnamed_party and not stative,
                    "unnamed_holders": holders and not stative,  # "la cassaforte della famiglia"
                    "partners": partners,
                    "the_parties": the_parties,
                    "series": self._series(text, span.end_char),
                    "final": final,
                    "earlier": earlier,
                    "replacing": replacing,
                    # "Il concessionario pagherà una penale": a future told of an agreement still to come
                    "future_clause": FUTURE_TENSE.search(text, *clause) is not None
                    and PAST_TENSE.search(text, *clause) is None,
                    "owner": _name_id(possessor)[0] if possessor else None,
                    "recent_subject": (_name_id(referent) if referent else None),
                    "sentence_subject": (_name_id(own) if own else None),
                    "subject_by_head": context["subject_by_head"],
                    # "il gruppo ha firmato con X": the article's company acts, whatever else it bought
                    "company_anaphor": bool(lex.generic_company_anaphor.search(text, clause[0], trigger[0])),
                    # the past deals of the company the article's purchase seeks, not of its bidder
                    "suitors_history": context["history_from"] is not None
                    and trigger[0] >= context["history_from"],
                    # an interview's answer speaks of the interviewed company's contracts, not a bought one's
                    "answer": _in_answer(text, trigger[0]),
                    "pays_for_deal": bool(PAYING_FOR_DEAL.match(text, sentence.start_char)),
                    # "Il nuovo socio ha annunciato che investirà": the buyer of the article's purchase
                    "buyer_anaphor": bool(opening_match(text, clause, lex.buyer_anaphor)),
                    "generic": not anaphoric and self.rules[span.label_].generic,
                    # "il contratto" names no purchase of shares, unless "il contratto preliminare"
                    "contract_noun": bool(CONTRACT_NOUN.match(span.text))
                    and not lex.sale_contract_after.match(text, span.end_char),
                    "preliminary": not anaphoric
                    and (self.rules[span.label_].preliminary or self._talks_named_again(doc, span)),
                    "money": None if anaphoric and len(shared) > 1 else linked,
                    "percentage": percentage,
                    # "si rinnoverà tacitamente": a clause of automatic renewal, not the renewal done
                    "automatic": term_type == "RENEWAL_EXTENSION"
                    and bool(AUTOMATIC_RENEWAL.search(text, max(0, trigger[0] - 12), trigger[1] + 25)),
                    # "investimenti per 480 milioni": a company's spending, not a stake in another
                    "spending": term_type == "INVESTMENT_STAKE"
                    and not stative
                    and percentage is None
                    and bool(lex.own_investment.fullmatch(span.text.lower())),
                    "start_date": slots["start_date"],
                    "end_date": slots["end_date"],
                    "duration": slots["duration"],
                    "date_ids": list(slots["date_ids"]),
                }
            )
        context["talks_open"] = context.get("talks_open", False) or any(
            m["status"] == "negotiating" for m in mentions
        )
        return mentions

    def _descriptions(
        self, text: str, orgs: Sequence[dict[str, Any]]
    ) -> list[tuple[str, int, dict[str, Any]]]:
        """The company nouns the article uses for an organization where it names it ("Pagoflow, la
        fintech milanese", "la fintech Pagoflow"): (noun, position, organization), in text order."""
        found = []
        for org in orgs:
            after = DESCRIBED_AFTER.match(text, org["end"])
            before = DESCRIBED_BEFORE.search(text, max(0, org["start"] - 40), org["start"])
            for match in (after, before):
                noun = match.group("noun").lower() if match else None
                if noun and self.lexicon.anaphoric_company.fullmatch(f"la {noun}"):
                    found.append((noun, org["start"], org))
        return sorted(found, key=lambda item: item[1])

    def _described(
        self,
        text: str,
        clause: tuple[int, int],
        trigger: tuple[int, int],
        descriptions: Sequence[tuple[str, int, dict[str, Any]]],
        topic: dict[str, Any] | None = None,
        orgs: Sequence[dict[str, Any]] = (),
        sentence_start: int = 0,
    ) -> dict[str, Any] | None:
        """The organization "la fintech", "l'istituto" stands for in the clause: the last one the article
        described with that noun before it, or the article's company when the noun described it too
        ("Lanterna Vita, la compagnia genovese ... Apuane, la compagnia di Massa ... la compagnia ha
        rinnovato": the article's); else the one organization of that kind named before ("l'istituto":
        the one bank, ``kind_nouns``); else, for a noun of a kind of company the article never used ("il
        costruttore"), the last organization its sentence (from ``sentence_start``) names before it; None
        when there is none."""
        anaphor = self.lexicon.anaphoric_company.search(text, clause[0], trigger[0])
        if anaphor is None:
            return None
        noun = anaphor.group().split()[-1].split("'")[-1].lower()
        earlier = [org for word, start, org in descriptions if word == noun and start < anaphor.start()]
        kind = self.lexicon.kind_nouns.get(noun)
        if not earlier and kind:
            of_kind = [o for o in orgs if o["end"] <= anaphor.start() and kind & set(_name_id(o)[0].split())]
            if len({_name_id(o)[0] for o in of_kind}) == 1:
                return of_kind[0]
        names = {_name_id(o)[0] for o in earlier}
        if topic is not None and len(names) > 1 and _name_id(topic)[0] in names:
            return topic
        if not earlier and PLACE_AFTER.match(text, anaphor.end()):
            return _just_named(text, anaphor.start(), orgs, topic)  # "Il gruppo di Chicago è ..."
        if not earlier and noun not in self.lexicon.article_company_nouns and not kind:
            # "ha ordinato a Leitner due vetture: in caso di ritardo il costruttore pagherà": Leitner
            named = [o for o in orgs if sentence_start <= o["start"] and o["end"] <= anaphor.start()]
            if named:
                return named[-1]
        return earlier[-1] if earlier else None

    def _described_object(
        self,
        text: str,
        clause: tuple[int, int],
        descriptions: Sequence[tuple[str, int, dict[str, Any]]],
        topic: dict[str, Any] | None = None,
        trigger: tuple[int, int] | None = None,
    ) -> dict[str, Any] | None:
        """The organization a company noun after a preposition stands for in the clause ("affida alla
        piattaforma il noleggio": the one the article called "la piattaforma" before), when the article
        described exactly one organization with that noun; positioned where the noun is. A generic
        company noun owning something before the trigger ("gli occhiali del gruppo sono venduti in
        esclusiva da X") is the article's company ``topic``."""
        for match in DESCRIBED_OBJECT.finditer(text, *clause):
            noun = match.group("noun").lower()
            if noun in self.lexicon.article_company_nouns:
                owning = GENITIVE_OWNER.match(text, match.start()) and self.lexicon.owner_noun_end.match(
                    text, match.end()
                )
                if topic is not None and trigger is not None and match.end() <= trigger[0] and owning:
                    return {**topic, "start": match.start("noun"), "end": match.end("noun")}
                continue
            if not self.lexicon.anaphoric_company.fullmatch(f"la {noun}"):
                continue
            earlier = [org for word, start, org in descriptions if word == noun and start < match.start()]
            if len({_name_id(org)[0] for org in earlier}) == 1:
                return {**earlier[-1], "start": match.start("noun"), "end": match.end("noun")}
        return None

    def _subject_anaphor(
        self,
        text: str,
        clause: tuple[int, int],
        trigger: tuple[int, int],
        orgs: Sequence[dict[str, Any]],
        future: bool = False,
    ) -> bool:
        """ "la società" as the subject after an opening phrase ("Per far fronte ai volumi la società
        prevede di investire"; with ``future``, where the sentence names no subject of its own, "Sul fronte
        industriale la società investirà"): no preposition before it and no organization between it and
        the trigger."""
        found = list(self.lexicon.generic_company_anaphor.finditer(text, clause[0], trigger[0]))
        if not found:
            return False
        anaphor = found[-1]
        if PREPOSITION_BEFORE.search(text[max(clause[0], anaphor.start() - 15) : anaphor.start()]):
            return False
        verbs = (SUBJECT_VERB_AFTER, FUTURE_VERB_AFTER) if future else (SUBJECT_VERB_AFTER,)
        if not any(verb.match(text, anaphor.end()) for verb in verbs):
            return False  # "il gruppo veronese", "l'azienda di Pescia": another company described
        return not any(anaphor.end() <= o["start"] and o["end"] <= trigger[0] for o in orgs)

    def _possessor(
        self,
        text: str,
        sentence: Span,
        trigger: tuple[int, int],
        sentence_orgs: Sequence[dict[str, Any]],
        previous_orgs: Sequence[dict[str, Any]] = (),
    ) -> dict[str, Any] | None:
        """The company whose agreement a possessive names ("la sua concessione"): the last one its sentence
        names before it, not a public body or an authority (the other side of a concession); with none,
        the first one the sentence before names ("Il primo lotto resta a X, controllata da Y. La sua
        concessione dura tre anni": X's), standing at the possessive."""
        possessive = POSSESSIVE_BEFORE.search(text, max(sentence.start_char, trigger[0] - 12), trigger[0])
        if possessive is None:
            return None
        before = [
            o
            for o in sentence_orgs
            if o["end"] <= trigger[0] and not self._public(o) and not self._authority(o)
        ]
        if before:
            return before[-1]
        earlier = [o for o in previous_orgs if not self._public(o) and not self._authority(o)]
        if not earlier or any(o["end"] <= trigger[0] for o in sentence_orgs):
            return None
        return {**earlier[0], "start": possessive.start(), "end": possessive.end()}

    def _noun_subject(
        self, text: str, clause: tuple[int, int], trigger: tuple[int, int], orgs: Sequence[dict[str, Any]]
    ) -> re.Match[str] | None:
        """A company noun as the subject before organizations that are all objects of a preposition
        ("la società di Graz concede a X la licenza"): no preposition before the noun, and every
        organization between the clause's start and the trigger after "a", "con", "da" or the like."""
        before = [o for o in inside(orgs, *clause) if o["end"] <= trigger[0]]
        objects = [OBJECT_PREPOSITION_BEFORE.search(text, clause[0], o["start"]) for o in before]
        if not before or not all(objects):
            return None
        nouns = list(self.lexicon.anaphoric_company.finditer(text, clause[0], before[0]["start"]))
        if not nouns or PREPOSITION_BEFORE.search(text, clause[0], nouns[-1].start()):
            return None
        return nouns[-1]

    def _implicit_subject(
        self,
        text: str,
        sentence: Span,
        clause: tuple[int, int],
        trigger: tuple[int, int],
        candidates: Sequence[dict[str, Any]],
        context: dict[str, Any],
    ) -> list[dict[str, Any]]:
        """The subject a sentence leaves implicit ("Nel frattempo ha ottenuto da X una moratoria"): the
        subject of the sentence before, standing at the verb. So is that of a sentence opening on the role
        its subject has held since a time ("Dal 2022 è il cronometrista ufficiale della X: il contratto,
        rinnovato a marzo, ..."), in every clause of it."""
        subject = context.get("previous_subject")
        if subject is None:
            return []
        lex, start = self.lexicon, sentence.start_char
        match = lex.subjectless_start.match(text, start, trigger[0]) if clause[0] == start else None
        match = match or lex.subjectless_role.match(text, start, trigger[0])
        if match is None or any(_name_id(o) == _name_id(subject) for o in candidates):
            return []
        return [{**subject, "start": match.start("verb"), "end": match.end("verb")}]

    def _opens_on_agreement(self, text: str, clause: tuple[int, int]) -> bool:
        """The clause opens on a definite agreement noun ("il contratto, rinnovato a marzo, ...")."""
        opening = OPENING_ARTICLE.match(text, clause[0], clause[1])
        if opening is None:
            return False
        return self.lexicon.agreement_noun.match(text, opening.end(), clause[1]) is not None

    @staticmethod
    def _named_before_colon(
        text: str,
        sentence: Span,
        clause: tuple[int, int],
        candidates: Sequence[dict[str, Any]],
        sentence_orgs: Sequence[dict[str, Any]],
        topic: dict[str, Any] | None = None,
    ) -> list[dict[str, Any]]:
        """The organization a colon's clause tells of ("Pesa l'uscita di X: il contratto di fornitura,
        scaduto il 31 dicembre, ..."; "abbiamo chiuso con X: abbiamo risolto il contratto"): the last one
        named before the colon, when the clause names none but the article's company (``topic``: "è
        sponsor della X: il contratto ... fa di Ranieri il fornitore")."""
        colon = text.rfind(":", sentence.start_char, clause[0] + 1)
        if colon < 0 or text[colon + 1 : clause[0]].strip():
            return []
        own = _name_id(topic)[0] if topic is not None else None
        if any(_name_id(o)[0] != own for o in inside(sentence_orgs, *clause)):
            return []
        before = [o for o in sentence_orgs if o["end"] <= colon]
        if not before or any(_name_id(o) == _name_id(before[-1]) for o in candidates):
            return []
        return [before[-1]]

    def _retract(
        self, text: str, clause: tuple[int, int], sentence: int, mentions: list[dict[str, Any]]
    ) -> None:
        """ "X, ma Y l'ha esclusa": the deal named last before the pronoun in its sentence is negated, and
        no longer a rumour."""
        match = self.lexicon.retracting_pronoun.search(text, *clause)
        if match is None:
            return
        earlier = [m for m in mentions if m["sentence"] == sentence and m["end"] <= match.start()]
        deals = [m for m in earlier if m["layer"] == "deal"]
        if deals:
            deals[-1].update(status="negated", certainty="certain", explicit=True, cued=True)

    def _fragment_party(
        self,
        text: str,
        sentences: Sequence[Span],
        number: int,
        sentence_orgs: Sequence[Sequence[dict[str, Any]]],
        spans: Sequence[Span],
    ) -> dict[str, Any] | None:
        """The one organization that ends a short sentence without a term right before, in the same
        paragraph ("«Per l'80% da Demant.", "«Atelier Roccaforte.", "«Da X, di Ancona."): an answer naming
        who the next sentence deals with; or the one a sentence without a term introduces by its role
        ("Il primo cliente è X, catena tedesca.")."""
        if number == 0:
            return None
        before, sentence = sentences[number - 1], sentences[number]
        names = {o.get("name") or o["text"] for o in sentence_orgs[number - 1]}
        if len(names) != 1 or "\n" in text[before.end_char : sentence.start_char]:
            return None
        org = sentence_orgs[number - 1][-1]
        if self.lexicon.role_introduced.search(text, before.start_char, before.end_char):
            return org  # "Il primo cliente è X, catena tedesca. Il contratto ...": X's contract
        if any(before.start <= s.start < before.end for s in spans):
            return None
        if len(before) > FRAGMENT_TOKENS:
            return None
        if not FRAGMENT_END.fullmatch(text, org["end"], before.end_char):
            return None  # "X perde così il suo canale": a sentence about X, no answer naming it
        return org

    def _talks_named_again(self, doc: Doc, span: Span) -> bool:
        """ "un nodo che sarebbe al centro della trattativa": definite talks with nothing after them
        telling with whom or about what are the talks named before, not talks of their own."""
        rule = self.rules[span.label_]
        return (
            rule.generic
            and rule.status == "negotiating"
            and self.triggers.after_article(doc, span)
            and not self.lexicon.talks_object_after.match(doc_text(doc), span.end_char)
        )

    def _stative_status(self, doc: Doc, span: Span) -> str:
        """The status a state verb gives by its own tense: "detiene" active, "deteneva" ended, "deterrà"
        planned, "non detiene" negated; a verb of keeping is active in any mood but the imperfect."""
        if span.start and doc[span.start - 1].lower_ == "non":
            return "negated"
        word = span[0]
        if self.lexicon.imperfect_mood.fullmatch(word.text):
            return "ended"
        if KEEPING_VERB.match(word.text):
            return "active"  # "conserverà il 40%", "manterrebbe il restante 20%": it holds them already
        if FUTURE_TENSE.fullmatch(word.text) or self.lexicon.conditional_mood.fullmatch(word.text):
            return "planned"
        return "active"

    def _minority(self, text: str, span: Span) -> bool:
        """The trigger buys no controlling share ("rilevare il 20% di X", "la cessione del 49%"): a stake.
        The line is a majority of the capital."""
        if self.lexicon.minority_after.match(text, span.end_char):  # "la cessione di una quota di minoranza"
            return True
        share = self.lexicon.share_after.match(text, span.end_char)
        # "un'offerta da X per il 30%"
        share = share or self.lexicon.share_sought_after.match(text, span.end_char)
        return share is not None and float(share.group("number").replace(",", ".")) < CONTROLLING_SHARE

    def _final(self, text: str, span: Span) -> bool:
        """A generic agreement noun named final or binding ("l'accordo definitivo")."""
        final = self.lexicon.final_agreement.match(text, span.end_char)
        return self.rules[span.label_].generic and final is not None

    def _earlier(self, text: str, span: Span) -> bool:
        """A generic agreement noun named as the one before ("l'intesa precedente", "il vecchio
        contratto"): another agreement than the one the article is about."""
        if not self.rules[span.label_].generic:
            return False
        lex = self.lexicon
        before = lex.earlier_agreement_before.search(text, max(0, span.start_char - 20), span.start_char)
        return bool(before or lex.earlier_agreement_after.match(text, span.end_char))

    def _replaced_deal(self, text: str, span: Span, mentions: Sequence[dict[str, Any]]) -> str | None:
        """The type of the agreement an earlier one was replaced by: the latest agreement named."""
        if self.rules[span.label_].type != "PARTNERSHIP" or not self._earlier(text, span):
            return None  # "un precedente contratto" is a contract already
        agreements = [m["type"] for m in mentions if m["type"] in AGREEMENT_LIKE and not m.get("earlier")]
        return agreements[-1] if agreements else None

    def _sealed_deal(self, text: str, span: Span, mentions: Sequence[dict[str, Any]]) -> str | None:
        """The type of the deal a final agreement will seal: the article's first deal still under
        negotiation or planned (talks and memoranda are how it is negotiated, not what is sealed)."""
        if not self._final(text, span):
            return None
        negotiated = (
            m["type"]
            for m in mentions
            if m["layer"] == "deal"
            and m["status"] in ("negotiating", "planned")
            and m["type"] != "PARTNERSHIP"
        )
        return next(negotiated, None)

    def _series(self, text: str, end: int) -> str | None:
        """The series of a funding round named right after its trigger ("round di serie B": "B")."""
        match = self.lexicon.round_series.match(text, end)
        return (match.group("series") or match.group("seed").lower()) if match else None

    def _cues(self, text: str, clause: tuple[int, int], context: dict[str, Any]) -> list[Any]:
        """The cues of a clause, found once per document (a clause is read again as the relative clause
        after the one before it)."""
        cache = context.setdefault("cues", {})
        if clause not in cache:
            cache[clause] = find_cues(text, clause, self.lexicon, context["protected"])
        return cache[clause]

    def _company_topic(
        self, topic: dict[str, Any] | None, orgs: Sequence[dict[str, Any]]
    ) -> dict[str, Any] | None:
        """The company "la società" stands for: the article's (or item's) company, else the first
        organization named; never a public body."""
        return next((o for o in [topic, *orgs] if o is not None and not self._public(o)), None)

    def _public(self, org: dict[str, Any]) -> bool:
        return bool(self.lexicon.public_body.match(org.get("name") or org["text"]))

    def _verdict_winner(
        self, text: str, sentence: Span, sentence_orgs: Sequence[dict[str, Any]]
    ) -> dict[str, Any] | None:
        """The company a court's or an arbitrator's ruling told in the sentence finds for: "ha dato ragione
        a X", "ha dato torto a X nella lite con Y" (Y), "ha respinto il ricorso di X contro Y" (Y)."""
        lex = self.lexicon
        if not lex.verdict.search(text, sentence.start_char, sentence.end_char):
            return None
        for org in sentence_orgs:
            if self._public(org) or self._authority(org):
                continue
            if lex.verdict_winner_before.search(
                text, max(sentence.start_char, org["start"] - 60), org["start"]
            ):
                return org
        return None

    def _headline_company(
        self,
        title: str | None,
        companies: list[dict[str, Any]],
        topic: dict[str, Any] | None,
        settled: bool = True,
    ) -> dict[str, Any] | None:
        """The article's company: the lead's (``topic``), unless the headline names organizations of the
        text (not authorities nor public bodies: "il lodo dà ragione a Marmi Apuani") and the lead's
        company is none of them, or the lead names no subject of its own (not ``settled``); then the
        first one the headline names."""
        losers = {m.group("name") for m in REJECTED_APPELLANT.finditer(title)} if title else set()
        headline = [
            o
            for o in named_in_title(title, companies, self._common_or_place)
            if not self._public(o)
            and not self._authority(o)
            and not any(_name_id(o)[0].startswith(name) for name in losers)  # "respinge il ricorso di X"
            and not _partner_in_title(title or "", o)  # "Contratto con X": X is the other party
        ]
        if headline and (
            topic is None or not settled or all(_name_id(o)[0] != _name_id(topic)[0] for o in headline)
        ):
            return headline[0]
        return topic

    @staticmethod
    def _common_or_place(word: str) -> bool:
        """An Italian word or a place name: no word a headline names a company by ("a Spilimbergo la
        bottega" is the town's, not Libertas Spilimbergo's)."""
        return italian_word(word.lower()) or word.casefold() in place_names()

    def _only_describes(self, text: str, org: dict[str, Any]) -> bool:
        """The organization only describes another ("X, controllata dal fondo Y") or is the market a
        security is listed on ("quotato sul segmento professionale di Y")."""
        lead = text[max(0, org["start"] - 60) : org["start"]]
        lex = self.lexicon
        return bool(lex.appositive_before.search(lead) or lex.listing_venue_before.search(lead))

    def _public_policy(
        self, text: str, clause: tuple[int, int], sentence_orgs: Sequence[dict[str, Any]]
    ) -> bool:
        """A clause whose organizations are all public bodies, two of them or one beside a group the
        text leaves unnamed ("tra Regione Piemonte e comuni", "con le associazioni di categoria"): an
        agreement of public policy."""
        named = inside(sentence_orgs, *clause)
        if not named or not all(self._public(o) for o in named):
            return False
        if len({_name_id(o)[0] for o in named}) >= 2:
            return True
        return bool(self.lexicon.policy_counterparts.search(text, *clause))

    def _permits_left_out(self, text: str, mentions: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The mentions less administrative permits: a licence a public body or an authority gives or
        holds with no intellectual property named in its clause (a trademark, a patent, rights, images),
        and a licence named again right after one ("il trasferimento delle licenze di fabbricazione da parte
        della Prefettura ... se il trasferimento delle licenze venisse negato")."""
        kept = []
        after_permit = False
        for mention in sorted(mentions, key=lambda m: m["start"]):
            if mention["type"] == "LICENSE_IP":
                permit = mention["permit"] or (
                    after_permit
                    and mention["definite"]
                    and not self.lexicon.licensed_property.search(text, *mention["clause"])
                )
                after_permit = permit
                if permit:
                    continue
            kept.append(mention)
        return kept

    def _authority(self, org: dict[str, Any]) -> bool:
        return bool(self.lexicon.authority.match(org.get("name") or org["text"]))

    def _uncued_status(
        self, text: str, clause: tuple[int, int], sentence: Span, talks_open: bool
    ) -> tuple[str, int] | None:
        """The status the clause's mood gives a term with no cue of its own, and where the verb stands; or
        None. A conditional while the article's talks go on is under negotiation ("firmerebbe un
        contratto"); the imperfect of a full verb states a past practice, ended ("imponeva ai locali
        contratti in esclusiva"), unless reported speech puts the present in it ("ha spiegato che il
        contratto prevedeva ...")."""
        lex = self.lexicon
        conditional = lex.conditional_mood.search(text, *clause) if talks_open else None
        if conditional is not None:
            return "negotiating", conditional.start()
        for match in lex.imperfect_mood.finditer(text, *clause):
            word = match.group("verb").lower()
            lemma = self.lemma(word)
            if lemma != word and _imperfect_of(word, lemma):  # a verb, not "esclusiva"; "rileva" is present
                reported = lex.reported_speech.search(text, sentence.start_char, match.start())
                return None if reported else ("ended", match.start())
        return None

    def _relative_conditions(
        self, text: str, relative: tuple[int, int] | None, context: dict[str, Any]
    ) -> list[Any]:
        """The approval conditions stated by the relative clause right after a clause, if any ("un
        aumento di capitale, che sarà sottoposto all'assemblea"), and every cue of the predicate that
        resumes after it ("Il contratto con X, che distribuiva i prodotti in Baviera, è scaduto a giugno"):
        they hold for the clause it follows."""
        if relative is None:
            return []
        hits = self._cues(text, relative, context)
        resumed = RESUMED_PREDICATE.search(text, relative[0], relative[1])
        return [hit for hit in hits if hit.cue.cue == "pending" or (resumed and hit.start >= resumed.end())]

    def _talks_about_previous(
        self, text: str, clause: tuple[int, int], kept: list[Span], previous: Sequence[dict[str, Any]]
    ) -> list[Span]:
        """ "l'acquisizione di un produttore, per la quale X ha avviato colloqui": talks in a relative
        clause are about the deal named right before it, which they make negotiating; they are no term
        of their own."""
        if not previous or not self.lexicon.prepositional_relative.match(text, clause[0]):
            return kept
        talks = [s for s in kept if s.label_ != ANAPHORA and self.rules[s.label_].status == "negotiating"]
        deals = [m for m in previous if m["layer"] == "deal"]
        if not talks or not deals:
            return kept
        deals[-1].update(status="negotiating", explicit=True, cued=True)
        return [s for s in kept if s not in talks]

    def _without_restriction_lengths(
        self,
        text: str,
        clauses: Sequence[tuple[int, int]],
        index: int,
        in_sentence: Sequence[Span],
        kept: list[Span],
    ) -> list[Span]:
        """ "vietano a entrambi di costruire impianti concorrenti per sette anni", "un patto di non
        concorrenza che impedirà alla holding di investire ... per quattro anni": the length of a
        non-compete or a lock-up beside it, not the term of an agreement. The restriction is in the
        duration's clause (or in the clause a relative clause follows), with no other agreement named
        between them."""
        clause = clauses[index]
        scope_start = clause[0]
        if index and self.lexicon.relative_clause.match(text, clause[0]):
            scope_start = clauses[index - 1][0]
        restrictions = [
            s
            for s in in_sentence
            if s.label_ != ANAPHORA
            and self.rules[s.label_].type in RESTRICTION_TYPES
            and scope_start <= s.start_char < clause[1]
        ]
        if not restrictions:
            return kept
        noun = self.lexicon.agreement_noun
        # an agreement named in the clause, but for the nouns heading a restriction ("il patto di")
        other_agreement = any(
            not any(HEADING_GAP.fullmatch(text, m.end(), r.start_char) for r in restrictions)
            for m in noun.finditer(text, scope_start, clause[1])
        )

        def restricted(span: Span) -> bool:
            for other in restrictions:
                before = other.end_char <= span.start_char
                if before and not noun.search(text, other.end_char, span.start_char):
                    return True  # "vietano di costruire impianti concorrenti per sette anni"
                if span.end_char <= other.start_char and not other_agreement:
                    return True  # "Per diciotto mesi resterà in vigore il patto di non concorrenza"
            return False

        return [
            s
            for s in kept
            if s.label_ == ANAPHORA
            or self.rules[s.label_].type != "TERM_DURATION"
            or not FOR_A_PERIOD.match(s.text)
            or not restricted(s)
        ]

    # -- output --------------------------------------------------------------------------------

    def set_annotations(self, doc: Doc, rows: list[dict[str, Any]]) -> None:
        """Number the rows and write them to ``doc._.itnews_terms`` in the contract's plain-data form."""
        ids = [f"T{n}" for n in range(1, len(rows) + 1)]
        terms = []
        for term_id, row in zip(ids, rows, strict=True):
            linked = row["money"]
            parent = row.get("agreement_index")
            terms.append(
                {
                    "id": term_id,
                    "start": row["start"],
                    "end": row["end"],
                    "text": doc_text(doc)[row["start"] : row["end"]],
                    "type": row["type"],
                    "status": row["status"],
                    "certainty": row["certainty"],
                    "parties": [name for name, _, _ in row["parties"]],
                    "party_ids": [org_id for _, org_id, _ in row["parties"]],
                    "party_roles": [role for _, _, role in row["parties"]],
                    "amount": linked["amount"] if linked else None,
                    "currency": linked.get("currency") if linked else None,
                    "money_id": linked["id"] if linked else None,
                    "percentage": row["percentage"],
                    "start_date": row["start_date"],
                    "end_date": row["end_date"],
                    "duration": row["duration"],
                    "date_ids": row["date_ids"],
                    "agreement_id": ids[parent] if parent is not None else None,
                    "mentions": row["mentions"],
                }
            )
        doc._.itnews_terms = terms


def _in_force_until_ended(
    typed: Sequence[tuple[Span, str]], decisions: Sequence[StatusDecision]
) -> list[StatusDecision]:
    """What a termination still to come will end is in force ("la joint venture, costituita nel 2019, sarà
    sciolta entro giugno"): an agreement told before a planned TERMINATION of its clause, whose planned
    status no cue gave (the future of the termination made it), is active."""
    planned_end = next(
        (
            span.start_char
            for (span, term_type), d in zip(typed, decisions, strict=True)
            if term_type == "TERMINATION" and d.status == "planned" and d.explicit
        ),
        None,
    )
    if planned_end is None:
        return list(decisions)
    return [
        replace(d, status="active", explicit=False)
        if d.status == "planned"
        and not d.explicit
        and span.start_char < planned_end
        and term_type in CONTRACT_TYPES
        else d
        for (span, term_type), d in zip(typed, decisions, strict=True)
    ]


def _deep_in_relative(text: str, start: int, end: int) -> bool:
    """A relative "che" between ``start`` and ``end`` with more than its subject's article or noun after it:
    what ends at ``end`` is deep in a relative clause ("che userebbe i bacini di")."""
    found = LAST_RELATIVE.match(text, start, end) if start < end else None
    return found is not None and not ARTICLE_ONLY.fullmatch(found["rest"])


def _add_if_new(candidates: list[dict[str, Any]], org: dict[str, Any] | None) -> None:
    """Append ``org`` to ``candidates`` unless it is None or an organization of its name is there."""
    if org is not None and all(_name_id(o)[0] != _name_id(org)[0] for o in candidates):
        candidates.append(org)


def _just_named(
    text: str, position: int, orgs: Sequence[dict[str, Any]], topic: dict[str, Any] | None
) -> dict[str, Any] | None:
    """The one organization other than ``topic`` that the sentence before ``position`` names: what a
    company noun with its town ("il gruppo di Chicago") stands for right after it."""
    own_start = max(text.rfind(". ", 0, position), text.rfind("\n", 0, position))
    if own_start < 0:
        return None
    previous_start = max(text.rfind(". ", 0, own_start), text.rfind("\n", 0, own_start), 0)
    named = [o for o in orgs if previous_start <= o["start"] and o["end"] <= own_start]
    others = {_name_id(o)[0] for o in named} - ({_name_id(topic)[0]} if topic else set())
    if len(others) != 1:
        return None
    return next(o for o in reversed(named) if _name_id(o)[0] in others)


def _partner_in_title(title: str, org: dict[str, Any]) -> bool:
    """The headline introduces ``org`` as a partner ("Contratto take-or-pay con X"), not as its subject."""
    forms = {re.escape(form) for form in (org.get("name"), org["text"]) if form}
    return bool(re.search(rf"\bcon\s+(?:(?:il|la|lo|i|gli|le)\s+|l['’])?(?:{'|'.join(forms)})\b", title))


#: The deals a company makes apart from the contract two litigants dispute.
OWN_DEALS = frozenset({"ACQUISITION", "INVESTMENT_STAKE", "FINANCING", "MERGER", "JOINT_VENTURE"})


def _litigants_counterparty(
    rows: list[dict[str, Any]], litigants: tuple[dict[str, Any], dict[str, Any]], lexicon: TermLexicon
) -> None:
    """In a ruling on a dispute between two companies, a contract or clause told with one of them alone
    is with the other ("ha dichiarato legittima la risoluzione del contratto di franchising, comunicata
    da X": X's contract with the other litigant)."""
    names = [_name_id(o) for o in litigants]
    for row in rows:
        if len(row["parties"]) != 1 or row.get("unnamed_party") or row["type"] in OWN_DEALS:
            continue
        name = row["parties"][0][0]
        if name not in (names[0][0], names[1][0]):
            continue
        other = names[1] if name == names[0][0] else names[0]
        role = lexicon.types[row["type"]].other_side(row["parties"][0][2])
        row["parties"] = [*row["parties"], (other[0], other[1], role)]


def _partners_only(rows: list[dict[str, Any]], ventures: set[str]) -> None:
    """A joint venture's parties are its partners, not the joint company they set up ("hanno firmato
    l'accordo per costituire una società paritetica, X": X is the venture, not a party to it)."""
    for row in rows:
        if row["type"] != "JOINT_VENTURE" or len(row["parties"]) < 3:
            continue
        partners = [p for p in row["parties"] if p[0] not in ventures]
        if len(partners) >= 2:
            row["parties"] = partners


def _speaking_company(
    text: str, clause: tuple[int, int], trigger: tuple[int, int], topic: dict[str, Any] | None
) -> dict[str, Any] | None:
    """The article's company ``topic`` where a verb in the first person plural before the trigger speaks
    for it: inside a quote that opens its line (an interview's answer), standing at the verb."""
    verbs = list(FIRST_PERSON_PLURAL.finditer(text, clause[0], trigger[0]))
    if topic is None or not verbs:
        return None
    verb = verbs[-1]
    if not _in_answer(text, verb.start()):
        return None
    if any(mark in text[verb.end() : trigger[0]] for mark in CLOSING_QUOTES):
        return None  # «Siamo soddisfatti». Ieri X ha firmato: the quote is over
    return {**topic, "start": verb.start(), "end": verb.end()}


def _in_answer(text: str, offset: int) -> bool:
    """``offset`` lies inside a quote that opens its line: an interview's answer."""
    opening = max(text.rfind(mark, 0, offset) for mark in OPENING_QUOTES)
    closing = max(text.rfind(mark, 0, offset) for mark in CLOSING_QUOTES)
    return opening >= 0 and closing < opening and not text[line_start(text, opening) : opening].strip()


def _asked_about(text: str, sentence: Span, orgs: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """The one organization an interview's question names ("E Decathlon? Nel settore se ne parla
    molto.", or a prompt above a quoted answer: "Partiamo da L'Oréal."), for the answer's first sentence
    on the line below it."""
    answer_start = line_start(text, sentence.start_char)
    opening = QUOTE_OPENING.match(text, answer_start)
    if opening is None or opening.end() < sentence.start_char or answer_start < 2:
        return None
    question_end = answer_start - 1
    question_start = line_start(text, question_end)
    question = text[question_start:question_end]
    # "Partiamo da L'Oréal." above a quoted answer asks too
    quoted = QUOTED_LINE.match(text, answer_start) and not QUOTED_LINE.match(question)
    if ("?" not in question and not quoted) or len(question) > QUESTION_CHARS:
        return None
    asked = inside(orgs, question_start, question_end)
    if len({o.get("name") or o["text"] for o in asked}) != 1:
        return None
    return {**asked[-1], "start": sentence.start_char, "end": sentence.start_char}


def _lead_end(text: str) -> int:
    """Where the article's lead ends: its first paragraph of some length (not a headline)."""
    offset = 0
    while True:
        end = line_end(text, offset)
        if end - offset >= LEAD_CHARS or end >= len(text):
            return end
        offset = end + 1


#: Between a way out of a contract and the contract ("recedere dal contratto", "la disdetta del").
LEFT_CONTRACT_GAP = re.compile(r"\s+(?:dal|dalla|dall['’]|del|della|dell['’]|il|la|l['’])\s*(?:\w+\s+)?$")
#: The statuses of a way out not yet taken: the contract stays in force meanwhile.
NOT_YET = frozenset({"planned", "negotiating", "pending"})


def _in_force_until_left(text: str, found: list[dict[str, Any]]) -> None:
    """A contract that a party means to leave ("intende recedere dal contratto con X") is in force until
    it does: the intent is the termination's, not the contract's."""
    for termination in (m for m in found if m["type"] == "TERMINATION" and m["status"] in NOT_YET):
        for mention in found:
            gap = text[termination["end"] : mention["start"]]
            if (
                mention["type"] in CONTRACT_TYPES
                and mention["status"] == termination["status"]
                and 0 < len(gap) <= 30
                and LEFT_CONTRACT_GAP.fullmatch(gap)
            ):
                mention["status"] = "active"
