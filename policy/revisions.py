"""Loading the regimes of another git revision, in isolation.

Two versions of a regime library (or of policy itself) must never be imported into one
interpreter: module caches, registries and class identities would mix. So each side is
materialised in its own directory (``git archive`` for a revision, the working tree as it
is) and exported to regime JSON by a separate Python process with that directory first on
its path; this process only reads the JSON back, as data.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from policy.errors import InputError
from policy.loading import parse_json, world_from_data
from policy.model.world import World

_EXPORT = r"""
import os, sys
root, spec = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
os.chdir(root)
# the revision's root is a path the user named (--repo): dotted names may import from it
os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (root, os.getcwd()) if p)
from pathlib import Path
from policy.loading import load_world
try:
    from policy.settings import load_settings
    spec = spec or load_settings(Path(root)).regimes
except ImportError:
    pass
try:
    world = load_world(spec or None)
except Exception as e:
    # policy's own errors already say what and where; anything else is named by its type
    own = type(e).__name__ in ("InputError", "RegimeError", "UnknownNameError", "PolicyError")
    sys.stderr.write(f"{e}\n" if own else f"{type(e).__name__}: {e}\n")
    sys.exit(2)
sys.stdout.write(world.model_dump_json())
"""


def _git(repo: Path, *args: str, binary: bool = False) -> bytes:
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


def export_world(root: Path, spec: str | None, *, label: str) -> World:
    """Run the exporter in a fresh interpreter on ``root`` and read its world back."""
    done = subprocess.run(
        [sys.executable, "-c", _EXPORT, str(root), spec or ""],
        capture_output=True,
        check=False,
        cwd=root,
    )
    if done.returncode != 0:
        err = done.stderr.decode("utf-8", "replace").strip().splitlines()
        reason = err[-1] if err else "the exporter failed"
        raise InputError(f"cannot load the regimes: {reason}", where=label)
    return world_from_data(parse_json(done.stdout, where=label), where=label)


def world_at(repo: Path, revision: str | None, spec: str | None) -> World:
    """The world of ``revision`` (a commit-ish), or of the working tree when None."""
    if revision is None:
        return export_world(repo, spec, label="working tree")
    commit = resolve(repo, revision)
    with tempfile.TemporaryDirectory(prefix="policy-rev-") as tmp:
        archive = _git(repo, "archive", "--format=tar", commit)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(tmp, filter="data")
        return export_world(Path(tmp), spec, label=f"revision {revision}")
