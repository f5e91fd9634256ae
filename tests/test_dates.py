"""``itnews_dates`` on one-line inline-annotated cases with a pinned publication date, grouped by origin.

``<date value='2025-01-20'>ieri</date>`` marks an expected record: its span must be found and every
attribute written in the tag must equal the record's field (``none`` stands for None). A case lists
every date of its sentence: anything else found is an error.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import spacy

import pipeline.components.dates  # noqa: F401  (registers itnews_dates)

PUBLISHED = "2025-01-21"  # a Tuesday
SHARED = Path(__file__).parents[1] / ".." / "shared"
TAG = re.compile(r"<date(?P<attrs>[^>]*)>(?P<text>.*?)</date>")
ATTR = re.compile(r"(?P<key>\w+)='(?P<value>[^']*)'")


def parse_annotated(annotated: str) -> tuple[str, list[dict]]:
    """Plain text and expected records (start, end, attributes) of an inline-annotated case."""
    text, expected, cursor = "", [], 0
    for tag in TAG.finditer(annotated):
        text += annotated[cursor : tag.start()]
        start = len(text)
        text += tag["text"]
        attributes = {
            m["key"]: (None if m["value"] == "none" else m["value"]) for m in ATTR.finditer(tag["attrs"])
        }
        expected.append({"start": start, "end": len(text), "attrs": attributes})
        cursor = tag.end()
    return text + annotated[cursor:], expected


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    try:
        import pipeline.components.money  # noqa: F401

        nlp.add_pipe("itnews_money")
    except ImportError:
        pass
    nlp.add_pipe("itnews_dates")
    return nlp


def run(nlp, text: str, published: str | None = PUBLISHED) -> list[dict]:
    doc = nlp.make_doc(text)
    doc._.itnews_published = published
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc._.itnews_dates


def check(nlp, annotated: str, published: str | None = PUBLISHED) -> None:
    text, expected = parse_annotated(annotated)
    records = run(nlp, text, published)
    for record in records:
        assert text[record["start"] : record["end"]] == record["text"]
    unmatched = list(records)
    for item in expected:
        touching = [r for r in unmatched if r["start"] < item["end"] and item["start"] < r["end"]]
        assert touching, f"not found: {text[item['start'] : item['end']]!r} in {text!r} -> {records}"
        record = touching[0]
        unmatched.remove(record)
        for key, value in item["attrs"].items():
            assert (str(record[key]) if record[key] is not None else None) == value, (key, value, record)
    assert not unmatched, f"unexpected dates: {[r['text'] for r in unmatched]} in {text!r}"


ISSUE_CASES = [  # the examples of issue 4, published 2025-01-21
    "firmato il <date kind='date' value='2025-01-21' granularity='day'>21 gennaio 2025</date>",
    "consegne a <date value='2030-03' granularity='month'>marzo 2030</date>",
    "l'alleanza nata nel <date value='2019' granularity='year'>2019</date>",
    "ricavi nel <date value='2025-Q2' granularity='quarter'>secondo trimestre del 2025</date>",
    "attesa per la <date value='2025-H2' granularity='half'>seconda metà dell'anno</date>",
    "come negli <date value='199X' granularity='decade'>anni Novanta</date>",
    "il bando del <date value='2025-01-21'>21/01/2025</date> e quello del <date value='2025-01-21'>2025-01-21</date>",  # noqa: E501
    "la delibera del <date value='2025-01-21'>21.1.2025</date>",
    "il pagamento arriverà <date value='2025-01-15'>il 15</date>",
    "le consegne riprendono <date value='2025-03' relative='True'>a marzo</date>",
    "firmato <date value='2025-01-20'>ieri</date>, annunciato <date value='2025-01-21'>oggi</date>",
    "l'incontro di <date value='2025-01-20'>lunedì scorso</date>",
    "si vota <date value='2025-W05' granularity='week'>la settimana prossima</date>",
    "utili in calo rispetto all'<date value='2024'>anno scorso</date>",
    "l'offerta lanciata <date value='2024-10-21'>tre mesi fa</date>",
    "il closing è atteso <date value='2025-01-31'>tra dieci giorni</date>",
    "il saldo <date value='2025-01' modifier='end' end_date='2025-01-31'>a fine mese</date>",
    "l'assemblea <date kind='period' start_date='2025-03-04' end_date='2025-03-22'>dal 4 al 22 marzo</date>",
    "piano industriale <date kind='period' start_date='2025-01-01' end_date='2030-12-31'>tra il 2025 e il 2030</date>",  # noqa: E501
    "socio di riferimento <date kind='period' start_date='2019-01-01' end_date='none' modifier='start_bound'>dal 2019</date>",  # noqa: E501
    "in vigore <date kind='period' end_date='2030-12-31' modifier='end_bound'>fino al 2030</date>",
    "da completare <date kind='period' end_date='2030-12-31' modifier='end_bound'>entro il 2030</date>",
    "investirà <date kind='period' start_date='2025-01-21' end_date='2029-01-20' duration='P4Y'>nei prossimi quattro anni</date>",  # noqa: E501
    "un contratto di <date kind='duration' value='P4Y'>quattro anni</date>",
    "un finanziamento a <date kind='duration' duration='P24M'>24 mesi</date>",
    "per <date kind='duration' duration='P10Y'>un decennio</date>",
    "rinnovato per <date duration='P5Y' modifier='lower_bound'>almeno altri cinque anni</date>",
    "un accordo <date kind='duration' value='PXY' duration='none'>pluriennale</date>",
    "la cedola è pagata <date kind='set' value='P1Y'>ogni anno</date>",
    "rendiconti pubblicati <date kind='set' value='P1Y'>annualmente</date> e <date kind='set' value='P1W'>settimanalmente</date>",  # noqa: E501
    "la conferenza inizia <date kind='time' value='T15:30'>alle 15:30</date>",
    "il cda si riunisce <date kind='time'>stasera</date>",
]

NEWS_CASES = [  # written for this project in the style of Italian business news
    "Il cda di <date value='2025-01-17'>venerdì</date> ha approvato il bilancio",
    "l'opa si chiude <date value='2025-02-14'>il 14 febbraio</date>",
    "i risultati del <date value='2024-Q4'>quarto trimestre 2024</date>",
    "il prestito scade a <date value='2030-09'>settembre 2030</date>",
    "un ritorno ai livelli degli <date value='197X'>anni '70</date>",
    "attivo <date kind='period' start_date='2024-01-21' end_date='2025-01-21'>negli ultimi dodici mesi</date>",  # noqa: E501
    "il <date value='2024'>2024</date> è stato migliore dell'<date value='2023'>anno precedente</date>",
    "consegna <date kind='period' modifier='end_bound' end_date='2025-12-31'>entro la fine del 2025</date>",
    "la seduta <date kind='period' start_date='2025-03-04' end_date='2025-03-07'>dal 4-7 marzo</date>",
    "il saldo <date value='2025-02-20'>il 20 del prossimo mese</date>",
    "il cantiere <date kind='period' value='2025-W04'>questa settimana</date>",
    "nel <date value='2026'>prossimo anno</date> e in <date value='2025'>quest'anno</date>",
    "il rimborso <date kind='date' modifier='end_bound' value='2025-04-21'>entro tre mesi</date>",
    "la riunione di <date value='2025-01-23'>giovedì 23</date>",
    "chiude <date kind='period' start_date='2025-01-21' end_date='2025-01-26'>il resto della settimana</date>",  # noqa: E501
    "la riunione <date kind='time' value='T15'>alle 15</date>",
    "il mercato apre <date kind='set' value='XXXX-WXX-1T09'>alle 9 ogni lunedì</date>",
    "un mandato di <date kind='duration' duration='P20Y'>vent'anni</date>",
    "ricavi nel <date value='2022'>2022</date>, il triplo dell'<date value='2021'>anno prima</date>",
    "se ne parla da <date kind='duration' value='PXM'>mesi</date>",
    "l'operazione, annunciata a <date value='2024-03'>marzo</date>, vale 2 miliardi",
    "i lavori partiranno a <date value='2025-05'>maggio</date>",
    "hanno firmato <date value='2025-01-17'>venerdì</date> un accordo",
    "il voto di <date kind='time' value='2025-01-20TEV'>ieri sera</date>",
    "un rialzo <date kind='period' value='PXM' start_date='none'>negli ultimi mesi</date>",
    "dovrebbe concludersi <date modifier='end_bound' end_date='2025-12-31'>entro il 31 dicembre</date>",
    "un minimo di 5 milioni di dollari <date kind='set' value='P1Y'>ogni anno</date>",
]

NO_REFERENCE_CASES = [  # without a publication date: TIMEX placeholders, never today's date
    "firmato <date value='XXXX-XX-XX' relative='True' start_date='none'>ieri</date>",
    "consegna <date value='XXXX-03' relative='True'>a marzo</date>",
    "accordo del <date value='XXXX-10-02' relative='True'>2 ottobre</date>",
    "incontro <date value='XXXX-WXX-5' relative='True'>venerdì</date>",
    "nel <date value='2019' relative='False'>2019</date>",
]

NOT_DATES = [  # amounts, decimals, percentages and ranking ordinals are never dates
    "royalty tra l'8 e il 14 per cento delle vendite",
    "una quota tra il 5 e il 7% del capitale",
    "un investimento di 14 miliardi di dollari",
    "la quota sale al 15% e poi al 20 per cento",
    "il titolo guadagna il 2,5 e il fatturato cresce di 3,6 volte",
    "il primo premio e il secondo posto",
    "al 27° piano della torre",
    "ha chiuso il quarto trimestre consecutivo in crescita",
    "il 25° anniversario",
    "1.500 dipendenti e 2.100 filiali",
    "un bond da 500 milioni al 4,125%",
    "i voti furono 12 15 18 e 21",  # a list of figures: no day or hour opens inside it
]

NUMBER_SHAPE_CASES = [  # number anchors try only the patterns their written shape allows
    "la scadenza del <date value='2025-04-22'>22/04/2025</date>",
    "le quote <date kind='period' start_date='2025-03-04' end_date='2025-03-22'>dal 4 - 22 marzo</date>",
    "consegne <date kind='period' value='2026-H2'>nella seconda metà del 2026</date>",
    "apertura <date kind='time' value='T15:30'>alle 15:30</date>",
    "sedute <date kind='period' start_date='2025-02-03' end_date='2025-02-07'>dal 3 al 7 febbraio</date>",
]


@pytest.mark.parametrize("annotated", ISSUE_CASES)
def test_issue_examples(nlp, annotated):
    check(nlp, annotated)


@pytest.mark.parametrize("annotated", NEWS_CASES)
def test_news_cases(nlp, annotated):
    check(nlp, annotated)


@pytest.mark.parametrize("annotated", NO_REFERENCE_CASES)
def test_without_publication_date(nlp, annotated):
    check(nlp, annotated, published=None)


@pytest.mark.parametrize("annotated", NUMBER_SHAPE_CASES)
def test_number_shapes(nlp, annotated):
    check(nlp, annotated)


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(nlp, text):
    assert run(nlp, text) == []


def test_records_are_plain_sorted_and_numbered(nlp):
    records = run(nlp, "dal 2019 al 2021, poi ieri e tra due anni")
    assert [r["id"] for r in records] == [f"D{i}" for i in range(1, len(records) + 1)]
    assert [r["start"] for r in records] == sorted(r["start"] for r in records)
    assert all(isinstance(v, (str, int, bool, type(None))) for r in records for v in r.values())


def test_extension_is_a_fresh_list(nlp):
    doc = nlp("nessuna data qui")
    assert doc._.itnews_dates == []


@pytest.mark.shared
def test_seed_article():
    seed = SHARED / "seed" / "000_e7c281f085c722e3.txt"
    if not seed.exists():
        pytest.skip("../shared is absent")
    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("itnews_dates")
    records = run(nlp, seed.read_text(encoding="utf-8"), "2025-01-21")
    by_text = {r["text"]: r for r in records}
    assert any(r["value"] == "2019" and r["granularity"] == "year" for r in records)
    end_bound = [r for r in records if r["value"] == "2030"]
    assert end_bound and end_bound[0]["modifier"] == "end_bound" and end_bound[0]["granularity"] == "year"
    period = next(r for t, r in by_text.items() if "prossimi quattro anni" in t)
    assert (period["start_date"], period["end_date"], period["duration"]) == (
        "2025-01-21",
        "2029-01-20",
        "P4Y",
    )
    lower = next(r for t, r in by_text.items() if "almeno altri cinque anni" in t)
    assert (lower["duration"], lower["modifier"]) == ("P5Y", "lower_bound")
    assert not any("miliardi" in r["text"] for r in records)


def test_tokenized_elisions_resolve_like_written_ones():
    """Corpora that space tokens ("l' altro ieri", KIND's Wikinews text) must not break the lookups."""
    res = pipeline.extract("L' altro ieri , l' altroieri", published="2025-01-21", model="blank")
    assert [d.value for d in res.dates] == ["2025-01-19", "2025-01-19"]
