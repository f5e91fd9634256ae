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

from pipeline.errors import E003_NO_SUCH_PATH, UsageError

#: A shard ends after a file whose path hash is divisible by this (average shard size)...
AVERAGE_SHARD_FILES = 16
#: ...or when it holds this many files.
MAX_SHARD_FILES = 64


@dataclass(frozen=True)
class InputFile:
    """One input file: where it is, the folder its doc_id is relative to, and its content hash."""

    path: str
    root: str
    sha256: str

    @property
    def relative(self) -> str:
        return Path(os.path.relpath(self.path, self.root)).as_posix()


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
    """Every file under ``paths`` (folders searched recursively), in a deterministic order."""
    files: list[InputFile] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                (p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")),
                key=lambda p: p.relative_to(path).as_posix(),
            )
            files.extend(InputFile(str(p), str(path), _hash_file(p)) for p in found)
        elif path.exists():
            files.append(InputFile(str(path), str(path.parent), _hash_file(path)))
        else:
            raise UsageError(E003_NO_SUCH_PATH.format(path=path))
    return files


def _boundary(relative: str) -> bool:
    digest = hashlib.blake2b(relative.encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") % AVERAGE_SHARD_FILES == 0


def plan_shards(files: Sequence[InputFile], fingerprint: str) -> list[Shard]:
    """Cut ``files`` into shards whose boundaries depend on file paths only."""
    shards: list[Shard] = []
    current: list[InputFile] = []

    def close() -> None:
        if current:
            payload = json.dumps([fingerprint, [(f.relative, f.root, f.sha256) for f in current]])
            shards.append(Shard(hashlib.sha256(payload.encode()).hexdigest()[:20], tuple(current)))
            current.clear()

    for item in files:
        current.append(item)
        if _boundary(item.relative) or len(current) >= MAX_SHARD_FILES:
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
