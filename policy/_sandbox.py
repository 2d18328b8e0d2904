"""Exporting a revision's Python regimes, which are code, in a child that can do little harm.

A regime module is a program, and in ``policy diff`` it is a program from a pull request that
anyone may open. So it never runs in the ``policy`` process. It runs in a child process that
gets:

* an environment built from an allow-list (``PATH``, ``LANG``, ``LANGUAGE``, ``TZ``,
  ``LC_*``), plus an empty temporary ``HOME`` and ``TMPDIR`` and ``PYTHONHASHSEED=0``: no
  tokens, keys, secrets, proxies, ``GITHUB_*``, ``ACTIONS_*`` or ``RUNNER_*`` variables;
* an empty temporary working directory;
* resource limits (:data:`SANDBOX_CPU_SECONDS`, :data:`SANDBOX_MEMORY_BYTES`,
  :data:`SANDBOX_FILE_BYTES`, :data:`SANDBOX_OPEN_FILES`, no core files) and a wall-clock
  timeout (:data:`SANDBOX_WALL_SECONDS`), after which its whole process group is killed;
* where ``unshare`` works, new user, network, PID and mount namespaces: no network at all (not
  even the host's loopback), no view of the other processes, and no privilege over the host
  even when ``policy`` runs as root. Where it does not, a one-line note says what is missing.

The child imports this installed ``policy`` (``python -s -P -B -m policy._sandbox``: no user
site-packages, neither the working directory nor the revision on ``sys.path`` at start-up, no
bytecode written), and only then the revision's regime module: by file path, by dotted name
with the revision root *appended* to ``sys.path``, or, for a revision of policy itself, its
``policy/regimes`` directory mounted as the package ``policy.regimes`` of the installed policy.
Its one output is the exported world JSON on standard output, which the caller validates as
untrusted regime JSON. It is not a jail: it runs as the same user, and can read the files that
user can read; run ``policy diff`` on untrusted revisions only where no secret is kept in files.
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from policy.errors import InputError
from policy.loading import MAX_DOCUMENT_BYTES, parse_json

#: CPU seconds the child may use (SIGXCPU then; SIGKILL one second later). Exporting the
#: whole shipped library takes about one.
SANDBOX_CPU_SECONDS = 60
#: Wall-clock seconds before the child's process group is killed (a module that sleeps or
#: waits uses no CPU).
SANDBOX_WALL_SECONDS = 120
#: Address space of the child, in bytes: an allocation beyond it raises MemoryError.
#: Exporting the whole shipped library peaks at about 45 MB.
SANDBOX_MEMORY_BYTES = 1024**3
#: Largest file the child may write, its output (the exported world) included.
SANDBOX_FILE_BYTES = MAX_DOCUMENT_BYTES
#: Files the child may have open at once.
SANDBOX_OPEN_FILES = 256

#: Variables passed to the child (and every ``LC_*``); everything else is dropped.
KEPT_VARIABLES = ("PATH", "LANG", "LANGUAGE", "TZ")

#: ``unshare`` options, best first: no network, no view of other processes, no privilege
#: over the host; then each of those given up in turn, with what that costs.
_ISOLATIONS = (
    ("--user", "--map-root-user", "--net", "--pid", "--fork", "--kill-child", "--mount-proc"),
    ("--user", "--map-root-user", "--net"),
    ("--net",),
)
_LOST = (
    "",
    "no PID namespace ({why}): a revision's regime module can see the other processes",
    "no user namespace ({why}): a revision's regime module keeps the privileges of this user",
    "no network namespace ({why}): a revision's regime module has this machine's network",
)
_isolation_cache: dict[str | None, tuple[tuple[str, ...], str]] = {}
_noted: set[str] = set()

Warn = Callable[[str], None]


def isolation() -> tuple[tuple[str, ...], str]:
    """The ``unshare`` command prefix that works here (empty when none does) and, when it
    is not the best one, a note saying what is missing and why (what ``unshare`` said)."""
    unshare = shutil.which("unshare")
    cached = _isolation_cache.get(unshare)
    if cached is not None:
        return cached
    why = "unshare is not installed"
    result: tuple[tuple[str, ...], str] | None = None
    for level, flags in enumerate(_ISOLATIONS if unshare else ()):
        try:
            done = subprocess.run(
                [str(unshare), *flags, "true"], capture_output=True, timeout=10, check=False
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            why = f"unshare: {e}"
            continue
        if done.returncode == 0:
            result = ((str(unshare), *flags), _LOST[level].format(why=why))
            break
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        why = said[0] if said else f"unshare {' '.join(flags)} failed"
    result = result or ((), _LOST[-1].format(why=why))
    _isolation_cache[unshare] = result
    return result


def environment(home: Path, tmp: Path) -> dict[str, str]:
    """The child's environment: the allow-list, and nothing of the caller's secrets."""
    env = {k: v for k, v in os.environ.items() if k in KEPT_VARIABLES or k.startswith("LC_")}
    env.update(HOME=str(home), TMPDIR=str(tmp), PYTHONHASHSEED="0")
    return env


def _limit() -> None:
    """Set the child's limits (between fork and exec; inherited by what it starts)."""
    import resource

    def cap(which: int, value: int) -> None:
        _, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(which, (value, value))

    cap(resource.RLIMIT_AS, SANDBOX_MEMORY_BYTES)
    cap(resource.RLIMIT_FSIZE, SANDBOX_FILE_BYTES)
    cap(resource.RLIMIT_NOFILE, SANDBOX_OPEN_FILES)
    cap(resource.RLIMIT_CORE, 0)
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = SANDBOX_CPU_SECONDS
    if hard != resource.RLIM_INFINITY:
        soft = min(soft, max(hard - 1, 1))
        resource.setrlimit(resource.RLIMIT_CPU, (soft, min(soft + 1, hard)))
    else:
        resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 1))


def export(root: Path, *, mode: str, spec: str | None, where: str, module: str, warn: Warn) -> Any:
    """Export the regimes of the revision unpacked at ``root`` in a sandboxed child; return
    the world it printed, parsed as untrusted JSON (validating it is the caller's part).

    ``mode`` is ``file`` (``spec`` is a .py path under ``root``), ``module`` (a dotted name,
    with ``root`` appended to ``sys.path``) or ``library`` (``root/policy/regimes`` as the
    package ``policy.regimes``; ``spec`` None or a dotted name under it). ``where`` names the
    revision and ``module`` the regimes in messages. Whatever goes wrong in the child is an
    InputError that names both.
    """
    prefix, missing = isolation()
    if missing and missing not in _noted:
        _noted.add(missing)
        warn(f"note: the sandbox has {missing}")
    with tempfile.TemporaryDirectory(prefix="policy-sandbox-") as tmp:
        base = Path(tmp)
        for name in ("home", "work", "tmp"):
            (base / name).mkdir()
        command = [
            *prefix,
            sys.executable,
            "-s",
            "-P",
            "-B",
            "-m",
            "policy._sandbox",
            mode,
            str(root),
            spec or "",
        ]
        with (base / "out").open("w+b") as out, (base / "err").open("w+b") as err:
            code, stopped = _run(command, base, out, err)
            err.seek(0, os.SEEK_END)
            err.seek(max(0, err.tell() - 65536))
            said = _last_line(err.read(), root)
            if stopped:
                raise InputError(
                    f"the regime module did not finish within {SANDBOX_WALL_SECONDS} s"
                    " (policy._sandbox.SANDBOX_WALL_SECONDS) and was stopped",
                    where=f"{where}: {module}",
                )
            if code != 0:
                message = _failure(code, said)
                located = message.startswith((f"{module}:", f"{module.replace('.', '/')}"))
                raise InputError(message, where=where if located else f"{where}: {module}")
            out.seek(0)
            raw = out.read(MAX_DOCUMENT_BYTES + 1)
    if not raw:
        raise InputError(
            "the regime module ended the export without a world", where=f"{where}: {module}"
        )
    return parse_json(raw, where=f"{where}: {module} (its export)")


def _run(command: list[str], base: Path, out: Any, err: Any) -> tuple[int, bool]:
    """Run the child to its end or to the wall-clock limit: (exit status, stopped)."""
    child = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=out,
        stderr=err,
        cwd=base / "work",
        env=environment(base / "home", base / "tmp"),
        preexec_fn=_limit,  # safe: policy diff runs no threads of its own
        start_new_session=True,
    )
    try:
        return child.wait(timeout=SANDBOX_WALL_SECONDS), False
    except subprocess.TimeoutExpired:
        return -signal.SIGKILL, True
    finally:
        # the whole group, always: the child (on a timeout or a Ctrl-C here) and whatever it
        # started and left behind
        with contextlib.suppress(ProcessLookupError):
            os.killpg(child.pid, signal.SIGKILL)
        child.wait()


def _failure(code: int, said: str) -> str:
    signum = -code if code < 0 else code - 128 if code > 128 else 0
    if signum == signal.SIGXCPU:
        return (
            f"the regime module used more than {SANDBOX_CPU_SECONDS} s of CPU"
            " (policy._sandbox.SANDBOX_CPU_SECONDS) and was stopped"
        )
    if signum == signal.SIGXFSZ:
        return (
            f"the regime module wrote more than {SANDBOX_FILE_BYTES:,} bytes to a file"
            " (policy._sandbox.SANDBOX_FILE_BYTES) and was stopped"
        )
    if signum:
        name = signal.Signals(signum).name if signum in signal.valid_signals() else signum
        extra = f"; it said: {said}" if said else ""
        return f"the regime module was killed by {name}{extra}"
    if code == 2 and said:
        if "MemoryError" in said:
            said += (
                f" (a revision's regime module may use {SANDBOX_MEMORY_BYTES:,} bytes of"
                " memory: policy._sandbox.SANDBOX_MEMORY_BYTES)"
            )
        elif "File too large" in said:
            said += (
                f" (a revision's regime module may write files of at most"
                f" {SANDBOX_FILE_BYTES:,} bytes: policy._sandbox.SANDBOX_FILE_BYTES)"
            )
        return said
    return f"exporting the regimes failed (exit status {code})" + (f": {said}" if said else "")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def _last_line(raw: bytes, root: Path) -> str:
    """The child's last line on stderr, as a message: paths inside the revision made
    relative to it, control characters (terminal escapes) removed, at most 1,000 long."""
    lines = [line for line in raw.decode("utf-8", "replace").splitlines() if line.strip()]
    if not lines:
        return ""
    text = lines[-1]
    for prefix in {str(root), str(root.resolve())}:
        text = text.replace(prefix + os.sep, "")
    text = _CONTROL.sub("?", text).strip()
    return text if len(text) <= 1000 else text[:997] + "..."


# --------------------------------------------------------------------------- the child


def _mount_library(root: Path) -> Any:
    """Import ``root/policy/regimes`` as the package ``policy.regimes`` of this installed
    policy: its modules import ``policy.model`` (and the rest) from here, never from the
    revision, while ``policy.regimes.*`` comes from the revision."""
    import policy
    from policy.loading import guarded

    directory = root / "policy" / "regimes"
    for name in [
        m for m in sys.modules if m == "policy.regimes" or m.startswith("policy.regimes.")
    ]:
        del sys.modules[name]
    init = directory / "__init__.py"
    spec = importlib.util.spec_from_file_location(
        "policy.regimes", init, submodule_search_locations=[str(directory)]
    )
    if spec is None or spec.loader is None:
        raise InputError("cannot import this package", where=str(init))
    module = importlib.util.module_from_spec(spec)
    sys.modules["policy.regimes"] = module
    policy.regimes = module  # type: ignore[attr-defined]
    loader = spec.loader
    guarded(lambda: loader.exec_module(module), where=str(init), module=None)
    return module


def _load(mode: str, root: Path, spec: str | None) -> Any:
    from policy.loading import guarded, load_world, world_from_module
    from policy.model.world import World

    if mode == "file" and spec:
        return load_world(str(root / spec))
    if mode == "module" and spec:
        sys.path.append(str(root))
        return load_world(spec)
    if mode == "library":
        package = _mount_library(root)
        if spec and spec != "policy.regimes":
            return load_world(spec)
        where = str(root / "policy" / "regimes" / "__init__.py")
        default = getattr(package, "default_world", None)
        if callable(default):
            world = guarded(default, where=where, module=None)
            if not isinstance(world, World):
                raise InputError(
                    f"default_world() returned {type(world).__name__}, not a policy.World",
                    where=where,
                )
            return world
        return world_from_module(package, where)
    raise InputError(f"unknown sandbox mode {mode!r}")


def _child(argv: list[str]) -> int:
    """Load and export; the JSON goes to the original stdout, everything the module prints
    goes to stderr, and an error is one line on stderr with exit status 2."""
    from policy._signals import watching_sigint

    if len(argv) != 3:
        sys.stderr.write("usage: python -m policy._sandbox MODE ROOT SPEC\n")
        return 2
    mode, root, spec = argv
    out = os.dup(1)
    os.dup2(2, 1)
    try:
        with watching_sigint():  # no terminal here: a KeyboardInterrupt is the module's own
            text = _load(mode, Path(root), spec or None).model_dump_json()
    except InputError as e:
        message = str(e)
    except BaseException as e:  # whatever the module did after its import, and got away with
        message = f"the regime module raised {type(e).__name__}: {e}"
    else:
        try:
            with os.fdopen(out, "wb") as f:
                f.write(text.encode("utf-8"))
            return 0
        except OSError as e:
            message = f"cannot write the exported world: {e.strerror}"
    sys.stdout.flush()
    sys.stderr.write("\n" + " ".join(message.split()) + "\n")
    return 2


def _init(argv: list[str]) -> int:
    """Run :func:`_child` in a forked process when this one is the init (PID 1) of a new PID
    namespace: an init ignores the signals the limits send (SIGXCPU, SIGXFSZ) unless it
    handles them, and a forked child does not. Returns the child's status (128 + signal when
    it was killed)."""
    pid = os.fork()
    if pid == 0:
        code = 2
        try:
            code = _child(argv)
        finally:
            sys.stderr.flush()
            os._exit(code)
    while True:
        done, status = os.wait()
        if done == pid:  # orphans the module left are reaped on the way
            code = os.waitstatus_to_exitcode(status)
            return 128 - code if code < 0 else code


if __name__ == "__main__":
    sys.exit(_init(sys.argv[1:]) if os.getpid() == 1 else _child(sys.argv[1:]))
