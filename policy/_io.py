"""Writing output files without breaking what is already there.

Every file writer (``screen --out``, ``decide --out``, ``schema``, ``init``, baselines; the
``docs`` trees build on the same pieces in :mod:`policy.render.files`) follows these rules:

- **Nothing half-written.** A regular file is replaced by a temporary file beside it, written,
  fsynced and renamed over it, so a full disk, an exception or a SIGKILL mid-write leaves the
  previous content (at worst a stray ``.NAME.*.tmp`` beside it after a SIGKILL).
- **Symbolic links are followed.** A link (relative or absolute, or a chain of them) is
  resolved to the file it finally names, and that file is replaced, so the link stays a link.
  A dangling link is followed too and its target created, as shell redirection (``>``) and
  ``ruff --output-file`` do (GNU ``cp`` refuses instead); a loop of links is an error.
- **Devices and FIFOs are written in place.** A character or block device, a FIFO, a socket
  (or anything else that is not a regular file) is opened for writing and written to, never
  truncated, renamed over or replaced: ``--out /dev/null`` discards, ``--out /dev/full``
  fails with "No space left on device", a FIFO's reader gets the bytes. Such a write cannot
  be atomic; a FIFO without a reader blocks, as it does for the shell. ``/dev/stdout``,
  ``/dev/fd/N`` and ``/proc/self/fd/N`` (or a link to one) mean the descriptor the process
  holds, as the shell's ``>&N`` does: a pipe gets the bytes, a file opened with ``>>`` is
  appended to.
- **Modes.** A new file gets ``0o666 & ~umask``: the kernel applies the umask (and a default
  ACL) as the file is created, so the umask is never read or changed. A replaced file keeps
  its permission bits, and its owner and group where the process may set them (always as
  root; an owner may keep a group it belongs to); otherwise it becomes the writer's. A file
  with several hard links is replaced by a new one: its other names keep the old content.
- **Errors name the path.** An operating-system error while writing (a full disk, no
  permission, a read-only file system) is an :class:`~policy.errors.InputError` naming the
  path given (and the file a link led to), never the temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, cast

from policy.errors import InputError

#: Buffer of the files written: large, as ``screen`` writes many megabytes.
_BUFFER = 1 << 20
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_NOCTTY = getattr(os, "O_NOCTTY", 0)


def resolve_target(path: str | Path) -> Path:
    """The path a write to ``path`` lands on: ``path`` itself unless it is a symbolic link;
    else the file the chain of links finally names (which may not exist yet).

    Raises:
        InputError: the links form a loop.
    """
    given = Path(path)
    try:
        if not stat.S_ISLNK(os.lstat(given).st_mode):
            return given
    except OSError:
        return given  # absent, or not even stat-able: the write itself says why
    real = Path(os.path.realpath(given))
    with contextlib.suppress(OSError):
        if stat.S_ISLNK(os.lstat(real).st_mode):
            # realpath stops at a link it cannot resolve without going round in circles
            raise InputError(
                "a loop of symbolic links; cannot tell which file to write", where=str(given)
            )
    return real


#: A path that names one of this process's file descriptors.
_FD_PATH = re.compile(r"/(?:proc/(?:self|thread-self|(?P<pid>\d+))|dev)/fd/(?P<fd>\d+)")


def descriptor(path: str | Path) -> int | None:
    """The file descriptor of this process that ``path`` names, if it is ``/dev/stdout``,
    ``/dev/stderr``, ``/dev/fd/N``, ``/proc/self/fd/N`` or a link that leads to one; None
    otherwise. Such a path means the descriptor itself (a pipe, or a file the shell opened
    with ``>>``), not a file at a path."""
    current = os.path.abspath(path)
    for _ in range(40):  # the kernel's limit on links followed in one lookup
        m = _FD_PATH.fullmatch(current)
        if m is not None and m["pid"] in (None, str(os.getpid())):
            return int(m["fd"])
        try:
            link = os.readlink(current)
        except OSError:
            return None
        current = os.path.normpath(os.path.join(os.path.dirname(current), link))
    return None


def where(given: str | Path, target: Path) -> str:
    """How errors name a write: the path given, and the file a link led to."""
    return str(given) if Path(given) == target else f"{given} (a link to {target})"


def cannot_write(e: OSError, place: str) -> InputError:
    return InputError(f"cannot write: {e.strerror or e}", where=place)


def lstat_or_none(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None


def keep_mode_and_owner(fd: int, old: os.stat_result) -> None:
    """Give the file open as ``fd`` the owner, group and permission bits of ``old``.

    The owner and group are kept only where the process may set them (as root, or an owner
    keeping a group it belongs to); the permission bits are set after them, since a change
    of owner clears the set-user-ID and set-group-ID bits.
    """
    if (old.st_uid, old.st_gid) != (os.geteuid(), os.getegid()):
        with contextlib.suppress(OSError):
            os.fchown(fd, old.st_uid, old.st_gid)
    os.fchmod(fd, stat.S_IMODE(old.st_mode))


def create_beside(target: Path, *, mode: int = 0o666) -> tuple[int, Path]:
    """A new, empty hidden file in ``target``'s directory (``.NAME.RANDOM.tmp``), open for
    writing. It is created with ``mode`` less the umask, by the kernel.

    Raises:
        OSError: the directory cannot be written.
    """
    stem = target.name[:200]  # leave room for the suffix within NAME_MAX
    for _ in range(100):
        tmp = target.parent / f".{stem}.{secrets.token_hex(4)}.tmp"
        try:
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | _CLOEXEC
            return os.open(tmp, flags, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary file name", str(target.parent))


class _Output:
    """The file being written, whose write errors name the path given (a full disk says
    where it is full), not the temporary file and not nothing."""

    def __init__(self, f: IO[bytes], place: str) -> None:
        self._f = f
        self._place = place

    def write(self, data: bytes) -> int:
        try:
            return self._f.write(data)
        except OSError as e:
            raise cannot_write(e, self._place) from None

    def flush(self) -> None:
        try:
            self._f.flush()
        except OSError as e:
            raise cannot_write(e, self._place) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._f, name)


def _what_is_there(given: Path, target: Path, place: str) -> tuple[os.stat_result | None, bool]:
    """What a write to ``given`` (which leads to ``target``) finds: the file it replaces
    (None if none), and whether to write in place rather than by rename.

    In place: a device, FIFO or socket, and a file reached only through a link that names no
    path (another process's ``/proc/PID/fd/N``, which may lead to ``pipe:[1234]`` or to a
    deleted file): ``os.stat`` follows such a link where ``realpath`` cannot.
    """
    try:
        followed = os.stat(given)
    except (FileNotFoundError, NotADirectoryError):
        followed = None
    except OSError as e:
        raise cannot_write(e, place) from None
    if followed is not None and stat.S_ISDIR(followed.st_mode):
        raise InputError("is a directory; expected a file to write", where=place)
    if followed is not None and not stat.S_ISREG(followed.st_mode):
        return followed, True
    parent = target.parent
    if not parent.is_dir():
        if parent.exists():
            raise InputError(f"cannot write here: {parent} is not a directory", where=place)
        raise InputError(f"no such directory: {parent}", where=place)
    if followed is None:
        return None, False
    try:
        there = lstat_or_none(target)
    except OSError as e:
        raise cannot_write(e, place) from None
    named = there is not None and (there.st_dev, there.st_ino) == (
        followed.st_dev,
        followed.st_ino,
    )
    return followed, not named


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8, LF line ends) to ``path`` by the rules above, creating the
    missing parent directories of the file written.

    Raises:
        InputError: the path cannot be written (a directory, a parent that is a file, a
            read-only parent, a full disk), naming the path rather than the temporary file.
    """
    given = Path(path)
    target = resolve_target(given)
    place = where(given, target)
    if target.is_dir():
        raise InputError("is a directory; expected a file to write", where=place)
    parent = target.parent
    if parent.exists() and not parent.is_dir():
        raise InputError(f"cannot write here: {parent} is not a directory", where=place)
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise cannot_write(e, place) from None
    with atomic_binary(given) as f:
        f.write(text.encode("utf-8"))


@contextlib.contextmanager
def atomic_binary(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file to write to ``path`` by the rules above: a regular file (or a new one)
    becomes the written content (by rename, after fsync) only if the block ends without an
    exception, and otherwise keeps its previous content; a device or FIFO is written to in
    place as the block writes.

    Raises:
        InputError: ``path`` cannot be written (also from the yielded file's ``write`` and
            ``flush``), naming it.
    """
    given = Path(path)
    target = resolve_target(given)
    place = where(given, target)
    number = descriptor(given)
    if number is not None:  # /dev/stdout and the like: that descriptor, as the shell's >&N
        try:
            fd = os.dup(number)
        except OSError as e:
            raise cannot_write(e, place) from None
        with _in_place(fd, place) as there:
            yield there
        return
    old, in_place = _what_is_there(given, target, place)
    if in_place:
        assert old is not None
        truncate = os.O_TRUNC if stat.S_ISREG(old.st_mode) else 0
        try:
            fd = os.open(given, os.O_WRONLY | _NOCTTY | _CLOEXEC | truncate)
        except OSError as e:
            raise cannot_write(e, place) from None
        with _in_place(fd, place) as there:
            yield there
        return
    try:
        # A file that replaces another starts private and takes the old one's mode below.
        fd, tmp = create_beside(target, mode=0o666 if old is None else 0o600)
    except OSError as e:
        raise cannot_write(e, place) from None
    f: IO[bytes] | None = None
    try:
        if old is not None:
            keep_mode_and_owner(fd, old)
        f = os.fdopen(fd, "wb", buffering=_BUFFER)
        yield cast("IO[bytes]", _Output(f, place))
        try:
            f.flush()
            os.fsync(f.fileno())
            f.close()
            os.replace(tmp, target)
        except OSError as e:
            raise cannot_write(e, place) from None
    except BaseException:
        if f is None:
            os.close(fd)
        else:
            with contextlib.suppress(OSError):  # closing flushes again, and fails again
                f.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def _in_place(fd: int, place: str) -> Iterator[IO[bytes]]:
    """Write to ``fd`` as it is (a device, FIFO or socket, opened without creating it and
    without making a terminal the controlling one; or a descriptor the process holds)."""
    f = os.fdopen(fd, "wb", buffering=_BUFFER)
    try:
        yield cast("IO[bytes]", _Output(f, place))
        try:
            f.close()
        except OSError as e:
            raise cannot_write(e, place) from None
    except BaseException:
        with contextlib.suppress(OSError):
            f.close()
        raise
