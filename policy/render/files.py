"""Writing a generated directory all at once, and telling whether a committed one is stale.

:func:`replace_tree` writes every file into a fresh temporary directory beside the target,
then swaps it in, so a build that is killed half-way leaves the previous output whole. What
it may remove is what it wrote: the directory keeps a manifest of the files it wrote
(:data:`MANIFEST`, committed with them), so a page that is no longer generated disappears,
while anything else there (a file, a directory, a link, a FIFO a person put there) is left
alone and reported. Such a directory cannot be swapped whole, so the new files are moved in
one by one, each replaced by a rename. A directory that holds something and nothing of ours
is refused (``--out`` pointed at the wrong place, say ``.``).

The directory may be a symbolic link: the directory it names is updated and the link stays.
Files and the directory keep their permission bits (and owner and group, where the process
may set them); new ones get ``0o666`` or ``0o777`` less the umask.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import errno
import json
import os
import secrets
import shutil
import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from policy._io import (
    atomic_binary,
    cannot_write,
    create_beside,
    keep_mode_and_owner,
    lstat_or_none,
    resolve_target,
    where,
)
from policy.errors import InputError

Content = str | bytes

#: The file, in every directory ``policy docs`` writes, that lists the files it wrote there.
MANIFEST = ".policy-docs-manifest"

#: How much of a file a legacy ``is_generated`` sees (its first line is what tells).
_PREFIX = 4096
#: A manifest larger than this is not one we wrote.
_MANIFEST_MAX = 4 << 20
#: Foreign things named one by one before the rest are counted.
SHOWN = 10

# renameat2(2) flag: exchange two paths atomically (Linux 3.15+).
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """Atomically swap two directories where the platform can; False where it cannot (or
    the swap failed, leaving both as they were)."""
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


def _encode(content: Content) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def manifest_text(paths: Iterable[str]) -> str:
    """The manifest listing ``paths`` (deterministic: sorted, LF line ends)."""
    body = {
        "about": "The files policy docs wrote here. A new build removes those it no longer"
        " writes, and nothing else.",
        "files": sorted(set(paths) - {MANIFEST}),
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def with_manifest(files: Mapping[str, Content]) -> dict[str, Content]:
    """``files`` and the manifest that lists them: what a build writes."""
    return {**files, MANIFEST: manifest_text(files)}


def _is_relative(path: str) -> bool:
    """A plain relative POSIX path that stays inside the directory."""
    return (
        bool(path)
        and not path.startswith("/")
        and "\\" not in path
        and "\x00" not in path
        and all(part not in ("", ".", "..") for part in path.split("/"))
    )


def _read_manifest(directory: Path) -> frozenset[str] | None:
    """The files the manifest in ``directory`` lists; None if there is none.

    The manifest is input like any other (a pull request may change it): every entry must be
    a relative path inside the directory, or nothing is trusted.

    Raises:
        InputError: there is something at the manifest's name that is not a manifest.
    """
    path = directory / MANIFEST
    st = lstat_or_none(path)
    if st is None:
        return None

    def bad(why: str) -> InputError:
        return InputError(
            f"not a manifest of policy docs ({why}); restore it, or delete it to start over",
            where=str(path),
        )

    if not stat.S_ISREG(st.st_mode):
        raise bad(f"{_kind(st)}, not a file")
    if st.st_size > _MANIFEST_MAX:
        raise bad(f"{st.st_size:,} bytes")
    try:
        data = json.loads(path.read_bytes())
    except (OSError, ValueError) as e:
        raise bad(f"not JSON: {e}") from None
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, list) or not all(isinstance(p, str) for p in files):
        raise bad('expected {"files": [relative paths]}')
    for p in files:
        if not _is_relative(p) or p == MANIFEST:
            raise bad(f"{p!r} is not a relative path inside the directory")
    return frozenset(files)


def _kind(st: os.stat_result) -> str:
    mode = st.st_mode
    for test, name in (
        (stat.S_ISREG, "a file"),
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISLNK, "a symbolic link"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return "something that is not a file"


@dataclass(frozen=True)
class Foreign:
    """Something in an output directory that policy docs did not write (and leaves alone)."""

    path: str  #: relative to the directory, POSIX
    what: str  #: "a file", "a directory", "a symbolic link", "a FIFO", ...


@dataclass
class _Scan:
    """What an output directory holds: ours (by the manifest, or for a directory written
    before there were manifests, by ``is_generated``), and the rest."""

    ours: dict[str, os.stat_result] = field(default_factory=dict)
    dirs: set[str] = field(default_factory=set)  # directories that hold something of ours
    foreign: list[Foreign] = field(default_factory=list)


def _scan(
    directory: Path,
    is_generated: Callable[[str, bytes], bool] | None,
    *,
    trust_manifest: bool = True,
    writes: Iterable[str] = (),
) -> _Scan:
    """Sort ``directory``'s contents into ours and foreign, without following links.

    Only the directories the manifest names, or the build ``writes`` into, are looked into:
    a foreign directory is one entry, however large (``--out ~`` must not walk the home
    directory). The directories the build writes into are looked into too, so that a
    directory written before there were manifests (its pages recognised by
    ``is_generated``) has its ``charts/`` recognised as well rather than taken for foreign.
    """
    scan = _Scan()
    try:
        st = lstat_or_none(directory)
    except NotADirectoryError:  # a parent is a file: nothing there
        return scan
    if st is None or not stat.S_ISDIR(st.st_mode):
        return scan
    listed = _read_manifest(directory) if trust_manifest else None
    if listed is not None:
        scan.ours[MANIFEST] = os.lstat(directory / MANIFEST)
    inside: set[str] = set()  # the directories that hold files the manifest lists
    for p in (*(listed or ()), *writes):
        parts = p.split("/")
        inside.update("/".join(parts[:i]) for i in range(1, len(parts)))

    def mine(rel: str, path: Path) -> bool:
        if listed is not None:
            return rel in listed
        if is_generated is None:
            return False
        try:
            with open(path, "rb") as f:
                return is_generated(rel, f.read(_PREFIX))
        except OSError:
            return False

    def walk(rel_dir: str) -> bool:
        mark = len(scan.foreign)
        held = False
        with os.scandir(directory / rel_dir if rel_dir else directory) as it:
            entries = sorted(it, key=lambda e: e.name)
        for entry in entries:
            rel = f"{rel_dir}/{entry.name}" if rel_dir else entry.name
            if rel == MANIFEST and listed is not None:
                continue
            est = entry.stat(follow_symlinks=False)
            if stat.S_ISDIR(est.st_mode) and rel in inside and walk(rel):
                scan.dirs.add(rel)
                held = True
            elif stat.S_ISREG(est.st_mode) and mine(rel, Path(entry.path)):
                scan.ours[rel] = est
                held = True
            else:
                scan.foreign.append(Foreign(rel, _kind(est)))
        if not held and rel_dir:
            del scan.foreign[mark:]  # a directory of nothing of ours is one foreign thing
            scan.foreign.append(Foreign(rel_dir, "a directory"))
        return held

    walk("")
    return scan


def _read_file(path: Path) -> bytes | None:
    """A regular file's bytes (not through a link); None for anything else."""
    try:
        st = lstat_or_none(path)
        if st is None or not stat.S_ISREG(st.st_mode):
            return None
        return path.read_bytes()
    except OSError:
        return None


def stale_paths(
    directory: Path,
    files: Mapping[str, Content],
    *,
    is_generated: Callable[[str, bytes], bool] | None = None,
) -> list[str]:
    """Paths that differ between ``directory`` and a build of ``files``: changed or missing
    (the manifest included), or written by an earlier build and no longer generated. What
    policy docs did not write is not its business and is not compared.

    ``is_generated`` recognises the pages of a directory written before there were manifests
    (from the path and the first bytes); without a manifest the directory is stale anyway.
    """
    directory = resolve_target(directory)
    want = {k: _encode(v) for k, v in with_manifest(files).items()}
    try:
        scan = _scan(directory, is_generated, writes=want)
    except InputError:  # a broken manifest: it shows as stale itself
        scan = _scan(directory, is_generated, trust_manifest=False, writes=want)
    stale = {rel for rel, data in want.items() if _read_file(directory / rel) != data}
    stale |= set(scan.ours) - set(want)
    return sorted(stale)


def _conflicts(directory: Path, new: Iterable[str], scan: _Scan) -> list[Foreign]:
    """What stands where the build must write and is not ours to replace."""
    stale = set(scan.ours) - set(new)
    found: dict[str, Foreign] = {}
    for rel in sorted(new):
        parts = rel.split("/")
        for i in range(1, len(parts) + 1):
            sub = "/".join(parts[:i])
            st = lstat_or_none(directory / sub)
            if st is None:
                break
            leaf = i == len(parts)
            if leaf and sub in scan.ours:
                break
            if not leaf and (stat.S_ISDIR(st.st_mode) or sub in stale):
                continue
            found[sub] = Foreign(sub, _kind(st))
            break
    return [found[k] for k in sorted(found)]


def _make_staging(parent: Path, name: str) -> Path:
    """A new hidden directory ``.NAME.new-RANDOM`` in ``parent``, created with ``0o777``
    less the umask (by the kernel)."""
    for _ in range(100):
        staging = parent / f".{name[:200]}.new-{secrets.token_hex(4)}"
        try:
            os.mkdir(staging, 0o777)
            return staging
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary directory name", str(parent))


def _shown(things: list[Foreign]) -> str:
    names = [f"{f.path}{'/' if f.what == 'a directory' else ''}" for f in things]
    return ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")


def replace_tree(
    directory: Path,
    files: Mapping[str, Content],
    *,
    is_generated: Callable[[str, bytes], bool],
) -> list[Foreign]:
    """Make ``directory`` hold ``files`` (relative path -> text or bytes) and the manifest
    that lists them; remove what an earlier build wrote and this one does not; leave
    everything else alone.

    ``is_generated`` recognises, from the path and the first 4 KiB, the files of a directory
    written before there were manifests.

    Returns:
        What the directory holds that policy docs did not write and left alone (a directory
        of such things is one entry), for the caller to report.

    Raises:
        InputError: ``directory`` is not a directory; it holds things and none of ours; a
            path to write is taken by something that is not ours; its manifest is not one;
            or it cannot be written (naming the path).
    """
    given = Path(directory)
    directory = resolve_target(given)
    place = where(given, directory)
    for rel in files:
        if not _is_relative(rel) or rel == MANIFEST:
            raise ValueError(f"not a relative path for a generated file: {rel!r}")
    try:
        st = lstat_or_none(directory)
    except NotADirectoryError:
        raise InputError(
            "cannot write here: a parent of this path is a file, not a directory", where=place
        ) from None
    except OSError as e:
        raise cannot_write(e, place) from None
    if st is not None and not stat.S_ISDIR(st.st_mode):
        raise InputError("exists and is not a directory", where=place)
    new = with_manifest(files)
    try:
        scan = _scan(directory, is_generated, writes=new)
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror or e}", where=place) from None
    if scan.foreign and not scan.ours:
        raise InputError(
            f"refusing to replace this directory: it holds files that policy docs did not"
            f" write ({_shown(scan.foreign)}) and none that it did; choose another directory"
            " or move them",
            where=place,
        )
    conflicts = _conflicts(directory, new, scan)
    if conflicts:
        shown = ", ".join(f"{f.path} ({f.what})" for f in conflicts[:5])
        raise InputError(
            f"refusing to write over what policy docs did not write: {shown}"
            f"{', ...' if len(conflicts) > 5 else ''}; move it, or delete it to let policy"
            " docs write there",
            where=place,
        )
    parent = directory.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = _make_staging(parent, directory.name)
    except (FileExistsError, NotADirectoryError):
        raise InputError(
            "cannot write here: a parent of this path is a file, not a directory", where=place
        ) from None
    except OSError as e:
        raise InputError(f"cannot write here: {e.strerror or e}", where=place) from None
    try:
        _write_staging(staging, new, scan, given)
        if st is None:
            os.replace(staging, directory)
            return []
        fd = os.open(staging, os.O_RDONLY)  # the directory keeps its mode and owner
        try:
            keep_mode_and_owner(fd, st)
        finally:
            os.close(fd)
        if not scan.foreign:
            old = _swap(staging, directory)
            if old is not None:
                shutil.rmtree(old)
                return []
        _move_in(staging, directory, new, scan, place)
        shutil.rmtree(staging)
        return scan.foreign
    except OSError as e:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(staging)
        raise cannot_write(e, place) from None
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(staging)
        raise


def _write_staging(staging: Path, new: Mapping[str, Content], scan: _Scan, given: Path) -> None:
    """Write every file of the build (the manifest last) into ``staging``; a file that
    replaces one of ours takes its mode and owner."""
    for rel in sorted(new, key=lambda r: (r == MANIFEST, r)):
        target = staging / rel
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "wb") as f:
                if rel in scan.ours:
                    keep_mode_and_owner(f.fileno(), scan.ours[rel])
                f.write(_encode(new[rel]))
                f.flush()
                os.fsync(f.fileno())
        except OSError as e:
            raise cannot_write(e, str(given / rel)) from None


def _swap(staging: Path, directory: Path) -> Path | None:
    """Put ``staging`` where ``directory`` is, in one step where the platform can; return
    where the old tree now is, or None if ``directory`` cannot be moved (a mount point, a
    parent that is not writable) and nothing was changed."""
    if _exchange(staging, directory):
        return staging
    old = directory.parent / f".{directory.name[:200]}.old-{secrets.token_hex(4)}"
    try:
        os.replace(directory, old)
    except OSError:
        return None
    try:
        os.replace(staging, directory)
    except BaseException:
        os.replace(old, directory)
        raise
    return old


def _move_in(
    staging: Path, directory: Path, new: Mapping[str, Content], scan: _Scan, place: str
) -> None:
    """Move the build into ``directory`` file by file, beside things that are not ours.

    Each file is replaced by a rename, and the manifest lists every file of ours on disk at
    each moment (first the old and new together, at the end the new), so a build killed in
    between leaves whole files only, and the next build still knows which are its own.
    """
    stale = sorted(set(scan.ours) - set(new))
    with atomic_binary(directory / MANIFEST) as f:
        f.write(manifest_text([*scan.ours, *new]).encode("utf-8"))
    for rel in stale:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(directory / rel)
        # a directory that held files of ours and now holds nothing goes too
        parts = rel.split("/")[:-1]
        while parts and "/".join(parts) in scan.dirs:
            try:
                os.rmdir(directory.joinpath(*parts))
            except OSError:
                break
            parts.pop()
    for rel in sorted(new, key=lambda r: (r == MANIFEST, r)):
        dest = directory / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.replace(staging / rel, dest)
        except OSError as e:
            if e.errno != errno.EXDEV:
                raise
            _copy_in(staging / rel, dest)


def _copy_in(source: Path, dest: Path) -> None:
    """Replace ``dest`` with a copy of ``source`` on another file system (``directory`` is
    a mount point): a temporary file beside ``dest``, then a rename."""
    fd, tmp = create_beside(dest, mode=0o600)
    try:
        keep_mode_and_owner(fd, os.stat(source))
        with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
            shutil.copyfileobj(src, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, dest)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
