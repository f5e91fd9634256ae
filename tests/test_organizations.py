"""The itnews_organizations component: rules, products, acronyms, consistency, and the seed article.

Cases are inline-annotated sentences: ``<org>`` marks every organization mention the component must
return (exactly those), with optional ``name`` / ``key`` attributes checked against the output.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

import pipeline.components.organizations  # noqa: F401  (registers the factory)
from pipeline.components.organizations import (
    Mention,
    code_tails,
    join_name_heads,
    plural_noun,
    tidy_entity,
)
from pipeline.normalize.text_words import opens_sentence, whole_word_hits

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "itnews_ner_it"
CONTRACT_KEYS = {"id", "start", "end", "text", "name", "org_key", "source"}
TAG = re.compile(r"<org(?P<attrs>[^>]*)>(?P<text>.*?)</org>")
ATTR = re.compile(r"(?P<key>\w+)='(?P<value>[^']*)'")


def parse_annotated(annotated: str) -> tuple[str, list[dict]]:
    """Plain text and the expected mentions (start, end, text, optional name/key) of an annotated case."""
    text, expected, cursor = "", [], 0
    for match in TAG.finditer(annotated):
        text += annotated[cursor : match.start()]
        attrs = {m.group("key"): m.group("value") for m in ATTR.finditer(match.group("attrs"))}
        expected.append({"start": len(text), "end": len(text) + len(match.group("text")), **attrs})
        text += match.group("text")
        cursor = match.end()
    return text + annotated[cursor:], expected


@pytest.fixture(scope="module")
def rules_nlp() -> spacy.Language:
    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("itnews_organizations")
    return nlp


@pytest.fixture(scope="module")
def model_nlp() -> spacy.Language:
    if not (MODEL_DIR / "meta.json").is_file():
        pytest.skip("models/itnews_ner_it is absent (run `make model`)")
    nlp = spacy.load(MODEL_DIR)
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("itnews_organizations")
    return nlp


RULE_CASES = [
    # legal forms
    "<org name='Intesa Sanpaolo' key='intesa-sanpaolo'>Intesa Sanpaolo S.p.A.</org> ha chiuso il trimestre",
    "l'intesa tra <org name='Siemens'>Siemens AG</org> e <org name='Acme'>Acme Srl</org> è firmata",
    "la quota di <org name='Apple'>Apple Inc.</org> sale, cala <org name='Alphabet'>Alphabet Inc.</org>",
    "il contratto con <org name='Procter & Gamble'>Procter & Gamble Co.</org> scade",
    # organization heads
    "lo dice la <org name=\"Banca d'Italia\">Banca d'Italia</org> nel bollettino",
    "il <org>Ministero dell'Economia e delle Finanze</org> ha firmato",
    "il <org>Comune di Milano</org> e la <org>Regione Lombardia</org> finanziano il progetto",
    "una ricerca dell'<org>Università di Bologna</org> pubblicata oggi",
    # well-known acronyms, with an article where the word is ambiguous
    "per la <org name='Commissione nazionale per le società e la borsa' key='consob'>Consob</org> il titolo",
    "l'<org key='ue'>Ue</org> ha approvato il regolamento",
    # unions and public companies known by their short name, which stays their name
    "i delegati di <org name='Fim'>Fim</org>, <org name='Fiom'>Fiom</org> e <org name='Uilm'>Uilm</org>",
    "l'appalto bandito da <org name='Anas' key='anas'>Anas</org> con la garanzia di"
    " <org name='Sace'>Sace</org>",
    "i prodotti Ue esportati in Cina",
    "la <org key='bce'>Bce</org> alza i tassi",
    # context cues
    "la società <org>Visiqa</org> ha chiuso il round",
    "il gruppo <org>Benetton</org> cede la quota",
    "la startup <org>Nubesco</org> apre a Torino",
    "la startup milanese <org>Sinapsi</org> assume",
    "la banca piemontese <org>Credito Subalpino</org> apre dieci filiali",  # any demonym, by its ending
    "il gruppo informatico <org>Sistemi Lario</org> ha raggiunto un accordo",  # any adjective
    "il recesso dal contratto con il trader <org>Caspio Energy</org> è stato notificato",  # a market role
    # business contexts: apposition, nationality, "of"/"by" a company, signing with
    "<org>Ventosud</org>, il produttore di energia eolica, cresce",
    "la fine del rapporto con <org>Frescadoro</org>, il grossista milanese, pesa sui conti",
    # invented: an apposition naming the kind of business makes a name a company's, even a person-like one
    "<org>Bernasconi Organari</org>, la bottega varesina che restaura organi, ha firmato",
    "li compriamo da <org>Federwerk Schwabach</org>, una piccola manifattura della Franconia",
    # invented: one singular apposition after two coordinated names makes them one name, found again
    "il capitale di <org>Cuoio e Staffe</org>, il produttore di briglie. <org>Cuoio e Staffe</org> ha debiti",
    "dalla fusione tra <org>Ferri Alpini</org> e <org>Acciai Valtellina</org>, il gruppo lavora",  # two
    "rilevare il 60% di <org>Lavagne Liguri</org> da <org>Tosi Partecipazioni</org>, la holding di famiglia",
    # invented: a clitic pronoun after a name belongs to the verb; a place after "il gruppo di" is the seat
    "ieri la <org>Fondazione Teatri Lagunari</org> le ha concesso in licenza il marchio",
    "il gruppo di Singapore <org>TigerCue Holdings</org> sarebbe in trattativa",
    # invented: a shop named after its founder is named again by the founder's surname
    "<org>Ottavio Bellandi Sartoria</org>, la bottega fiorentina, cresce. Il contratto fa di"
    " <org name='Ottavio Bellandi Sartoria'>Bellandi</org> il fornitore",
    # invented: a weekday opening the sentence is no word of the name after it; an adverb after "ha" still
    # lets the name act as a company
    "<org>Vetri Lagunari Spa</org> apre. Lunedì <org name='Vetri Lagunari'>Vetri Lagunari</org> ha inoltre"
    " firmato il contratto",
    "il gruppo ha fondato la rete: <org>Mentuccia Nova</org> ha anche comunicato il recesso",
    # invented: a name joined by "di"/"del" before its apposition
    "i voli proseguono con <org>Mongolfiere del Tevere</org>, il gestore uscente",
    "per Mario Bianchi, la società è in trattativa con <org>Alcedo Capital</org>",  # no apposition
    "l'accordo con la francese <org>Recyclage Avenir</org> è saltato",
    "gli analisti di <org>Equita</org> alzano il prezzo obiettivo",
    "la nuova società sarà controllata al 51% da <org>Idrogenia</org> e avrà sede a Milano",
    "l'acquisizione di <org>Cartiere Alpine</org> da parte di <org>Bertone Imballaggi</org> è saltata",
    "la società ha firmato con <org>Airbus</org> un contratto di fornitura",
    "Lucia Bertoni ha fondato <org>Vedetta Digitale</org> nel 2012 a Padova",  # invented: a founded company
    # invented: the partner slot of a deal
    "il gruppo firmerà con <org>Voltrano</org> un accordo di licenza",
    "il contratto quadro di produzione con <org>Ardesia</org> è stato rinnovato",
    "l'azienda coltiva su licenza del <org>Cirfa</org> una varietà di ulivo",
    "il gruppo ha ritirato l'offerta da 3 euro per azione su <org>Mobili Verdi</org> ieri",
    "si parla di un interesse di <org>Vantor</org> per la società",
    "un minibond da 8 milioni con garanzia di <org>Sacex</org> è stato collocato",
    "il licenziatario ha un diritto di prima offerta sul GT-520",  # invented: a product code, no company
    # invented: what a merger or a sale is of, shares of a company, a company's meeting
    "approvata la fusione per incorporazione di <org>Lumara</org> in <org>Vetrix</org>",
    "il concambio è di 3 azioni <org>Vetrix</org> ogni due azioni <org>Lumara</org>",
    "sì delle assemblee di <org>Vetrix</org> al progetto",
    "Con <org>Tipografie Sarde</org>, invece, a gennaio abbiamo risolto il contratto di stampa",
    "il recesso dal contratto con <org>Biolab Diagnostica</org> è stato esercitato",  # a sector word
    # invented: a head's capitalized name ends before a lower-case tail
    "il protocollo firmato dall'<org>Associazione Italiana Vivaisti</org> sui testi digitali entra in vigore",
    "si attende la decisione del <org>Tar Molise</org> sul ricorso presentato da una società.",
    "La cooperativa nel 2019 ha vinto il bando dell'<org>Agenzia del Demanio</org> per la valorizzazione"
    " dei fari.",
    "il fondo è assistito dallo studio legale <org>Gattoni</org>.",  # invented: "lo studio" is a firm
    "<org>Auremia</org> ha comunicato a <org>Freni Valtrompia</org> il recesso",  # the recipient of a deal
    "il gruppo bancario cooperativo <org>Iccrea</org> garantisce il prestito",  # two adjectives
    "ceduto dalla holding di famiglia <org>Gasser Beteiligungen</org> per 31 milioni",  # a kind "di ..."
    "il fondo di private equity <org>Ardesia Capital</org> rileva la quota",
    "la holding di Mario Rossi vende",  # "di" and a person: no kind, no company
    "secondo il gruppo di piazza Monte Grappa i conti tengono",  # an address, not a kind
    "con i coreani di <org>CJ 4DPlex</org> abbiamo un contratto di licenza",  # "i coreani di X"
    "colloqui con la bergamasca <org>Acque Minerali Orobiche</org> sulla fusione",  # a demonym in -asca
    "con <org>Fillea Cgil</org> e <org>Filca Cisl</org> è stato firmato l'accordo",  # union federations
    "«I posti di lavoro sono salvi», ha assicurato la <org>Fisascat-Cisl</org>.",  # hyphenated federation
    "la cooperativa australiana <org>Merino Growers of New England</org> vende lana",  # English "of"
    "la cessione al fondo emiratino <org name='Al Sahra Investments'>Al Sahra Investments</org> è bloccata",
    "il <org>Tribunale di Rimini</org> ha autorizzato l'affitto",
    "Con <org>Idrica Valtellinese</org> è stato firmato un memorandum",  # "Con X è stato firmato"
    "i farmaci saranno consegnati da <org>Farmalogistica Appenninica</org> da gennaio",
    "con <org>Fp Cgil</org> è stato firmato l'accordo",
    "un pool guidato da <org>BPER Banca</org> e <org>Crédit Agricole Italia</org>",  # "Banca e" is no name
    "il <org>Cantiere Navale del Tigullio</org> consegna due yacht",
    "l'accordo di distribuzione con <org>Atlantic Tile Distributors</org> scade nel 2030",  # English suffix
    "l'attività è stata ceduta a <org name='Grupo Vouga'>Grupo Vouga SGPS</org>",
    "il Consiglio di Amministrazione di <org name='Gres Panaro'>Gres Panaro S.p.A.</org> approva i conti",
    # a long form joined by "del" ends before a purpose infinitive with its clitic
    "un term sheet con la <org>Banca di Credito Cooperativo del Metauro</org> per gestirne i sistemi",
    # company heads and suffixes of Italian names
    "l'altoforno delle <org>Acciaierie del Tirreno</org> riparte a marzo",
    "la <org>Tessitura Orsini</org> ha ordinato 140 telai",
    "il prestito di <org>Bper Banca</org> è stato rinnovato",
    "<org>Medisoft Italia</org> vince la gara, mentre nel Nord Italia la rete rallenta",
    "lo stadio della Coppa Italia è pronto",
    "la gara indetta dall'<org>Agenzia Regionale per l'Innovazione e gli Acquisti della Sardegna</org> per il"
    " software",  # a long form with "e gli"
    "la nuova società, che si chiamerà <org>Lumen Idrogeno</org>, avrà sede a Bari",  # named by a verb
    # acronym beside its long form: one key for both
    "la multa dell'<org key='agcm'>Autorità garante della concorrenza e del mercato</org> "
    "(<org key='agcm'>Agcm</org>) è arrivata",
    "la <org key='cdp'>Cassa depositi e prestiti</org> (<org key='cdp'>Cdp</org>) investe",
    # products and generic words are never organizations
    "la piattaforma Azure cresce, come Copilot e ChatGPT",
    "l'IA generativa e la AI di domani",
    # document consistency, elided and possessive forms included
    "<org>Fastweb</org> ha firmato il contratto. I conti dell'<org>Fastweb</org> migliorano e "
    "l’<org>Fastweb</org> assume",
    # a company named again by the first word of its name
    "<org name='Volantis Robotics'>Volantis Robotics Inc.</org> apre a Torino. Nel 2024 "
    "<org name='Volantis Robotics'>Volantis</org> ha raddoppiato i ricavi",
    "<org>Volantis Robotics Inc.</org> apre a Torino; la famiglia Volantis Ferri resta nel capitale",
    # a first word that is an Italian word, opening a sentence as its subject; a head noun before it
    "<org name='Quadrante Sistemi'>Quadrante Sistemi S.p.A.</org> apre a Padova."
    " <org name='Quadrante Sistemi'>Quadrante</org>, quotata dal 2019, assume",
    "<org name='Impresa Salaris Costruzioni'>Impresa Salaris Costruzioni</org> perde la gara. Per"
    " <org name='Impresa Salaris Costruzioni'>Salaris</org> è il secondo ricorso",
]


@pytest.mark.parametrize("annotated", RULE_CASES)
def test_rules_without_model(rules_nlp: spacy.Language, annotated: str) -> None:
    text, expected = parse_annotated(annotated)
    orgs = rules_nlp(text)._.itnews_orgs
    assert [(o["start"], o["end"]) for o in orgs] == [(e["start"], e["end"]) for e in expected]
    for org, want in zip(orgs, expected, strict=True):
        if "name" in want:
            assert org["name"] == want["name"]
        if "key" in want:
            assert org["org_key"] == want["key"]


def test_contract_fields_and_ids(rules_nlp: spacy.Language) -> None:
    doc = rules_nlp("la società Visiqa e Acme S.r.l. firmano con la Bce")
    orgs = doc._.itnews_orgs
    assert [o["id"] for o in orgs] == ["O1", "O2", "O3"]
    for org in orgs:
        assert set(org) == CONTRACT_KEYS
        assert doc.text[org["start"] : org["end"]] == org["text"]
        assert org["source"] in {"model", "rule", "consistency", "acronym"}


def test_fresh_list_and_ents(rules_nlp: spacy.Language) -> None:
    first = rules_nlp("la società Visiqa")
    second = rules_nlp("nessuna organizzazione qui")
    assert second._.itnews_orgs == [] and first._.itnews_orgs is not second._.itnews_orgs
    assert [(e.text, e.label_) for e in first.ents] == [("Visiqa", "ORG")]


WORDS = [
    "la",
    "società",
    "Acme",
    "S.p.A.",
    "Microsoft",
    "Corp.",
    "dell'OpenAI",
    "l’Eni",
    "(",
    "Agcm",
    ")",
    "Banca",
    "d'Italia",
    "e",
    "ha",
    "annunciato",
    ",",
    ".",
    "«",
    "»",
    "Azure",
    "IA",
    "Comune",
    "di",
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(WORDS), max_size=30),
    st.lists(st.sampled_from([" ", "  ", "\n", ""]), min_size=30, max_size=30),
)
def test_offsets_always_slice_the_text(words: list[str], gaps: list[str]) -> None:
    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("itnews_organizations")
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=False))
    doc = nlp(text)
    starts = [o["start"] for o in doc._.itnews_orgs]
    assert starts == sorted(starts)
    for org in doc._.itnews_orgs:
        assert doc.text[org["start"] : org["end"]] == org["text"] and org["name"]


@pytest.mark.parametrize("form", ["S.p.A.", "S.r.l.", "s.p.a.", "Inc."])
def test_a_dotted_legal_form_is_one_token_and_closes_the_name(form: str) -> None:
    import pipeline

    doc = pipeline.load("blank")(f"Ieri Farmaceutici Rossi {form} ha firmato l'accordo.")
    assert form in [token.text for token in doc]
    assert [o["text"] for o in doc._.itnews_orgs] == [f"Farmaceutici Rossi {form}"]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Alpstein Life Sciences AG garantisce l'aumento. In cambio Alpstein riceverà il 3%.", "Alpstein"),
        ("La tedesca Volantis Robotik GmbH apre a Torino. Secondo Volantis, il mercato cresce.", "Volantis"),
    ],
)
def test_a_company_named_again_by_its_first_word_is_the_company(model_nlp, text: str, short: str) -> None:
    orgs = model_nlp(text)._.itnews_orgs
    assert [o["name"] for o in orgs if o["text"] == short] == [orgs[0]["name"]]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Il prestito è stato concesso da Danske Bank e Nordea per cinque anni.", "Nordea"),  # coordination
        ("Reti Energia Padane ha collocato un bond da 300 milioni.", "Reti Energia Padane"),  # a whole name
        ("Il marchio passa a Lanificio Tecnico Biellese per 40 milioni.", "Lanificio Tecnico Biellese"),
        ("La licenza va a Hartley & Finch, che pagherà royalty dell'8%.", "Hartley & Finch"),
        ("Delta Motors ha comunicato a Ruote Lombarde il recesso.", "Ruote Lombarde"),  # words, no person
        ("Il contratto con Titania Meccanica vale 60 milioni.", "Titania Meccanica"),  # an industry suffix
        ("La commessa, aggiudicata da Velitrax dopo una gara, vale 60 milioni.", "Velitrax"),  # by whom
        ("Il fondo ha comprato una quota di Orsolvia dai fondatori.", "Orsolvia"),  # whose shares
        ("È saltata l'intesa con Carbonord, la rete di distributori di carburante.", "Carbonord"),  # role
        ("Salta l'intesa tra Vendamira Nord e Orsolani Dati, le due società del Nord.", "Vendamira Nord"),
        ("Salta l'intesa tra Vendamira Nord e Orsolani Dati, le due società del Nord.", "Orsolani Dati"),
    ],
)
def test_a_company_word_or_a_company_beside_makes_the_whole_name_an_organization(model_nlp, text, org):
    assert org in [o["text"] for o in model_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("Il gruppo Kestrel Biologics Inc. cresce. In Europa, Kestrel venderà il farmaco.", "Kestrel"),
        ("I Supermercati Benaco aprono. Con Benaco abbiamo un cliente solido, dice il presidente.", "Benaco"),
    ],
)
def test_a_brand_named_alone_is_the_company_even_where_the_model_saw_a_place(model_nlp, text, short) -> None:
    assert short in [o["text"] for o in model_nlp(text)._.itnews_orgs]


def _lead(name: str) -> str:
    return (
        f"TREVISO, 17 GIU - {name} Sport Timing, la società che cronometra maratone e gare di sci, ha firmato"
        " oggi un accordo per rilevare il 70% di Fotofinish Alpina."
    )


@pytest.mark.parametrize(
    ("short", "rest", "count"),
    [  # invented: the first word of a company's name alone is the company where the model saw a place,
        # unless it names a place: an Italian municipality, or where the article puts something ("a Tofana")
        ("Latemar", " L'opzione è esercitabile da Latemar nel 2028. Latemar pagherà una penale.", 2),
        ("Merano", " L'opzione è esercitabile da Merano nel 2028. Merano pagherà una penale.", 0),
        ("Tofana", " La società ha sede a Tofana. In caso di veto Tofana pagherà una penale.", 0),
    ],
)
def test_a_name_s_first_word_the_model_saw_as_a_place_is_the_company_unless_a_place(
    model_nlp, short: str, rest: str, count: int
) -> None:
    assert [o["text"] for o in model_nlp(_lead(short) + rest)._.itnews_orgs].count(short) == count


@pytest.mark.parametrize(
    ("title", "found"),
    [  # invented: the company an interview's headline puts in brackets after the speaker
        ("Carla Benni (Elvo Langa): «La bava vale più della carne»", ["Elvo Langa"]),
        ("La bava vale più della carne", []),
    ],
)
def test_the_company_an_interview_s_headline_names_is_an_organization(title: str, found: list) -> None:
    text = "Elvo Langa alleva chiocciole su 38 ettari tra Cherasco e Bra.\n\nQuanto vale la bava?\n«Tanto»."
    assert [o.text for o in pipeline.extract(text, title=title).organizations] == found


def test_a_short_name_has_the_full_name_and_key_the_article_gives_it() -> None:
    # invented: "Graniti Sardi" is "Graniti Sardi Escavazioni" where the article names both
    text = (
        "Graniti Sardi Escavazioni ha firmato con Vetreria Lombarda Spa un contratto. Per Graniti Sardi il"
        " mercato italiano cresce del 10%."
    )
    orgs = [o for o in pipeline.extract(text).organizations if o.text.startswith("Graniti")]
    assert [o.name for o in orgs] == ["Graniti Sardi Escavazioni"] * 2
    assert len({o.org_key for o in orgs}) == 1


@pytest.mark.parametrize(
    ("text", "found"),
    [  # invented: a name the model left alone is a company's where it fills a party's slot in a deal
        ("Nel 2022 era saltata la fusione con la ligure Brezzamarina, per il concambio.", ["Brezzamarina"]),
        ("La società tratta per rilevare la maggioranza di Harrowgate Hatters, cappellaio di Leeds.",
         ["Harrowgate Hatters"]),
        ("A gennaio la società ha ordinato a Skyline Aerotech due bireattori leggeri.", ["Skyline Aerotech"]),
        ("In Spagna è finita male. Vestidos del Norte ha disdetto il contratto.", ["Vestidos del Norte"]),
        ("Il marchio è concesso in licenza dal 2023 a Cosmetici Sibillini, che lo usa per le creme.",
         ["Cosmetici Sibillini"]),
        ("Le due aziende costituiranno una società paritetica, Tuscia Seccatoi, che gestirà un impianto.",
         ["Tuscia Seccatoi"]),
        # the word that opens the sentence, a number of years after the name, are no part of it
        ("Scade.\n\nSempre Frigotecnica Emiliana ha firmato un accordo.", ["Frigotecnica Emiliana"]),
        ("L'Azienda sanitaria ha affidato ad Archivio Lario 40 anni di cartelle.", ["Archivio Lario"]),
        # a name in inner capitals, which no word of the language spells, entrusted with a job
        ("La stazione sciistica continuerà ad affidare l'innevamento programmato a BiancoNeve, con cui ha un"
         " contratto.", ["BiancoNeve"]),
        # a foreign company introduced by its nationality (CLDR's adjectives), a bidder
        ("Quanto alle voci di un interesse dell'americana Brightwick, la famiglia tace.", ["Brightwick"]),
        ("La società aveva ricevuto un'offerta non vincolante da Cristales Norte, poi ritirata.",
         ["Cristales Norte"]),
        # the outlet that reports
        ("Secondo quanto riportato in esclusiva dalla Gazzetta di Bra, il fondo vende.", ["Gazzetta di Bra"]),
        # who leads or joins a round is an investor, even a word the model took for a place
        ("La startup torinese ha chiuso un round da 3 milioni di euro guidato da Tirrex, con la"
         " partecipazione di Banca Sabina.", ["Tirrex", "Banca Sabina"]),
        # not a place where a deal is signed, a family, nor two governments
        ("Il nuovo contratto, firmato martedì a New York, resterà in vigore fino al 2030.", []),
        ("La famiglia Di Russo, che controlla la società, ha firmato il patto.", []),
        ("Un eventuale accordo tra Bruxelles e Washington sui dazi aiuterebbe l'export.", []),
    ],
)
def test_a_name_filling_a_deal_party_s_slot_is_an_organization(text: str, found: list) -> None:
    assert [o.text for o in pipeline.extract(text).organizations] == found


@pytest.fixture(scope="module")
def full_nlp() -> spacy.Language:
    import pipeline

    return pipeline.load()


@pytest.mark.parametrize(
    ("text", "short"),
    [  # invented: the name without its head noun; the first word, an Italian word, inside a sentence
        ("Oleificio Colli del Sannio S.p.A. esporta. Ora Colli del Sannio apre in Cina.", "Colli del Sannio"),
        ("Gruppo Salumifici Alpini S.p.A. cresce. Il piano di Salumifici Alpini vale 9 milioni.", "Salumifici"
         " Alpini"),
        ("Farmaceutica Estense S.p.A. cresce. Non è la prima volta che Farmaceutica attira clienti.",
         "Farmaceutica"),
        ("Oreficeria Valtorsa S.p.A. ha la licenza. Valtorsa ottiene anche la prelazione.", "Valtorsa"),
    ],
)
def test_a_company_named_again_by_part_of_its_name(full_nlp, text: str, short: str) -> None:
    orgs = full_nlp(text)._.itnews_orgs
    assert [o["name"] for o in orgs if o["text"] == short] == [orgs[0]["name"]]


def test_a_surname_the_family_shares_with_its_company_is_the_company_where_it_acts_as_one(full_nlp) -> None:
    # invented: a candle maker ("Cereria") named after its family, then by the surname alone
    text = (
        "Cereria Mancinelli è nata nel 1911 a Loreto. «Lavoriamo di notte», racconta Lucia Mancinelli. Dal"
        " 2022 Mancinelli è l'unico fornitore dei lumini per i santuari."
    )
    orgs = [(o["text"], o["name"]) for o in full_nlp(text)._.itnews_orgs]
    assert orgs == [("Cereria Mancinelli", "Cereria Mancinelli"), ("Mancinelli", "Cereria Mancinelli")]


def test_a_company_s_town_after_a_company_noun_stays_a_place(full_nlp) -> None:  # invented
    text = "Si chiama Harbor Ink Supply. Il gruppo di Chicago è il distributore esclusivo di Inkwell."
    assert "Chicago" not in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    "text",
    [  # invented: the family, a brand and a speaker who bear the company's distinctive word
        "Supermercati Dalpiaz S.p.A. ha firmato ieri. La famiglia Dalpiaz controlla il gruppo dal 1961.",
        "Supermercati Dalpiaz S.p.A. ha firmato ieri. Con il marchio Dalpiaz vende anche online.",
        "Supermercati Dalpiaz S.p.A. ha firmato ieri. Vende abbigliamento a marchio Dalpiaz.",
        "Supermercati Dalpiaz S.p.A. ha firmato ieri. Il gruppo spinge la propria linea Dalpiaz.",
    ],
)
def test_a_company_s_word_after_a_family_or_a_brand_noun_is_not_the_company(full_nlp, text: str) -> None:
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Supermercati Dalpiaz S.p.A."]


def test_a_brand_named_after_the_company_is_not_spread_as_the_company(full_nlp) -> None:  # invented
    text = (
        "Orbital Caschi S.p.A. cresce. Orbital ha firmato con Flandria. Dal 2026 tutti i modelli Orbital"
        " monteranno il sistema Gyra."
    )
    orgs = [o["text"] for o in full_nlp(text)._.itnews_orgs]
    assert orgs == ["Orbital Caschi S.p.A.", "Orbital", "Flandria"]


def test_the_surname_after_a_speech_verb_is_the_person_beside_the_family_holding(full_nlp) -> None:
    # invented: the founder shares the holding's name; "sorride Corradini" is the founder speaking
    text = (
        "La fondatrice, Chiara Corradini, guida il cantiere. Corradini Partecipazioni ha il 60%. «Il lago ci"
        " ha insegnato la pazienza», sorride Corradini."
    )
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Corradini Partecipazioni"]




def test_a_hyphenated_name_is_named_again_alone(full_nlp) -> None:
    # invented: a French cooper's name after its head noun, then alone; a French bank's head noun
    text = (
        "Il gruppo Tonnellerie Beaulieu-Marchal tratta per rilevare la bottaia. Per finanziare l'operazione,"
        " Beaulieu-Marchal starebbe negoziando con Banque Limousine un prestito."
    )
    orgs = [(o["text"], o["name"]) for o in full_nlp(text)._.itnews_orgs]
    assert ("Beaulieu-Marchal", "Tonnellerie Beaulieu-Marchal") in orgs
    assert "Banque Limousine" in [text for text, _ in orgs]


def test_a_company_named_again_by_the_word_after_a_common_word(full_nlp) -> None:
    # invented: "Stilografica" is a word of the language, "Norvella" none
    text = (
        "Ieri il gruppo Kaminari ha acquistato il 100% di Stilografica Norvella, la manifattura torinese. Dal"
        " 2019 Norvella vende le sue penne in Svizzera."
    )
    orgs = full_nlp(text)._.itnews_orgs
    assert [o["name"] for o in orgs if o["text"] == "Norvella"] == ["Stilografica Norvella"]


def test_a_name_coordinated_with_a_company_named_again_is_a_company(full_nlp) -> None:  # invented
    text = (
        "Prendiamo Velaria Data Center, l'operatore lombardo. C'è poi chi prova a trasformare un problema in"
        " un affare. Zeta2 e Velaria costituiranno entro fine anno una società comune."
    )
    assert "Zeta2" in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented
        ("Il vetro arriva dalla tedesca Glasfabrik Emden GmbH.", "Glasfabrik Emden GmbH"),
        ("Lo ha comprato la statunitense Hollister Devices Inc.", "Hollister Devices Inc."),
        ("Gruppo Salumifici Alpini S.p.A. ha collocato un bond.", "Gruppo Salumifici Alpini S.p.A."),
        ("La norvegese Fjellkraft AS produce cavi.", "Fjellkraft AS"),
    ],
)
def test_a_legal_form_closes_the_name_and_the_sentence_keeps_its_period(full_nlp, text, org) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented
        ("L'accordo è stato firmato con Oreficeria Balestri per tre anni.", "Oreficeria Balestri"),  # head
        ("Il fondo ha rilevato il 60% di Paghetto per 200 milioni.", "Paghetto"),  # a share of
        ("Il prestito è stato concesso da Credito Lagunare Veneto.", "Credito Lagunare Veneto"),  # bank head
        ("Il round era guidato dal fondo Birchwood Creek Ventures.", "Birchwood Creek Ventures"),  # suffix
        ("L'offerta è promossa da Aurora Learning BidCo su Didattica Futura.", "Aurora Learning BidCo"),
        ("Lario Servizi Energie ha chiuso il bilancio.", "Lario Servizi Energie"),
        ("La holding Ravelli Holding detiene il 40%.", "Ravelli Holding"),  # no legal form
        ("I soci di Viticoltori del Carso hanno approvato il bilancio.", "Viticoltori del Carso"),  # members
        ("Chi vi sostituisce?\nAtelier Sambuceto. Abbiamo firmato una licenza.", "Atelier Sambuceto"),
        ("Brightmoor Optical, che era il distributore, ha esercitato il recesso.", "Brightmoor Optical"),
        ("E con Fulmine Bikes?\nLì l'esclusiva è cessata a gennaio.", "Fulmine Bikes"),
        ("Le partite sono trasmesse in esclusiva da Galoppo TV fino al 2027.", "Galoppo TV"),
        ("Il nodo si chiama Sullivan Tattoo Supply, il distributore americano.", "Sullivan Tattoo Supply"),
        ("Il Tar ha accolto il ricorso di Ruota Libera Mobilità, quarta.", "Ruota Libera Mobilità"),
        ("Usa il software di mappe di Geofence Labs, concesso in licenza.", "Geofence Labs"),  # its owner
        ("Il gruppo ha completato l'acquisizione di Sale Lavoro Cremona, tre centri.", "Sale Lavoro Cremona"),
        ("La fusione tra Salumifici Riuniti e Tessuti di Biella è saltata.", "Tessuti di Biella"),  # one word
        ("«Con Mercati del Gusto abbiamo firmato una lettera d'intenti».", "Mercati del Gusto"),
        ("Il mercato cresce. Prendiamo Velaria Data Center, l'operatore lombardo.", "Velaria Data Center"),
    ],
)
def test_a_company_word_makes_the_whole_name(full_nlp, text: str, org: str) -> None:
    assert org in [o["name"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: a legal form is never a person's; a weekday between "firmato" and "con"; demonyms
        ("Cartotecnica Brenta S.p.A. ha chiuso il bilancio in utile.", "Cartotecnica Brenta S.p.A."),
        ("Arredi Lagunari S.r.l. ha firmato martedì con Holzwerk un contratto.", "Holzwerk"),
        ("La trattativa per rilevare la polacca Kablowa Torun prosegue.", "Kablowa Torun"),
        ("Il gruppo tratta con la slovacca Zvolen Strojárne per uno stabilimento.", "Zvolen Strojárne"),
        # invented: a name opening with a plural noun names a company after what it makes or runs
        ("Il contratto con Tonnare Sulcitane è stato rinnovato.", "Tonnare Sulcitane"),
        ("Il contratto di fornitura con Frantoi Dauni è stato rinnovato.", "Frantoi Dauni"),
        # invented: a company word opens or closes the name
        ("Il contratto con Consorzio Lario Vending è stato rinnovato.", "Consorzio Lario Vending"),
        ("Mirage ha battuto in finale Corvo Blu Gaming, il club di Bari.", "Corvo Blu Gaming"),
        ("Rifornisce i dodici alberghi di Lago di Garda Collection.", "Lago di Garda Collection"),
        ("Le canoe le costruisce Tasman Bay Boats, di Nelson, su licenza.", "Tasman Bay Boats"),
        # invented: told a termination, or sold a stake: a deal's counterpart
        ("La Società ha comunicato a Signet Jewelers il recesso dal contratto.", "Signet Jewelers"),
        ("Il fondo ha firmato un accordo per rilevare da Sapir un ulteriore 30%.", "Sapir"),
        # invented: an agreement named by what it is for, then its partner
        ("Ha risolto il contratto di assistenza tecnica con Service Flegreo, in ritardo.", "Service Flegreo"),
        # invented: an interview's "we" closed a deal with the name, or fronts it before its verb
        ("«In Austria abbiamo chiuso con Klangwerk Salzach: il contratto scade.»", "Klangwerk Salzach"),
        ("Fornitori? «Con Kessler Werke abbiamo rinnovato il contratto di fornitura.»", "Kessler Werke"),
        # invented: a relative clause between the name and its verb
        ("La quarta. Pixel Arena, che gestisce a Bologna la prima sala dei tornei, ha firmato con Cine Uno"
         " un memorandum.", "Pixel Arena"),
        ("Autoservizi Maremmani, indicata da alcuni come rivale, ha smentito in una nota ogni interesse.",
         "Autoservizi Maremmani"),
    ],
)
def test_names_the_model_takes_for_people(full_nlp, text: str, org: str) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [  # invented: the last words of a full name are the company named again
        ("Metallwerk Rheinau GmbH è stata ceduta. Il fondo che possedeva il 10% di Rheinau ha venduto.",
         "Rheinau", "Metallwerk Rheinau"),
    ],
)
def test_a_company_named_again_by_the_last_words_of_its_name(full_nlp, text, short, name) -> None:
    orgs = full_nlp(text)._.itnews_orgs
    assert {o["name"] for o in orgs if o["text"] == short} == {name}


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: an asset manager's legal form; a sentence-opening adverb; a chamber of commerce of a
        # region; a public body whose name runs on after its lower-case words
        ("Il fondo Ardesia Infrastrutture SGR ha firmato l'accordo.", "Ardesia Infrastrutture SGR"),
        ("Parallelamente Verdeserra ha firmato con Esselunga un contratto triennale.", "Verdeserra"),
        ("La Camera di commercio delle Marche ha rinunciato.", "Camera di commercio delle Marche"),
        ("Il progetto con l'Azienda ospedaliera regionale San Carlo è saltato.",
         "Azienda ospedaliera regionale San Carlo"),
        # a legal form closes a company's name, whatever the model took its words for
        ("Amministratrice delegata di Officina Cosmetica Lambro S.p.A., terzista lombardo, firma.",
         "Officina Cosmetica Lambro S.p.A."),
        # a capitalized first word of a name is no nationality adjective ("Molino" of a mill, "-ino")
        ("Ha avviato la fusione della controllata Molino San Severo, efficace ora.", "Molino San Severo"),
        # an apostrophe for the accent of a final vowel belongs to the name
        ("Ha firmato con Terminal Vado Pra' un contratto da 68 milioni.", "Terminal Vado Pra'"),
        ("Resta in sospeso il caso di Rete Dati Lombarde, che ha venduto il 49%.", "Rete Dati Lombarde"),
        # one capital letter that is no Italian word ends the name
        ("La convenzione è stata aggiudicata a Enel X, alla quale aderiranno i comuni.", "Enel X"),
        # a name runs on over an elided "d'" with its capitalized word
        ("La cooperativa Olivicoltori di Terra d'Otranto obbliga l'azienda.",
         "Olivicoltori di Terra d'Otranto"),
        # a local health authority of a place, as a municipality is
        ("La proroga chiesta dalla Asl di Matera è stata concessa.", "Asl di Matera"),
        # hospitals, clinics, pharmacies and hotels are organizations that are bought and sold
        ("A gennaio abbiamo rilevato l'Ospedale Veterinario San Rocco per 21 milioni.",
         "Ospedale Veterinario San Rocco"),
        # invented: a vinegar maker's head noun; a name a founding year describes after a comma
        ("Lo preoccupa la vendita dell'Acetaia Morandi agli americani.", "Acetaia Morandi"),
        ("La bottega più nota è Ferraro Arte Sacra, fondata nel 1931 da Carlo Ferraro.",
         "Ferraro Arte Sacra"),
        # invented: a foreign name runs over its own connector ("de", "du", "van")
        ("In primavera costituiremo con la spagnola Juegos de Mesa Ibéricos una joint venture.",
         "Juegos de Mesa Ibéricos"),
        ("La joint venture con la portoghese Cortiças do Minho è saltata.", "Cortiças do Minho"),
        # invented: Central European legal forms close the name
        ("L'accordo di distribuzione con la ceca Pohony Olomouc a.s. è stato rinnovato.",
         "Pohony Olomouc a.s."),
        # invented: a company noun of a trade before the name ("la pasticceria", "il cantiere")
        ("È pronto l'accordo di licenza con la pasticceria industriale Kuri Dolci per la ricetta.",
         "Kuri Dolci"),
        ("Nel 2022 era saltata la fusione con il cantiere tedesco Ruderwerft Kiel.", "Ruderwerft Kiel"),
    ],
)
def test_whole_names(full_nlp, text: str, org: str) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [  # invented: the parent owns the first word its subsidiary shares; the words after a head noun
        ("Vega Orbital S.p.A. ha vinto una commessa. La controllata Vega Orbital Canada ha un ordine. Per il"
         " piano, Vega ha ottenuto un prestito.", "Vega", "Vega Orbital"),
        ("Il fondo ha scritto ai soci del Gruppo Ospedaliero San Lucano. San Lucano lavora per la Regione.",
         "San Lucano", "Gruppo Ospedaliero San Lucano"),
        # the board of a company is the company ("il consiglio di Monviso")
        ("Pneumatici Monviso S.p.A. cresce. L'accordo con il consiglio di Monviso prevede una penale.",
         "Monviso", "Pneumatici Monviso"),
        # the national subsidiary named first is what its first word stands for after it
        ("Medisoft Italia vince la gara. Per Medisoft è la terza commessa.", "Medisoft", "Medisoft Italia"),
        # a parent named alone before its national subsidiary stays the parent
        ("L'olandese TerraNav ha lanciato un'offerta. Poi TerraNav fonderà Geomappe con TerraNav Italia, la"
         " controllata milanese del gruppo.", "TerraNav", "TerraNav"),
    ],
)
def test_a_company_named_again_by_a_run_of_its_words(full_nlp, text, short, name) -> None:
    orgs = full_nlp(text)._.itnews_orgs
    assert {o["name"] for o in orgs if o["text"] == short} == {name}


def test_a_full_name_again_replaces_the_model_guess_for_one_of_its_words(full_nlp) -> None:  # invented
    text = "Cartiere Felsinee Ronchi S.p.A. ha un bond. Se salta, Cartiere Felsinee Ronchi pagherà."
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs][-1] == "Cartiere Felsinee Ronchi"


def test_a_municipality_after_a_preposition_of_place_is_a_place(full_nlp) -> None:
    text = "La compagnia gestisce la linea tra Piombino e Olbia per conto di Navi Tirrene Spa."  # invented
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Navi Tirrene Spa"]


def test_a_word_coordinated_with_a_place_after_tra_is_a_place(full_nlp) -> None:
    text = "Halvorsen & Dyke Ltd è una catena con 140 negozi tra Inghilterra e Scozia."  # invented
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Halvorsen & Dyke Ltd"]


def test_a_company_named_by_the_word_after_its_head_noun(model_nlp) -> None:
    text = "La Tessitura Orsini ha firmato il contratto. Orsini pagherà in tre rate."
    orgs = model_nlp(text)._.itnews_orgs
    named = [(o["text"], o["name"]) for o in orgs]
    assert named == [("Tessitura Orsini", "Tessitura Orsini"), ("Orsini", "Tessitura Orsini")]


@pytest.mark.parametrize(
    ("text", "not_an_org"),
    [
        ("Caspian Trade aveva incassato circa CHF 310 milioni da Metanord.", "CHF"),
        ("La holding Fratelli Marino detiene il 40% di Radar Sistemi.", "holding Fratelli Marino"),
        ("Il 118 ha inviato due ambulanze, ha detto l'Asl di Bergamo.", "118"),
        ("Il bond di Tessiture Orobiche è quotato sul segmento ExtraMOT di Borsa Italiana.", "ExtraMOT"),
    ],
)
def test_a_currency_code_a_number_or_a_company_noun_is_no_organization_name(model_nlp, text, not_an_org):
    assert not_an_org not in [o["text"] for o in model_nlp(text)._.itnews_orgs]


# the seed article (read from ../shared, never copied) with the committed model
def test_seed_article_organizations(model_nlp: spacy.Language, seed_text: str) -> None:
    doc = model_nlp(seed_text)
    names = {o["name"] for o in doc._.itnews_orgs}
    assert {"Microsoft", "OpenAI", "SoftBank", "Oracle", "MGX"} <= names
    assert not names & {"Azure", "Copilot", "ChatGPT", "IA", "AI", "IP"}  # "alle IP": intellectual property


@pytest.mark.parametrize(
    "text", ["L'accesso alle IP di Gamma resta garantito.", "Fondi per le PMI di Delta."]
)
def test_a_bare_acronym_after_a_feminine_plural_article_is_not_an_organization(model_nlp, text):
    names = {o["name"] for o in model_nlp(text)._.itnews_orgs}
    assert not names & {"IP", "PMI"}


@pytest.mark.parametrize("name", ["Microsoft", "OpenAI"])
def test_seed_article_every_mention(model_nlp: spacy.Language, seed_text: str, name: str) -> None:
    doc = model_nlp(seed_text)
    found = {(o["start"], o["end"]) for o in doc._.itnews_orgs}
    mentions = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){name}(?!\w)", seed_text)]
    assert mentions and all(mention in found for mention in mentions)


# the scorer behind `make eval` (pipeline.evaluate.organizations)
@pytest.mark.parametrize(
    ("tokens", "text", "spans"),
    [
        (
            [("la", "O"), ("Banca", "B-ORG"), ("d'", "I-ORG"), ("Italia", "I-ORG")],
            "la Banca d' Italia",
            {(3, 18, "ORG")},
        ),
        ([("Roma", "B-LOC"), ("Milan", "B-ORG")], "Roma Milan", {(0, 4, "LOC"), (5, 10, "ORG")}),
        ([("a", "O"), ("Parigi", "I-LOC")], "a Parigi", {(2, 8, "LOC")}),
    ],
)
def test_bio_to_document(tokens: list[tuple[str, str]], text: str, spans: set) -> None:
    from pipeline.evaluate.organizations import bio_to_document

    assert bio_to_document(tokens) == (text, spans)


def test_score_spans_exact_match_per_label() -> None:
    from pipeline.evaluate.organizations import score_spans

    scores = score_spans([({(0, 4, "ORG"), (5, 9, "LOC")}, {(0, 4, "ORG"), (5, 9, "ORG")})])
    assert (scores["ORG"]["tp"], scores["ORG"]["predicted"], scores["ORG"]["gold"]) == (1, 1, 2)
    assert scores["LOC"]["p"] == 0.0 and scores["ORG"]["p"] == 1.0


@pytest.mark.parametrize(
    "text",
    [  # invented: a press release's heading, a family, the company calling itself "la Società"
        "COMUNICATO STAMPA. Vetrerie Lariane S.p.A. ha approvato i conti.",
        "Vetrerie Lariane S.p.A. fa capo alla holding della famiglia Bellei.",
        "Vetrerie Lariane S.p.A. cresce. A ottobre la Società ha firmato un contratto.",
        # the titles of a roundup's sections, one word in capitals opening a line
        "RUBRICA - TRASPORTI\n\nMERCATO. Vetrerie Lariane S.p.A. ha firmato.\n\nCONTENZIOSI: nessuno.",
    ],
)
def test_headings_families_and_self_descriptions_are_no_organizations(full_nlp, text: str) -> None:
    assert [o["name"] for o in full_nlp(text)._.itnews_orgs] == ["Vetrerie Lariane"]


@pytest.mark.parametrize(
    ("word", "plural"),
    [("oleifici", True), ("funivie", True), ("cucine", True), ("dante", False), ("serena", False),
     ("oleificio", False)],
)
def test_a_plural_noun_is_told_by_its_lemma(word: str, plural: bool) -> None:
    assert plural_noun(word) is plural


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: names the model leaves untagged that open with a plural noun, with their preposition
        ("Nei capannoni di Concimi Padani del Mincio il letame diventa pellet.", "Concimi Padani del Mincio"),
        ("Il cliente principale è Consorzi Rurali d'Italia, che vende i pellet.", "Consorzi Rurali d'Italia"),
        ("Abbiamo firmato una lettera d'intenti per rilevare Organi Veneziani.", "Organi Veneziani"),
    ],
)
def test_a_name_that_opens_with_a_plural_noun_is_a_company(full_nlp, text: str, org: str) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    "text",
    [  # invented: a common plural after a plural article; a country the model tags
        "Medaglia d'argento ai Mondiali Giovanili di Sofia.",
        "La società esporta negli Stati Uniti da vent'anni.",
    ],
)
def test_a_capitalized_plural_after_an_article_is_no_company(full_nlp, text: str) -> None:
    assert full_nlp(text)._.itnews_orgs == []


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: a name the model may take for a place, once one of its mentions acts as a company
        ("Il tribunale ha dato torto a Lucania Mercati. I negozi di Lucania Mercati restano aperti.",
         "Lucania Mercati"),
    ],
)
def test_a_place_by_the_model_that_acts_as_a_company_is_one(full_nlp, text: str, org: str) -> None:
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs].count(org) == 2


def test_a_person_by_the_model_that_opens_a_company_s_name_is_that_company(full_nlp) -> None:  # invented
    text = (
        "Il collegio arbitrale ha dato ragione a Marmi Lunensi nella causa contro Desert Rock Trading. "
        "Gli arbitri hanno condannato Desert Rock a pagare la penale."
    )
    orgs = [(o["text"], o["name"]) for o in full_nlp(text)._.itnews_orgs]
    assert ("Desert Rock", "Desert Rock Trading") in orgs


@pytest.mark.parametrize(
    "text",
    [  # invented: a section's title in capitals opens a line before a dash, a period or a colon
        "CAR SHARING – Lario Mobilità rinnova la convenzione con il Comune.",
        "GAME ECONOMY – la rubrica del lunedì",
    ],
)
def test_words_in_capitals_that_open_a_line_as_a_title_are_no_organization(full_nlp, text: str) -> None:
    first = text.split(" –")[0]
    assert first not in [o["text"] for o in full_nlp(text)._.itnews_orgs]
    assert all(not first.endswith(o["text"]) for o in full_nlp(text)._.itnews_orgs)


@pytest.mark.parametrize(
    ("text", "not_an_org"),
    [  # invented: a brand or a character named after the word for it; a law's acronym in brackets
        ("La riseria vende riso con il marchio Gabbiano Reale in tutta Europa.", "Gabbiano Reale"),
        ("Produce su licenza la linea di costruzioni della serie animata Nuvola Rosa.", "Nuvola Rosa"),
        ("Comunicato ai sensi dell'art. 17 del Regolamento 596/2014 (MAR).", "MAR"),
        # a brand with an adjective; a trade show
        ("Il consorzio concede in licenza il marchio collettivo Oro del Sannio.", "Oro del Sannio"),
        ("La joint venture porterà a Riad il salone Casa & Arredo.", "Casa & Arredo"),
        # the label of a list's item
        ("Il contratto prevede:\n- Rinnovo. Alla scadenza si rinnova per due anni.", "Rinnovo"),
        # a market or an index, and a section's label alone on its line
        ("La società, quotata su Euronext Growth Milan, ha chiuso il trimestre.", "Euronext"),
        ("Seduta positiva per Piazza Affari, con il Ftse Mib in rialzo.", "Piazza Affari"),
        ("Stratifica Spa cresce.\n\nORDINI\n\nIl portafoglio ordini sale a 60 milioni.", "ORDINI"),
    ],
)
def test_a_brand_or_a_law_is_no_organization(full_nlp, text: str, not_an_org: str) -> None:
    assert not_an_org not in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    "text",
    [  # invented: "il Comune", "la Regione" describe the body named before; the gold leaves them out
        "Il Comune di Valmarina ha prorogato la concessione. Il Comune avrebbe potuto chiedere una gara.",
        "La Regione Lazio deve autorizzare il subentro. Se la Regione non autorizzerà, l'accordo salta.",
    ],
)
def test_a_public_body_s_head_noun_alone_is_no_further_mention(full_nlp, text: str) -> None:
    assert {"Comune", "Regione"}.isdisjoint(o["text"] for o in full_nlp(text)._.itnews_orgs)


def test_a_business_code_ends_the_name_and_its_first_word_names_it_again(full_nlp) -> None:  # invented
    text = (
        "Nota di ricerca – Libeccio O&M. Giudizio: Buy.\n\nLa commessa. Libeccio ha firmato con ERG un"
        " contratto da 96 milioni. Le azioni Libeccio salgono."
    )
    orgs = [(o["text"], o["name"]) for o in full_nlp(text)._.itnews_orgs]
    assert ("Libeccio O&M", "Libeccio O&M") in orgs
    assert ("Libeccio", "Libeccio O&M") in orgs


def test_a_place_doing_what_places_do_stays_a_place(full_nlp) -> None:  # invented
    text = "Nella sua casa in California si è riposato dopo il tour con Lario Servizi Spa."
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Lario Servizi Spa"]


def test_a_company_named_again_by_the_words_before_its_preposition(full_nlp) -> None:  # invented
    text = "Concimi Padani del Mincio cresce. In base al contratto, Concimi Padani ritira il digestato."
    orgs = full_nlp(text)._.itnews_orgs
    assert [o["name"] for o in orgs] == ["Concimi Padani del Mincio", "Concimi Padani del Mincio"]


@pytest.mark.parametrize(
    ("text", "found", "labels", "joined"),
    [  # invented: what the model tagged, and the organization once the capitalized words before it join
        ("Giornata nera per Cucine Tirreniche, scese del 6%.", "Tirreniche", ["ORG"], "Cucine Tirreniche"),
        ("Il distributore, Pacific Coast Gourmet, ha chiuso.", "Coast Gourmet", ["ORG"],
         "Pacific Coast Gourmet"),
        ("La quota è di Del Prete Investimenti da anni.", "Del Prete|Investimenti", ["PER", "ORG"],
         "Del Prete Investimenti"),
        ("Lo ha detto il Presidente Della Repubblica ieri.", "Repubblica", ["ORG"], "Repubblica"),
        ("Ottimi conti. La Microsoft ha chiuso in rialzo.", "Microsoft", ["ORG"], "Microsoft"),
        ("Il fondo ha investito in Francia Tessili Riuniti.", "Tessili Riuniti", ["ORG"], "Tessili Riuniti"),
    ],
)
def test_a_name_starts_at_the_capitalized_words_before_it(text, found, labels, joined) -> None:
    doc = spacy.blank("it")(text)
    mentions = []
    for part, label in zip(found.split("|"), labels, strict=True):
        start = text.index(part)
        mentions.append(Mention(start, start + len(part), label, "model"))
    orgs = [m for m in join_name_heads(doc, mentions) if m.label == "ORG"]
    assert [text[m.start : m.end] for m in orgs] == [joined]


@pytest.mark.parametrize(
    "text",
    [  # invented: a person's full name in a deal's partner slot stays a person
        "L'accordo con Mario Rossi è saltato ieri sera.",
        "Il contratto con Giulia Bianchi scade a giugno.",
    ],
)
def test_a_full_name_in_the_partner_slot_stays_a_person(full_nlp, text: str) -> None:
    assert full_nlp(text)._.itnews_orgs == []


def test_a_word_the_model_took_for_a_place_after_in_stays_a_place(full_nlp) -> None:
    # invented: the company bears the valley's name
    text = "Nasce in Valsessera il primo polo tessile. Ieri Tintoria Valsessera S.p.A. ha firmato la fusione."
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Tintoria Valsessera S.p.A."]


def test_a_dateline_s_town_is_a_place(full_nlp) -> None:
    # invented: "RAVENNA –" opening a report is where it was written
    text = "RAVENNA – Via libera ieri alla proroga della concessione di Terminal Adriatico Container."
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Terminal Adriatico Container"]


@pytest.mark.parametrize(
    "town",
    ["FOSSOMBRONE", "SANTARCANGELO", "CAORLE"],
)
def test_a_dateline_s_town_before_its_province_is_a_place(full_nlp, town: str) -> None:
    # invented: "CERVIA (Ravenna) –" opening a report is where it was written
    text = f"{town} (Pesaro) – Via libera ieri alla concessione di Terminal Adriatico Container."
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Terminal Adriatico Container"]


@pytest.mark.parametrize(
    "text",
    [  # invented: kinship words before names, and a name coordinated with the first one
        "L'azienda fondata nel 1978 dai fratelli Gualtiero e Sauro Pennacchi produce aquiloni.",
        "L'azienda è guidata dal fondatore Sauro Pennacchi e dalla figlia Ortensia.",
    ],
)
def test_names_after_kinship_words_are_persons(full_nlp, text: str) -> None:
    assert "Sauro Pennacchi" not in [o["text"] for o in full_nlp(text)._.itnews_orgs]


def test_the_preposition_ad_is_no_title(full_nlp) -> None:  # invented: "AD" is, "ad" before a name is not
    text = "Il Tar ha annullato l'aggiudicazione ad Aerostatica Senese della concessione dei voli."
    assert "Aerostatica Senese" in [o["text"] for o in full_nlp(text)._.itnews_orgs]


def test_a_company_noun_coordinated_with_a_name_is_no_organization(full_nlp) -> None:
    # invented: "la Società e X hanno risolto": the defined term of a filing, not a name
    text = 'Lumara S.p.A. (la "Società") comunica che la Società e Vetrix Inc. hanno risolto il contratto.'
    assert "Società" not in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: a name with no given name first that acts as a company or fills a deal party's slot
        ("Con un contratto firmato ad aprile, Tessilvex si è impegnata a comprare il filato.", "Tessilvex"),
        ("Il prestito è garantito all'80% da Sacemar, ha spiegato la società.", "Sacemar"),
        ("Il round è stato guidato da Quarzo Ventures con due banche.", "Quarzo Ventures"),
        ("Nella corsa era entrata anche Latterix, che a ottobre aveva presentato un'offerta.", "Latterix"),
        # invented: a name opening on a common word, or going on with a place, is a company's
        ("Ieri Robotica Moncalieri ha presentato i conti.", "Robotica Moncalieri"),
        ("Ieri Ecoluce Bergamo ha presentato i conti.", "Ecoluce Bergamo"),
    ],
)
def test_a_person_by_the_model_without_a_given_name_is_a_company(full_nlp, text: str, org: str) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    "text",
    [  # invented: a given name first, a surname of the article's person, a title before the name
        "Il prestito è garantito da Giulia Bertolazzi.",
        "Giulia Bertolazzi ha parlato ieri. Bertolazzi ha firmato il contratto.",
        "Il presidente Bertolazzi ha firmato il contratto.",
    ],
)
def test_a_person_named_as_persons_are_stays_a_person(full_nlp, text: str) -> None:
    assert full_nlp(text)._.itnews_orgs == []


def test_a_capital_article_inside_a_sentence_is_part_of_the_name(full_nlp) -> None:  # invented
    text = "Il contratto con L'Ondina scade nel 2027. L'Ondina si è impegnata a rinnovarlo."
    orgs = [(o["text"], o["name"]) for o in full_nlp(text)._.itnews_orgs]
    assert orgs == [("L'Ondina", "L'Ondina"), ("L'Ondina", "L'Ondina")]


def test_a_model_name_never_runs_across_a_line_break(full_nlp) -> None:  # invented
    text = "LAVORO – Intesa per la Ferriera Valsesia\nRegione Piemonte e sindacati hanno firmato l'accordo."
    assert all("\n" not in o["text"] for o in full_nlp(text)._.itnews_orgs)


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: public bodies named with their place
        ("La Prefettura di Lecce ha revocato la licenza.", "Prefettura di Lecce"),
        ("Il Tar del Veneto ha respinto il ricorso.", "Tar del Veneto"),
        ("Il Tar Campania ha respinto il ricorso.", "Tar Campania"),
        ("La Provincia autonoma di Bolzano ha approvato il piano.", "Provincia autonoma di Bolzano"),
    ],
)
def test_public_bodies_with_their_place(full_nlp, text: str, org: str) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


def test_a_dateline_s_province_in_brackets_is_a_place(full_nlp) -> None:  # invented
    text = "MONTE URANO (Fermo) – Nel capannone di Calzaturificio Valtenna si cuciono mocassini."
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Calzaturificio Valtenna"]


def test_the_surname_of_a_person_named_in_full_is_the_person(full_nlp) -> None:  # invented
    text = "«Non vendiamo», dice la titolare, Marisa Vitali. Vitali ha firmato un accordo con Tessilvex."
    assert "Vitali" not in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: a name the model left alone is a company's before a company's verb
        ("La commessa. Eolix ha affidato alla società la manutenzione dei parchi.", "Eolix"),
        ("Il contratto dura sette anni. Farmacor si è impegnata ad ordinare lotti minimi.", "Farmacor"),
    ],
)
def test_a_name_before_a_company_s_verb_is_a_company(full_nlp, text: str, org: str) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "town"),
    [  # invented: the town after a company noun is where the company is, in Italy or abroad
        ("Per reggere i volumi, l'azienda di Pescia ha costituito con Olandia Kwek una joint venture.",
         "Pescia"),
        ("Il cliente principale è Cosmesi Verdi Srl, il gruppo di Lione delle creme rigeneranti.", "Lione"),
    ],
)
def test_a_town_after_a_company_noun_is_a_place(full_nlp, text: str, town: str) -> None:
    assert town not in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    "text",
    [  # invented: a technology or a drug named after its noun is no organization
        "La società ha ottenuto una licenza sulla tecnologia di micronizzazione Nebulix.",
        "Il gruppo userà la piattaforma predittiva VentoSense nei suoi parchi.",
    ],
)
def test_a_technology_named_after_its_noun_is_no_organization(full_nlp, text: str) -> None:
    assert full_nlp(text)._.itnews_orgs == []


def test_a_place_by_the_model_named_as_a_deal_s_counterpart_is_a_company(full_nlp) -> None:  # invented
    text = "Salta l'ingresso di Gasnor in Idrovia. Dopo le trattative, Gasnor e i soci si sono fermati."
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs].count("Gasnor") == 2


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: an apposition naming what kind of company a name is
        ("Stiamo parlando con Cosmolab, un terzista bergamasco, di un'alleanza.", "Cosmolab"),
        ("Nel capitale è entrata Friuli Sviluppo, la finanziaria della Regione.", "Friuli Sviluppo"),
        ("Firmeremo con Biofermix, uno spin-off dell'ateneo, un accordo di ricerca.", "Biofermix"),
    ],
)
def test_a_name_described_as_a_kind_of_company_is_one(full_nlp, text: str, org: str) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


def test_a_company_runs_on_over_a_person_without_a_given_name_after_it(full_nlp) -> None:  # invented
    text = "Il Credito Marittimo Genovese ha finanziato la nave. Eni Claudio Descalzi ha parlato."
    orgs = [o["text"] for o in full_nlp(text)._.itnews_orgs]
    assert "Credito Marittimo Genovese" in orgs and not any("Claudio" in o for o in orgs)


@given(
    st.text(alphabet="ab _.'-’àÈ1", max_size=40),
    st.text(alphabet="ab àÈ1", min_size=1, max_size=4),
)
def test_whole_word_hits_find_what_the_word_boundary_regex_finds(text: str, word: str) -> None:
    expected = [m.span() for m in re.finditer(rf"(?<![\w.’'-]){re.escape(word)}(?![\w’'-])", text)]
    assert list(whole_word_hits(text, word, before="’'-.", after="’'-")) == expected
    plain = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]
    assert list(whole_word_hits(text, word)) == plain


@given(st.text(alphabet="aB .:\n «\t", max_size=30), st.integers(min_value=0, max_value=30))
def test_opens_sentence_is_what_the_sentence_start_regex_finds(text: str, start: int) -> None:
    start = min(start, len(text))
    expected = re.search(r"(?:^|[.!?:;\n\"“«])\s*$", text[:start]) is not None
    assert opens_sentence(text, start) == expected


@pytest.mark.parametrize(
    ("text", "found", "whole"),
    [  # invented: where the model stopped, and the whole name
        ("Lo assistono Bertolini & Co per i venditori.", "Bertolini &", "Bertolini & Co"),
        ("La Cantina di Terra d'Otranto vende.", "Cantina di Terra", "Cantina di Terra d'Otranto"),
        ("Gli Stati Uniti d'America comprano.", "Stati Uniti", "Stati Uniti"),
    ],
)
def test_a_name_runs_on_after_a_closing_ampersand_or_an_elided_d(text: str, found: str, whole: str) -> None:
    doc = spacy.blank("it")(text)
    start = text.index(found)
    mention = Mention(start, start + len(found), "ORG", "model")
    code_tails(doc, [mention])
    assert text[mention.start : mention.end] == whole


def test_an_acronym_named_again_keeps_its_long_form_s_name(full_nlp) -> None:  # invented
    text = (
        "Trasporti Scolastici Lombardi (Tsl) ha firmato un accordo. Il prezzo è di 27 milioni. Tsl ha"
        " ottenuto un prestito da Banca Gallura."
    )
    names = {o["text"]: o["name"] for o in full_nlp(text)._.itnews_orgs}
    assert names.get("Tsl") == "Trasporti Scolastici Lombardi"


@pytest.mark.parametrize(
    ("text", "entity", "expected"),
    [  # invented: an adverb or a conjunction opening the sentence is no part of the name
        ("Né Quarzolab né il fondo hanno commentato.", "Né Quarzolab", "Quarzolab"),
        ("Contestualmente Quarzolab ha ceduto il ramo.", "Contestualmente Quarzolab", "Quarzolab"),
        ("Ma Quarzolab tace.", "Ma Quarzolab", "Quarzolab"),
        ("Stamattina Quarzolab ha firmato.", "Stamattina Quarzolab", "Quarzolab"),
    ],
)
def test_a_model_entity_loses_the_word_opening_its_sentence(text: str, entity: str, expected: str) -> None:
    doc = spacy.blank("it")(text)
    span = doc.char_span(text.index(entity), text.index(entity) + len(entity), label="ORG")
    assert tidy_entity(span).text == expected


def test_a_surname_alone_is_the_operating_company_not_the_family_holding(full_nlp) -> None:
    # invented: the family's holding and its company share the surname; alone it names the company
    text = (
        "Morandi Holding ha ceduto l'80% di Morandi Caffè a Fuochi Spa. Il fornitore cinese Golden Dragon"
        " fornisce a Morandi la polvere nera."
    )
    orgs = full_nlp(text)._.itnews_orgs
    assert [o["name"] for o in orgs if o["text"] == "Morandi"] == ["Morandi Caffè"]


def test_a_wire_signature_in_brackets_is_no_organization(full_nlp) -> None:
    # invented: the agency's code and the time close a wire item
    for signature in ("(ECO) 08-ott-25 09:12", "(AGM) 12-03-25 09:41", "(Red-Lav) 30-09-25 16:42"):
        text = f"Lo ha detto l'amministratore delegato.\n\n{signature}\n\nAGGIORNAMENTO - Più tardi."
        assert signature[1 : signature.index(")")] not in [o["text"] for o in full_nlp(text)._.itnews_orgs]


def test_a_company_s_meeting_alone_is_no_organization(full_nlp) -> None:
    # invented: "l'Assemblea" is a body of the company, as "il Consiglio" is
    text = "Il Consiglio proporrà all'Assemblea del 23 aprile un dividendo di 0,40 euro per azione."
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == []


@pytest.mark.parametrize(
    ("text", "not_an_org"),
    [  # invented: a dateline's month, the government's seat, a public body's head noun alone
        ("NAPOLI, 12 MAR - Torrefazione Partenopea ha firmato un accordo con Caffè Vomero.", "MAR"),
        ("L'ingresso dei soci è stato notificato a Palazzo Chigi per il golden power.", "Palazzo Chigi"),
        ("La Regione Marche ha venduto le azioni. Il contratto obbliga Meridiana a versare alla Regione"
         " un indennizzo.", "Regione"),
        ("Dal 2022 la società di Graz concede a Fisarmoniche Paolini la licenza del brevetto.", "Graz"),
    ],
)
def test_words_that_name_no_organization_of_the_table(full_nlp, text: str, not_an_org: str) -> None:
    assert not_an_org not in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: what a company does or is said to be, right after or before its name
        ("Il giudice ha condannato Cartiera Vestina a versare 3 milioni al ricorrente.", "Cartiera Vestina"),
        ("Oggi Laminati Bormida, 190 dipendenti, è controllata al 75% da un fondo.", "Laminati Bormida"),
        ("Il tribunale ha respinto il ricorso di Marmi Orobici contro la società.", "Marmi Orobici"),
        ("Dal 2018 cede la licenza a Brennerei Oberhof, che la distribuisce.", "Brennerei Oberhof"),
        ("Il nostro inviato è davanti alla fabbrica di Liquori Silani, a Rossano.", "Liquori Silani"),
        ("Per la fusione con Quarzolab è stato firmato ieri il contratto.", "Quarzolab"),
        (
            "Poi c'è il mercato. Con Feste d'Incanto, l'agenzia di eventi di Lecce, abbiamo un accordo.",
            "Feste d'Incanto",
        ),
        ("E Sales Atlánticas, il colosso portoghese che secondo le voci vuole comprare.", "Sales Atlánticas"),
        (
            "Il gruppo guarda a est. Con Idrica Valchiese, che gestisce il servizio idrico, è stata avviata"
            " una trattativa.",
            "Idrica Valchiese",
        ),
        ("Da giugno lanceremo con Pizzabox un accordo di consegna.", "Pizzabox"),
        ("Le piattaforme? «Con Prenotafacile abbiamo chiuso: a luglio».", "Prenotafacile"),
        ("«Con il Museo della Ceramica di Faenza avevamo un accordo».", "Museo della Ceramica di Faenza"),
        ("Il legno è croato, ma Drvo Lipik non è più il nostro fornitore esclusivo.", "Drvo Lipik"),
        ("C'è poi la licenza con cui Pixaro autorizza i disegni dei suoi personaggi.", "Pixaro"),
        ("Lo coltiviamo con una licenza in esclusiva per l'Italia di Kwekerij Van Doorn, un ibridatore.",
         "Kwekerij Van Doorn"),
        ("I lavori sono coperti da un finanziamento agevolato di Sviluppo Sannio.", "Sviluppo Sannio"),
        ("Era saltata la vendita del ramo a Casa del Tempo Bergamasca.", "Casa del Tempo Bergamasca"),
        ("Si parla di una vendita dello stabilimento a Ferro Sud, l'ad tace.", "Ferro Sud"),
        ("La manutenzione passerà a Tecnoavio Brescia, con un contratto quinquennale.", "Tecnoavio Brescia"),
        ("Elena Sassi lascia Sonar Live dopo dodici anni.", "Sonar Live"),
        ("Lo scrive la Gazzetta del Mobile, secondo cui il gruppo tratta.", "Gazzetta del Mobile"),
        ("Si parla di un'offerta di un gruppo tedesco per Sonarlive, ma la società smentisce.", "Sonarlive"),
        ("Ha smentito che Riciclo Ibero stia trattando un ingresso nel capitale.", "Riciclo Ibero"),
        # a foreign given name that is an Italian word ("ami", "ante"), or one a place follows
        ("Per reggere la concorrenza, Ami Valsabbia ha ottenuto da Banca Sebina un prestito.",
         "Ami Valsabbia"),
        ("Per i volumi, l'azienda ha costituito con l'olandese Van Dijk Kwekerijen una joint venture.",
         "Van Dijk Kwekerijen"),
        ("È saltata la partnership con la piattaforma cinese Hazel Trade per l'export.", "Hazel Trade"),
        ("Giornata pesante invece per Autobus Italiani (-7,4% a 2,18 euro).", "Autobus Italiani"),
        # a name the model took for a place, that no list of places holds, followed by a company's verb
        ("Ha invece smentito che Veolia stia negoziando un ingresso nel capitale.", "Veolia"),
        # a given name in apposition between a company noun and its verb
        ("L'azienda del trasporto pubblico di Bolzano, Sasa, ha disdetto il contratto di manutenzione.",
         "Sasa"),
    ],
)
def test_a_name_that_acts_as_a_company_is_one(full_nlp, text: str, org: str) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


def test_the_last_word_of_a_foreign_two_word_name_names_it_again(full_nlp) -> None:  # invented
    text = (
        "Il tribunale ha respinto il ricorso di Balances Lefort contro Pesi Ossolani. Poi Lefort chiedeva 2"
        " milioni di danni."
    )
    orgs = full_nlp(text)._.itnews_orgs
    assert [o["name"] for o in orgs if o["text"] == "Lefort"] == ["Balances Lefort"]


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: a word cut short with an apostrophe stays in the name; a diocese is named with its town
        ("Dal 2021 la Fornace Ca' d'Oro è il fornitore esclusivo della bottega.", "Fornace Ca' d'Oro"),
        ("Curiamo gli organi della Diocesi di Cremona con un contratto quinquennale.", "Diocesi di Cremona"),
    ],
)
def test_a_name_runs_on_over_an_apocope_and_a_diocese_over_its_town(full_nlp, text: str, org: str) -> None:
    assert [o["name"] for o in full_nlp(text)._.itnews_orgs] == [org]


def test_a_name_runs_on_over_a_portuguese_or_french_of(full_nlp) -> None:  # invented
    text = "Sono in corso trattative per rilevare il 60% di Botões do Minho, produttore di bottoni."
    assert [o["name"] for o in full_nlp(text)._.itnews_orgs] == ["Botões do Minho"]


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: a verb the model ran on to and a company's seat are no part of its name
        ("Alle otto il laboratorio del Corallificio Esposito odora già di polvere.", "Corallificio Esposito"),
        ("Nel settore, Ombra Veneta di Treviso ha firmato un accordo di fusione.", "Ombra Veneta"),
        ("Il contratto con la Latteria Sociale di Offanengo scade.", "Latteria Sociale di Offanengo"),
        ("Il ricorso del Comune di Treviso è stato respinto ieri.", "Comune di Treviso"),
        # a foreign one-word name before its city; an institution keeps it
        ("Aprirà un corner nei grandi magazzini Sakuraya di Tokyo, con un contratto di concessione.",
         "Sakuraya"),
        ("L'accordo con l'Università di Tokyo è stato rinnovato.", "Università di Tokyo"),
    ],
)
def test_a_name_ends_before_a_verb_or_its_seat(full_nlp, text: str, org: str) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


def test_a_name_cut_before_a_verb_is_the_name_of_its_further_mentions(full_nlp) -> None:  # invented
    text = (
        "Alle otto il laboratorio del Corallificio Esposito odora già di polvere. Da allora Esposito ha"
        " firmato un contratto con Brera Couture."
    )
    assert {o["name"] for o in full_nlp(text)._.itnews_orgs if "Esposito" in o["text"]} == {
        "Corallificio Esposito"
    }


@pytest.mark.parametrize(
    ("text", "names"),
    [  # invented: two companies joined by "per" are two names; an institution keeps its purpose
        (
            "Ha smentito l'offerta: Deckhouse Games per Carte Trevigiane non ha mai fatto proposte.",
            ["Deckhouse Games", "Carte Trevigiane"],
        ),
        ("L'Agenzia per la Coesione Territoriale ha stanziato.", ["Agenzia per la Coesione Territoriale"]),
    ],
)
def test_two_names_joined_by_per_are_two_companies(full_nlp, text: str, names: list[str]) -> None:
    assert [o["name"] for o in full_nlp(text)._.itnews_orgs] == names


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: a company named after its goods and its family, by what it holds
        ("Marco Bellandi guida l'azienda. La cava, di cui Ceramiche Bellandi possiede il 30%, chiude.",
         "Ceramiche Bellandi"),
        # a place noun and a generic tail keep their town
        ("Il contratto con il Caseificio Colline di Bardi scade a marzo.", "Caseificio Colline di Bardi"),
        ("L'olio arriva dall'Oleificio Cooperativo di Taurisano.", "Oleificio Cooperativo di Taurisano"),
        # an elided "di" and a capitalized word stay in the name
        ("Il Lanificio Valle d'Aosta produce a Gressoney coperte e scialli.", "Lanificio Valle d'Aosta"),
    ],
)
def test_a_name_keeps_its_family_its_place_noun_and_its_elided_of(full_nlp, text: str, org: str) -> None:
    assert org in [o["name"] for o in full_nlp(text)._.itnews_orgs]


def test_a_brand_in_quotes_after_its_noun_is_no_company(full_nlp) -> None:  # invented
    text = "La cooperativa usa il marchio «Pietre di Lessinia» su licenza del Consorzio Pietra Lessinia."
    assert [o["name"] for o in full_nlp(text)._.itnews_orgs] == ["Consorzio Pietra Lessinia"]


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: a name the model took for a person's that goes on with a city of the world
        ("Da aprile Nordlicht Oslo sarà l'unica a poter vendere i violini della bottega.", "Nordlicht Oslo"),
        # or opens on the short name the article gives the company
        (
            "Il broker alza il giudizio su Ghiacci Baldessari. Ghiacci ha chiuso il trimestre in utile e"
            " Ghiacci ha firmato con Brera Couture.",
            "Ghiacci Baldessari",
        ),
    ],
)
def test_a_person_tag_on_a_city_or_on_a_known_short_name_is_a_company(full_nlp, text: str, org: str) -> None:
    assert org in [o["name"] for o in full_nlp(text)._.itnews_orgs]


def test_a_legal_form_after_an_article_is_no_name(full_nlp) -> None:  # invented
    text = "Borsari Sim alza il prezzo obiettivo di Vetri Alpini. Per la Sim il titolo vale 9 euro."
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Borsari Sim", "Vetri Alpini"]


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: a single unknown name in a licensee's, a payee's, a seller's or a staff's slot
        ("Dal 2021 la bottega concede a NordCraft l'uso del proprio brevetto.", "NordCraft"),
        ("A ottobre la società ha versato a Lorvane Brands un indennizzo.", "Lorvane Brands"),
        ("Dal 2022 Bimbolè vende i seggiolini della casa nei suoi negozi.", "Bimbolè"),
    ],
)
def test_a_single_name_in_a_licensee_payee_or_seller_slot(full_nlp, text: str, org: str) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [  # invented: the town before a company after "a" is where it is; a town and a common word stay a name
        ("A Cittadella Vetrerie Zanovello, 30 dipendenti, ha firmato.", "Cittadella Vetrerie Zanovello",
         "Vetrerie Zanovello"),
        ("L'Agenzia ha rinnovato a Brenta Riunite la licenza.", "Brenta Riunite", "Brenta Riunite"),
    ],
)
def test_a_town_after_a_opens_no_name(full_nlp, text: str, name: str, kept: str) -> None:
    from pipeline.components.organizations import Mention, towns_before_names

    doc = full_nlp.make_doc(text)
    mention = Mention(text.index(name), text.index(name) + len(name), "LOC", "model")
    towns_before_names(doc, [mention])
    assert text[mention.start : mention.end] == kept


@pytest.mark.parametrize(
    ("text", "bank", "named"),
    [  # invented: a bank named after two places goes on over "e"; a company after it is another one
        ("Il mutuo è della Banca Valdelsana e Senese.", "Banca Valdelsana", "Banca Valdelsana e Senese"),
        ("Il prestito è di Banca Alfea e Unitrenta.", "Banca Alfea", "Banca Alfea"),
    ],
)
def test_a_bank_named_after_two_places(full_nlp, text: str, bank: str, named: str) -> None:
    from pipeline.components.organizations import ORG, Mention, bank_place_tails

    doc = full_nlp.make_doc(text)
    mentions = bank_place_tails(doc, [Mention(text.index(bank), text.index(bank) + len(bank), ORG, "model")])
    assert [text[m.start : m.end] for m in mentions] == [named]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [  # invented: the one goods are bought from or a deal made with is a company; a place after "a" stays one
        ("Il gruppo li compra da Veltronis con un accordo di fornitura.", "Veltronis", "ORG"),
        ("L'accordo è stato firmato a Oslo con Equinor.", "Oslo", "LOC"),
    ],
)
def test_a_place_tag_on_a_deal_s_counterpart_is_a_company(full_nlp, text: str, name: str, label: str) -> None:
    from pipeline.components.organizations import Mention, companies_by_use

    doc = full_nlp.make_doc(text)
    mention = Mention(text.index(name), text.index(name) + len(name), "LOC", "model")
    companies_by_use(doc, [mention])
    assert mention.label == label


@pytest.mark.parametrize(
    ("text", "name", "joined"),
    [  # invented: goods in capitals and "da" open the name after them; a participle or a name do not
        ("I tecnici di Campane da Torre Bellini hanno finito.", "Torre Bellini", "Campane da Torre Bellini"),
        ("La ditta è stata rilevata da Torre Bellini.", "Torre Bellini", "Torre Bellini"),
        ("Il marchio di Fiat da Torre Bellini.", "Torre Bellini", "Torre Bellini"),
    ],
)
def test_goods_and_da_open_the_name_after_them(full_nlp, text: str, name: str, joined: str) -> None:
    from pipeline.components.organizations import ORG, Mention, join_name_heads

    doc = full_nlp.make_doc(text)
    mention = Mention(text.index(name), text.index(name) + len(name), ORG, "model")
    join_name_heads(doc, [mention])
    assert text[mention.start : mention.end] == joined


@pytest.mark.parametrize(
    ("text", "orgs"),
    [  # invented: a province in a dateline, a heading in capitals, a description with its town, a family
        ("RECANATI (MC), 3 MAR - Fisarmoniche Lorenzetti ha firmato.", ["Fisarmoniche Lorenzetti"]),
        ("NUMERO SPECIALE 48\n\nOrgani Tamburini, la bottega di Crema, ha firmato.", ["Organi Tamburini"]),
        ("È della famiglia Rinaldelli. Poi Rinaldelli Holding ha firmato.", ["Rinaldelli Holding"]),
        # a town coordinated with another ("le case funerarie di Bologna e Imola")
        ("Il gruppo rileva 31 agenzie, le case funerarie di Bologna e Imola e due crematori.", []),
        # a chamber of commerce named by its kind alone, a venue; with its place, an organization
        ("L'intesa con Grani Dauni, firmata in Camera di commercio ai soci, è nuova.", ["Grani Dauni"]),
        ("La Camera di commercio delle Marche ha rinunciato.", ["Camera di commercio delle Marche"]),
    ],
)
def test_provinces_headings_descriptions_families_are_no_names(full_nlp, text: str, orgs: list[str]) -> None:
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == orgs


def test_a_person_tag_ending_on_a_known_short_name_is_the_company(full_nlp) -> None:  # invented
    text = (
        "Il lodo dà torto alla casa Parfums Delacroix. Il recesso comunicato da Delacroix era illegittimo:"
        " Delacroix ha firmato un accordo con Brera Couture."
    )
    names = {o["name"] for o in full_nlp(text)._.itnews_orgs if "Delacroix" in o["text"]}
    assert names == {"Parfums Delacroix"}


def test_a_name_goes_on_over_dello(full_nlp) -> None:  # invented
    text = "Con la cooperativa di coltivatori Agrumeti dello Stretto, che le conferisce il raccolto, firma."
    assert [o["name"] for o in full_nlp(text)._.itnews_orgs] == ["Agrumeti dello Stretto"]


def test_an_item_title_in_capitals_names_no_company(full_nlp) -> None:  # invented
    text = "Buongiorno.\n\n1. VETRI DA TAVOLA E PENALI. Cristallerie Lariane ha firmato un contratto."
    assert [o["name"] for o in full_nlp(text)._.itnews_orgs] == ["Cristallerie Lariane"]


@pytest.mark.parametrize(
    "text",
    [  # invented: a family's or a speaker's surname is no company, though a company bears it
        "Trebbi Holding controlla la ditta. La famiglia Trebbi non vende, ha tagliato corto Trebbi.",
        "Nardi Partecipazioni, la holding dei fratelli Nardi, ha firmato un accordo.",
    ],
)
def test_a_family_or_a_speaker_bearing_the_company_s_name_is_no_company(full_nlp, text: str) -> None:
    assert all(" " in o["text"] for o in full_nlp(text)._.itnews_orgs)


def test_the_founder_named_like_the_company_is_a_person(full_nlp) -> None:  # invented
    text = (
        "Ottavio Ranieri Selleria ha firmato un contratto. Fondata nel 1968 da Ottavio Ranieri, scomparso nel"
        " 2011, la selleria impiega 20 persone."
    )
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Ottavio Ranieri Selleria"]


def test_a_company_s_town_and_its_goods_are_no_name(full_nlp) -> None:  # invented
    from pipeline.components.organizations import Mention, towns_with_their_goods

    text = "Ha trattato Nordlys Group, il gruppo di Trondheim dei seggiolini auto, che ha firmato."
    start = text.index("Trondheim")
    mention = Mention(start, text.index(",", start), "ORG", "model")
    towns_with_their_goods(full_nlp.make_doc(text), [mention])
    assert (text[mention.start : mention.end], mention.label) == ("Trondheim", "LOC")


@pytest.mark.parametrize(
    ("text", "org"),
    [  # invented: a company named after what it makes opens its sentence and acts as a company
        ("Segnaletica Sannita di Benevento si è aggiudicata la gara di Anas.", "Segnaletica Sannita"),
    ],
)
def test_a_company_named_by_a_common_noun_opens_its_sentence(full_nlp, text: str, org: str) -> None:
    assert org in [o["text"] for o in full_nlp(text)._.itnews_orgs]


def test_a_sentence_opening_adverb_is_no_part_of_a_name(full_nlp) -> None:
    # invented: "Contestualmente" is capitalized for opening the sentence
    text = "Contestualmente Brenta Group ha firmato un contratto con la catena."
    assert "Contestualmente Brenta Group" not in [o["text"] for o in full_nlp(text)._.itnews_orgs]


def test_a_subject_glued_onto_a_fronted_partner_is_a_name_of_its_own(full_nlp) -> None:
    # invented: "Libeccio" is the short name of "Libeccio Academy", the subject of "ha stretto"
    text = (
        "È il primo turno di Libeccio Academy, la scuola di vela. Con il Circolo Nautico Capo Testa Libeccio"
        " ha stretto un accordo di collaborazione."
    )
    orgs = full_nlp(text)._.itnews_orgs
    assert [(o["text"], o["name"]) for o in orgs][1:] == [
        ("Circolo Nautico Capo Testa", "Circolo Nautico Capo Testa"),
        ("Libeccio", "Libeccio Academy"),
    ]


def test_a_region_after_its_article_is_no_short_name_of_a_company(full_nlp) -> None:
    # invented: "per la Brianza" names the region; "Galleria Brianza Retail" is the company
    text = (
        "Energym aveva l'esclusiva territoriale per la Brianza. I nuovi club aprono nei centri di Galleria"
        " Brianza Retail, che riceve il 9% degli incassi."
    )
    assert "Brianza" not in [o["text"] for o in full_nlp(text)._.itnews_orgs]


def test_a_place_of_business_named_in_quotes_is_no_company(full_nlp) -> None:  # invented
    doc = full_nlp(
        "Il Tar ha annullato l'aggiudicazione della concessione per lo stabilimento «Bagni Aurora» di Alassio"
        " alla società Riviera Servizi. La famiglia che ha gestito i Bagni Aurora per trent'anni non ha"
        " partecipato."
    )
    assert [o["text"] for o in doc._.itnews_orgs if o["text"] != "Tar"] == ["Riviera Servizi"]


def test_a_conjunction_opening_the_sentence_is_no_part_of_a_name(full_nlp) -> None:  # invented
    doc = full_nlp("Né Lampade Italia né Sonora Audio hanno commentato le indiscrezioni.")
    assert "Lampade Italia" in [o["text"] for o in doc._.itnews_orgs]


@pytest.mark.parametrize(
    "text",
    [  # invented: a part of Italy the model takes for an organization is a place
        "Ha firmato con Farmaci Riuniti un accordo di distribuzione per il Centro Italia.",
        "La rete cresce soprattutto nel Nord-Ovest.",
    ],
)
def test_a_part_of_the_country_is_a_place(full_nlp, text: str) -> None:
    doc = full_nlp(text)
    assert not any(o["text"] in ("Centro Italia", "Nord-Ovest") for o in doc._.itnews_orgs)


def test_a_subject_s_name_goes_on_over_an_elided_of(full_nlp) -> None:  # invented
    doc = full_nlp(
        "La cooperativa Acciughe d'Oro e la Cooperativa Pescatori di Atrani hanno firmato a maggio. Ad aprile"
        " Acciughe d'Oro ha firmato con Ramen Tokyo un memorandum."
    )
    assert [o["text"] for o in doc._.itnews_orgs].count("Acciughe d'Oro") == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [  # invented: the capitalized head before an elided "d'" opens the name; a place after a name stays one
        ("In luce tra le piccole Vetri d'Arte Muranesi (+4,1%), che ha firmato con Alessi una licenza.",
         "Vetri d'Arte Muranesi"),
        ("Il cliente principale è Consorzi Agrari d'Italia, che vende i pellet nei suoi negozi.",
         "Consorzi Agrari d'Italia"),
    ],
)
def test_a_name_goes_on_back_over_an_elided_of(full_nlp, text: str, name: str) -> None:
    assert name in [o["text"] for o in full_nlp(text)._.itnews_orgs]


@pytest.mark.parametrize(
    ("text", "name"),
    [  # invented: a company's share price after the market's name; a newspaper named after a market
        ("A Piazza Affari Datamatica Sud ha perso il 6,2% a 11,84 euro, mentre Nexum Informatica sale.",
         "Datamatica Sud"),
        ("Lo ha scritto ieri il Wall Street Journal, citando fonti vicine al dossier.", None),
    ],
)
def test_a_company_after_a_market_s_name_is_cut_from_it(full_nlp, text: str, name: str | None) -> None:
    names = [o["text"] for o in full_nlp(text)._.itnews_orgs]
    assert (name in names) if name else "Journal" not in names


def test_a_place_named_after_its_hosts_keeps_both(full_nlp) -> None:  # invented
    text = "A febbraio la società ha firmato con Trattorie Da Gino e Pina, la catena con 85 locali."
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == ["Trattorie Da Gino e Pina"]


def test_a_sentence_s_opening_word_belongs_to_the_name_the_text_writes_with_it(full_nlp) -> None:  # invented
    text = (
        "2. AMI DA PESCA. Ami Valsabbia, che produce 40 milioni di ami l'anno, lascia Pescamania. Per reggere"
        " la concorrenza, Ami Valsabbia ha ottenuto da Banca Sebina un prestito."
    )
    names = [o["text"] for o in full_nlp(text)._.itnews_orgs]
    assert names.count("Ami Valsabbia") == 2 and "Valsabbia" not in names


@pytest.mark.parametrize(
    "name",
    [
        "Autorità di sistema portuale del mare Adriatico centrale",  # "mare" is no infinitive
        "Autorità di sistema portuale del Mar Ligure occidentale",  # an adjective of position ends it
        "Autorità di sistema portuale del mare Adriatico centro-settentrionale",  # a compound adjective
        "Capitaneria di porto di Ortona",  # public offices named by their head and place
        "Corporazione dei Piloti del porto di Ancona",
    ],
)
def test_a_long_form_keeps_its_nouns_and_adjectives_of_place(full_nlp, name: str) -> None:  # invented
    text = f"Il servizio di rimorchio è affidato dall'{name} con una concessione decennale."
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == [name]


@pytest.mark.parametrize(
    "text",
    [  # invented: a surname names the company until the text names the person, or where it commits
        "Gerosa Organari ha firmato un accordo per rilevare il 60% della Fonderia Canne Seriana. Se"
        " l'operazione salta, Gerosa verserà al venditore un indennizzo. «Siamo felici», ha detto il"
        " presidente Carlo Gerosa.",
        "Gerosa Organari ha rilevato la Fonderia Canne Seriana. «Siamo felici», ha detto il presidente Carlo"
        " Gerosa. Il contratto con Stagni Srl è stato rinnovato, con l'impegno di Gerosa ad acquistare 60"
        " tonnellate di stagno l'anno.",
    ],
)
def test_a_surname_names_the_company_where_it_acts_as_one(full_nlp, text: str) -> None:
    orgs = full_nlp(text)._.itnews_orgs
    assert [o["name"] for o in orgs if o["text"] == "Gerosa"] == ["Gerosa Organari"]


def test_the_last_word_of_a_headed_name_used_with_an_article_names_it_again(full_nlp) -> None:  # invented
    text = (
        "Gerosa Organari ha firmato un accordo per rilevare il 60% della Fonderia Canne Valsorda, l'azienda"
        " bergamasca. Il prezzo è di 6 milioni. La Valsorda, che nel 2024 ha fatturato 4 milioni, produce"
        " canne. Il brevetto della Valsorda resterà in licenza."
    )
    orgs = full_nlp(text)._.itnews_orgs
    assert [o["name"] for o in orgs if o["text"] == "Valsorda"] == ["Fonderia Canne Valsorda"] * 2


def test_a_town_after_a_or_in_is_no_part_of_the_name_it_precedes(full_nlp) -> None:  # invented
    text = (
        "Volterra Energy e il gruppo coreano Daesan Chem hanno costituito ieri a Milano Rivolta, la joint"
        " venture paritetica che costruirà a Ferrara il primo impianto. La crisi in Veneto Banca è lontana."
    )
    names = [o["name"] for o in full_nlp(text)._.itnews_orgs]
    assert "Rivolta" in names and "Milano Rivolta" not in names and "Veneto Banca" in names


def test_an_abbreviated_word_with_its_period_stays_inside_the_name(full_nlp) -> None:  # invented
    text = "«A febbraio abbiamo firmato con Warner Bros. Discovery Italia un accordo quadro triennale»."
    assert [o["name"] for o in full_nlp(text)._.itnews_orgs] == ["Warner Bros. Discovery Italia"]


OPERA = "Opera di Santa Maria Nuova"


@pytest.mark.parametrize(
    ("text", "orgs"),
    [  # invented: an "Opera" that runs a church's buildings is an institution named by its head and saint
        ("Il contratto con l'Opera di Santa Maria Nuova, che gestisce i campanili, scade.", [OPERA]),
        ("Opera di grande valore, il quadro resterà al museo.", []),
    ],
)
def test_an_opera_that_runs_a_church_is_an_institution(full_nlp, text: str, orgs: list[str]) -> None:
    assert [o["text"] for o in full_nlp(text)._.itnews_orgs] == orgs
