"""Which files to read, in which order, under which ``doc_id``.

Folders are searched recursively; files are listed in sorted order of their path relative to the
folder (compared part by part, by code point), so the order never depends on the file system or on
the order files were created in. Names starting with ``.`` (``.git``, ``.DS_Store``) are not
articles and are left out. Links to folders are not followed (they are listed as skipped, so
nothing disappears silently); links to files are read.

An itnews output folder (``manifest.json`` beside ``parts/``) met inside an input folder, as when
``-o`` points inside the articles' folder, is left out: its tables are no articles. Given as the input
itself, it is a usage error (``E007``).

``doc_id`` is the POSIX path relative to ``root`` when given (and the file lies under it), else
relative to the folder argument the file was found in, else (a file argument) the file's name.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from pipeline.errors import E003_NO_SUCH_PATH, E007_OUTPUT_AS_INPUT, UsageError
from pipeline.read.errors import (
    CANNOT_READ,
    FILE_NOT_FOUND,
    FILE_TOO_LARGE,
    NOT_A_REGULAR_FILE,
    PERMISSION_DENIED,
    ReadError,
)

#: Files larger than this are reported, not read: one article of this size is a dump, not news.
#: (UTF-8 and single-byte ``.jsonl`` files are streamed line by line and have no limit.)
MAX_FILE_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class InputFile:
    """A path to read, its stable ``doc_id`` and its ``source`` (the path as found, POSIX style).

    ``folder_link`` marks a link to a folder, which is reported but not followed.
    """

    path: Path
    doc_id: str
    source: str
    folder_link: bool = False


class MissingPathError(UsageError, FileNotFoundError):
    """A path given to the readers does not exist (a usage error: the CLI exits 2 with its message)."""


def check_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The paths as ``Path`` objects; raise ``MissingPathError`` for one that does not exist."""
    checked = [Path(path) for path in paths]
    for path in checked:
        if not path.exists():
            raise MissingPathError(E003_NO_SUCH_PATH.format(path=path))
        if is_output_folder(path):
            raise UsageError(E007_OUTPUT_AS_INPUT.format(path=path))
    return checked


def is_output_folder(path: Path) -> bool:
    """Whether ``path`` is a folder an itnews extraction wrote (``manifest.json`` beside ``parts/``)."""
    return path.is_dir() and (path / "manifest.json").is_file() and (path / "parts").is_dir()


def iter_input_files(paths: Iterable[Path], *, root: Path | None = None) -> Iterator[InputFile]:
    """Yield every file under ``paths`` once (first occurrence wins), in deterministic order."""
    seen: set[str] = set()
    for path in paths:
        found = _walk_folder(path, root) if path.is_dir() else [_single_file(path, root)]
        for input_file in found:
            key = os.path.normcase(os.path.abspath(input_file.path))
            if key not in seen:
                seen.add(key)
                yield input_file


def _walk_folder(folder: Path, root: Path | None) -> list[InputFile]:
    """Every file and folder link under ``folder``, sorted by relative path."""
    found: list[tuple[tuple[str, ...], InputFile]] = []
    for directory, dirnames, filenames in os.walk(folder, followlinks=False):
        here = Path(directory)
        links = [name for name in dirnames if (here / name).is_symlink()]
        dirnames[:] = [
            name
            for name in dirnames
            if not name.startswith(".") and name not in links and not is_output_folder(here / name)
        ]
        for name in filenames + links:
            if name.startswith("."):
                continue
            path = here / name
            relative = PurePosixPath(*path.relative_to(folder).parts)
            doc_id = _relative_to_root(path, root) or relative.as_posix()
            input_file = InputFile(path, doc_id, path.as_posix(), folder_link=name in links)
            found.append((relative.parts, input_file))
    found.sort(key=lambda item: item[0])
    return [input_file for _, input_file in found]


def _single_file(path: Path, root: Path | None) -> InputFile:
    """A file named directly: ``doc_id`` relative to ``root``, else its name."""
    return InputFile(path, _relative_to_root(path, root) or path.name, path.as_posix())


def _relative_to_root(path: Path, root: Path | None) -> str | None:
    """POSIX path of ``path`` relative to ``root``, or ``None`` when there is no root or it lies outside."""
    if root is None:
        return None
    try:
        relative = Path(os.path.abspath(path)).relative_to(os.path.abspath(root))
    except ValueError:
        return None
    return PurePosixPath(*relative.parts).as_posix()


def read_bytes(path: Path) -> bytes:
    """The file's bytes; raise ``ReadError`` with a specific message when it cannot be read.

    Files over ``MAX_FILE_BYTES`` are refused (``file too large``).
    """
    with open_regular(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > MAX_FILE_BYTES:
            raise ReadError(FILE_TOO_LARGE.format(size=size // 2**20, limit=MAX_FILE_BYTES // 2**20))
        try:
            return handle.read()
        except OSError as error:
            raise ReadError(CANNOT_READ.format(reason=error.strerror or error)) from error


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for binary reading; raise ``ReadError`` for pipes, devices and OS errors."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise ReadError(NOT_A_REGULAR_FILE)
        return open(path, "rb")
    except PermissionError as error:
        raise ReadError(PERMISSION_DENIED) from error
    except FileNotFoundError as error:
        raise ReadError(FILE_NOT_FOUND) from error
    except OSError as error:
        raise ReadError(CANNOT_READ.format(reason=error.strerror or error)) from error
