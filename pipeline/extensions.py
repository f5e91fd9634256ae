"""Every ``Doc._`` extension the itnews components read or write, registered in one place.

Values are plain data (str, int, bool, None, lists and dicts of those) so that Docs can travel
between ``nlp.pipe(n_process=N)`` workers: amounts are decimal strings, dates ISO strings.

Contract for the extractor outputs (each a list of dicts, sorted by ``start``):

``itnews_orgs``   id ("O1"...), start, end, text, name, org_key, source
``itnews_money``  id ("M1"...), start, end, text, amount (str), amount_max (str|None),
                  currency (ISO 4217|None), currency_inferred (bool), qualifier, unit (str|None)
``itnews_dates``  id ("D1"...), start, end, text, kind, value, start_date, end_date, duration,
                  granularity, relative (bool), modifier (str|None)
``itnews_terms``  id ("T1"...), start, end, text, type, status, certainty, parties (list[str]),
                  party_ids (list[str]), party_roles (list[str]), amount, currency, money_id,
                  percentage, start_date, end_date, duration, date_ids (list[str]),
                  agreement_id, mentions (list[[start, end]])

``itnews_public_heads``  id (the id of the body's named mention), start, end, text, name, org_key,
                  source: a public body's head noun alone ("il Comune", "la Regione") naming the one
                  body of that kind the article names; no organization mention of its own (the gold
                  conventions leave descriptions out), but the party of the terms it signs

``start``/``end`` are character offsets into ``doc.text`` (end exclusive).
"""

from __future__ import annotations

import numpy
from spacy.attrs import ORTH, SPACY
from spacy.strings import StringStore
from spacy.tokens import Doc

#: Inputs set by the caller before the pipeline runs.
INPUT_EXTENSIONS = {
    "itnews_published": None,  # ISO date string of the article's publication, or None
    "itnews_doc_id": None,
    "itnews_title": None,  # the article's headline, or None: it names the company the article is about
}

#: Outputs written by the itnews components.
OUTPUT_EXTENSIONS = ("itnews_orgs", "itnews_public_heads", "itnews_money", "itnews_dates", "itnews_terms")


#: Key in ``doc.user_data`` under which the Doc's text is kept once computed (or given by the API).
TEXT_KEY = "itnews_text"


#: Token text with its trailing space, by the 16 bytes of the token's (ORTH, SPACY) columns. String
#: hashes are a pure function of the string, so the table holds across vocabularies.
_PIECES: dict[bytes, str] = {}
_MAX_PIECES = 500_000


def _piece(key: bytes, strings: StringStore) -> str:
    orth, space = (int(value) for value in numpy.frombuffer(key, dtype=numpy.uint64))
    piece = strings[orth] + " " if space else strings[orth]
    if len(_PIECES) < _MAX_PIECES:
        _PIECES[key] = piece
    return piece


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc and shared by every component.

    Joins each token's text and trailing space, looked up by the raw bytes of the ORTH/SPACY columns
    (five times faster than ``Doc.text``, which builds a Token object per token), and keeps the result
    in ``doc.user_data`` (``pipeline.extract`` puts the input text there directly).
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        strings = doc.vocab.strings
        keys = numpy.ascontiguousarray(doc.to_array([ORTH, SPACY]), dtype=numpy.uint64).view("V16").ravel()
        get = _PIECES.get
        text = "".join([get(key) or _piece(key, strings) for key in keys.tolist()]) if len(doc) else ""
        doc.user_data[TEXT_KEY] = text
    return text


def register_extensions() -> None:
    """Register the itnews ``Doc._`` extensions; safe to call many times."""
    for name, default in INPUT_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name in OUTPUT_EXTENSIONS:
        if not Doc.has_extension(name):
            # A getter-free default of None: components always assign a fresh list.
            Doc.set_extension(name, default=None)


register_extensions()
