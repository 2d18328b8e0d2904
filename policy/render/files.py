"""Writing a generated directory all at once, and telling whether a committed one is stale.

:func:`replace_tree` writes every file into a fresh temporary directory beside the target and
then swaps it in, so a build that is killed half-way leaves the previous output whole, and a
page that is no longer generated disappears. Before replacing a directory that exists it
checks that everything in it was generated (``is_generated``), so that pointing ``--out`` at
the wrong place cannot delete someone's files.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from policy.errors import InputError

Content = str | bytes

# renameat2(2) flag: exchange two paths atomically (Linux 3.15+).
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories where the platform can; False where it cannot."""
    libc_name = ctypes.util.find_library("c")
    if libc_name is None:
        return False
    try:
        libc = ctypes.CDLL(libc_name, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    rc = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    return bool(rc == 0)


def files_in(directory: Path) -> dict[str, bytes]:
    """Every regular file under ``directory``, by POSIX relative path."""
    if not directory.is_dir():
        return {}
    return {
        p.relative_to(directory).as_posix(): p.read_bytes()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


def _encode(content: Content) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def stale_paths(directory: Path, files: Mapping[str, Content]) -> list[str]:
    """Paths that differ between ``directory`` and ``files``: changed, missing or extra."""
    have = files_in(directory)
    want = {k: _encode(v) for k, v in files.items()}
    return sorted(p for p in set(have) | set(want) if have.get(p) != want.get(p))


def replace_tree(
    directory: Path,
    files: Mapping[str, Content],
    *,
    is_generated: Callable[[str, bytes], bool],
) -> None:
    """Make ``directory`` hold exactly ``files`` (relative path -> text or bytes).

    Raises:
        InputError: ``directory`` exists and holds a file that ``is_generated`` does not
            recognise, or is not a directory.
    """
    directory = Path(directory)
    if directory.exists() and not directory.is_dir():
        raise InputError("exists and is not a directory", where=str(directory))
    foreign = [p for p, data in files_in(directory).items() if not is_generated(p, data)]
    if foreign:
        shown = ", ".join(foreign[:5]) + (", ..." if len(foreign) > 5 else "")
        raise InputError(
            f"refusing to replace this directory: it holds files that policy docs did not"
            f" write ({shown}); choose another directory or move them",
            where=str(directory),
        )
    parent = directory.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{directory.name}.new-", dir=parent))
    except (FileExistsError, NotADirectoryError):
        raise InputError(
            "cannot write here: a parent of this path is a file, not a directory",
            where=str(directory),
        ) from None
    except OSError as e:
        raise InputError(f"cannot write here: {e.strerror or e}", where=str(directory)) from None
    try:
        for rel, content in sorted(files.items()):
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as f:
                f.write(_encode(content))
                f.flush()
                os.fsync(f.fileno())
        os.chmod(staging, 0o755)
        if not directory.exists():
            os.replace(staging, directory)
            return
        if _exchange(staging, directory):
            # ``staging`` now holds the old tree.
            shutil.rmtree(staging)
            return
        old = Path(tempfile.mkdtemp(prefix=f".{directory.name}.old-", dir=parent))
        old.rmdir()
        os.replace(directory, old)
        os.replace(staging, directory)
        shutil.rmtree(old)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(staging)
        raise
