"""Plan a folder run: list the input files, hash them, and cut them into stable shards.

Shards are cut where a file's path hash says so (content-defined chunking), so adding or changing a
file only changes the shard it falls in: the other shards keep their keys and are not processed again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import UsageError
from pipeline.read.files import InputFile as ReaderInput
from pipeline.read.files import check_paths, iter_input_files

#: A shard ends after a file whose path hash is divisible by this (average shard size)...
AVERAGE_SHARD_FILES = 16
#: ...or when it holds this many files.
MAX_SHARD_FILES = 64


@dataclass(frozen=True)
class InputFile:
    """One input as the readers list it (path, stable ``doc_id``, source), plus its content hash."""

    path: str
    doc_id: str
    source: str
    sha256: str
    folder_link: bool = False

    def for_reader(self) -> ReaderInput:
        """The readers' own description of this input."""
        return ReaderInput(Path(self.path), self.doc_id, self.source, self.folder_link)


@dataclass(frozen=True)
class Shard:
    """A group of input files processed together; ``key`` changes when any input or setting changes."""

    key: str
    files: tuple[InputFile, ...]


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    except OSError as exc:  # unreadable files still get a row; the reader reports why
        digest.update(f"unreadable:{exc.strerror}".encode())
    return digest.hexdigest()


def list_inputs(paths: Iterable[str | os.PathLike]) -> list[InputFile]:
    """Every input under ``paths``, listed by the readers' rules (order, doc_id, hidden files)."""
    try:
        found = list(iter_input_files(check_paths(paths)))
    except FileNotFoundError as exc:
        raise UsageError(str(exc)) from exc
    return [InputFile(str(f.path), f.doc_id, f.source, _hash_file(f.path), f.folder_link) for f in found]


def _boundary(relative: str) -> bool:
    digest = hashlib.blake2b(relative.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % AVERAGE_SHARD_FILES == 0


def plan_shards(files: Sequence[InputFile], fingerprint: str) -> list[Shard]:
    """Cut ``files`` into shards whose boundaries depend on file paths only."""
    shards: list[Shard] = []
    current: list[InputFile] = []

    def close() -> None:
        if current:
            payload = json.dumps([fingerprint, [(f.doc_id, f.source, f.sha256) for f in current]])
            shards.append(Shard(hashlib.sha256(payload.encode()).hexdigest()[:20], tuple(current)))
            current.clear()

    for item in files:
        current.append(item)
        if _boundary(item.doc_id) or len(current) >= MAX_SHARD_FILES:
            close()
    close()
    return shards


def pipeline_fingerprint(model: str, published: str | None) -> str:
    """A hash of the code, data files and settings that decide the output (for incremental runs)."""
    digest = hashlib.sha256(f"{model}\0{published}".encode())
    package = Path(__file__).resolve().parents[1]
    for path in sorted(package.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".json", ".jsonl", ".txt", ".cfg"}:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    model_dir = Path(model)
    if (model_dir / "meta.json").exists():
        digest.update((model_dir / "meta.json").read_bytes())
    return digest.hexdigest()[:20]
