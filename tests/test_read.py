"""Readers: every input format, encodings, front matter, order and doc_id stability, chunking."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from pipeline.errors import UsageError
from pipeline.read import SUPPORTED_SUFFIXES, Article, iter_articles, parse_published, split_for_nlp
from pipeline.read.article import sha256_hex
from pipeline.read.front_matter import split_front_matter

ITALIAN = "Perché la città di Milano ha speso 5 € in più, così è."


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def read_all(*paths: Path, **options) -> list[Article]:
    return list(iter_articles(list(paths), **options))


def read_one(path: Path, **options) -> Article:
    (article,) = read_all(path, **options)
    return article


# --- formats ---------------------------------------------------------------------------------------


def test_supported_suffixes():
    assert set(SUPPORTED_SUFFIXES) == {".txt", ".md", ".json", ".jsonl", ".html", ".htm"}


def test_plain_text_file(tmp_path):
    path = write(tmp_path, "notizia.txt", ITALIAN + "\n\nSecondo paragrafo.\n")
    article = read_one(path, published="2025-01-21")
    assert article.text == ITALIAN + "\n\nSecondo paragrafo.\n"
    assert (article.doc_id, article.source, article.status, article.error) == (
        "notizia.txt",
        path.as_posix(),
        "ok",
        None,
    )
    assert (article.title, article.published, article.encoding) == (None, date(2025, 1, 21), "utf-8")
    assert article.sha256 == sha256_hex(path.read_bytes())


def test_markdown_front_matter(tmp_path):
    text = (
        "---\ntitle: Acme compra Beta\npublished: 2025-03-04\nurl: https://example.it/a\n"
        "id: acme-1\n---\n\n\nMilano. Acme compra Beta.\n"
    )
    article = read_one(write(tmp_path, "a.md", text), published="2025-01-21")
    assert article.text == "Milano. Acme compra Beta.\n"
    assert (article.title, article.published, article.url, article.external_id) == (
        "Acme compra Beta",
        date(2025, 3, 4),
        "https://example.it/a",
        "acme-1",
    )


def test_json_object(tmp_path):
    fields = {"text": ITALIAN, "title": " Titolo\n su due righe ", "published": "4 marzo 2025", "id": 7}
    article = read_one(write(tmp_path, "a.json", json.dumps(fields)))
    assert (article.text, article.title, article.published, article.external_id, article.status) == (
        ITALIAN,
        "Titolo su due righe",
        date(2025, 3, 4),
        "7",
        "ok",
    )


def test_jsonl_one_article_a_line(tmp_path):
    lines = [json.dumps({"text": "Uno."}), "", json.dumps({"text": "Tre.", "published": "2025-02-01"})]
    path = write(tmp_path, "lotto.jsonl", "\n".join(lines) + "\n")
    first, third = read_all(path, published="2025-01-21")
    assert (first.doc_id, first.text, first.published) == ("lotto.jsonl#1", "Uno.", date(2025, 1, 21))
    assert (third.doc_id, third.text, third.published) == ("lotto.jsonl#3", "Tre.", date(2025, 2, 1))
    assert third.sha256 == sha256_hex(lines[2].encode("utf-8"))
    assert first.source == third.source == path.as_posix()


def test_jsonl_keeps_unicode_line_separator_inside_strings(tmp_path):
    path = write(tmp_path, "a.jsonl", json.dumps({"text": "uno\u2028due"}, ensure_ascii=False) + "\n")
    assert read_one(path).text == "uno\ndue"


HTML_PAGE = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8">
<title>Acme compra Beta | Il Giornale</title>
<meta property="og:title" content="Acme compra Beta per 2 milioni">
<meta property="article:published_time" content="2025-03-04T10:00:00+01:00"></head>
<body><nav><a href="/">Home</a> <a href="/economia">Economia</a></nav>
<article><h1>Acme compra Beta</h1>
<p>Milano, 4 marzo. Acme ha annunciato l'acquisto di Beta per 2 milioni di euro.</p>
<p>L'operazione si chiuderà entro il secondo trimestre del 2025, perché la città lo chiede.</p>
</article><footer>Copyright 2025 Il Giornale SpA - Partita IVA 0123456789</footer></body></html>"""


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_html_page(tmp_path, suffix):
    article = read_one(write(tmp_path, "pagina" + suffix, HTML_PAGE), published="2025-01-21")
    paragraphs = article.text.split("\n\n")
    assert "Milano, 4 marzo. Acme ha annunciato l'acquisto di Beta per 2 milioni di euro." in paragraphs
    assert paragraphs[-1].startswith("L'operazione si chiuderà entro il secondo trimestre")
    assert "Copyright" not in article.text and "Home" not in article.text
    assert (article.title, article.published, article.status) == (
        "Acme compra Beta per 2 milioni",
        date(2025, 3, 4),
        "ok",
    )


def test_html_without_metadata_takes_the_default_date(tmp_path):
    page = "<html><body><p>Breve notizia di economia su Acme.</p></body></html>"
    article = read_one(write(tmp_path, "p.html", page), published="2025-01-21")
    assert (article.text, article.published) == ("Breve notizia di economia su Acme.", date(2025, 1, 21))


# --- encodings and characters ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("encoding", "recorded"),
    [
        ("utf-8", {"utf-8"}),
        ("utf-8-sig", {"utf-8-sig"}),
        ("utf-16", {"utf-16"}),  # with BOM, native order
        ("utf-16-le-bom", {"utf-16"}),
        ("utf-16-be-bom", {"utf-16"}),
        ("cp1252", {"cp1252"}),
    ],
)
def test_encodings(tmp_path, encoding, recorded):
    boms = {"utf-16-le-bom": (b"\xff\xfe", "utf-16-le"), "utf-16-be-bom": (b"\xfe\xff", "utf-16-be")}
    bom, codec = boms.get(encoding, (b"", encoding))
    article = read_one(write(tmp_path, "a.txt", bom + ITALIAN.encode(codec)))
    assert (article.text, article.status) == (ITALIAN, "ok")
    assert article.encoding in recorded


@pytest.mark.parametrize(
    "text",
    [
        "Perché la città è cara.",
        "Più di così non si può: è già così.",
        "L'attività dell'ente è cresciuta perché i ricavi sono saliti del 5%.",
    ],
)
def test_latin1_italian_is_read_right(tmp_path, text):
    article = read_one(write(tmp_path, "a.txt", text.encode("latin-1")))
    assert article.text == text
    assert article.encoding in {"cp1252", "latin_1", "iso8859_15"}


def test_utf16_without_bom(tmp_path):
    article = read_one(write(tmp_path, "a.txt", ITALIAN.encode("utf-16-le")))
    assert (article.text, article.encoding) == (ITALIAN, "utf-16-le")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("uno\r\ndue\r\n", "uno\ndue\n"),  # Windows line ends
        ("uno\rdue\r", "uno\ndue\n"),  # old Mac line ends
        ("uno\x00due", "unodue"),  # NUL byte
        ("uno\x07\x1bdue", "unodue"),  # bell and escape controls
        ("uno\x0cdue", "uno\ndue"),  # form feed (page break)
        ("uno\u2029due", "uno\n\ndue"),  # Unicode paragraph separator
        ("\ufeffuno", "uno"),  # a BOM inside the text
        ("perche\u0301", "perché"),  # decomposed accent -> NFC
        ("uno\tdue", "uno\tdue"),  # tabs stay
    ],
)
def test_line_ends_and_controls(tmp_path, raw, expected):
    assert read_one(write(tmp_path, "a.txt", raw)).text == expected


# --- front matter ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fields", "body"),
    [
        ("---\ntitle: T\n---\nTesto", {"title": "T"}, "Testo"),
        ("---\ntitle: 'T: sottotitolo'\n---\nTesto", {"title": "T: sottotitolo"}, "Testo"),
        ('---\nTitle: "T"\nDATE: 2025\n...\nTesto', {"title": "T", "date": "2025"}, "Testo"),
        ("---\n# commento\n\ntitle: T\n---\n\n\nTesto", {"title": "T"}, "Testo"),
        ("---   \ntitle: T\n---  \nTesto", {"title": "T"}, "Testo"),
        ("---\ntitle: T\nTesto senza chiusura", {}, "---\ntitle: T\nTesto senza chiusura"),
        ("---\nuna riga qualsiasi\n---\nTesto", {}, "---\nuna riga qualsiasi\n---\nTesto"),
        ("Testo\n---\ntitle: T\n---\n", {}, "Testo\n---\ntitle: T\n---\n"),
        ("---\ntitle: T\n---", {"title": "T"}, ""),
    ],
)
def test_split_front_matter(text, fields, body):
    assert split_front_matter(text) == (fields, body)


def test_front_matter_too_long_is_text():
    text = "---\n" + "".join(f"k{n}: v\n" for n in range(60)) + "---\nTesto"
    assert split_front_matter(text) == ({}, text)


def test_front_matter_with_crlf(tmp_path):
    article = read_one(write(tmp_path, "a.txt", "---\r\ntitle: T\r\n---\r\n\r\nTesto.\r\n"))
    assert (article.title, article.text) == ("T", "Testo.\n")


# --- published ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, None),
        ("", None),
        ("2025-03-04", date(2025, 3, 4)),
        ("2025-03-04T23:30:00-05:00", date(2025, 3, 4)),
        ("4 marzo 2025", date(2025, 3, 4)),
        ("04/03/2025", date(2025, 3, 4)),
        ("Tue, 04 Mar 2025 10:00:00 GMT", date(2025, 3, 4)),
        (date(2025, 3, 4), date(2025, 3, 4)),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["oggi", "ieri", "marzo 2025", "32/13/2025", "2025-02-30", "banana", 2025])
def test_parse_published_rejects(value):
    with pytest.raises(ValueError, match="invalid published date"):
        parse_published(value)


def test_published_is_never_today(tmp_path):
    assert read_one(write(tmp_path, "a.txt", "Testo.")).published is None


def test_document_date_wins_over_default(tmp_path):
    path = write(tmp_path, "a.txt", "---\npublished: 2024-12-31\n---\nTesto.")
    assert read_one(path, published=date(2025, 1, 21)).published == date(2024, 12, 31)


def test_bad_default_published_raises_at_once(tmp_path):
    write(tmp_path, "a.txt", "Testo.")
    with pytest.raises(UsageError, match="E001"):
        iter_articles([tmp_path], published="domani")


def test_missing_path_raises_at_once(tmp_path):
    with pytest.raises(FileNotFoundError, match="E003: no such file or folder"):
        iter_articles([tmp_path / "manca"])
    with pytest.raises(UsageError):
        iter_articles([tmp_path / "manca"])


# --- order and doc_id --------------------------------------------------------------------------------

TREE = ["b.txt", "a.md", "sub/z.json", "sub/deeper/c.txt", "A.txt", "sub-x.txt", "x/y.jsonl"]


def make_tree(folder: Path, order: list[str]) -> None:
    for name in order:
        content = json.dumps({"text": name}) if name.endswith((".json", ".jsonl")) else name
        write(folder, name, content)


def test_order_does_not_depend_on_creation_order(tmp_path):
    orders = [TREE, list(reversed(TREE)), random.Random(7).sample(TREE, len(TREE))]
    listings = []
    for index, order in enumerate(orders):
        folder = tmp_path / str(index)
        make_tree(folder, order)
        listings.append([(a.doc_id, a.text) for a in iter_articles([folder])])
    assert listings[0] == listings[1] == listings[2]
    assert [doc_id for doc_id, _ in listings[0]] == [
        "A.txt",
        "a.md",
        "b.txt",
        "sub/deeper/c.txt",
        "sub/z.json",
        "sub-x.txt",
        "x/y.jsonl#1",
    ]


def test_doc_ids_are_relative_to_the_folder_or_root(tmp_path):
    make_tree(tmp_path / "corpus", TREE)
    from_folder = [a.doc_id for a in iter_articles([tmp_path / "corpus" / "sub"])]
    assert from_folder == ["deeper/c.txt", "z.json"]
    with_root = [a.doc_id for a in iter_articles([tmp_path / "corpus" / "sub"], root=tmp_path / "corpus")]
    assert with_root == ["sub/deeper/c.txt", "sub/z.json"]
    single = read_one(tmp_path / "corpus" / "sub" / "z.json", root=tmp_path / "corpus")
    assert (single.doc_id, single.source) == ("sub/z.json", (tmp_path / "corpus/sub/z.json").as_posix())
    assert read_one(tmp_path / "corpus" / "sub" / "z.json").doc_id == "z.json"


def test_each_file_once_and_hidden_files_left_out(tmp_path):
    make_tree(tmp_path, ["a.txt", ".nascosto.txt", ".git/config.txt"])
    articles = read_all(tmp_path, tmp_path / "a.txt", tmp_path)
    assert [a.doc_id for a in articles] == ["a.txt"]


def test_suffixes_are_case_insensitive(tmp_path):
    assert read_one(write(tmp_path, "NOTIZIA.TXT", "Testo.")).status == "ok"


# --- split_for_nlp -----------------------------------------------------------------------------------


def assert_pieces_cover(text: str, pieces: list[tuple[int, str]], max_chars: int) -> None:
    assert "".join(piece for _, piece in pieces) == text
    for offset, piece in pieces:
        assert 0 < len(piece) <= max_chars
        assert text[offset : offset + len(piece)] == piece


@pytest.mark.parametrize(
    ("text", "max_chars", "expected"),
    [
        ("Breve.", 100, [(0, "Breve.")]),
        ("", 100, []),
        ("Uno due.\n\nTre quattro.", 15, [(0, "Uno due.\n\n"), (10, "Tre quattro.")]),  # paragraph
        ("Uno due. Tre quattro.", 15, [(0, "Uno due. "), (9, "Tre quattro.")]),  # sentence end
        ("uno due tre quattro", 10, [(0, "uno due "), (8, "tre "), (12, "quattro")]),  # whitespace
        ("abcdefghij", 4, [(0, "abcd"), (4, "efgh"), (8, "ij")]),  # hard cut
    ],
)
def test_split_for_nlp(text, max_chars, expected):
    assert split_for_nlp(text, max_chars) == expected


def test_split_prefers_paragraphs_over_sentences(tmp_path):
    paragraph = "Frase uno. Frase due. Frase tre.\n\n"
    text = paragraph * 200
    pieces = split_for_nlp(text, 1000)
    assert_pieces_cover(text, pieces, 1000)
    assert all(piece.endswith("\n\n") for _, piece in pieces[:-1])


def test_split_large_text_without_punctuation():
    text = ("parola " * 150_000)[:1_000_000]
    pieces = split_for_nlp(text)
    assert_pieces_cover(text, pieces, 100_000)
    assert len(pieces) == 10 or len(pieces) == 11


def test_split_rejects_zero_limit():
    with pytest.raises(ValueError):
        split_for_nlp("abc", 0)


# --- .jsonl streaming ----------------------------------------------------------------------------------


def test_jsonl_lines_are_decoded_one_by_one(tmp_path):
    utf8 = json.dumps({"text": "ciao città"}, ensure_ascii=False).encode("utf-8")
    cp1252 = json.dumps({"text": "perché 5 €"}, ensure_ascii=False).encode("cp1252")
    raw = utf8 + b"\n" + cp1252 + b"\r\n\n" + bytes(range(0x80, 0x100)) * 2 + b'\n{"text": "a\x00b"}'
    articles = read_all(write(tmp_path, "misto.jsonl", raw))
    assert [(a.doc_id, a.status, a.encoding, a.text, a.error) for a in articles] == [
        ("misto.jsonl#1", "ok", "utf-8", "ciao città", None),
        ("misto.jsonl#2", "ok", "cp1252", "perché 5 €", None),
        ("misto.jsonl#4", "error", None, "", "not UTF-8 and no encoding could be detected"),
        ("misto.jsonl#5", "ok", "utf-8", "ab", None),
    ]
    assert articles[1].sha256 == sha256_hex(cp1252)


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig"])
def test_jsonl_with_byte_order_mark(tmp_path, codec):
    text = json.dumps({"text": ITALIAN}, ensure_ascii=False) + "\n" + json.dumps({"text": "Due."}) + "\n"
    articles = read_all(write(tmp_path, "a.jsonl", text.encode(codec)))
    assert [(a.doc_id, a.text, a.encoding) for a in articles] == [
        ("a.jsonl#1", ITALIAN, codec),
        ("a.jsonl#2", "Due.", codec),
    ]


def test_file_over_the_size_limit_is_reported(tmp_path, monkeypatch):
    import pipeline.read.files

    monkeypatch.setattr(pipeline.read.files, "MAX_FILE_BYTES", 2**20)
    article = read_one(write(tmp_path, "dump.txt", b"x" * (3 * 2**20)))
    assert (article.status, article.error) == ("error", "file too large: 3 MB (limit 1 MB)")


# --- the seed article (read from ../shared, never copied) ----------------------------------------------


@pytest.mark.shared
def test_seed_article_reads_unchanged(seed_text, shared_dir, tmp_path):
    seed = shared_dir / "seed" / "000_e7c281f085c722e3.txt"
    article = read_one(seed, published="2025-01-21")
    assert (article.status, article.encoding, article.published) == ("ok", "utf-8", date(2025, 1, 21))
    assert article.text == seed_text.replace("\r\n", "\n")
    as_cp1252 = write(tmp_path, "seed_cp1252.txt", seed_text.encode("cp1252", errors="strict"))
    assert read_one(as_cp1252).text == article.text


def test_a_reader_bug_becomes_an_error_article(tmp_path, monkeypatch):
    import pipeline.read

    def broken(text, **_):
        raise RuntimeError("boom\nsecond line")
        yield

    monkeypatch.setitem(pipeline.read.READERS, ".txt", broken)
    write(tmp_path, "a.txt", "Testo.")
    write(tmp_path, "b.md", "Altro testo.")
    articles = read_all(tmp_path)
    assert [(a.doc_id, a.status, a.error) for a in articles] == [
        ("a.txt", "error", "reader failed: RuntimeError: boom"),
        ("b.md", "ok", None),
    ]
