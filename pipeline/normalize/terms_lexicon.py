"""Load the contract-term lexicons (``pipeline/lexicons/term_*``) and compile them once.

Trigger patterns are spaCy ``Matcher`` token patterns written in a short notation:

- ``"word"`` matches the lower-cased token text;
- ``"/a|b[oi]/"`` matches the lower-cased token text with an anchored regular expression;
- ``"~lemma"`` matches the token lemma;
- a leading ``?`` makes the token optional; ``"*"`` is a gap of up to four tokens;
- a dict is passed to the Matcher unchanged.

>>> compile_token("/accord[oi]/")
[{'LOWER': {'REGEX': '^(?:accord[oi])$'}}]
>>> compile_token("?-")
[{'LOWER': '-', 'OP': '?'}]
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.normalize.regex_literals import required_literals

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"

#: Status precedence when several cues reach one term (most specific first).
STATUS_PRECEDENCE = ("cancelled", "ended", "negated", "pending", "negotiating", "planned", "active")
STATUSES = frozenset(STATUS_PRECEDENCE)
CERTAINTY_CUES = frozenset({"possible", "probable"})


def compile_token(spec: str | dict[str, Any]) -> list[dict[str, Any]]:
    """One shorthand token spec as a list of Matcher token dicts (a gap gives one wildcard)."""
    if isinstance(spec, dict):
        return [spec]
    if spec == "*":
        return [{"OP": "{0,4}"}]
    optional = spec.startswith("?") and len(spec) > 1
    body = spec[1:] if optional else spec
    if body.startswith("~"):
        token: dict[str, Any] = {"LEMMA": body[1:]}
    elif len(body) > 2 and body.startswith("/") and body.endswith("/"):
        token = {"LOWER": {"REGEX": f"^(?:{body[1:-1]})$"}}
    else:
        token = {"LOWER": body}
    if optional:
        token["OP"] = "?"
    return [token]


def compile_pattern(specs: list[str | dict[str, Any]]) -> list[dict[str, Any]]:
    """A whole shorthand pattern as a Matcher pattern."""
    return [token for spec in specs for token in compile_token(spec)]


@dataclass(frozen=True)
class TriggerRule:
    """One trigger entry of ``term_triggers.jsonl``."""

    key: str
    type: str
    pattern: list[dict[str, Any]]
    #: What the sentence must hold for the trigger to count: "org", "value" (an amount or a percentage
    #: in its clause), "value_after" (an amount after it in its clause), "org_or_value", "object",
    #: "agreement", "agreement_clause", "contract_clause" (an agreement in its clause, not a loan),
    #: "not_of_a_loan" (the last agreement noun before it in its clause is no loan's: a loan's duration is
    #: its maturity),
    #: "agreement_after", "value_or_org_next" (a value, or an organization right after it: "un'offerta
    #: su X"), "org_next" (an organization right after it: "ha ordinato a X"), "agreement_just_before" (an
    #: agreement noun a word or two before it: "una concessione di nove anni").
    needs: tuple[str, ...] = ()
    generic: bool = False
    case_sensitive_text: str | None = None
    #: How many tokens a generic trigger may reach to the specific one it introduces ("colloqui con la
    #: francese Safran per una joint venture"); None: the component's default.
    absorb_gap: int | None = None
    #: What "active" means for this trigger (talks under way are "negotiating": "ha avviato colloqui").
    status: str | None = None
    #: A state named by the trigger's own verb ("detiene il 22%"): its tense decides the status, not the
    #: clause's cues; it takes no amount and is no agreement that clauses belong to.
    stative: bool = False
    #: A preliminary step of talks ("lettera d'intenti"): a term only as a further mention of the deal it
    #: prepares, never a row of its own.
    preliminary: bool = False


@dataclass(frozen=True)
class Cue:
    """One status or certainty cue of ``term_cues.jsonl``."""

    cue: str
    cue_class: str
    regex: re.Pattern[str]
    scope: str = "clause"
    reach: int = 80
    position: str = "any"
    certainty: str | None = None
    unless_before: re.Pattern[str] | None = None
    direction: str = "either"
    layer: str | None = None
    own_trigger: bool = False
    raw_text: bool = False  # searched in the text as written, conditional protases included
    #: Strings (lower case) one of which every match contains: a clause holding none is not searched.
    literals: frozenset[str] | None = None


@dataclass(frozen=True)
class TypeInfo:
    """Layer, role names and value slots of one term type (``term_types.json``)."""

    layer: str
    agent_role: str
    patient_role: str
    patient_preps: frozenset[str] = field(default_factory=frozenset)
    takes_money: bool = True
    #: Different trigger words of this type in one sentence are different clauses (lock-up, covendita).
    distinct_triggers: bool = False
    #: The role of the party a deal is bought from ("ha rilevato il 30% di Y da Z"); None: no such role.
    source_role: str | None = None
    #: False for a term owed, paid or done rather than in force for a while (a break fee, a renewal): the
    #: end of the agreement it belongs to does not end it.
    ends: bool = True
    #: A clause that is an agreement of its own (a licence): it is renewed, expires and is called off as a
    #: deal is, so the cues of the deal layer reach it too.
    agreement: bool = False
    #: Words of the names that hold the agent role whatever the syntax ("Banca" lends): of two parties,
    #: the one named so is the agent when the other is not ("X ha firmato con Banca Y un finanziamento").
    agent_names: frozenset[str] = field(default_factory=frozenset)

    def other_side(self, role: str) -> str:
        """The role across from ``role``: the patient's for the agent, the agent's for any other."""
        return self.patient_role if role == self.agent_role else self.agent_role


@dataclass(frozen=True)
class TermLexicon:
    """Everything the terms component reads from data files, compiled."""

    types: dict[str, TypeInfo]
    triggers: tuple[TriggerRule, ...]
    cues: tuple[Cue, ...]
    clause_breaker: re.Pattern[str]
    look_alike: re.Pattern[str]
    agreement_noun: re.Pattern[str]
    non_business: tuple[tuple[str, re.Pattern[str], int, bool], ...]
    conditional: re.Pattern[str]
    scoop: re.Pattern[str]
    object_cue: re.Pattern[str]
    end_date_cue: re.Pattern[str]
    start_date_cue: re.Pattern[str]
    duration_cue: re.Pattern[str]
    percent: re.Pattern[str]
    anaphoric_company: re.Pattern[str]
    generic_company_anaphor: re.Pattern[str]
    anaphoric_deal: re.Pattern[str]
    closing_anaphor: re.Pattern[str]
    hypothetical_before: re.Pattern[str]
    authority: re.Pattern[str]
    appositive_before: re.Pattern[str]
    generic_context: re.Pattern[str]
    plural_deal_noun: re.Pattern[str]
    quote: re.Pattern[str]
    trigger_look_alike: re.Pattern[str] = re.compile(r"(?!)")
    person_job: re.Pattern[str] = re.compile(r"(?!)")
    renewed_for_before: re.Pattern[str] = re.compile(r"(?!)")
    unnamed_party: re.Pattern[str] = re.compile(r"(?!)")
    unnamed_holders: re.Pattern[str] = re.compile(r"(?!)")
    party_leader: re.Pattern[str] = re.compile(r"(?!)")
    led_pool_before: re.Pattern[str] = re.compile(r"(?!)")
    talks_object_after: re.Pattern[str] = re.compile(r"(?!)")
    dative_clitic: re.Pattern[str] = re.compile(r"(?!)")
    signed_before_colon: re.Pattern[str] = re.compile(r"(?!)")
    role_introduced: re.Pattern[str] = re.compile(r"(?!)")
    sale_contract_after: re.Pattern[str] = re.compile(r"(?!)")
    #: Words of a company's sale in a sentence ("non siamo in vendita", "compratori"): a denied talk or
    #: offer there is a denied purchase.
    sale_context: re.Pattern[str] = re.compile(r"(?!)")
    statement_before: re.Pattern[str] = re.compile(r"(?!)")
    article_company_nouns: frozenset[str] = frozenset()
    known_agreement: re.Pattern[str] = re.compile(r"(?!)")
    relative_clause: re.Pattern[str] = re.compile(r"(?!)")
    prepositional_relative: re.Pattern[str] = re.compile(r"(?!)")
    reported_speech: re.Pattern[str] = re.compile(r"(?!)")
    venture_named_before: re.Pattern[str] = re.compile(r"(?!)")
    venture_named_after: re.Pattern[str] = re.compile(r"(?!)")
    venture_anaphor: re.Pattern[str] = re.compile(r"(?!)")
    partners_anaphor: re.Pattern[str] = re.compile(r"(?!)")
    parties_anaphor: re.Pattern[str] = re.compile(r"(?!)")
    own_investment: re.Pattern[str] = re.compile(r"(?!)")
    public_body: re.Pattern[str] = re.compile(r"(?!)")
    trade_union: re.Pattern[str] = re.compile(r"(?!)")
    note_author_after: re.Pattern[str] = re.compile(r"(?!)")
    seller_anaphor: re.Pattern[str] = re.compile(r"(?!)")
    sellers_named: re.Pattern[str] = re.compile(r"(?!)")
    subscribers_after: re.Pattern[str] = re.compile(r"(?!)")
    subscribed_issue: re.Pattern[str] = re.compile(r"(?!)")
    set_up_in: re.Pattern[str] = re.compile(r"(?!)")
    ongoing_agreement: re.Pattern[str] = re.compile(r"(?!)")
    digest_heading: re.Pattern[str] = re.compile(r"(?!)")
    speech_attribution: re.Pattern[str] = re.compile(r"(?!)")
    seller_apposition: re.Pattern[str] = re.compile(r"(?!)")
    offer_made: re.Pattern[str] = re.compile(r"(?!)")
    digest_label: re.Pattern[str] = re.compile(r"(?!)")
    subjectless_start: re.Pattern[str] = re.compile(r"(?!)")
    subjectless_role: re.Pattern[str] = re.compile(r"(?!)")
    suitors_history: re.Pattern[str] = re.compile(r"(?!)")
    funding_before: re.Pattern[str] = re.compile(r"(?!)")
    subjectless_contrast: re.Pattern[str] = re.compile(r"(?!)")
    owner_noun_end: re.Pattern[str] = re.compile(r"(?!)")
    participial_aside: re.Pattern[str] = re.compile(r"(?!)")
    acting_participle: re.Pattern[str] = re.compile(r"(?!)")
    minority_after: re.Pattern[str] = re.compile(r"(?!)")
    tender_before: re.Pattern[str] = re.compile(r"(?!)")
    public_tender: re.Pattern[str] = re.compile(r"(?!)")
    prohibition_before: re.Pattern[str] = re.compile(r"(?!)")
    pool_members: re.Pattern[str] = re.compile(r"(?!)")
    prepositional_relative: re.Pattern[str] = re.compile(r"(?!)")
    rumour_denial: re.Pattern[str] = re.compile(r"(?!)")
    listing_venue_before: re.Pattern[str] = re.compile(r"(?!)")
    condition_met: re.Pattern[str] = re.compile(r"(?!)")
    loan_noun: re.Pattern[str] = re.compile(r"(?!)")
    result_amount_before: re.Pattern[str] = re.compile(r"(?!)")
    acquired_term_before: re.Pattern[str] = re.compile(r"(?!)")
    acquired_term_after: re.Pattern[str] = re.compile(r"(?!)")
    retracting_pronoun: re.Pattern[str] = re.compile(r"(?!)")
    round_series: re.Pattern[str] = re.compile(r"(?!)")
    final_agreement: re.Pattern[str] = re.compile(r"(?!)")
    earlier_agreement_after: re.Pattern[str] = re.compile(r"(?!)")
    earlier_agreement_before: re.Pattern[str] = re.compile(r"(?!)")
    new_agreement_before: re.Pattern[str] = re.compile(r"(?!)")
    issued_licence_after: re.Pattern[str] = re.compile(r"(?!)")
    public_contract: re.Pattern[str] = re.compile(r"(?!)")
    buyer_anaphor: re.Pattern[str] = re.compile(r"(?!)")
    verdict: re.Pattern[str] = re.compile(r"(?!)")
    authority_apposition: re.Pattern[str] = re.compile(r"(?!)")
    verdict_winner_before: re.Pattern[str] = re.compile(r"(?!)")
    share_after: re.Pattern[str] = re.compile(r"(?!)")
    share_sought_after: re.Pattern[str] = re.compile(r"(?!)")
    customer_after: re.Pattern[str] = re.compile(r"(?!)")
    research_body: re.Pattern[str] = re.compile(r"(?!)")
    research_agreement: re.Pattern[str] = re.compile(r"(?!)")
    agreement_exit: re.Pattern[str] = re.compile(r"(?!)")
    royalty: re.Pattern[str] = re.compile(r"(?!)")
    holding_vehicle: re.Pattern[str] = re.compile(r"(?!)")
    measure_of_before: re.Pattern[str] = re.compile(r"(?!)")
    paid_for_before: re.Pattern[str] = re.compile(r"(?!)")
    licensed_property: re.Pattern[str] = re.compile(r"(?!)")
    policy_counterparts: re.Pattern[str] = re.compile(r"(?!)")
    waived_after: re.Pattern[str] = re.compile(r"(?!)")
    sold_by: re.Pattern[str] = re.compile(r"(?!)")
    signing_before: re.Pattern[str] = re.compile(r"(?!)")
    share_object: re.Pattern[str] = re.compile(r"(?!)")
    remaining_share_before: re.Pattern[str] = re.compile(r"(?!)")
    tag_along: re.Pattern[str] = re.compile(r"(?!)")
    #: Words telling whose shares a clause is on: "family" (a family holding), "remaining" (the holder of
    #: the rest of a company), "company" (the company itself); see :mod:`pipeline.normalize.terms_shares`.
    share_owner_cues: dict[str, re.Pattern[str]] = field(default_factory=dict)
    period_units: frozenset[str] = frozenset()
    #: A company noun -> the name words of the organizations of that kind ("l'istituto" -> "Banca").
    kind_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    #: A common noun for a public body -> the head word of its name ("giunta" -> "comune").
    public_anaphors: dict[str, str] = field(default_factory=dict)
    conditional_mood: re.Pattern[str] = re.compile(r"(?!)")
    compound_conditional: re.Pattern[str] = re.compile(r"(?!)")
    imperfect_mood: re.Pattern[str] = re.compile(r"(?!)")


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _any_of(patterns: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def mood_patterns(moods: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The simple conditional ("firmerebbe") and the compound conditional ("avrebbe firmato") as regexes,
    from the endings of ``term_moods.json``.

    >>> simple, compound = mood_patterns(json.loads((LEXICON_DIR / "term_moods.json").read_text()))
    >>> [bool(simple.search(w)) for w in ("firmerebbe", "cederebbero", "potrebbe", "dovrebbe", "rebbe")]
    [True, True, False, False, False]
    >>> bool(compound.search("avrebbe già firmato")), bool(compound.search("sarebbe pronta"))
    (True, False)
    """
    simple = re.compile(
        rf"""\b(?!(?:{_alternatives(moods["modal_stems"])})(?:{_alternatives(moods["conditional_endings"])})\b)
        (?P<verb>\w{{2,}}(?:{_alternatives(moods["conditional_endings"])}))\b""",
        re.IGNORECASE | re.VERBOSE,
    )
    compound = re.compile(
        rf"""\b(?P<auxiliary>{_alternatives(moods["compound_auxiliaries"])})
        \s+(?:\w+mente\s+|già\s+|stat[oaie]\s+)*
        (?P<participle>\w+(?:{_alternatives(moods["participle_endings"])}))\b""",
        re.IGNORECASE | re.VERBOSE,
    )
    return simple, compound


def imperfect_pattern(moods: dict[str, Any]) -> re.Pattern[str]:
    """Word forms with an imperfect ending of ``term_moods.json`` that are no auxiliary or modal; the
    component checks the lemma, since nouns end so too ("esclusiva").

    >>> pattern = imperfect_pattern(json.loads((LEXICON_DIR / "term_moods.json").read_text()))
    >>> [bool(pattern.fullmatch(w)) for w in ("distribuiva", "imponevano", "aveva", "firmato")]
    [True, True, False, False]
    """
    return re.compile(
        rf"""\b(?!(?:{_alternatives(moods["imperfect_auxiliaries"])})\b)
        (?P<verb>[^\W\d_]{{2,}}(?:{_alternatives(moods["imperfect_endings"])}))\b""",
        re.IGNORECASE | re.VERBOSE,
    )


def _cue(entry: dict[str, Any]) -> Cue:
    flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
    unless = entry.get("unless_before")
    regex = re.compile(entry["regex"], flags)
    return Cue(
        cue=entry["cue"],
        cue_class=entry["class"],
        regex=regex,
        scope=entry.get("scope", "clause"),
        reach=int(entry.get("reach", 80)),
        position=entry.get("position", "any"),
        certainty=entry.get("certainty"),
        unless_before=re.compile(unless, re.IGNORECASE) if unless else None,
        direction=entry.get("direction", "either"),
        layer=entry.get("layer"),
        own_trigger=bool(entry.get("own_trigger", False)),
        raw_text=entry.get("text") == "raw",
        literals=required_literals(regex),
    )


#: Fields of :class:`TermLexicon` compiled case-insensitively from one regular expression of term_scope.json.
CASELESS_SCOPE_PATTERNS = (
    ("agreement_noun", "agreement_nouns"),
    ("conditional", "conditional_protasis"),
    ("scoop", "scoop_contexts"),
    ("object_cue", "object_cues"),
    ("end_date_cue", "end_date_cues"),
    ("start_date_cue", "start_date_cues"),
    ("duration_cue", "duration_cues"),
    ("percent", "percent"),
    ("anaphoric_company", "anaphoric_company"),
    ("generic_company_anaphor", "generic_company_anaphor"),
    ("anaphoric_deal", "anaphoric_deals"),
    ("closing_anaphor", "closing_anaphor"),
    ("hypothetical_before", "hypothetical_before"),
    ("authority", "authorities"),
    ("appositive_before", "appositive_before"),
    ("listing_venue_before", "listing_venue_before"),
    ("condition_met", "condition_met"),
    ("loan_noun", "loan_nouns"),
    ("generic_context", "generic_context"),
    ("plural_deal_noun", "plural_deal_nouns"),
    ("trigger_look_alike", "trigger_look_alikes"),
    ("person_job", "person_job"),
    ("renewed_for_before", "renewed_for_before"),
    ("unnamed_party", "unnamed_party"),
    ("unnamed_holders", "unnamed_holders"),
    ("party_leader", "party_leader"),
    ("led_pool_before", "led_pool_before"),
    ("talks_object_after", "talks_object_after"),
    ("dative_clitic", "dative_clitic"),
    ("signed_before_colon", "signed_before_colon"),
    ("role_introduced", "role_introduced"),
    ("sale_contract_after", "sale_contract_after"),
    ("sale_context", "sale_context"),
    ("statement_before", "statement_before"),
    ("known_agreement", "known_agreement"),
    ("relative_clause", "relative_clause"),
    ("prepositional_relative", "prepositional_relative"),
    ("reported_speech", "reported_speech"),
    ("venture_named_before", "venture_named_before"),
    ("venture_named_after", "venture_named_after"),
    ("venture_anaphor", "venture_anaphor"),
    ("partners_anaphor", "partners_anaphor"),
    ("parties_anaphor", "parties_anaphor"),
    ("own_investment", "own_investment"),
    ("public_body", "public_body"),
    ("trade_union", "trade_union"),
    ("note_author_after", "note_author_after"),
    ("seller_anaphor", "seller_anaphor"),
    ("sellers_named", "sellers_named"),
    ("subscribers_after", "subscribers_after"),
    ("subscribed_issue", "subscribed_issue"),
    ("set_up_in", "set_up_in"),
    ("ongoing_agreement", "ongoing_agreement"),
    ("digest_heading", "digest_heading"),
    ("speech_attribution", "speech_attribution"),
    ("seller_apposition", "seller_apposition"),
    ("offer_made", "offer_made"),
    ("digest_label", "digest_label"),
    ("subjectless_start", "subjectless_start"),
    ("subjectless_role", "subjectless_role"),
    ("suitors_history", "suitors_history"),
    ("funding_before", "funding_before"),
    ("subjectless_contrast", "subjectless_contrast"),
    ("owner_noun_end", "owner_noun_end"),
    ("participial_aside", "participial_aside"),
    ("acting_participle", "acting_participle"),
    ("minority_after", "minority_after"),
    ("tender_before", "tender_before"),
    ("public_tender", "public_tender"),
    ("prohibition_before", "prohibition_before"),
    ("pool_members", "pool_members"),
    ("prepositional_relative", "prepositional_relative"),
    ("rumour_denial", "rumour_denial"),
    ("result_amount_before", "result_amount_before"),
    ("acquired_term_before", "acquired_term_before"),
    ("acquired_term_after", "acquired_term_after"),
    ("retracting_pronoun", "retracting_pronoun"),
    ("final_agreement", "final_agreement"),
    ("earlier_agreement_after", "earlier_agreement_after"),
    ("earlier_agreement_before", "earlier_agreement_before"),
    ("new_agreement_before", "new_agreement_before"),
    ("issued_licence_after", "issued_licence_after"),
    ("public_contract", "public_contract"),
    ("buyer_anaphor", "buyer_anaphor"),
    ("verdict", "verdict"),
    ("authority_apposition", "authority_apposition"),
    ("verdict_winner_before", "verdict_winner_before"),
    ("share_after", "share_after"),
    ("share_sought_after", "share_sought_after"),
    ("customer_after", "customer_after"),
    ("research_body", "research_body"),
    ("research_agreement", "research_agreement"),
    ("agreement_exit", "agreement_exit"),
    ("royalty", "royalty"),
    ("holding_vehicle", "holding_vehicle"),
    ("measure_of_before", "measure_of_before"),
    ("paid_for_before", "paid_for_before"),
    ("licensed_property", "licensed_property"),
    ("policy_counterparts", "policy_counterparts"),
    ("waived_after", "waived_after"),
    ("sold_by", "sold_by"),
    ("signing_before", "signing_before"),
    ("share_object", "share_object"),
    ("remaining_share_before", "remaining_share_before"),
    ("tag_along", "tag_along"),
)


def load_term_lexicon(directory: str | None = None) -> TermLexicon:
    """Read and compile the term lexicons from ``directory`` (default: the package lexicons), once."""
    return _load_term_lexicon(str(directory) if directory else None)


@lru_cache(maxsize=4)
def _load_term_lexicon(directory: str | None) -> TermLexicon:
    folder = Path(directory) if directory else LEXICON_DIR
    raw_types = json.loads((folder / "term_types.json").read_text(encoding="utf-8"))
    types = {
        name: TypeInfo(
            layer=info["layer"],
            agent_role=info["agent_role"],
            patient_role=info["patient_role"],
            patient_preps=frozenset(info.get("patient_preps", [])),
            takes_money=bool(info.get("takes_money", True)),
            distinct_triggers=bool(info.get("distinct_triggers", False)),
            source_role=info.get("source_role"),
            ends=bool(info.get("ends", True)),
            agreement=bool(info.get("agreement", False)),
            agent_names=frozenset(word.casefold() for word in info.get("agent_names", [])),
        )
        for name, info in raw_types.items()
        if not name.startswith("_")
    }
    triggers = []
    for number, entry in enumerate(_read_jsonl(folder / "term_triggers.jsonl")):
        if entry["type"] not in types:
            raise ValueError(f"term_triggers.jsonl line {number + 1}: unknown type {entry['type']!r}")
        triggers.append(
            TriggerRule(
                key=f"{entry['type']}#{number}",
                type=entry["type"],
                pattern=compile_pattern(entry["pattern"]),
                needs=tuple(entry.get("needs", ())),
                generic=bool(entry.get("generic", False)),
                case_sensitive_text=entry.get("case_sensitive_text"),
                absorb_gap=entry.get("absorb_gap"),
                status=entry.get("status"),
                stative=bool(entry.get("stative", False)),
                preliminary=bool(entry.get("preliminary", False)),
            )
        )
        if entry.get("status") not in (None, *STATUSES):
            raise ValueError(f"term_triggers.jsonl line {number + 1}: unknown status {entry['status']!r}")
    cues = tuple(_cue(entry) for entry in _read_jsonl(folder / "term_cues.jsonl"))
    unknown = {c.cue for c in cues} - STATUSES - CERTAINTY_CUES
    if unknown:
        raise ValueError(f"term_cues.jsonl: unknown cue kinds {sorted(unknown)}")
    scope = json.loads((folder / "term_scope.json").read_text(encoding="utf-8"))
    moods_file = folder / "term_moods.json"
    moods = json.loads(moods_file.read_text(encoding="utf-8")) if moods_file.exists() else None
    conditional_mood, compound_conditional = mood_patterns(moods) if moods else (None, None)
    return TermLexicon(
        types=types,
        triggers=tuple(triggers),
        cues=cues,
        clause_breaker=_any_of(scope["clause_breakers"]),
        look_alike=_any_of(scope["look_alikes"]),
        non_business=tuple(
            (
                ctx["name"],
                re.compile(ctx["regex"], re.IGNORECASE),
                int(ctx["veto_unless_orgs"]),
                bool(ctx.get("yields_to_known_agreement", False)),
            )
            for ctx in scope["non_business_contexts"]
        ),
        quote=re.compile(scope["quotes"]),
        round_series=re.compile(scope["round_series"]),
        **{field: re.compile(scope[key], re.IGNORECASE) for field, key in CASELESS_SCOPE_PATTERNS},
        period_units=frozenset(scope["period_units"]),
        kind_nouns={noun: frozenset(words) for noun, words in scope.get("kind_nouns", {}).items()},
        public_anaphors=dict(scope.get("public_anaphors", {})),
        article_company_nouns=frozenset(scope.get("article_company_nouns", ())),
        share_owner_cues={
            kind: re.compile(regex, re.IGNORECASE)
            for kind, regex in scope.get("share_owner_cues", {}).items()
        },
        **(
            {
                "conditional_mood": conditional_mood,
                "compound_conditional": compound_conditional,
                "imperfect_mood": imperfect_pattern(moods),
            }
            if moods
            else {}
        ),
    )
