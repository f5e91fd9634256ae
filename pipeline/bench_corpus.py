"""Build the deterministic benchmark folder: many articles recombined from the paragraphs of a corpus.

The source is ``corpora/samples`` by default, or any folder: article files the readers understand
(``.txt``, ``.md``, ``.json``, ``.jsonl``, ``.html``) and token-per-line files (``.tsv``, ``.conll``,
``.iob``: one token in the first column, a blank line between sentences, as in KIND). A fixed seed
shuffles the paragraphs and deals them into articles of a few paragraphs each, written as ``.txt``
files with front matter (title, published) in sub-folders of ``ARTICLES_PER_FOLDER`` articles. The same
source, size and seed always give the same bytes; a stamp file next to the folder lets a second run
reuse it.
"""

from __future__ import annotations

import hashlib
import json
import random
import shutil
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from pathlib import Path

#: The seed that makes the benchmark folder the same on every machine.
SEED = 20250121
#: Paragraphs per generated article (inclusive bounds).
PARAGRAPHS_PER_ARTICLE = (3, 8)
ARTICLES_PER_FOLDER = 100
#: Token-per-line files: the token is the first tab-separated column.
TOKEN_FILE_SUFFIXES = (".tsv", ".conll", ".iob")
#: Sentences of a token file grouped into one paragraph.
SENTENCES_PER_PARAGRAPH = 4
FIRST_PUBLISHED = date(2024, 1, 1)

_NO_SPACE_BEFORE = frozenset(".,;:!?)]}»%")
_NO_SPACE_AFTER = frozenset("([{«")


@dataclass(frozen=True)
class CorpusInfo:
    """What a benchmark folder holds: where, how many files and words, and what it was built from."""

    folder: str
    source: str
    seed: int
    files: int
    words: int
    paragraphs_available: int


def count_words(text: str) -> int:
    """Whitespace-separated words: the unit of every words/s figure of the benchmark.

    >>> count_words("Enel ha firmato  un accordo.\\n")
    5
    """
    return len(text.split())


def _join_tokens(tokens: list[str]) -> str:
    """A readable sentence from tokens: no space before closing punctuation or after an apostrophe.

    >>> _join_tokens(["L'", "azienda", "(", "Acme", ")", "cresce", "del", "5", "%", "."])
    "L'azienda (Acme) cresce del 5%."
    """
    out = ""
    for token in tokens:
        glue = (
            not out or token[0] in _NO_SPACE_BEFORE or out[-1] in _NO_SPACE_AFTER or out.endswith(("'", "’"))
        )
        out += token if glue else " " + token
    return out


def _token_file_paragraphs(path: Path) -> list[str]:
    sentences: list[str] = []
    tokens: list[str] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        token = line.split("\t", 1)[0].strip()
        if token:
            tokens.append(token)
        elif tokens:
            sentences.append(_join_tokens(tokens))
            tokens = []
    if tokens:
        sentences.append(_join_tokens(tokens))
    step = SENTENCES_PER_PARAGRAPH
    return [" ".join(sentences[i : i + step]) for i in range(0, len(sentences), step)]


def source_paragraphs(source: Path) -> list[str]:
    """Every non-blank paragraph of the articles and token files under ``source``, in a stable order."""
    from pipeline.read import iter_articles

    paragraphs: list[str] = []
    files = sorted(p for p in source.rglob("*") if p.is_file() and not p.name.startswith("."))
    token_files = [p for p in files if p.suffix.lower() in TOKEN_FILE_SUFFIXES]
    article_files = [p for p in files if p.suffix.lower() not in TOKEN_FILE_SUFFIXES]
    for article in iter_articles(article_files, root=source) if article_files else ():
        if article.ok:
            paragraphs.extend(p.strip() for p in article.text.split("\n\n") if p.strip())
    for path in token_files:
        paragraphs.extend(_token_file_paragraphs(path))
    return paragraphs


def _source_digest(paragraphs: list[str]) -> str:
    digest = hashlib.sha256()
    for paragraph in paragraphs:
        digest.update(paragraph.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


def _article(rng: random.Random, pool: list[str], number: int) -> str:
    lo, hi = PARAGRAPHS_PER_ARTICLE
    body = [pool[rng.randrange(len(pool))] for _ in range(rng.randint(lo, hi))]
    title = " ".join(body[0].split()[:10]).replace('"', "'")
    published = FIRST_PUBLISHED + timedelta(days=rng.randrange(730))
    front = f'---\ntitle: "{title}"\npublished: {published.isoformat()}\nid: bench-{number:06d}\n---\n\n'
    return front + "\n\n".join(body) + "\n"


def build_corpus(
    folder: str | Path, words: int, source: str | Path | None = None, seed: int = SEED
) -> CorpusInfo:
    """Write (or reuse) a benchmark folder of at least ``words`` words; return what it holds.

    ``source`` defaults to the repository's ``corpora/samples``. Articles are added until the body
    words reach ``words``; the folder is rebuilt from scratch when its stamp does not match.
    """
    source_path = Path(source) if source else Path(__file__).resolve().parents[1] / "corpora" / "samples"
    if not source_path.is_dir():
        raise FileNotFoundError(f"benchmark source folder not found: {source_path}")
    paragraphs = source_paragraphs(source_path)
    if not paragraphs:
        raise ValueError(f"no paragraph of text found under {source_path}")
    target = Path(folder)
    wanted = {"source": _source_digest(paragraphs), "words": words, "seed": seed}
    stamp = target.parent / f"{target.name}.stamp.json"  # outside: the readers would read it
    if stamp.is_file():
        saved = json.loads(stamp.read_text(encoding="utf-8"))
        if saved.get("wanted") == wanted:
            return CorpusInfo(**saved["info"])
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    rng = random.Random(seed)
    pool = list(paragraphs)
    rng.shuffle(pool)
    total = files = 0
    while total < words:
        text = _article(rng, pool, files)
        sub = target / f"{files // ARTICLES_PER_FOLDER:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"article_{files:06d}.txt").write_text(text, encoding="utf-8")
        total += count_words(text.split("\n---\n", 1)[1])
        files += 1
    info = CorpusInfo(str(target), str(source_path), seed, files, total, len(paragraphs))
    stamp.write_text(json.dumps({"wanted": wanted, "info": asdict(info)}, indent=1), encoding="utf-8")
    return info


def load_texts(folder: str | Path) -> list[tuple[str, str, str | None]]:
    """``(doc_id, text, published ISO)`` of every readable article under ``folder``, in folder order."""
    from pipeline.read import iter_articles

    return [
        (a.doc_id, a.text, a.published.isoformat() if a.published else None)
        for a in iter_articles([folder])
        if a.ok
    ]
