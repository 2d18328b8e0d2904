"""`policy diff --base/--head` reads revisions it does not trust: JSON regimes as data with no
code of the revision run, Python regimes in a sandboxed child (no secrets in its environment,
empty HOME and working directory, no network, limits, a timeout), links never followed, and
what a revision may unpack bounded."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import policy._sandbox as sandbox
from policy import revisions
from policy.cli import main
from policy.errors import InputError
from tests.hardening.documents import VALID_MODULE, tiny_regime

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

PROLOGUE = "import os, sys, json\nfrom pathlib import Path\n"


class Repo:
    """A scratch git repository, written and committed file by file."""

    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir(parents=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        done = subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
            cwd=self.root,
            check=True,
            capture_output=True,
            text=True,
        )
        return done.stdout

    def write(self, rel: str, text: str | bytes) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(text, bytes):
            path.write_bytes(text)
        else:
            path.write_text(text)
        return path

    def link(self, rel: str, target: str) -> None:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.symlink_to(target)

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-qm", message)


def regime_json(threshold: int) -> str:
    r = tiny_regime()
    r["rules"][0]["when"]["of"][1]["value"] = threshold
    return json.dumps(r, indent=1)


def diff(repo: Repo, *args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(
        main, ["diff", "--repo", str(repo.root), "--as-of", "2024-01-01", "--format", "json", *args]
    )
    return r.exit_code, r.stdout, r.stderr


@pytest.fixture
def marker(tmp_path: Path) -> Path:
    return tmp_path / "PWNED"


# --------------------------------------------------------------------------- JSON is data


def hooks(marker: Path) -> dict[str, str]:
    """Every file by which a revision could hope to be run by a Python that looks at it."""
    touch = f"from pathlib import Path\nPath({str(marker)!r}).touch()\n"
    return {
        "policy/__init__.py": touch + "raise SystemExit('a fake policy')\n",
        "policy/loading.py": touch,
        "policy/analysis/diff.py": touch,
        "policy/regimes/__init__.py": touch,
        "sitecustomize.py": touch,
        "usercustomize.py": touch,
        "evil.pth": f"import pathlib; pathlib.Path({str(marker)!r}).touch()\n",
        "conftest.py": touch,
        "__main__.py": touch,
        "json.py": touch,
        "pydantic/__init__.py": touch,
    }


@pytest.mark.parametrize("head", ["pr", None], ids=["commit", "working-tree"])
@pytest.mark.parametrize("named", ["--regimes", "[tool.policy]"])
def test_a_revision_with_json_regimes_runs_none_of_its_code(tmp_path, marker, head, named):
    """A pull request that adds a ``policy`` package (and sitecustomize, a .pth...) next to
    JSON regimes: nothing of it runs, and the diff reports the real change."""
    repo = Repo(tmp_path / "repo")
    repo.write("regime.json", regime_json(4800))
    if named == "[tool.policy]":
        repo.write("pyproject.toml", '[tool.policy]\nregimes = "regime.json"\n')
    repo.commit("base")
    repo.git("checkout", "-qb", "pr")
    repo.write("regime.json", regime_json(6000))
    for rel, text in hooks(marker).items():
        repo.write(rel, text)
    if head == "pr":
        repo.commit("raise the threshold, and try to run code")
    args = ["--base", "main"] + (["--head", head] if head else [])
    code, out, err = diff(
        repo, *args, *(["--regimes", "regime.json"] if named == "--regimes" else [])
    )
    assert code == 0, err
    assert not marker.exists()
    changes = json.loads(out)["changes"]
    assert [c["direction"] for c in changes] == ["loosened"]
    assert changes[0]["witness"]["item"]["params"]["tpp"] == 4800
    assert changes[0]["rules"][0]["file"] == "regime.json"


def test_a_revision_with_json_regimes_starts_no_process(tmp_path, monkeypatch):
    """JSON regimes are read in this process: git runs, no Python child does."""
    repo = Repo(tmp_path / "repo")
    repo.write("regimes/us.json", regime_json(4800))
    repo.commit("base")
    repo.write("regimes/us.json", regime_json(5000))
    started: list[list[str]] = []
    real = subprocess.Popen.__init__

    def spy(self, args, *a, **k):
        started.append([str(x) for x in args])
        real(self, args, *a, **k)

    monkeypatch.setattr(subprocess.Popen, "__init__", spy)
    code, out, err = diff(repo, "--base", "HEAD", "--regimes", "regimes")
    assert code == 0, err
    assert json.loads(out)["changes"]
    assert started and all(cmd[0] == "git" for cmd in started), started


def test_json_regimes_read_only_the_files_they_need(tmp_path, monkeypatch):
    """A huge file elsewhere in the revision is never read for JSON regimes."""
    repo = Repo(tmp_path / "repo")
    repo.write("regime.json", regime_json(4800))
    repo.write("data/blob.bin", b"\0" * 50_000)
    repo.commit("base")
    monkeypatch.setattr(revisions, "MAX_REVISION_FILE_BYTES", 10_000)
    code, _, err = diff(repo, "--base", "HEAD", "--regimes", "regime.json")
    assert code == 0, err


# --------------------------------------------------------------------------- the sandbox

SECRETS = {
    "GITHUB_TOKEN": "ghs_secret_github",
    "AWS_SECRET_ACCESS_KEY": "aws_secret_value",
    "AWS_ACCESS_KEY_ID": "AKIA_value",
    "MY_API_KEY": "my_api_key_value",
    "DATABASE_PASSWORD": "db_password_value",
    "NPM_TOKEN": "npm_token_value",
    "SOME_SECRET": "some_secret_value",
    "HTTPS_PROXY": "http://proxy.invalid:3128",
    "https_proxy": "http://proxy-lower.invalid:3128",
    "ALL_PROXY": "socks5://proxy-all.invalid:1080",
    "NO_PROXY": "no-proxy.invalid",
    "ACTIONS_RUNTIME_TOKEN": "actions_runtime_value",
    "ACTIONS_ID_TOKEN_REQUEST_TOKEN": "id_token_value",
    "RUNNER_TEMP": "/runner/temp/value",
    "GITHUB_WORKSPACE": "/github/workspace/value",
    "SSH_AUTH_SOCK": "/tmp/ssh-agent.sock.value",
    "PYTHONPATH": "/pythonpath/value",
    "PYTHONSTARTUP": "/pythonstartup/value",
    "PYTHONINSPECT": "yes-inspect",
}

SPY_MODULE = (
    PROLOGUE
    + """import socket
import policy
try:
    socket.create_connection(("127.0.0.1", {port}), timeout=2).close()
    NET = "connected"
except OSError as e:
    NET = type(e).__name__ + ": " + str(e)
HOME = os.environ.get("HOME", "")
INFO = json.dumps({{
    "env": dict(os.environ),
    "cwd": os.getcwd(),
    "cwd_entries": os.listdir("."),
    "home_entries": os.listdir(HOME) if HOME and os.path.isdir(HOME) else None,
    "policy": policy.__file__,
    "net": NET,
    "parent_visible": os.path.exists("/proc/{parent}/environ"),
}})
"""
    + VALID_MODULE.split('"""A small regime written in Python."""', 1)[1].replace(
        'source=Source(document="test", section="1"),',
        'source=Source(document="test", section="1"),\n            note=INFO,',
    )
)


@pytest.fixture
def listening():
    """A server on the host's loopback that the sandboxed module tries to reach."""
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        yield server.getsockname()[1]


def spied(repo: Repo, marker: Path, port: int) -> dict[str, object]:
    world = revisions.world_at(repo.root, "HEAD", None, warn=lambda m: None)
    note = world.regimes[0].rules[0].note
    assert note is not None
    assert not marker.exists()
    return dict(json.loads(note))


@pytest.fixture
def spy_repo(tmp_path, marker, listening):
    repo = Repo(tmp_path / "repo")
    repo.write("law.py", SPY_MODULE.format(port=listening, parent=os.getpid()))
    repo.write("pyproject.toml", '[tool.policy]\nregimes = "law.py"\n')
    # the revision's own policy package and start-up hooks must not be what runs
    for rel, text in hooks(marker).items():
        if rel not in ("json.py",):
            repo.write(rel, text)
    repo.commit("a regime that looks around")
    return repo


def test_a_python_regime_runs_without_the_callers_secrets(spy_repo, marker, listening, monkeypatch):
    for name, value in SECRETS.items():
        monkeypatch.setenv(name, value)
    info = spied(spy_repo, marker, listening)
    env = info["env"]
    assert isinstance(env, dict)
    allowed = {*sandbox.KEPT_VARIABLES, "HOME", "TMPDIR", "PYTHONHASHSEED"}
    assert {k for k in env if not k.startswith("LC_")} <= allowed, sorted(env)
    shown = json.dumps(info)
    for name, value in SECRETS.items():
        assert name not in env and value not in shown, name
    assert env["PYTHONHASHSEED"] == "0"
    # an empty HOME and working directory of their own, not the repository, not the caller's
    assert info["cwd_entries"] == [] and info["home_entries"] == []
    for key in ("cwd",):
        assert not str(info[key]).startswith(str(spy_repo.root))
    assert env["HOME"] != os.environ.get("HOME") and env["HOME"] != info["cwd"]
    assert not str(env["HOME"]).startswith(str(spy_repo.root))
    # the installed policy, not the revision's policy/ (which would have exited)
    import policy

    assert info["policy"] == policy.__file__


def test_a_python_regime_has_no_network_and_no_view_of_the_caller(spy_repo, marker, listening):
    prefix, _ = sandbox.isolation()
    if "--net" not in prefix:
        pytest.skip("unshare cannot make a network namespace here")
    info = spied(spy_repo, marker, listening)
    assert info["net"] != "connected"
    assert "unreachable" in str(info["net"]).lower(), info["net"]
    if "--pid" in prefix:
        assert info["parent_visible"] is False


def test_without_unshare_a_note_says_the_module_has_the_network(
    spy_repo, marker, listening, monkeypatch
):
    monkeypatch.setattr(sandbox, "_ISOLATIONS", (("--no-such-option",),))
    monkeypatch.setattr(sandbox, "_isolation_cache", {})
    monkeypatch.setattr(sandbox, "_noted", set())
    notes: list[str] = []
    world = revisions.world_at(spy_repo.root, "HEAD", None, warn=notes.append)
    assert world.regimes[0].rules[0].note
    (note,) = notes
    assert note.startswith("note: the sandbox has no network namespace (")
    assert "'--no-such-option'" in note  # what unshare said
    assert note.endswith("): a revision's regime module has this machine's network")
    assert not marker.exists()


def python_repo(tmp_path: Path, body: str) -> Repo:
    """A repository whose regime module is VALID_MODULE after ``body``."""
    repo = Repo(tmp_path / "repo")
    repo.write("law.py", VALID_MODULE)
    repo.commit("base")
    repo.git("checkout", "-qb", "pr")
    repo.write("law.py", PROLOGUE + body + VALID_MODULE)
    repo.commit("pr")
    return repo


@pytest.mark.parametrize(
    "limit, value, body, said",
    [
        (
            "SANDBOX_CPU_SECONDS",
            1,
            "while True:\n    pass\n",
            "revision pr: law.py: the regime module used more than 1 s of CPU"
            " (policy._sandbox.SANDBOX_CPU_SECONDS) and was stopped",
        ),
        (
            "SANDBOX_WALL_SECONDS",
            # long enough for the base revision's plain module (a fresh interpreter importing
            # policy) on a loaded two-core machine, short against the PR's ten minutes
            5,
            "import time\ntime.sleep(600)\n",
            "revision pr: law.py: the regime module did not finish within 5 s"
            " (policy._sandbox.SANDBOX_WALL_SECONDS) and was stopped",
        ),
        (
            "SANDBOX_MEMORY_BYTES",
            256 * 1024**2,
            "HOARD = bytes(512 * 1024**2)\n",
            "revision pr: law.py:3: importing the regime module raised MemoryError (a revision's"
            " regime module may use 268,435,456 bytes of memory:"
            " policy._sandbox.SANDBOX_MEMORY_BYTES)",
        ),
        (
            "SANDBOX_FILE_BYTES",
            1024 * 1024,
            "Path('big').write_bytes(bytes(2 * 1024 * 1024))\n",
            "revision pr: law.py:3: importing the regime module raised OSError: [Errno 27] File"
            " too large (a revision's regime module may write files of at most 1,048,576 bytes:"
            " policy._sandbox.SANDBOX_FILE_BYTES)",
        ),
        (
            "SANDBOX_OPEN_FILES",
            64,
            "FILES = [open(os.devnull) for _ in range(100)]\n",
            "revision pr: law.py:3: importing the regime module raised OSError: [Errno 24] Too"
            " many open files: '/dev/null'",
        ),
    ],
    ids=["cpu", "wall-clock", "memory", "file-size", "open-files"],
)
def test_a_python_regime_is_stopped_at_each_limit(tmp_path, monkeypatch, limit, value, body, said):
    repo = python_repo(tmp_path, body)
    monkeypatch.setattr(sandbox, limit, value)
    started = time.monotonic()
    code, _, err = diff(repo, "--base", "main", "--head", "pr", "--regimes", "law.py")
    assert code == 2, err
    assert err == f"Error: {said}\n"
    assert time.monotonic() - started < 20


@pytest.mark.parametrize(
    "raised",
    [
        "class Boom(BaseException):\n    pass\nraise Boom('bang')",
        "raise GeneratorExit('bang')",
        "raise KeyboardInterrupt('bang')",
        "raise SystemExit(0)",
        "os._exit(0)",
        "os.kill(os.getpid(), 9)",
    ],
    ids=["BaseException", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "_exit", "SIGKILL"],
)
def test_whatever_a_revision_module_does_is_exit_2_naming_revision_and_module(tmp_path, raised):
    repo = python_repo(tmp_path, raised + "\n")
    code, out, err = diff(repo, "--base", "main", "--head", "pr", "--regimes", "law.py")
    assert code == 2, err
    assert err.startswith("Error: revision pr: law.py"), err
    assert "Traceback" not in err and out == ""


def test_a_module_that_prints_still_exports_its_world(tmp_path):
    """What a regime module prints goes to stderr, not into the exported JSON."""
    repo = python_repo(tmp_path, "print('hello from the module')\n")
    code, out, err = diff(repo, "--base", "main", "--head", "pr", "--regimes", "law.py")
    assert code == 0, err
    assert json.loads(out)["changes"] == []


def test_this_repository_s_own_regimes_are_its_python_library(tmp_path):
    """A revision of policy itself (policy/regimes, no settings) is exported from its own
    regime modules in the sandbox, against the installed model, never its policy/ package."""
    repo = Repo(tmp_path / "repo")
    regimes = Path(revisions.__file__).parent / "regimes"
    for f in sorted(regimes.rglob("*.py")):
        repo.write(f"policy/regimes/{f.relative_to(regimes).as_posix()}", f.read_text())
    repo.write("policy/__init__.py", "raise SystemExit('the revision policy/ package ran')\n")
    repo.write("policy/model/__init__.py", "raise SystemExit('the revision model ran')\n")
    repo.commit("base")
    scopes = repo.root / "policy/regimes/us/scopes.py"
    text = scopes.read_text()
    assert text.count("(TPP >= 4800)") >= 1
    scopes.write_text(text.replace("(TPP >= 4800)", "(TPP >= 4900)", 1))
    repo.commit("pr")
    code, out, err = diff(repo, "--base", "HEAD~1", "--head", "HEAD", "--as-of", "2023-01-01")
    assert code == 0, err
    changes = json.loads(out)["changes"]
    assert changes and {c["jurisdiction"] for c in changes} == {"US"}
    assert {r["file"] for c in changes for r in c["rules"]} == {"policy/regimes/us/computing.py"}


def test_a_revision_without_regimes_is_said_to_be_the_shipped_library(tmp_path):
    repo = Repo(tmp_path / "repo")
    repo.write("README", "no regimes here\n")
    repo.commit("base")
    code, _, err = diff(repo, "--base", "HEAD")
    assert code == 0, err
    assert "note: revision HEAD names no regimes" in err
    assert "note: working tree names no regimes" in err


# --------------------------------------------------------------------------- links


def test_links_in_a_python_revision_are_skipped_with_a_warning(tmp_path):
    """Absolute, escaping and in-tree links: none is followed or unpacked (the old code
    died with tarfile's AbsoluteLinkError, exit 3)."""
    repo = Repo(tmp_path / "repo")
    repo.write("law.py", VALID_MODULE)
    repo.write("pyproject.toml", '[tool.policy]\nregimes = "law.py"\n')
    repo.link("abs", "/etc/passwd")
    repo.link("docs/up", "../../etc/passwd")
    repo.link("inside", "law.py")
    repo.commit("base")
    code, _, err = diff(repo, "--base", "HEAD", "--head", "HEAD")
    assert code == 0, err
    for path, target in (
        ("abs", "/etc/passwd"),
        ("docs/up", "../../etc/passwd"),
        ("inside", "law.py"),
    ):
        line = (
            f"warning: revision HEAD: {path}: symbolic link to {target!r} skipped"
            " (links in a revision are never followed)"
        )
        assert line in err.splitlines(), err


@pytest.mark.parametrize("head", ["HEAD", None], ids=["commit", "working-tree"])
@pytest.mark.parametrize(
    "spec, link, target",
    [
        ("regime.json", "regime.json", "../outside.json"),
        ("regime.json", "regime.json", "/etc/passwd"),
        ("regimes", "regimes/b.json", "../../outside.json"),
        ("regimes", "regimes", "../elsewhere"),
        ("law.py", "law.py", "../outside.py"),
        (None, "pyproject.toml", "../outside.toml"),
    ],
    ids=["json-up", "json-absolute", "in-directory", "directory", "python", "settings"],
)
def test_a_needed_file_that_is_a_link_is_exit_2_naming_it(tmp_path, head, spec, link, target):
    outside = tmp_path / "outside.json"
    outside.write_text(regime_json(4800))
    (tmp_path / "outside.py").write_text(VALID_MODULE)
    (tmp_path / "outside.toml").write_text('[tool.policy]\nregimes = "regime.json"\n')
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "a.json").write_text(regime_json(4800))
    repo = Repo(tmp_path / "repo")
    if link != "regimes":
        repo.write("regimes/a.json", regime_json(4800))
    repo.link(link, target)
    repo.commit("links")
    code, _, err = diff(
        repo,
        "--base",
        "HEAD",
        *(["--head", head] if head else []),
        *(["--regimes", spec] if spec else []),
    )
    assert code == 2, err
    side = "revision HEAD"
    assert err.startswith(f"Error: {side}: {link}: is a symbolic link"), err
    assert "never followed" in err


# --------------------------------------------------------------------------- limits


@pytest.mark.parametrize(
    "limit, value, said",
    [
        (
            "MAX_REVISION_FILE_BYTES",
            10_000,
            "revision HEAD: data/blob.bin is 50,000 bytes; a revision's files may be at most"
            " 10,000 (policy.revisions.MAX_REVISION_FILE_BYTES)",
        ),
        (
            "MAX_REVISION_BYTES",
            40_000,
            "revision HEAD: more than 40,000 bytes to read, reaching data/blob.bin (the limit:"
            " policy.revisions.MAX_REVISION_BYTES)",
        ),
        (
            "MAX_REVISION_FILES",
            5,
            "revision HEAD: more than 5 files to read (the limit:"
            " policy.revisions.MAX_REVISION_FILES)",
        ),
    ],
)
def test_what_a_revision_may_unpack_is_bounded(tmp_path, monkeypatch, limit, value, said):
    repo = Repo(tmp_path / "repo")
    repo.write("law.py", VALID_MODULE)
    repo.write("pyproject.toml", '[tool.policy]\nregimes = "law.py"\n')
    repo.write("data/blob.bin", b"\0" * 50_000)
    for i in range(6):
        repo.write(f"notes/{i}.txt", "x")
    repo.commit("base")
    monkeypatch.setattr(revisions, limit, value)
    code, _, err = diff(repo, "--base", "HEAD", "--head", "HEAD")
    assert code == 2
    assert err == f"Error: {said} (named by [tool.policy] regimes at pyproject.toml:2)\n"


def test_a_python_regime_in_a_directory_unpacks_only_that_directory(tmp_path, monkeypatch):
    repo = Repo(tmp_path / "repo")
    repo.write("law/us.py", VALID_MODULE)
    repo.write("data/blob.bin", b"\0" * 50_000)
    repo.commit("base")
    monkeypatch.setattr(revisions, "MAX_REVISION_FILE_BYTES", 10_000)
    code, _, err = diff(repo, "--base", "HEAD", "--head", "HEAD", "--regimes", "law/us.py")
    assert code == 0, err


@pytest.mark.parametrize("spec", ["../x.json", "/etc/regime.json"])
def test_regimes_outside_the_repository_are_refused(tmp_path, spec):
    repo = Repo(tmp_path / "repo")
    repo.write("regime.json", regime_json(4800))
    repo.commit("base")
    code, _, err = diff(repo, "--base", "HEAD", "--regimes", spec)
    assert code == 2 and f"{spec}: " in err and "repository" in err, err


# --------------------------------------------------------------------------- Ctrl-C


LAW = ("--regimes", "law.py")


def _policy() -> str:
    found = shutil.which("policy", path=str(Path(sys.executable).parent))
    assert found is not None
    return found


def _blocked_on_read(pid: int, timeout: float = 20.0) -> None:
    """Wait until ``pid`` sleeps in a read of its standard input (its imports are done)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            wchan = Path(f"/proc/{pid}/wchan").read_text()
            syscall = Path(f"/proc/{pid}/syscall").read_text().split()
        except OSError:
            wchan, syscall = "", []
        if syscall[:2] in (["0", "0x0"], ["63", "0x0"]) or "pipe_read" in wchan:
            return
        time.sleep(0.05)
    pytest.fail("the process never blocked reading stdin")


@pytest.mark.skipif(not Path("/proc/self/syscall").exists(), reason="needs Linux /proc")
def test_ctrl_c_exits_130_with_one_line_and_no_traceback():
    child = subprocess.Popen(
        [_policy(), "decide", "-"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        _blocked_on_read(child.pid)
        child.send_signal(signal.SIGINT)
        out, err = child.communicate(timeout=20)
    finally:
        child.kill()
    assert child.returncode == 130, err
    assert err == b"Interrupted.\n" and out == b""


def test_ctrl_c_during_a_sandboxed_export_kills_the_child(tmp_path):
    started = tmp_path / "started"
    repo = python_repo(tmp_path, f"Path({str(started)!r}).touch()\nimport time\ntime.sleep(600)\n")
    child = subprocess.Popen(
        [_policy(), "diff", "--repo", str(repo.root), "--base", "main", "--head", "pr", *LAW],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not started.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert started.exists()
        child.send_signal(signal.SIGINT)
        _, err = child.communicate(timeout=20)
    finally:
        child.kill()
    assert child.returncode == 130 and err == b"Interrupted.\n", err
    time.sleep(0.2)
    left = []
    for proc in Path("/proc").iterdir():
        try:
            if str(repo.root).encode() in (proc / "cmdline").read_bytes() or (
                b"policy._sandbox" in (proc / "cmdline").read_bytes()
            ):
                left.append(proc.name)
        except OSError:
            continue
    assert left == []


def test_world_at_errors_are_input_errors(tmp_path):
    repo = Repo(tmp_path / "repo")
    repo.write("law.py", "raise ValueError('no')\n")
    repo.commit("base")
    with pytest.raises(InputError, match=r"^revision HEAD: law\.py:1: importing the regime"):
        revisions.world_at(repo.root, "HEAD", "law.py", warn=lambda m: None)
