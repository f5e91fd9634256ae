"""Every bad input gets an article with a clear status and message; reading goes on; nothing is lost.

The ``bad_inputs`` fixture GENERATES the folder (``tests/data/bad_inputs/`` layout, in a tmp dir):
no binary file is committed to the repository.
"""

from __future__ import annotations

import io
import json
import os
import random
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import pytest

import pipeline.read
from pipeline.read import Article, iter_articles, split_for_nlp

ITALIAN = "Perché la città di Milano ha speso 5 € in più, così è."
SUPPORTED = ".txt, .md, .json, .jsonl, .html, .htm"


def fake_pdf() -> bytes:
    """A small PDF as a PDF writer makes it: header, binary comment, a compressed content stream."""
    stream = zlib.compress(b"BT /F1 12 Tf 72 712 Td (Acme compra Beta) Tj ET" * 20)
    return (
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length "
        + str(len(stream)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


def zipped_docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<w:document>" + ITALIAN * 50 + "</w:document>")
    return buffer.getvalue()


def broken_jsonl() -> bytes:
    lines = [json.dumps({"text": f"Articolo numero {n}."}) for n in range(1, 15)]
    lines[11] = '{"text": "Articolo numero 12." "title": "manca la virgola"}'
    return ("\n".join(lines) + "\n").encode("utf-8")


@dataclass(frozen=True)
class Case:
    """A generated input file and the (doc_id, status, message) of each article it must give."""

    name: str
    content: bytes
    expected: tuple[tuple[str, str, str | None], ...]

    @property
    def id(self) -> str:
        return self.name


def one(name: str, content: bytes, status: str, message: str | None = None) -> Case:
    return Case(name, content, ((name, status, message),))


CASES = [
    # encodings that must come out right
    one("encodings/cp1252.txt", ITALIAN.encode("cp1252"), "ok"),
    one("encodings/latin1.txt", "Perché la città è cara, più di così.".encode("latin-1"), "ok"),
    one("encodings/utf8_bom.txt", b"\xef\xbb\xbf" + ITALIAN.encode("utf-8"), "ok"),
    one("encodings/utf16_bom.txt", ITALIAN.encode("utf-16"), "ok"),
    one("encodings/crlf.txt", b"Prima riga.\r\nSeconda riga.\r\n", "ok"),
    one("encodings/cr.txt", b"Prima riga.\rSeconda riga.\r", "ok"),
    one("encodings/nul_bytes.txt", b"Prima\x00 riga.\nSeconda riga.\x00\x00\x00", "ok"),
    # not text at all
    one("binary/renamed_pdf.txt", fake_pdf(), "error", "binary file"),
    one("binary/renamed_docx.txt", zipped_docx(), "error", "binary file"),
    one("binary/random.md", random.Random(8).randbytes(4096), "error", "binary file"),
    one(
        "binary/undecodable.txt",
        bytes(range(0x80, 0x100)) * 8,
        "error",
        "not UTF-8 and no encoding could be detected",
    ),
    # nothing in it
    one("empty/empty.txt", b"", "empty"),
    one("empty/whitespace.md", b" \n\t\n  \r\n", "empty"),
    one("empty/only_front_matter.md", b"---\ntitle: Solo titolo\n---\n\n", "empty"),
    one("empty/empty.jsonl", b"\n\n", "empty"),
    one("empty/blank_text.json", b'{"text": "   "}', "empty"),
    one(
        "empty/no_main_text.html",
        b"<html><head><title>T</title></head><body></body></html>",
        "empty",
        "no main text found in the HTML page",
    ),
    # broken JSON and missing fields
    one("json/no_text.json", b'{"title": "Senza testo"}', "error", "no text field"),
    one("json/null_text.json", b'{"text": null}', "error", "no text field"),
    one("json/text_not_string.json", b'{"text": 42}', "error", "text field is not a string"),
    one(
        "json/title_not_string.json",
        b'{"text": "Testo.", "title": ["a"]}',
        "error",
        "title field is not a string",
    ),
    one("json/list.json", b"[1, 2, 3]", "error", "expected a JSON object, got list"),
    one(
        "json/truncated.json",
        b'{\n  "text": "Testo tronc',
        "error",
        "invalid JSON at line 2: Unterminated string starting at (column 11)",
    ),
    one(
        "json/too_deep.json",
        b"[" * 100_000 + b"]" * 100_000,
        "error",
        "invalid JSON at line 1: nesting too deep",
    ),
    Case(
        "json/broken_line.jsonl",
        broken_jsonl(),
        tuple(
            (f"json/broken_line.jsonl#{n}", "ok", None)
            if n != 12
            else (
                f"json/broken_line.jsonl#{n}",
                "error",
                "invalid JSON at line 12: Expecting ',' delimiter (column 32)",
            )
            for n in range(1, 15)
        ),
    ),
    # bad publication dates: an error on the article, not a crash
    one(
        "dates/bad_published.md",
        b"---\npublished: 31/02/2025\n---\nTesto.",
        "error",
        "invalid published date '31/02/2025'",
    ),
    one(
        "dates/relative_published.json",
        b'{"text": "Testo.", "published": "ieri"}',
        "error",
        "invalid published date 'ieri'",
    ),
    one(
        "dates/number_published.json",
        b'{"text": "Testo.", "published": 20250101}',
        "error",
        "invalid published date 20250101",
    ),
    # files that are not articles
    one("other/foto.docx", b"PK\x03\x04", "skipped", f"unsupported file type .docx (supported: {SUPPORTED})"),
    one("other/LEGGIMI", b"Leggimi.", "skipped", f"unsupported file type (none) (supported: {SUPPORTED})"),
    one("other/locked.txt", ITALIAN.encode("utf-8"), "error", "permission denied"),
]


def generate_bad_inputs(folder: Path, *, named_pipe: bool = True) -> Path:
    """Write every case under ``folder``, plus a dangling link and (where the OS allows) a named pipe."""
    for case in CASES:
        path = folder / case.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(case.content)
    (folder / "other" / "locked.txt").chmod(0)
    os.symlink(folder / "no_such_target.txt", folder / "other" / "dangling.txt")
    if named_pipe and hasattr(os, "mkfifo"):
        os.mkfifo(folder / "other" / "pipe.txt")
    return folder


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> Path:
    """The ``tests/data/bad_inputs/`` folder, generated in a tmp dir."""
    return generate_bad_inputs(tmp_path_factory.mktemp("data") / "bad_inputs")


@pytest.fixture(scope="module")
def articles(bad_inputs) -> dict[str, Article]:
    """Read the folder once; as root (who may read anything) ``locked.txt`` is made unreadable by hand."""
    real_open = open

    def deny_locked(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        if os.geteuid() == 0:
            patch.setattr(pipeline.read.files, "open", deny_locked, raising=False)
        found = list(iter_articles([bad_inputs], published="2025-01-21"))
    by_id = {article.doc_id: article for article in found}
    assert len(by_id) == len(found), "doc_ids must be unique"
    return by_id


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_bad_case_is_reported(articles, case):
    for doc_id, status, message in case.expected:
        article = articles[doc_id]
        assert (article.status, article.error) == (status, message)


@pytest.mark.parametrize(
    ("doc_id", "status", "message"),
    [
        ("other/dangling.txt", "error", "file not found"),
        ("other/pipe.txt", "error", "not a regular file"),
    ],
)
def test_special_files_are_reported(articles, doc_id, status, message):
    if doc_id not in articles and not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this OS")
    assert (articles[doc_id].status, articles[doc_id].error) == (status, message)


def test_nothing_is_lost(articles):
    expected = {doc_id for case in CASES for doc_id, _, _ in case.expected}
    expected |= {"other/dangling.txt", "other/pipe.txt"} if hasattr(os, "mkfifo") else {"other/dangling.txt"}
    assert set(articles) == expected


@pytest.mark.parametrize(
    ("doc_id", "text", "encodings"),
    [
        ("encodings/cp1252.txt", ITALIAN, {"cp1252"}),
        ("encodings/latin1.txt", "Perché la città è cara, più di così.", {"cp1252", "latin_1", "iso8859_15"}),
        ("encodings/utf8_bom.txt", ITALIAN, {"utf-8-sig"}),
        ("encodings/utf16_bom.txt", ITALIAN, {"utf-16"}),
        ("encodings/crlf.txt", "Prima riga.\nSeconda riga.\n", {"utf-8"}),
        ("encodings/cr.txt", "Prima riga.\nSeconda riga.\n", {"utf-8"}),
        ("encodings/nul_bytes.txt", "Prima riga.\nSeconda riga.", {"utf-8"}),
    ],
)
def test_encodings_come_out_right(articles, doc_id, text, encodings):
    assert articles[doc_id].text == text
    assert articles[doc_id].encoding in encodings


def test_error_articles_keep_their_identity(articles):
    pdf = articles["binary/renamed_pdf.txt"]
    assert pdf.source.endswith("bad_inputs/binary/renamed_pdf.txt")
    assert pdf.sha256 is not None and len(pdf.sha256) == 64
    assert articles["dates/bad_published.md"].text == "Testo."


def test_large_file_is_read_and_split_in_bounded_pieces(tmp_path):
    paragraph = "Milano. Acme ha comprato Beta per 2 milioni di euro, perché la città lo chiede.\n\n"
    text = paragraph * (50_000_000 // len(paragraph))
    path = tmp_path / "dump.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = iter_articles([path])
    assert (article.status, len(article.text)) == ("ok", len(text))
    pieces = split_for_nlp(article.text)
    assert all(len(piece) <= 100_000 and piece.endswith("\n\n") for _, piece in pieces[:-1])
    assert sum(len(piece) for _, piece in pieces) == len(text)
    offset, piece = pieces[len(pieces) // 2]
    assert article.text[offset : offset + len(piece)] == piece


def test_long_line_without_punctuation_is_read(tmp_path):
    path = tmp_path / "riga.txt"
    path.write_text("a" * 1_000_000, encoding="utf-8")
    (article,) = iter_articles([path])
    assert len(article.text) == 1_000_000
    assert [len(piece) for _, piece in split_for_nlp(article.text)] == [100_000] * 10


def test_folder_run_reports_every_bad_case_and_extracts_every_sample(samples_dir, tmp_path):
    """The issue's acceptance run: bad cases plus the samples, in one folder, through ``process_folder``."""
    import shutil

    import pipeline

    folder = tmp_path / "in"
    generate_bad_inputs(folder / "bad_inputs", named_pipe=False)  # the folder listing leaves pipes out
    shutil.copytree(samples_dir, folder / "samples")
    samples = {f"samples/{a.doc_id}" for a in iter_articles([samples_dir])}
    real_open = open

    def deny_locked(path, *args, **kwargs):
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        if os.geteuid() == 0:
            patch.setattr(pipeline.read.files, "open", deny_locked, raising=False)
        summary = pipeline.process_folder(
            [folder], out=tmp_path / "out", formats=("csv",), jobs=1, model="blank"
        )
    documents = pipeline.read_tables(tmp_path / "out")["documents"].set_index("doc_id")
    for case in CASES:
        for doc_id, status, message in case.expected:
            row = documents.loc[f"bad_inputs/{doc_id}"]
            assert (row["status"], row["error"] if status != "ok" and message else None) == (status, message)
    assert set(documents.loc[sorted(samples), "status"]) == {"ok"}
    assert summary.documents == len(documents)


def test_one_article_the_extractors_choke_on_does_not_stop_the_run(tmp_path):
    """An article whose records cannot be written (an amount past the table's decimal range) is one row."""
    import pipeline

    folder = tmp_path / "in"
    texts = {
        "a_enorme.txt": "Acme ha pagato 1000000000000000000000000000000000000000 euro.",
        "b_normale.txt": "Beta ha firmato un accordo con Acme per 5 milioni di euro.",
    }
    for name, text in texts.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    pipeline.process_folder([folder], out=tmp_path / "out", formats=("csv",), jobs=1, model="blank")
    documents = pipeline.read_tables(tmp_path / "out")["documents"].set_index("doc_id")
    assert documents.loc["b_normale.txt", "status"] == "ok"
    assert documents.loc["a_enorme.txt", "status"] in {"ok", "error"}
