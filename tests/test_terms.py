# ruff: noqa: E501  (test cases are one readable sentence a line)
"""Unit tests of the ``itnews_terms`` component on one-line sentences with made-up companies.

The entity layers (organizations, money, dates) are given inline, so these tests do not depend on the
other components: ``<org>Veltra</org>``, ``<money amount='2500000000' currency='EUR'>2,5 miliardi di
euro</money>``, ``<date kind='date' value='2030' end_date='2030-12-31'>2030</date>``.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import spacy

from pipeline.components import terms as _terms  # noqa: F401  (registers itnews_terms)

TAG = re.compile(r"<(?P<tag>org|money|date)(?P<attrs>[^>]*)>(?P<body>.*?)</(?P=tag)>")
ATTR = re.compile(r"(?P<key>\w+)='(?P<value>[^']*)'")
PREFIX = {"org": "O", "money": "M", "date": "D"}


def parse_annotated(annotated: str) -> tuple[str, dict[str, list[dict[str, Any]]]]:
    """Plain text and the entity lists of an inline-annotated sentence."""
    items: dict[str, list[dict[str, Any]]] = {"org": [], "money": [], "date": []}
    text = ""
    last = 0
    for match in TAG.finditer(annotated):
        text += annotated[last : match.start()]
        start = len(text)
        text += match.group("body")
        attrs = {m.group("key"): m.group("value") for m in ATTR.finditer(match.group("attrs"))}
        tag = match.group("tag")
        item: dict[str, Any] = {"id": f"{PREFIX[tag]}{len(items[tag]) + 1}", "start": start, "end": len(text),
                                "text": match.group("body")}
        if tag == "org":
            item.update(name=attrs.get("name", item["text"]), org_key=item["text"].lower(), source="rule")
        elif tag == "money":
            item.update(amount=attrs["amount"], amount_max=None, currency=attrs.get("currency", "EUR"),
                        currency_inferred=False, qualifier=attrs.get("qualifier", "exact"), unit=attrs.get("unit"))
        else:
            item.update(kind=attrs.get("kind", "date"), value=attrs.get("value"),
                        start_date=attrs.get("start_date"), end_date=attrs.get("end_date"),
                        duration=attrs.get("duration"), granularity=None, relative=False,
                        modifier=attrs.get("modifier"))
        items[tag].append(item)
        last = match.end()
    text += annotated[last:]
    return text, items


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    pipeline = spacy.blank("it")
    pipeline.add_pipe("sentencizer")
    pipeline.add_pipe("lemmatizer", config={"mode": "lookup"}).initialize()
    pipeline.add_pipe("itnews_terms")
    return pipeline


def run_terms(nlp: spacy.language.Language, annotated: str) -> list[dict[str, Any]]:
    text, items = parse_annotated(annotated)
    doc = nlp.make_doc(text)
    doc._.itnews_published = "2025-01-21"
    doc._.itnews_orgs, doc._.itnews_money, doc._.itnews_dates = items["org"], items["money"], items["date"]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    for term in doc._.itnews_terms:
        assert doc.text[term["start"] : term["end"]] == term["text"]
    return doc._.itnews_terms


def type_status(terms: list[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(t["type"], t["status"]) for t in terms}


# --- every type (one made-up sentence each) -------------------------------------------------------------
TYPE_CASES = [
    ("PARTNERSHIP", "active", "<org>Veltra Cloud</org> e <org>Banca Adriatica</org> hanno siglato un accordo strategico pluriennale."),
    ("JOINT_VENTURE", "planned", "<org>Castellani Group</org> e <org>Hoshino Motors</org> daranno vita a una joint venture paritetica per produrre batterie."),
    ("ACQUISITION", "active", "<org>Nordlux</org> ha rilevato il 100% della startup <org>Datafy</org> per <money amount='120000000'>120 milioni di euro</money>."),
    ("MERGER", "pending", "La fusione tra <org>Banca Adriatica</org> e <org>Credito Alpino</org> è subordinata al via libera della Bce."),
    ("INVESTMENT_STAKE", "active", "Il fondo <org>Al-Noor</org> ha investito circa <money amount='2500000000' qualifier='approx'>2,5 miliardi di euro</money> in <org>Veltra Cloud</org>."),
    ("FINANCING", "active", "<org>Datafy</org> ha chiuso un round di serie B da <money amount='45000000'>45 milioni di euro</money> guidato da <org>Apennine Capital</org>."),
    # an agreement for a supply chain, or to distribute, is a supply contract
    ("SUPPLY_SERVICE_CONTRACT", "active", "L'accordo di filiera con la cooperativa <org>Olivicoltori Salentini</org> obbliga <org>Oleificio Ionico</org> a ritirare 8.000 tonnellate di olive l'anno."),
    ("SUPPLY_SERVICE_CONTRACT", "active", "<org>Concimi Padani</org> ha firmato con <org>Abonos del Sur</org> un accordo per la distribuzione in Spagna."),
    ("SUPPLY_SERVICE_CONTRACT", "active", "<org>Castellani Group</org> si è aggiudicata una commessa da <money amount='1200000000'>1,2 miliardi di euro</money> per la fornitura di 40 treni."),
    ("LICENSE_IP", "active", "<org>Nordlux</org> ha concesso a <org>Hoshino Motors</org> una licenza sui propri brevetti per le celle al sodio."),
    ("EXCLUSIVITY", "active", "<org>Sirio Energia</org> ha ottenuto l'esclusiva per la distribuzione in Italia dei pannelli <org>Hoshino</org>."),
    ("RIGHT_OF_FIRST_REFUSAL", "active", "<org>Veltra</org> mantiene un diritto di prelazione sulle nuove quote di <org>Datafy</org>."),
    ("REVENUE_SHARING", "active", "Gli accordi di condivisione dei ricavi tra <org>Streamo</org> e <org>Editoriale Dolomiti</org> restano in vigore."),
    ("MINIMUM_COMMITMENT", "active", "<org>Banca Adriatica</org> si è impegnata ad acquistare servizi cloud da <org>Veltra</org> per almeno <money amount='50000000' qualifier='lower_bound'>50 milioni di euro</money> l'anno."),
    ("TERM_DURATION", "planned", "Il contratto tra <org>Veltra</org> e <org>Datafy</org>, di durata decennale, entrerà in vigore il <date value='2026-07-01' start_date='2026-07-01' end_date='2026-07-01'>1° luglio 2026</date>."),
    ("RENEWAL_EXTENSION", "active", "<org>Sirio Energia</org> e <org>Gas Tirreno</org> hanno prorogato di cinque anni il contratto di distribuzione."),
    ("TERMINATION", "active", "Il contratto tra <org>Meccanica Lombarda</org> e <org>Castellani Group</org> prevede una clausola di recesso anticipato."),
    ("NON_COMPETE", "active", "Il venditore si è impegnato con <org>Datafy</org> a un patto di non concorrenza per tre anni."),
    ("CHANGE_OF_CONTROL_TRANSFER", "active", "Il contratto tra <org>Datafy</org> e <org>Banca Adriatica</org> prevede una clausola di change of control."),
    ("PENALTY_BREAK_FEE", "active", "In caso di veto dell'Antitrust, <org>Apennine Capital</org> verserà a <org>Meccanica Lombarda</org> una penale di <money amount='35000000'>35 milioni di euro</money>."),
    ("INVESTMENT_STAKE", "negated", "<org>Nordlux</org> ha smentito un suo ingresso nel capitale di <org>Datafy</org>."),
]


@pytest.mark.parametrize(("term_type", "status", "annotated"), TYPE_CASES, ids=[c[0] for c in TYPE_CASES])
def test_every_type_is_found_with_its_status(nlp, term_type, status, annotated):
    assert (term_type, status) in type_status(run_terms(nlp, annotated))


# --- every status --------------------------------------------------------------------------------------
STATUS_CASES = [
    ("MERGER", "cancelled", "La Commissione europea ha bloccato la fusione tra <org>Nordlux</org> e <org>Datafy</org>."),
    ("ACQUISITION", "negotiating", "<org>Nordlux</org> starebbe trattando l'acquisto di <org>Datafy</org>."),
    ("ACQUISITION", "cancelled", "<org>Datafy</org> ha respinto l'offerta da <money amount='90000000'>90 milioni di euro</money> di <org>Nordlux</org>."),
    ("EXCLUSIVITY", "ended", "<org>Veltra Cloud</org> non sarà più l'unico fornitore di servizi di calcolo di <org>Agenzia Dati</org>."),
    ("EXCLUSIVITY", "ended", "<org>Sirio Energia</org> perde l'esclusiva sulla rete di <org>Gas Tirreno</org>."),
    ("NON_COMPETE", "negated", "L'accordo tra <org>Nordlux</org> e <org>Sirio Energia</org> non prevede alcuna clausola di non concorrenza."),
    ("EXCLUSIVITY", "negated", "La partnership tra <org>Nordlux</org> e <org>Datafy</org> è senza esclusiva."),
    ("INVESTMENT_STAKE", "planned", "<org>Hoshino Motors</org> prevede di investire fino a <money amount='800000000' qualifier='upper_bound'>800 milioni di euro</money> negli impianti italiani."),
    ("ACQUISITION", "planned", "<org>Nordlux</org> acquisirà <org>Datafy</org> entro l'estate."),
    ("ACQUISITION", "pending", "L'opa di <org>Apennine Capital</org> su <org>Meccanica Lombarda</org> è subordinata al via libera dell'Antitrust."),
    ("PARTNERSHIP", "negotiating", "<org>Nordlux</org> e <org>Sirio Energia</org> hanno firmato un memorandum d'intesa non vincolante per una collaborazione."),
    ("ACQUISITION", "negotiating", "Sono in corso trattative tra <org>Nordlux</org> e <org>Datafy</org> per l'acquisizione della startup."),
    ("MERGER", "cancelled", "Saltano le nozze tra <org>Sirio Energia</org> e <org>Gas Tirreno</org>: le due società hanno interrotto le trattative sulla fusione."),
    ("ACQUISITION", "cancelled", "<org>Apennine Capital</org> ha ritirato l'offerta pubblica di acquisto su <org>Meccanica Lombarda</org>."),
    ("RIGHT_OF_FIRST_REFUSAL", "ended", "<org>Comune di Lucca</org> ha rinunciato a esercitare la prelazione sul 30% di <org>Gas Tirreno</org>."),
    ("PARTNERSHIP", "active", "La collaborazione tra <org>Veltra</org> e <org>Datafy</org> prosegue."),
    # an exercised termination is over, and so is the contract it ends (the team gold's convention)
    ("TERMINATION", "ended", "<org>Meccanica Lombarda</org> ha esercitato il diritto di recesso dal contratto con <org>Castellani Group</org>."),
    ("SUPPLY_SERVICE_CONTRACT", "ended", "<org>Auremia Motors</org> ha comunicato a <org>Freni Orobici</org> il recesso dal contratto di fornitura."),
    ("EXCLUSIVITY", "ended", "<org>Telemare</org> ha rinunciato alla clausola di esclusiva con <org>Voxia</org>."),
    ("PARTNERSHIP", "ended", "L'accordo con <org>Kessler Aerotech</org> per la produzione di carrelli di atterraggio, scaduto a settembre, non è stato rinnovato."),
    ("RENEWAL_EXTENSION", "negated", "L'accordo con <org>Kessler Aerotech</org> per la produzione di carrelli di atterraggio, scaduto a settembre, non è stato rinnovato."),
    # an aside after the partner's name tells of the contract before it
    ("SUPPLY_SERVICE_CONTRACT", "ended", "Il contratto di pulizia con <org>Alberghi Riviera</org>, scaduto il 30 aprile, non è stato rinnovato."),
    # what a board puts to the shareholders' vote waits for it
    ("FINANCING", "pending", "Il consiglio di <org>Vetrerie Lariane</org> ha deliberato di sottoporre all'assemblea straordinaria un aumento di capitale da 25 milioni di euro."),
    ("MERGER", "pending", "All'assemblea del 29 aprile <org>Vetrerie Lariane</org> sottoporrà la fusione per incorporazione di <org>Cristalli Veneti</org>."),
    # a plan in the future coordinated after a done deal keeps its own tense
    ("INVESTMENT_STAKE", "planned", "<org>Dolciaria Langhe</org> ha ottenuto da <org>Banca Alpina</org> un finanziamento da 8 milioni e investirà 11 milioni in un nuovo reparto."),
    # a clause a future signing verb takes as object is not there yet
    ("LICENSE_IP", "planned", "Entro luglio <org>Concimi Padani</org> firmerà con l'<org>Università di Verona</org> una licenza sul ceppo batterico."),
    ("ACQUISITION", "cancelled", "Il fondo <org>Kestrel Equity</org> aveva presentato un'offerta non vincolante su <org>Ottica Nuoro</org>, ritirata a marzo dopo la due diligence."),
]


@pytest.mark.parametrize(("term_type", "status", "annotated"), STATUS_CASES, ids=[f"{c[0]}-{c[1]}" for c in STATUS_CASES])
def test_every_status_comes_from_its_cue(nlp, term_type, status, annotated):
    assert (term_type, status) in type_status(run_terms(nlp, annotated))


# --- certainty -----------------------------------------------------------------------------------------
CERTAINTY_CASES = [
    ("certain", "<org>Nordlux</org> ha acquisito <org>Datafy</org>."),
    ("possible", "Secondo indiscrezioni, <org>Nordlux</org> avrebbe acquisito <org>Datafy</org>."),
    ("probable", "Secondo il Financial Times, <org>Nordlux</org> avrebbe acquisito <org>Datafy</org>."),
    ("possible", "<org>Nordlux</org> potrebbe acquisire <org>Datafy</org>."),
    ("probable", "L'acquisizione di <org>Datafy</org> da parte di <org>Nordlux</org> dovrebbe chiudersi entro giugno."),
]


@pytest.mark.parametrize(("certainty", "annotated"), CERTAINTY_CASES)
def test_certainty_cues(nlp, certainty, annotated):
    acquisitions = [t for t in run_terms(nlp, annotated) if t["type"] == "ACQUISITION"]
    assert [t["certainty"] for t in acquisitions] == [certainty]


# --- negation scope: it stops at contrast words, and reaches the most specific term -----------------------
def test_negation_stops_at_ma(nlp):
    terms = run_terms(nlp, "<org>Veltra</org> da marzo non è più fornitore in esclusiva per <org>Datafy</org>, ma mantiene un diritto di prelazione sulle nuove commesse.")
    assert ("EXCLUSIVITY", "ended") in type_status(terms)
    assert ("RIGHT_OF_FIRST_REFUSAL", "active") in type_status(terms)


def test_cessation_of_a_modifier_ends_the_clause_not_the_deal(nlp):
    terms = run_terms(nlp, "<org>Veltra</org> da marzo non è più fornitore in esclusiva per <org>Datafy</org>.")
    assert ("SUPPLY_SERVICE_CONTRACT", "ended") not in type_status(terms)


@pytest.mark.parametrize("annotated", [
    "<org>Veltra</org> non è più il partner di <org>Datafy</org>, però la licenza resta in vigore.",
    "<org>Veltra</org> non ha rinnovato la partnership con <org>Datafy</org>; la licenza resta in vigore.",
    "<org>Veltra</org> non ha firmato l'accordo di esclusiva, tuttavia la licenza con <org>Datafy</org> resta in vigore.",
])
def test_contrast_words_and_semicolons_end_the_scope(nlp, annotated):
    assert ("LICENSE_IP", "active") in type_status(run_terms(nlp, annotated))


# --- look-alikes are not negations -----------------------------------------------------------------------
LOOK_ALIKE_CASES = [
    ("NON_COMPETE", "active", "<org>Datafy</org> ha firmato con <org>Nordlux</org> un patto di non concorrenza."),
    ("LICENSE_IP", "active", "<org>Nordlux</org> ha concesso a <org>Hoshino Motors</org> una licenza non esclusiva."),
    ("PARTNERSHIP", "negotiating", "<org>Nordlux</org> e <org>Datafy</org> hanno firmato un accordo non vincolante."),
    ("LICENSE_IP", "active", "<org>Veltra</org> e <org>Datafy</org> hanno firmato non solo una partnership ma anche una licenza sui brevetti."),
    ("INVESTMENT_STAKE", "planned", "<org>Veltra</org> investirà non più di <money amount='5000000' qualifier='upper_bound'>5 milioni di euro</money> in <org>Datafy</org>."),
    ("ACQUISITION", "possible-status-kept", "Non è escluso che <org>Nordlux</org> acquisisca <org>Datafy</org>."),
]


@pytest.mark.parametrize(("term_type", "status", "annotated"), LOOK_ALIKE_CASES, ids=[c[2][:40] for c in LOOK_ALIKE_CASES])
def test_look_alikes_are_not_negations(nlp, term_type, status, annotated):
    terms = run_terms(nlp, annotated)
    if status == "possible-status-kept":
        found = [t for t in terms if t["type"] == term_type]
        assert found and found[0]["status"] not in ("negated", "ended") and found[0]["certainty"] == "possible"
    else:
        assert (term_type, status) in type_status(terms)
    assert all(t["status"] != "negated" for t in terms if t["type"] == term_type)


def test_non_esclusiva_is_a_negated_exclusivity_beside_an_active_licence(nlp):
    # the design allows no EXCLUSIVITY record or a negated one; every gold set annotates a negated one
    terms = run_terms(nlp, "<org>Nordlux</org> ha concesso a <org>Hoshino Motors</org> una licenza non esclusiva.")
    assert type_status(terms) >= {("LICENSE_IP", "active"), ("EXCLUSIVITY", "negated")}
    assert ("EXCLUSIVITY", "active") not in type_status(terms)


# --- not business terms ---------------------------------------------------------------------------------
@pytest.mark.parametrize("annotated", [
    "<org>Lega</org> e <org>Forza Italia</org> hanno raggiunto un accordo sulla legge elettorale.",
    "Il calciatore ha firmato con la <org>Juventus</org> un contratto fino al 2028.",
    "L'attaccante lascia il club: la cessione del cartellino vale 30 milioni.",
    "Il <org>Sassuolo</org> ha ceduto all'<org>Atalanta</org> il difensore centrale per 9 milioni.",
    "<org>Fiat</org> ha rinnovato il contratto collettivo con i sindacati.",
    "Il quotidiano pubblica in esclusiva un'intervista all'amministratore delegato di <org>Nordlux</org>.",
    "Il governo e l'opposizione hanno trovato un'intesa sulla manovra.",
])
def test_politics_sport_employment_and_scoops_are_not_terms(nlp, annotated):
    assert run_terms(nlp, annotated) == []


# --- arguments ------------------------------------------------------------------------------------------
def test_parties_roles_and_amount(nlp):
    [term] = [t for t in run_terms(nlp, TYPE_CASES[4][2]) if t["type"] == "INVESTMENT_STAKE"]
    assert term["parties"] == ["Al-Noor", "Veltra Cloud"]
    assert term["party_roles"] == ["investor", "investee"]
    assert term["party_ids"] == ["O1", "O2"]
    assert (term["amount"], term["currency"], term["money_id"]) == ("2500000000", "EUR", "M1")


def test_passive_agent_introduced_by_da(nlp):
    [term] = run_terms(nlp, "<org>Datafy</org> è stata acquisita da <org>Nordlux</org>.")
    assert list(zip(term["parties"], term["party_roles"], strict=True)) == [("Nordlux", "acquirer"), ("Datafy", "target")]


def test_percentage(nlp):
    [term] = [t for t in run_terms(nlp, TYPE_CASES[2][2]) if t["type"] == "ACQUISITION"]
    assert term["percentage"] == 100.0


def test_end_date_spreads_over_coordinated_terms(nlp):
    terms = run_terms(nlp, "La collaborazione tra <org>Veltra</org> e <org>Datafy</org> resta in vigore fino al "
                           "<date value='2030' start_date='2030-01-01' end_date='2030-12-31'>2030</date>, compreso "
                           "l'accesso alla proprietà intellettuale e gli accordi di condivisione dei ricavi.")
    by_type = {t["type"]: t for t in terms}
    for term_type in ("PARTNERSHIP", "TERM_DURATION", "LICENSE_IP", "REVENUE_SHARING"):
        assert by_type[term_type]["end_date"] == "2030-12-31", term_type
        assert by_type[term_type]["date_ids"] == ["D1"]
        assert by_type[term_type]["status"] == "active"


def test_deadline_with_entro_is_not_an_end_date(nlp):
    terms = run_terms(nlp, "<org>Veltra</org> e <org>Banca Adriatica</org> hanno siglato un accordo per portare sul "
                           "cloud i sistemi entro il <date value='2027' end_date='2027-12-31'>2027</date>.")
    assert [t["end_date"] for t in terms] == [None]


def test_duration(nlp):
    terms = run_terms(nlp, "<org>Nordlux</org> prevede di investire <money amount='500000000'>500 milioni di euro</money> "
                           "<date kind='duration' value='P4Y' duration='P4Y'>nei prossimi quattro anni</date>.")
    assert [(t["type"], t["duration"]) for t in terms] == [("INVESTMENT_STAKE", "P4Y")]


# --- one row per term; clauses point to their agreement ----------------------------------------------------
def test_repeated_mentions_merge_into_one_row(nlp):
    terms = run_terms(nlp, "<org>Veltra</org> e <org>Datafy</org> hanno firmato un accordo. L'accordo durerà tre anni. "
                           "Secondo i due gruppi l'intesa è strategica.")
    partnerships = [t for t in terms if t["type"] == "PARTNERSHIP"]
    assert len(partnerships) == 1
    assert len(partnerships[0]["mentions"]) == 2


def test_clause_points_to_its_agreement(nlp):
    terms = run_terms(nlp, "<org>Veltra</org> e <org>Datafy</org> hanno firmato una partnership che include una licenza sui brevetti.")
    by_type = {t["type"]: t for t in terms}
    assert by_type["LICENSE_IP"]["agreement_id"] == by_type["PARTNERSHIP"]["id"]
    assert by_type["PARTNERSHIP"]["agreement_id"] is None


def test_output_follows_the_contract(nlp):
    terms = run_terms(nlp, TYPE_CASES[4][2])
    keys = {"id", "start", "end", "text", "type", "status", "certainty", "parties", "party_ids", "party_roles",
            "amount", "currency", "money_id", "percentage", "start_date", "end_date", "duration", "date_ids",
            "agreement_id", "mentions"}
    assert all(set(t) == keys for t in terms)
    assert [t["id"] for t in terms] == [f"T{n}" for n in range(1, len(terms) + 1)]
    assert [t["start"] for t in terms] == sorted(t["start"] for t in terms)


# --- mechanisms learnt on the team gold (made-up sentences) -----------------------------------------------
def test_generic_agreement_noun_is_absorbed_by_the_deal_it_introduces(nlp):
    terms = run_terms(nlp, "<org>Sistemi Nord</org> ha raggiunto un accordo vincolante per acquisire il 100% di <org>Visiqa</org>.")
    assert [t["type"] for t in terms] == ["ACQUISITION"]


def test_the_other_side_s_name_between_agreement_and_deal_counts_as_one_word(nlp):
    terms = run_terms(nlp, "<org>Gioca Futuro</org> ha firmato un accordo vincolante con <org>Perla Holding GmbH</org> per l'acquisto dell'80% di <org>Legno Blu</org>.")
    assert [t["type"] for t in terms] == ["ACQUISITION"]


def test_plural_deal_nouns_without_an_amount_are_deals_in_general(nlp):
    terms = run_terms(nlp, "Il numero di banche in regione è sceso per effetto di una decina di fusioni tra <org>Bcc Alfa</org> e altri istituti.")
    assert terms == []


def test_plural_deal_noun_with_an_amount_is_a_term(nlp):
    terms = run_terms(nlp, "<org>Nordlux</org> prevede investimenti per <money amount='1500000000'>1,5 miliardi di euro</money> in Italia.")
    assert [(t["type"], t["status"]) for t in terms] == [("INVESTMENT_STAKE", "planned")]


def test_definite_mention_joins_the_named_agreement(nlp):
    terms = run_terms(nlp, "<org>Maison Verdi</org> ha firmato un accordo di licenza con <org>Hartley Group</org>. "
                           "L'accordo prevede inoltre la ripartizione dei ricavi delle vendite online.")
    by_type = {t["type"]: t for t in terms}
    assert set(by_type) == {"LICENSE_IP", "REVENUE_SHARING"}
    assert by_type["LICENSE_IP"]["mentions"]


def test_authorities_approve_deals_but_are_not_parties(nlp):
    [term] = run_terms(nlp, "La <org>Commissione europea</org> ha autorizzato l'acquisizione di <org>Logistica Sud</org> da parte del gruppo danese <org>Nordhavn</org>.")
    assert set(term["parties"]) == {"Nordhavn", "Logistica Sud"}
    assert dict(zip(term["parties"], term["party_roles"], strict=True))["Nordhavn"] == "acquirer"


def test_la_societa_stands_for_the_main_organization(nlp):
    terms = run_terms(nlp, "La fintech <org>Pagolibero</org> ha chiuso un round da <money amount='40000000'>40 milioni di euro</money>. "
                           "Parallelamente la società ha firmato con <org>Banca Tirrena</org> una linea di credito.")
    [credit] = [t for t in terms if t["text"] == "linea di credito"]
    assert set(credit["parties"]) == {"Pagolibero", "Banca Tirrena"}


def test_cancellation_reaches_the_nearest_deal_only(nlp):
    terms = run_terms(nlp, "La fusione tra <org>Assicurazioni Alfa</org> e <org>Polaris Vita</org> arriva dopo che era tramontata "
                           "l'ipotesi di un'aggregazione con <org>Mutuelle Beta</org>.")
    statuses = {(t["type"], tuple(sorted(t["parties"]))): t["status"] for t in terms}
    assert statuses[("MERGER", ("Assicurazioni Alfa", "Polaris Vita"))] != "cancelled"


def test_a_cue_inside_the_trigger_does_not_apply_to_it(nlp):
    terms = run_terms(nlp, "<org>Connetti</org> ha concesso a <org>FibraNord</org> un periodo di trattativa in esclusiva fino a settembre.")
    assert ("EXCLUSIVITY", "active") in type_status(terms)


def test_a_pending_agreement_makes_its_clauses_pending(nlp):
    terms = run_terms(nlp, "L'acquisizione di <org>Radar Sud</org> da parte di <org>Crestline</org> è subordinata al via libera del governo. "
                           "<org>Crestline</org> e <org>Radar Sud</org> hanno concordato una clausola di lock-up di cinque anni.")
    assert ("CHANGE_OF_CONTROL_TRANSFER", "pending") in type_status(terms)


@pytest.mark.parametrize("annotated", [
    "Il film sarà disponibile in esclusiva dal mese prossimo.",
    "Non non più ma ; : esclusiva",
    "",
])
def test_a_clause_of_no_agreement_is_not_a_term(nlp, annotated):
    assert run_terms(nlp, annotated) == []


@pytest.mark.parametrize(("term_type", "annotated"), [
    ("PARTNERSHIP", "\"Con <org>Daesan</org> abbiamo trovato un partner alla pari\", ha detto il presidente di <org>Volterra</org>."),
    ("SUPPLY_SERVICE_CONTRACT", "<org>Cantieri Adriatici</org> ha un portafoglio ordini di <money amount='4600000000'>4,6 miliardi di euro</money>."),
    ("TERMINATION", "Il contratto tra <org>Telemare</org> e <org>Voxia</org> si rinnova di anno in anno in assenza di disdetta."),
    ("TERMINATION", "Il contratto tra <org>Telemare</org> e <org>Voxia</org> si rinnoverà ogni due anni, salvo disdetta con sei mesi di preavviso."),
    ("LICENSE_IP", "<org>Biofarma Lario</org> ha registrato ricavi da licenze per <money amount='3100000'>3,1 milioni di euro</money>."),
    # a deal that dates a clause, told before: no deal of its own
    ("MERGER", "<org>Alpi Capital</org> si è impegnato a non vendere le azioni di <org>Parapioggia</org> per 24 mesi dalla fusione."),
])
def test_general_uses_of_deal_words_are_not_terms(nlp, term_type, annotated):
    assert term_type not in {t["type"] for t in run_terms(nlp, annotated)}


@pytest.mark.parametrize(
    ("annotated", "licences"),
    [  # made up: a licence a public body gives with no property named is a permit; a trademark's is a licence
        ("<org>Pirotecnia Levante</org> ha firmato un accordo vincolante per rilevare l'80% di <org>Pirotecnica"
         " Dauna</org>. L'operazione è subordinata al trasferimento delle licenze di fabbricazione da parte della"
         " <org>Prefettura di Bari</org>. L'acquirente verserà un indennizzo se il trasferimento delle licenze"
         " venisse negato.", 0),
        ("La bottega usa su licenza del <org>Comune di Faenza</org> il marchio Ceramica di Faenza.", 1),
    ],
)
def test_a_public_body_s_licence_without_property_is_a_permit(nlp, annotated: str, licences: int):
    terms = run_terms(nlp, annotated)
    assert sum(t["type"] == "LICENSE_IP" for t in terms) == licences


@pytest.mark.parametrize(
    ("annotated", "partnerships"),
    [  # made up: public bodies agreeing among themselves or with unnamed groups make policy, not business
        ("La <org>Regione Umbria</org> e il <org>Comune di Todi</org> hanno firmato un protocollo d'intesa per"
         " la scuola di ceramica.", 0),
        ("Il progetto si inserisce nell'accordo firmato a febbraio tra la <org>Regione Umbria</org> e le"
         " associazioni degli albergatori.", 0),
        ("Il <org>Comune di Todi</org> ha firmato con <org>Ceramiche Tuderti</org> un accordo per la scuola.", 1),
    ],
)
def test_public_policy_is_no_partnership(nlp, annotated: str, partnerships: int):
    terms = run_terms(nlp, annotated)
    assert sum(t["type"] == "PARTNERSHIP" for t in terms) == partnerships


@pytest.mark.parametrize(
    ("annotated", "expected"),
    [  # made up: a convention or a framework agreement with a research body is research done together
        ("Con l'<org>Università di Pisa</org> abbiamo una convenzione per mappare le sugherete.", ("PARTNERSHIP", "active")),
        ("<org>Tessiture Lariane</org> ha rinnovato l'accordo quadro con il <org>Politecnico di Milano</org>.", ("PARTNERSHIP", "active")),
        ("Dal 2027 partirà un programma di ricerca con il <org>Politecnico di Milano</org> sulla seta.", ("PARTNERSHIP", "planned")),
        ("<org>Tessiture Lariane</org> ha firmato una convenzione con il <org>Comune di Como</org> per i parcheggi.", ("SUPPLY_SERVICE_CONTRACT", "active")),
        ("Il contratto ventennale con l'<org>Università di Pisa</org> per la residenza scade nel 2040.", ("SUPPLY_SERVICE_CONTRACT", "active")),
    ],
)
def test_a_convention_with_a_research_body_is_a_partnership(nlp, annotated: str, expected: tuple):
    assert expected in type_status(run_terms(nlp, annotated))


def test_a_cue_word_inside_a_name_is_no_cue(nlp):
    # made up: "Conservatorio" holds "conserv", a cue of continuation; the future signing decides
    annotated = "Con il <org>Conservatorio Rossini</org> firmeremo a settembre una convenzione per le borse di studio."
    assert type_status(run_terms(nlp, annotated)) == {("PARTNERSHIP", "planned")}


@pytest.mark.parametrize(
    ("annotated", "status"),
    [  # made up: an agreement that will not be renewed at an expiry still ahead runs until then
        ("Il contratto con <org>Autolinee Valdelsa</org>, in scadenza a giugno 2026, non sarà rinnovato.", "active"),
        ("L'accordo di sponsorizzazione con <org>Banca Romagnola</org>, che scadrà a dicembre, non verrà rinnovato.", "active"),
        ("Quel contratto con <org>Vetri Campani</org> scade a dicembre e non sarà rinnovato.", "ended"),
        ("Il contratto con <org>Vetri Campani</org> non è stato rinnovato.", "ended"),
    ],
)
def test_an_agreement_not_to_be_renewed_at_a_later_expiry_is_still_in_force(nlp, annotated: str, status: str):
    agreements = [t for t in run_terms(nlp, annotated) if t["type"] in ("SUPPLY_SERVICE_CONTRACT", "PARTNERSHIP")]
    assert [t["status"] for t in agreements] == [status]


@pytest.mark.parametrize(
    ("annotated", "term_type", "status"),
    [  # made up: an agreement that "si è chiusa" has ended; a deal that "si è chiusa" was done
        ("Si è chiusa invece il 30 giugno la licenza con la svedese <org>RotaShield</org>.", "LICENSE_IP", "ended"),
        ("Il contratto di fornitura con <org>Bricoval</org> si è chiuso a gennaio.", "SUPPLY_SERVICE_CONTRACT", "ended"),
        ("L'operazione si è chiusa a gennaio con la fusione di <org>Lavanderie Venete</org> in <org>Lavanderie Riunite</org>.", "MERGER", "active"),
    ],
)
def test_an_agreement_that_closed_has_ended(nlp, annotated: str, term_type: str, status: str):
    assert (term_type, status) in type_status(run_terms(nlp, annotated))


@pytest.mark.parametrize(
    ("annotated", "status"),
    [  # made up: "ex" ends a relation ("l'ex fornitore"), not a building's old use ("l'ex convento")
        ("Il <org>Comune di Rossano</org> ha prorogato la concessione dell'ex convento a <org>Liquirizie Ioniche</org>.", "active"),
        ("<org>Dolciaria Sila</org> ha chiesto i danni al suo ex fornitore <org>Liquirizie Ioniche</org>.", "ended"),
    ],
)
def test_ex_ends_a_relation_not_a_building_s_old_use(nlp, annotated: str, status: str):
    supply = [t for t in run_terms(nlp, annotated) if t["type"] == "SUPPLY_SERVICE_CONTRACT"]
    assert [t["status"] for t in supply] == [status]


@pytest.mark.parametrize(
    "annotated",
    [  # made up: a signing still owed, or a plan in the first person plural, is planned
        "Ora il <org>Comune di Todi</org> dovrà stipulare il contratto con <org>Cieli di Montefalco</org> entro 45 giorni.",
        "<org>Occhialeria Cadorina</org> ha i conti in ordine, con la cassa e con un minibond da <money amount='8000000'>8"
        " milioni di euro</money> che intendiamo emettere entro giugno.",
    ],
)
def test_a_signing_owed_or_an_intention_is_planned(nlp, annotated: str):
    assert {status for _, status in type_status(run_terms(nlp, annotated))} == {"planned"}


def test_a_share_of_takings_that_also_goes_to_a_party_is_revenue_sharing(nlp):
    # made up: "va anche il 12% degli incassi", an adverb between the verb and the share
    annotated = "<org>Stellaria</org> paga al <org>Comune di Lecco</org> un canone, e al Comune va anche il 12% degli incassi."
    assert ("REVENUE_SHARING", "active") in type_status(run_terms(nlp, annotated))


def test_a_name_ending_in_ex_is_no_former_partner(nlp):
    # made up: "Dormiflex ha con Y": the "ex" of "Dormiflex" is no "ex socio" describing Y
    terms = run_terms(nlp, "<org>Dormiflex</org> ha con <org>Sen Meble</org> una joint venture paritetica.")
    assert [sorted(t["parties"]) for t in terms if t["type"] == "JOINT_VENTURE"] == [["Dormiflex", "Sen Meble"]]


def test_a_right_of_first_negotiation_is_no_negotiation(nlp):
    # made up: "diritto di prima negoziazione" names a right, it does not say talks are going on
    annotated = (
        "Il contratto con <org>Voltage Drinks</org> si rinnova automaticamente per altri due anni e riconosce allo"
        " sponsor un diritto di prima negoziazione sul nome dell'arena."
    )
    assert ("RENEWAL_EXTENSION", "active") in type_status(run_terms(nlp, annotated))
