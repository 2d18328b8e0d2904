"""``policy check --watch``: check again whenever a file the check reads is saved.

Polling modification times (twice a second) needs no dependency and works the same on
every platform and file system (network mounts, containers' bind mounts) where change
notifications do not; the regime sources are a few hundred files at most. Each run is a
fresh ``policy check`` process, because a regime module that Python has imported once is
not imported again in the same process: re-running in place would check the old law.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

import click

#: Seconds between two looks at the files.
INTERVAL = 0.5
#: The kinds of file a check reads: regime modules, regime JSON, settings.
SUFFIXES = (".py", ".json", ".toml")
#: Directories never scanned: caches, version control, virtual environments.
SKIP_DIRS = frozenset({"__pycache__", "node_modules", "build", "dist"})
#: At most this many files are watched (a regimes path that is a whole home directory
#: should not make each poll read a million entries).
MAX_FILES = 10_000

Snapshot = dict[str, tuple[int, int]]


def watched_roots(regimes: str | None, baseline: str | None) -> list[Path]:
    """The directories and files a check of ``regimes`` reads: the regimes' directory
    (the shipped library's when none is named), the working directory's pyproject.toml
    and the baseline file."""
    from policy.settings import load_settings

    settings = load_settings()
    spec = regimes or settings.regimes
    roots: list[Path] = []
    if spec is None:
        roots.append(Path(__file__).resolve().parents[1] / "regimes")
    else:
        path = Path(spec)
        if path.is_dir():
            roots.append(path)
        elif path.suffix in (".py", ".json"):
            roots.append(path.parent if str(path.parent) else Path("."))
        else:
            roots.extend(_module_dirs(spec))
    roots.append(Path("pyproject.toml"))
    roots.append(Path(baseline or settings.baseline or "policy-baseline.json"))
    return roots


def _module_dirs(name: str) -> list[Path]:
    """The directory of the module (or package) a dotted name imports."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return [Path(".")]
    if spec.submodule_search_locations:
        return [Path(p) for p in spec.submodule_search_locations]
    return [Path(spec.origin).parent] if spec.origin else [Path(".")]


def snapshot(roots: Iterable[Path]) -> Snapshot:
    """Each watched file's modification time and size, by path."""
    out: Snapshot = {}
    for root in roots:
        for path in _files(root):
            try:
                st = path.stat()
            except OSError:
                continue
            out[str(path)] = (st.st_mtime_ns, st.st_size)
            if len(out) >= MAX_FILES:
                return out
    return out


def _files(root: Path) -> Iterable[Path]:
    if root.is_file():
        yield root
        return
    if not root.is_dir():
        return
    for base, dirs, files in os.walk(root):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and d not in SKIP_DIRS
            and not (Path(base) / d / "pyvenv.cfg").exists()
        )
        for name in sorted(files):
            if name.endswith(SUFFIXES):
                yield Path(base) / name


def changed(old: Snapshot, new: Snapshot) -> list[str]:
    """The paths added, removed or modified between two snapshots."""
    return sorted(p for p in old.keys() | new.keys() if old.get(p) != new.get(p))


def watch(
    roots: Sequence[Path],
    run: Callable[[], int],
    *,
    interval: float = INTERVAL,
    sleep: Callable[[float], None] = time.sleep,
    runs: int | None = None,
) -> None:
    """Call ``run`` now and after every change to the files under ``roots`` (a burst of
    saves is one change: the files must hold still for one ``interval``); stop after
    ``runs`` runs when given, else when interrupted."""
    done = 0
    before = snapshot(roots)
    while True:
        status = run()
        done += 1
        click.echo(
            f"[watch] {'clean' if status == 0 else f'exit {status}'}; watching"
            f" {len(before)} files for changes (Ctrl-C to stop)",
            err=True,
        )
        if runs is not None and done >= runs:
            return
        while True:
            sleep(interval)
            now = snapshot(roots)
            if now == before:
                continue
            while True:  # let a burst of saves settle
                sleep(interval)
                settled = snapshot(roots)
                if settled == now:
                    break
                now = settled
            paths = changed(before, now)
            before = now
            shown = ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")
            click.echo(f"\n[watch] {shown} changed: checking again", err=True)
            break


def watch_check(args: Sequence[str], regimes: str | None, baseline: str | None) -> None:
    """Run ``policy check ARGS`` in a fresh process now and after every change."""

    def run() -> int:
        code = "import sys; from policy.cli import main; main(prog_name='policy')"
        return subprocess.run([sys.executable, "-c", code, "check", *args]).returncode

    watch(watched_roots(regimes, baseline), run)
