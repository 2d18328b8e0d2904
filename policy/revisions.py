"""Loading the regimes of a git revision, or of the working tree, without trusting it.

``policy diff --base main`` runs in CI on pull requests that anyone may open, so a revision
is input, never part of the tool:

* **Data is read as data.** The ``[tool.policy]`` settings of a revision (its pyproject.toml)
  and regimes given as JSON (a .json file, or a directory of them) are read from git's
  objects (``git cat-file``) and validated by this process, with the installed ``policy``.
  No file of the revision is imported or executed, whatever it adds (a ``policy/__init__.py``,
  a ``sitecustomize.py``, a ``.pth`` file), and no child process runs.
* **Code runs in a sandbox.** Regimes given as Python (a .py file, a dotted module name, or
  the ``policy/regimes`` package of a revision of policy itself) are programs by design: the
  part of the revision they need is unpacked into a temporary directory and exported to JSON
  by a sandboxed child (:mod:`policy._sandbox`), whose output is validated here like any
  untrusted regime JSON. Two versions of a library are thus never imported together either.
* **Which regimes.** ``--regimes`` names the same regimes in both revisions, as a path inside
  the repository (relative to its root) or a module name; without it each revision's own
  ``[tool.policy] regimes`` does. With neither, a revision that holds ``policy/regimes``
  (policy itself, or a fork) is compared by that Python package, sandboxed; any other revision
  holds no regimes, and the installed shipped library is used for it (a note says so). A pull
  request may thus turn JSON regimes into Python by editing its settings; a workflow that must
  never run a pull request's code passes ``--regimes`` with the JSON path.
* **Bounded.** What a revision may unpack or read is bounded in bytes per file
  (:data:`MAX_REVISION_FILE_BYTES`), in total (:data:`MAX_REVISION_BYTES`) and in files
  (:data:`MAX_REVISION_FILES`), checked from git's listing before anything is read, and read
  as a stream, never held whole.
* **Links are never followed.** A symbolic link that a needed file (the settings, a regime
  file) is or passes through is an error (exit 2); any other link in what is unpacked for
  Python regimes is skipped with a warning naming it, whether it points inside the revision or
  out of it (``../../etc/passwd``, ``/etc/shadow``): a link's meaning depends on the disk it
  lands on, which is not the revision's. The working tree is read under the same rules.
"""

from __future__ import annotations

import os
import posixpath
import re
import signal
import stat
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

from policy._sandbox import export
from policy.errors import InputError
from policy.loading import (
    MAX_DOCUMENT_BYTES,
    world_from_data,
    world_from_json,
    world_from_json_files,
)
from policy.model.world import World
from policy.settings import Settings, settings_from_bytes

#: Largest file a revision may have read or unpacked, in bytes (that of any document).
MAX_REVISION_FILE_BYTES = MAX_DOCUMENT_BYTES
#: Bytes a revision may have read or unpacked in all.
MAX_REVISION_BYTES = 256 * 1024 * 1024
#: Files a revision may have listed, read or unpacked.
MAX_REVISION_FILES = 20_000

Warn = Callable[[str], None]

_DOTTED = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*")
_LIBRARY = "policy/regimes"


def _stderr(message: str) -> None:
    sys.stderr.write(message + "\n")


# --------------------------------------------------------------------------- git


def _git(repo: Path, *args: str) -> bytes:
    try:
        done = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, check=False)
    except FileNotFoundError:
        raise InputError("git is not installed; --base/--head need it") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise InputError(f"git {' '.join(args)}: {message[-1] if message else 'failed'}")
    return done.stdout


def repository_root(start: Path | None = None) -> Path:
    here = start or Path.cwd()
    try:
        out = _git(here, "rev-parse", "--show-toplevel")
    except InputError as e:
        if "not a git repository" not in str(e):
            raise
        raise InputError(
            f"{here}: not inside a git repository; --base and --head compare revisions of"
            " the repository you run in (or compare two dates with --from and --to)"
        ) from None
    return Path(out.decode().strip())


def resolve(repo: Path, revision: str) -> str:
    """The commit id a revision names, or an InputError naming the revision."""
    if revision.startswith("-"):
        raise InputError(f"not a revision: {revision!r}")
    try:
        out = _git(repo, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
        return out.decode().strip()
    except InputError:
        raise InputError(f"unknown git revision {revision!r}", where=str(repo)) from None


# --------------------------------------------------------------------------- trees


Kind = Literal["file", "dir", "link", "submodule", "other"]


@dataclass(frozen=True)
class _Entry:
    """A path of a revision, as git lists it (or as the working tree holds it)."""

    path: str
    kind: Kind
    size: int
    oid: str = ""
    executable: bool = False


class _Tree(Protocol):
    label: str

    def entry(self, path: str) -> _Entry | None: ...

    def children(self, path: str) -> list[_Entry]: ...

    def read(self, entry: _Entry) -> bytes: ...

    def unpacked(self, path: str, warn: Warn) -> AbstractContextManager[Path]: ...


def _count(files: int, label: str) -> None:
    if files > MAX_REVISION_FILES:
        raise InputError(
            f"more than {MAX_REVISION_FILES:,} files to read"
            " (the limit: policy.revisions.MAX_REVISION_FILES)",
            where=label,
        )


class _Budget:
    """What a revision may still read or unpack: files and bytes."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.files = 0
        self.bytes = 0

    def take(self, entry: _Entry) -> None:
        self.files += 1
        _count(self.files, self.label)
        if entry.kind != "file":
            return
        if entry.size > MAX_REVISION_FILE_BYTES:
            raise InputError(
                f"{entry.path} is {entry.size:,} bytes; a revision's files may be at most"
                f" {MAX_REVISION_FILE_BYTES:,} (policy.revisions.MAX_REVISION_FILE_BYTES)",
                where=self.label,
            )
        self.bytes += entry.size
        if self.bytes > MAX_REVISION_BYTES:
            raise InputError(
                f"more than {MAX_REVISION_BYTES:,} bytes to read, reaching {entry.path}"
                " (the limit: policy.revisions.MAX_REVISION_BYTES)",
                where=self.label,
            )


_KINDS: dict[str, Kind] = {"040000": "dir", "120000": "link", "160000": "submodule"}


class _Commit:
    """A commit, read from git's objects: nothing is checked out, no attribute or filter of
    the revision applies (a file is its blob, byte for byte)."""

    def __init__(self, repo: Path, commit: str, label: str) -> None:
        self.repo, self.commit, self.label = repo, commit, label

    def _list(self, *args: str) -> Iterator[_Entry]:
        """``git ls-tree -z -l`` read as a stream (a tree may be huge)."""
        command = ["git", "-C", str(self.repo), "--literal-pathspecs", "ls-tree", "-z", "-l"]
        with subprocess.Popen(
            [*command, self.commit, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
        ) as git:
            assert git.stdout is not None and git.stderr is not None
            try:
                pending = b""
                while chunk := git.stdout.read(1 << 16):
                    *records, pending = (pending + chunk).split(b"\0")
                    yield from map(self._entry_of, records)
            finally:
                if git.poll() is None:
                    git.kill()
            said = git.stderr.read().decode("utf-8", "replace").strip().splitlines()
            if git.wait() not in (0, -signal.SIGKILL) and said:
                raise InputError(f"git ls-tree: {said[-1]}", where=self.label)

    @staticmethod
    def _entry_of(record: bytes) -> _Entry:
        meta, _, raw = record.partition(b"\t")
        mode, _, oid, size = meta.decode("ascii").split()
        kind: Kind = _KINDS.get(mode, "file" if mode.startswith("100") else "other")
        return _Entry(
            path=os.fsdecode(raw),
            kind=kind,
            size=int(size) if size.isdigit() else 0,
            oid=oid,
            executable=mode == "100755",
        )

    def entry(self, path: str) -> _Entry | None:
        if path == ".":
            return _Entry(path=".", kind="dir", size=0)
        return next((e for e in self._list("--", path) if e.path == path), None)

    def children(self, path: str) -> list[_Entry]:
        out = []
        for e in self._list() if path == "." else self._list("--", path + "/"):
            out.append(e)
            _count(len(out), self.label)
        return out

    def read(self, entry: _Entry) -> bytes:
        return _git(self.repo, "cat-file", "blob", entry.oid)

    @contextmanager
    def unpacked(self, path: str, warn: Warn) -> Iterator[Path]:
        """``path`` (a file or directory; ``.`` for all) written into a temporary directory:
        regular files only, their blobs streamed from ``git cat-file --batch``."""
        budget = _Budget(self.label)
        files: list[_Entry] = []
        args = ("-r",) if path == "." else ("-r", "--", path)
        for e in self._list(*args):
            budget.take(e)
            if e.kind == "link":
                target = self.read(e).decode("utf-8", "replace") if e.size <= 1024 else "..."
                warn(
                    f"warning: {self.label}: {e.path}: symbolic link to {target!r} skipped"
                    " (links in a revision are never followed)"
                )
            elif e.kind == "file" and _safe(e.path):
                files.append(e)
            elif e.kind == "file":
                warn(f"warning: {self.label}: {e.path!r}: not a path policy writes; skipped")
        with tempfile.TemporaryDirectory(prefix="policy-rev-") as tmp:
            self._write(files, Path(tmp))
            yield Path(tmp)

    def _write(self, files: list[_Entry], into: Path) -> None:
        command = ["git", "-C", str(self.repo), "cat-file", "--batch"]
        with subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        ) as git:
            assert git.stdin is not None and git.stdout is not None
            try:
                for e in files:
                    git.stdin.write(e.oid.encode("ascii") + b"\n")
                    git.stdin.flush()
                    header = git.stdout.readline().split()
                    if len(header) != 3 or header[1] != b"blob" or int(header[2]) != e.size:
                        raise InputError(f"{e.path}: git cannot read its blob", where=self.label)
                    target = into / e.path
                    target.parent.mkdir(parents=True, exist_ok=True)
                    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
                    try:
                        fd = os.open(target, flags, 0o755 if e.executable else 0o644)
                    except FileExistsError:
                        raise InputError(
                            f"{e.path}: two paths of the revision name this file"
                            " (they differ only in case?)",
                            where=self.label,
                        ) from None
                    with os.fdopen(fd, "wb") as f:
                        left = e.size
                        while left:
                            chunk = git.stdout.read(min(left, 1 << 20))
                            if not chunk:
                                raise InputError(f"{e.path}: blob cut short", where=self.label)
                            f.write(chunk)
                            left -= len(chunk)
                    git.stdout.read(1)  # the newline after each object
            finally:
                git.stdin.close()
                if git.poll() is None:
                    git.kill()


def _safe(path: str) -> bool:
    """A relative path of plain names: nothing git would refuse to check out either."""
    parts = path.split("/")
    return not path.startswith("/") and all(
        p not in ("", ".", "..") and p.lower() != ".git" and "\0" not in p for p in parts
    )


class _Disk:
    """The working tree, read in place under the rules a commit is read by."""

    def __init__(self, root: Path, label: str) -> None:
        self.root, self.label = root, label

    def entry(self, path: str) -> _Entry | None:
        if path == ".":
            return _Entry(path=".", kind="dir", size=0)
        parts = path.split("/")
        for i in range(len(parts)):
            walked = "/".join(parts[: i + 1])
            try:
                mode = os.lstat(self.root / walked).st_mode
            except (FileNotFoundError, NotADirectoryError):
                return None
            except OSError as e:
                raise InputError(f"{walked}: cannot read: {e.strerror}", where=self.label) from None
            if stat.S_ISLNK(mode):
                return _Entry(path=walked, kind="link", size=0)
        st = os.lstat(self.root / path)
        kind: Kind = "other"
        if stat.S_ISDIR(st.st_mode):
            kind = "dir"
        elif stat.S_ISREG(st.st_mode):
            kind = "file"
        return _Entry(path=path, kind=kind, size=st.st_size)

    def children(self, path: str) -> list[_Entry]:
        directory = self.root if path == "." else self.root / path
        names = sorted(os.listdir(directory))
        _count(len(names), self.label)
        return [e for n in names if (e := self.entry(n if path == "." else f"{path}/{n}"))]

    def read(self, entry: _Entry) -> bytes:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
        try:
            fd = os.open(self.root / entry.path, flags)
        except OSError as e:
            raise InputError(f"{entry.path}: cannot read: {e.strerror}", where=self.label) from None
        with os.fdopen(fd, "rb") as f:
            return f.read(MAX_REVISION_FILE_BYTES + 1)

    @contextmanager
    def unpacked(self, path: str, warn: Warn) -> Iterator[Path]:
        yield self.root


# --------------------------------------------------------------------------- regimes


def _regular(tree: _Tree, path: str) -> _Entry:
    """The entry of a file the diff needs, which must be a regular file of the revision."""
    entry = tree.entry(path)
    if entry is None:
        raise InputError(f"{path}: no such file", where=tree.label)
    if entry.kind == "link":
        raise InputError(
            f"{entry.path}: is a symbolic link; policy reads a revision's regimes and settings"
            " only from regular files in it (links are never followed)",
            where=tree.label,
        )
    if entry.kind == "dir":
        raise InputError(f"{path}: is a directory, expected a file", where=tree.label)
    if entry.kind != "file":
        raise InputError(f"{path}: not a regular file", where=tree.label)
    return entry


def _read(tree: _Tree, path: str, budget: _Budget) -> bytes:
    """The bytes of a file the diff needs, read within the budget."""
    entry = _regular(tree, path)
    budget.take(entry)
    return tree.read(entry)


def _settings(tree: _Tree, budget: _Budget) -> Settings:
    entry = tree.entry("pyproject.toml")
    if entry is None:
        return Settings()
    return settings_from_bytes(_read(tree, "pyproject.toml", budget), where="pyproject.toml")


def _inside(spec: str, repo: Path) -> str:
    """``spec`` as a path relative to the repository root, or an error if it leads out."""
    path = spec.replace(os.sep, "/")
    if posixpath.isabs(path):
        try:
            path = Path(spec).resolve().relative_to(repo.resolve()).as_posix()
        except ValueError:
            raise InputError(
                "with --base/--head the regimes are a path inside the repository (or a"
                " module name), the same in both revisions",
                where=spec,
            ) from None
    path = posixpath.normpath(path)
    if path == ".." or path.startswith("../"):
        raise InputError("leads out of the repository; give a path inside it", where=spec)
    return path


def _load(tree: _Tree, spec: str | None, repo: Path, budget: _Budget, warn: Warn) -> World:
    """The world of ``spec`` in ``tree``, by the rules of :func:`policy.loading.load_world`."""
    if spec is None:
        init = tree.entry(_LIBRARY + "/__init__.py")
        if init is not None and init.kind == "file":
            return _python(tree, "library", None, _LIBRARY, warn)
        warn(
            f"note: {tree.label} names no regimes (no --regimes, no [tool.policy] regimes):"
            " it is compared as the shipped library of the installed policy"
        )
        from policy.regimes import default_world

        return default_world()
    if not spec.strip():
        raise InputError(
            "expected a regime module, a .py file, a .json file or a directory, got an empty name",
            where="--regimes",
        )
    path = _inside(spec, repo)
    entry = tree.entry(path)
    if entry is not None and entry.kind == "link":
        _regular(tree, path)  # says why it is refused
    if entry is not None and entry.kind == "dir":
        names = [e for e in tree.children(path) if e.path.endswith(".json")]
        return world_from_json_files(
            ((e.path, _read(tree, e.path, budget)) for e in names), where=path
        )
    if path.endswith(".json"):
        return world_from_json(_read(tree, path, budget), where=path)
    if path.endswith(".py"):
        _regular(tree, path)
        return _python(tree, "file", path, posixpath.dirname(path) or ".", warn)
    if _DOTTED.fullmatch(spec):
        if spec == "policy.regimes" or spec.startswith("policy.regimes."):
            init = tree.entry(_LIBRARY + "/__init__.py")
            if init is not None and init.kind == "file":
                return _python(tree, "library", spec, _LIBRARY, warn)
        return _python(tree, "module", spec, ".", warn)
    raise InputError(
        "expected a regime module (dotted name), a .py file, a .json file or a directory of"
        " .json files",
        where=spec,
    )


def _python(tree: _Tree, mode: str, spec: str | None, path: str, warn: Warn) -> World:
    """Export Python regimes in the sandbox, from ``path`` of ``tree`` unpacked."""
    module = spec or _LIBRARY
    with tree.unpacked(path, warn) as root:
        data = export(root, mode=mode, spec=spec, where=tree.label, module=module, warn=warn)
        _relative_locations(data, root)
    return world_from_data(data, where=f"{tree.label}: {module} (its export)")


def _relative_locations(data: Any, root: Path) -> None:
    """Give each rule's ``defined_at`` file relative to the revision's root, as it would be
    in a checkout (the child saw the revision at a temporary path)."""
    prefixes = {str(root) + os.sep, str(root.resolve()) + os.sep}
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            at = node.get("defined_at")
            if isinstance(at, dict) and isinstance(at.get("file"), str):
                for prefix in prefixes:
                    if at["file"].startswith(prefix):
                        at["file"] = Path(at["file"][len(prefix) :]).as_posix()
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def world_at(repo: Path, revision: str | None, spec: str | None, *, warn: Warn = _stderr) -> World:
    """The world of ``revision`` (a commit-ish), or of the working tree when None.

    ``spec`` is ``--regimes`` (None: the revision's own ``[tool.policy] regimes``). JSON
    regimes are read as data; Python ones are exported in the sandbox. Every error is an
    InputError that names the revision (exit 2); ``warn`` gets the notes and warnings.
    """
    if revision is None:
        tree: _Tree = _Disk(repo, "working tree")
    else:
        tree = _Commit(repo, resolve(repo, revision), f"revision {revision}")
    budget = _Budget(tree.label)
    origin = None
    try:
        if spec is None:
            settings = _settings(tree, budget)
            spec, origin = settings.regimes, settings.origin.get("regimes")
        return _load(tree, spec, repo, budget, warn)
    except InputError as e:
        if e.where is None or e.where.startswith(tree.label):
            where = e.where or tree.label
        else:
            where = f"{tree.label}: {e.where}"
        named = f" (named by [tool.policy] regimes at {origin})" if origin else ""
        raise InputError(e.message + named, where=where) from None
