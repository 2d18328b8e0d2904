"""Spools: where a worker's decisions wait until the parent appends them to the output.

With workers, each chunk's decisions go to a file in a spool directory (in shared memory
when it has room), so that they never pass through the parent process; the parent appends
the files in input order (:func:`splice`, in the kernel where it can) and removes them. A
spool directory lives as long as its screening, and one left by a run killed before it
could remove it is removed by a later run (:func:`remove_stale_spools`), never one in use.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterator, Sequence
from typing import IO

from policy.errors import InputError
from policy.screening.decisions import Result

#: The environment variable that names the directory workers spool their decisions in
#: (default: /dev/shm when it has room, else the temporary directory).
SPOOL_ENV = "POLICY_SPOOL_DIR"
#: Shared memory, where spools go by default.
SHM = "/dev/shm"
#: A spool directory's name: ``policy-<pid of the screen that made it>-<random>``. Nothing
#: else is ever removed as a stale spool.
_SPOOL_NAME = re.compile(r"policy-([1-9][0-9]{0,9})-[A-Za-z0-9_]{1,64}\Z")


def spool_dir(jobs: int, explain: bool = False) -> str | None:
    """Where workers spool their decisions: the directory :data:`SPOOL_ENV` names, else
    shared memory when the system has it with room to spare (the spools live only until
    the parent appends them to the output, so writing them to disk would only compete with
    writing the output), else the default temporary directory (None). At most 2 x jobs + 1
    chunks wait at once; a chunk's decisions are some 7 MB (many times that with traces),
    and a container's /dev/shm may hold only 64 MB."""
    chosen = os.environ.get(SPOOL_ENV)
    if chosen:
        return chosen
    shm = SHM
    if not (os.path.isdir(shm) and os.access(shm, os.W_OK | os.X_OK)):
        return None
    try:
        st = os.statvfs(shm)
    except OSError:
        return None
    per_chunk = (128 if explain else 32) << 20
    return shm if st.f_bavail * st.f_frsize >= (2 * jobs + 2) * per_chunk else None


@contextlib.contextmanager
def spool_directory(jobs: int, explain: bool = False) -> Iterator[str]:
    """A new spool directory (in :func:`spool_dir`), removed when the block ends. Its name
    carries this process's id and it is locked (``flock``) for as long as this process or
    a worker forked from it lives, so that a later run can tell a spool left by a killed
    run (:func:`remove_stale_spools`) from one in use."""
    base = spool_dir(jobs, explain)
    try:
        path = tempfile.mkdtemp(prefix=f"policy-{os.getpid()}-", dir=base)
    except OSError as e:
        where = base or tempfile.gettempdir()
        raise InputError(
            f"cannot make a spool directory for the workers: {e.strerror or e}", where=where
        ) from None
    fd = -1
    with contextlib.suppress(OSError):  # no lock where directories cannot be opened
        fd = os.open(path, os.O_RDONLY | _O_DIRECTORY)
        _lock(fd)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
        if fd >= 0:
            os.close(fd)


def spool_roots() -> list[str]:
    """The directories spools may be in: :data:`SPOOL_ENV`'s, else shared memory and the
    temporary directory."""
    chosen = os.environ.get(SPOOL_ENV)
    return [chosen] if chosen else [SHM, tempfile.gettempdir()]


def remove_stale_spools(roots: Sequence[str] | None = None) -> list[str]:
    """Remove the spool directories a killed ``screen`` left behind (a SIGKILL gives it no
    chance to), and return their paths. A directory is removed only when all of these hold:
    its name is ``policy-<pid>-<random>`` (:data:`_SPOOL_NAME`); it is a directory, not a
    link, owned by this user; no process ``<pid>`` exists (``kill(pid, 0)``); and no
    process holds its lock (which a live run in another PID namespace sharing the
    directory would). Anything else, and anything that changes while it is looked at, is
    left alone."""
    removed: list[str] = []
    uid = os.geteuid()
    for root in spool_roots() if roots is None else roots:
        try:
            names = [n for n in os.listdir(root) if n.startswith("policy-")]
        except OSError:
            continue
        for name in names:
            found = _SPOOL_NAME.match(name)
            if found is None or _alive(int(found.group(1))):
                continue
            path = os.path.join(root, name)
            if _remove_if_unlocked(path, uid):
                removed.append(path)
    return removed


_O_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _lock(fd: int) -> bool:
    """Take the exclusive lock of an open directory without waiting; False when another
    process holds it. Where there are no such locks, the owner's pid alone tells."""
    try:
        import fcntl
    except ImportError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:  # a file system without locks
        return True
    return True


def _alive(pid: int) -> bool:
    """Whether a process ``pid`` exists (one of another user's counts; so does a zombie)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: it exists; anything else: cannot tell, keep it
        return True
    return True


def _remove_if_unlocked(path: str, uid: int) -> bool:
    try:
        before = os.lstat(path)
        if not stat.S_ISDIR(before.st_mode) or before.st_uid != uid:
            return False
        fd = os.open(path, os.O_RDONLY | _O_DIRECTORY | _O_NOFOLLOW)
    except OSError:
        return False
    try:
        now = os.fstat(fd)
        if (now.st_dev, now.st_ino) != (before.st_dev, before.st_ino):
            return False  # replaced while looked at
        if not _lock(fd):
            return False  # in use
        shutil.rmtree(path, ignore_errors=True)
        return not os.path.lexists(path)
    finally:
        os.close(fd)


def spooled(res: Result, spool: str | None, position: int | None) -> Result:
    """``res`` with its decisions in a spool file (when there is a spool directory)."""
    if spool is None:
        res.position = position
        return res
    fd, name = tempfile.mkstemp(dir=spool, suffix=".jsonl")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(res.out)
    except OSError as e:
        # shared memory full (a container's /dev/shm may hold 64 MB): say where, and how
        # to spool elsewhere
        raise InputError(
            f"cannot write a worker's decisions: {e.strerror or e}"
            f" (set {SPOOL_ENV} to spool them elsewhere)",
            where=name,
        ) from None
    return Result(b"", res.errors, res.decided, res.counts, spool=name, position=position)


def splice(spool: str, out: IO[bytes]) -> None:
    """Append a spool file to ``out`` (in the kernel where it can) and remove it."""
    with open(spool, "rb") as src:
        try:
            target = out.fileno()
        except (AttributeError, OSError, io.UnsupportedOperation):
            target = -1
        if target >= 0:
            out.flush()
            size = os.fstat(src.fileno()).st_size
            offset = 0
            try:
                while offset < size:
                    sent = os.sendfile(target, src.fileno(), offset, size - offset)
                    if sent == 0:
                        break
                    offset += sent
            except OSError:
                src.seek(offset)
                shutil.copyfileobj(src, out, 1 << 20)
            else:
                if offset < size:
                    src.seek(offset)
                    shutil.copyfileobj(src, out, 1 << 20)
        else:
            shutil.copyfileobj(src, out, 1 << 20)
    os.unlink(spool)


def take(spool: str) -> bytes:
    """A spool file's content, the file removed (for an output that is not appended as
    it is: Parquet)."""
    with open(spool, "rb") as f:
        data = f.read()
    os.unlink(spool)
    return data
