"""What every writer does to what is already at its output path (issue 13, items 2, 3, 5).

The writers are ``screen --out``, ``schema``, baselines (``check --update-baseline``),
``init`` and ``docs`` (pages and site). Each is driven through the CLI:

- a character device is written to and stays a device (a private node with /dev/null's or
  /dev/full's numbers, made in a temporary directory: never /dev itself);
- a FIFO gets the bytes and stays a FIFO;
- a symbolic link (relative, absolute, a chain, a dangling one) stays a link and the file it
  names gets the new content; a loop is an error;
- a new file gets ``0o666 & ~umask``, a replaced one keeps its mode (and, as root, its owner);
- a full disk names the path;
- ``docs`` updates the directory a link names, removes only what it wrote (its manifest) and
  says what it left alone.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import policy
from policy.cli import main
from policy.render import render_docs
from policy.render.files import MANIFEST
from tests.hardening.documents import PLAIN_TX, tiny_regime

ROOT_ONLY = pytest.mark.skipif(
    os.geteuid() != 0, reason="making a device node (mknod) and giving files away need root"
)

#: /dev/null's and /dev/full's device numbers (Linux), for private nodes made by the tests.
NULL = os.makedev(1, 3)
FULL = os.makedev(1, 7)


@pytest.fixture
def here(tmp_path, monkeypatch):
    (tmp_path / "r.json").write_text(json.dumps(tiny_regime()))
    japan = {**tiny_regime(), "jurisdiction": "JP", "name": "Tiny Japanese law"}
    (tmp_path / "two.json").write_text(json.dumps({"regimes": [tiny_regime(), japan]}))
    (tmp_path / "txs.jsonl").write_text((json.dumps(PLAIN_TX) + "\n") * 3)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args: str):
    return CliRunner().invoke(main, list(args))


# ---------------------------------------------------------------------------- the writers

#: Writer name -> (command line writing to the path given, relative to the work directory).
#: ``schema`` writes a directory of files: its target is one of them.
WRITERS: dict[str, Callable[[str], list[str]]] = {
    "screen": lambda p: ["screen", "txs.jsonl", "--regimes", "r.json", "--out", p],
    "schema": lambda p: ["schema", "--out", str(Path(p).parent)],
    "baseline": lambda p: [
        "check",
        "--regimes",
        "r.json",
        "--baseline",
        p,
        "--update-baseline",
        "--format",
        "json",
    ],
}


#: The writers whose output is not also their input: a baseline is read before it is
#: rewritten, so a FIFO or a device as a baseline is an input problem first.
PURE_WRITERS = ["schema", "screen"]


def target_of(writer: str, directory: str = "out") -> str:
    """Where a writer's output goes in these tests (the path a test makes a device, a FIFO
    or a link)."""
    return f"{directory}/decision.schema.json" if writer == "schema" else f"{directory}/result"


def write(writer: str, path: str):
    r = invoke(*WRITERS[writer](path))
    assert r.exit_code in (0, 1), r.output  # check exits 1 on findings: that is not ours
    return r


def fresh_output(writer: str, here: Path) -> bytes:
    """What the writer writes to a plain new file."""
    path = target_of(writer, "plain")
    Path(path).parent.mkdir(exist_ok=True)
    write(writer, path)
    return Path(path).read_bytes()


def strays(root: Path) -> list[str]:
    """Temporary files or directories a writer left anywhere under ``root``."""
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob(".*")
        if p.name.endswith(".tmp") or ".new-" in p.name or ".old-" in p.name
    )


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: str | Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# ---------------------------------------------------------------------------- devices, FIFOs


@ROOT_ONLY
@pytest.mark.parametrize("writer", PURE_WRITERS)
def test_a_device_node_is_written_to_and_stays_a_device(here, writer):
    target = Path(target_of(writer))
    target.parent.mkdir()
    os.mknod(target, stat.S_IFCHR | 0o666, NULL)
    write(writer, str(target))
    st = os.lstat(target)
    assert stat.S_ISCHR(st.st_mode) and st.st_rdev == NULL
    assert strays(here) == []


@ROOT_ONLY
@pytest.mark.parametrize("writer", PURE_WRITERS)
def test_a_full_device_fails_naming_the_path_and_stays_a_device(here, writer):
    target = Path(target_of(writer))
    target.parent.mkdir()
    os.mknod(target, stat.S_IFCHR | 0o666, FULL)
    r = invoke(*WRITERS[writer](str(target)))
    assert r.exit_code == 2, r.output
    assert f"Error: {target}: cannot write: No space left on device" in r.stderr
    assert "Traceback" not in r.output
    assert stat.S_ISCHR(os.lstat(target).st_mode)


@pytest.mark.parametrize("writer", PURE_WRITERS)
def test_a_fifo_gets_the_bytes_and_stays_a_fifo(here, writer):
    expected = fresh_output(writer, here)
    target = Path(target_of(writer))
    target.parent.mkdir()
    os.mkfifo(target)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(target.read_bytes()), daemon=True)
    reader.start()
    write(writer, str(target))
    reader.join(timeout=30)
    assert got == [expected]
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert strays(here) == []


def test_screen_with_workers_streams_into_a_fifo(here):
    (here / "txs.jsonl").write_text((json.dumps(PLAIN_TX) + "\n") * 3000)
    expected = fresh_output("screen", here)
    os.mkfifo("pipe")
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(Path("pipe").read_bytes()), daemon=True)
    reader.start()
    r = invoke(*WRITERS["screen"]("pipe"), "--jobs", "2")
    assert r.exit_code == 0, r.output
    reader.join(timeout=30)
    assert got == [expected]


@pytest.mark.parametrize("given", ["/proc/self/fd/1", "/dev/fd/1", "link-to-dev-stdout"])
@pytest.mark.parametrize("stdout", ["pipe", "appended file"])
def test_a_path_naming_a_descriptor_writes_to_that_descriptor(here, given, stdout):
    """``--out /dev/stdout`` (and the like) writes to the descriptor the process holds: a
    pipe gets the bytes, a file the shell opened with ``>>`` is appended to, not replaced."""
    expected = fresh_output("screen", here)
    Path("link-to-dev-stdout").symlink_to("/dev/stdout")
    cmd = [sys.executable, "-c", "from policy.cli import main; main()", *WRITERS["screen"](given)]
    env = {**os.environ, "PYTHONPATH": str(Path(policy.__file__).parents[1])}  # this policy
    if stdout == "pipe":
        r = subprocess.run(cmd, capture_output=True, timeout=60, env=env)
        assert r.returncode == 0, r.stderr
        assert r.stdout == expected
    else:
        Path("log").write_bytes(b"earlier\n")
        with open("log", "ab") as log:
            r = subprocess.run(cmd, stdout=log, stderr=subprocess.PIPE, timeout=60, env=env)
        assert r.returncode == 0, r.stderr
        assert Path("log").read_bytes() == b"earlier\n" + expected
    assert os.readlink("link-to-dev-stdout") == "/dev/stdout"
    assert strays(here) == []


# ---------------------------------------------------------------------------- symbolic links


def _links(kind: str, link: Path, real: Path) -> Path:
    """Make ``link`` lead to ``real``: directly (relative or absolute), or by a chain."""
    link.parent.mkdir(parents=True, exist_ok=True)
    if kind == "relative":
        link.symlink_to(os.path.relpath(real, link.parent))
    elif kind == "absolute":
        link.symlink_to(real)
    else:  # a chain: relative, then absolute
        hop = link.parent / f"{link.name}-hop"
        hop.symlink_to(real)
        link.symlink_to(hop.name)
    return link


@pytest.mark.parametrize("kind", ["relative", "absolute", "chain"])
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_link_stays_a_link_and_its_target_gets_the_content(here, writer, kind):
    expected = fresh_output(writer, here)
    real = here / target_of(writer, "real")
    real.parent.mkdir()
    real.write_bytes(b'{"version": 1, "accepted": []}')  # valid as a baseline, and stale
    os.chmod(real, 0o640)
    link = _links(kind, here / target_of(writer), real)
    write(writer, str(link))
    assert link.is_symlink() and link.resolve() == real
    assert real.read_bytes() == expected
    assert mode(real) == 0o640
    assert strays(here) == []


@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_dangling_link_is_followed_and_its_target_created(here, writer):
    """As shell redirection and ``ruff --output-file`` do."""
    expected = fresh_output(writer, here)
    real = here / target_of(writer, "real")
    real.parent.mkdir()
    link = here / target_of(writer)
    link.parent.mkdir()
    link.symlink_to(real)
    write(writer, str(link))
    assert link.is_symlink() and real.read_bytes() == expected


def test_a_loop_of_links_is_an_error_naming_the_path(here):
    Path("a").symlink_to("b")
    Path("b").symlink_to("a")
    r = invoke(*WRITERS["screen"]("a"))
    assert r.exit_code == 2
    assert "Error: a: a loop of symbolic links; cannot tell which file to write" in r.stderr
    assert Path("a").is_symlink() and Path("b").is_symlink()


# ---------------------------------------------------------------------------- modes


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002], ids=lambda m: f"umask{m:03o}")
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_new_file_gets_0666_less_the_umask(here, writer, mask):
    target = Path(target_of(writer))
    target.parent.mkdir()
    with umask(mask):
        write(writer, str(target))
    assert mode(target) == 0o666 & ~mask


@pytest.mark.parametrize("old_mode", [0o644, 0o600, 0o664, 0o755], ids=lambda m: f"{m:03o}")
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_a_replaced_file_keeps_its_mode(here, writer, old_mode):
    target = Path(target_of(writer))
    target.parent.mkdir()
    with umask(0o077):
        write(writer, str(target))
    os.chmod(target, old_mode)
    target.write_bytes(target.read_bytes() + b"\n")  # stale, so that it is rewritten
    with umask(0o077):
        write(writer, str(target))
    assert mode(target) == old_mode
    assert strays(here) == []


@ROOT_ONLY
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_as_root_a_replaced_file_keeps_its_owner_and_group(here, writer):
    target = Path(target_of(writer))
    target.parent.mkdir()
    write(writer, str(target))
    os.chown(target, 4321, 8765)
    write(writer, str(target))
    st = os.stat(target)
    assert (st.st_uid, st.st_gid) == (4321, 8765)


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002], ids=lambda m: f"umask{m:03o}")
def test_init_files_and_directories_follow_the_umask(tmp_path, mask):
    with umask(mask):
        r = invoke("init", str(tmp_path / "new"), "--no-git")
    assert r.exit_code == 0, r.output
    assert mode(tmp_path / "new" / "regime.py") == 0o666 & ~mask
    assert mode(tmp_path / "new" / ".github" / "workflows" / "policy.yml") == 0o666 & ~mask
    assert mode(tmp_path / "new" / ".github") == 0o777 & ~mask


def test_init_through_a_link_to_an_empty_directory_writes_there(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to("real")
    r = invoke("init", str(tmp_path / "link"), "--no-git")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "link").is_symlink()
    assert (tmp_path / "real" / "regime.py").is_file()


@pytest.mark.parametrize("what", ["file", "fifo", "link", "hidden"])
def test_init_refuses_a_directory_that_holds_anything(tmp_path, what):
    target = tmp_path / "full"
    target.mkdir()
    thing = target / ("x" if what != "hidden" else ".x")
    if what == "fifo":
        os.mkfifo(thing)
    elif what == "link":
        thing.symlink_to("/nonexistent")
    else:
        thing.write_text("mine")
    r = invoke("init", str(target), "--no-git")
    assert r.exit_code == 2
    assert f"{target}: directory exists and is not empty; choose a new one" in r.stderr
    assert [p.name for p in target.iterdir()] == [thing.name]


def test_a_full_disk_during_init_names_the_file(tmp_path, monkeypatch):
    import policy._io

    real = os.fdopen

    class Full:
        def __init__(self, f):
            self._f = f

        def write(self, data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        def __getattr__(self, name):
            return getattr(self._f, name)

    monkeypatch.setattr(policy._io.os, "fdopen", lambda *a, **k: Full(real(*a, **k)))
    r = invoke("init", str(tmp_path / "new"), "--no-git")
    assert r.exit_code == 2
    assert f"{tmp_path / 'new' / 'regime.py'}: cannot write: No space left on device" in r.stderr
    assert not (tmp_path / "new" / "regime.py").exists()
    assert strays(tmp_path) == []


# ---------------------------------------------------------------------------- docs


def pages_of(regimes: str | None = None) -> dict[str, str]:
    from policy.cli._common import resolve_world

    return render_docs(resolve_world(regimes))


def tops(files: dict[str, str] | set[str]) -> set[str]:
    """The entries a build of ``files`` puts at the top of its directory (the pages, and
    ``charts`` for the charts under it)."""
    return {p.split("/")[0] for p in files}


def docs(*args: str):
    return invoke("docs", "--regimes", "r.json", *args)


@pytest.mark.parametrize("kind", ["relative", "absolute", "chain"])
def test_docs_out_a_link_updates_the_directory_it_names(here, kind):
    real = here / "site-repo" / "docs"
    real.parent.mkdir()
    assert docs("--out", str(real)).exit_code == 0
    (real / "us.md").write_text("stale\n")
    link = _links(kind, here / "links" / "docs", real)
    r = docs("--out", str(link))
    assert r.exit_code == 0, r.output
    assert link.is_symlink() and link.resolve() == real
    assert (real / "us.md").read_text() == pages_of("r.json")["us.md"]
    assert strays(here) == []
    assert docs("--out", str(link), "--check").exit_code == 0


def test_docs_out_a_dangling_link_creates_the_directory_it_names(here):
    Path("docs").symlink_to("built/docs")
    Path("built").mkdir()
    r = docs("--out", "docs")
    assert r.exit_code == 0, r.output
    assert Path("docs").is_symlink()
    assert sorted(os.listdir("built/docs")) == sorted([MANIFEST, *tops(pages_of("r.json"))])


def test_docs_html_a_link_updates_the_site_it_names(here):
    assert docs("--out", "md", "--html", "real-site").exit_code == 0
    Path("site").symlink_to("real-site")
    (here / "real-site" / "index.html").write_text("stale")
    r = docs("--out", "md", "--html", "site")
    assert r.exit_code == 0, r.output
    assert Path("site").is_symlink()
    assert (here / "real-site" / "index.html").read_text().startswith("<!doctype html>")
    assert strays(here) == []


def _plant_foreign(out: Path) -> dict[str, str]:
    """Things a person put in a docs directory; returns what each is, by name."""
    (out / "notes.txt").write_text("mine\n")
    (out / "empty").mkdir()
    (out / "drafts").mkdir()
    (out / "drafts" / "next.md").write_text("draft\n")
    os.mkfifo(out / "pipe")
    (out.parent / "outside.txt").write_text("keep\n")
    (out / "link").symlink_to(out.parent / "outside.txt")
    (out / "dangling").symlink_to("nowhere")
    return {
        "dangling": "a symbolic link",
        "drafts": "a directory",
        "empty": "a directory",
        "link": "a symbolic link",
        "notes.txt": "a file",
        "pipe": "a FIFO",
    }


def test_docs_leaves_what_it_did_not_write_alone_and_says_so(here):
    out = here / "docs"
    assert (
        invoke("docs", "--regimes", "two.json", "--out", str(out)).exit_code == 0
    )  # two jurisdictions' pages
    foreign = _plant_foreign(out)
    r = docs("--out", str(out))  # one jurisdiction: jp.md goes
    assert r.exit_code == 0, r.output
    for name, what in foreign.items():
        assert (
            f"policy docs: left {out / name} alone: {what} that policy docs did not write"
            f" (not in {MANIFEST})"
        ) in r.stderr
    assert r.stderr.count("alone") == len(foreign)
    assert sorted(os.listdir(out)) == sorted([*foreign, MANIFEST, *tops(pages_of("r.json"))])
    assert stat.S_ISFIFO(os.lstat(out / "pipe").st_mode)
    assert os.readlink(out / "link") == str(out.parent / "outside.txt")
    assert (out.parent / "outside.txt").read_text() == "keep\n"
    assert (out / "drafts" / "next.md").read_text() == "draft\n"
    assert (out / "notes.txt").read_text() == "mine\n"
    for page, text in pages_of("r.json").items():
        assert (out / page).read_text() == text
    assert json.loads((out / MANIFEST).read_text())["files"] == sorted(pages_of("r.json"))
    assert strays(here) == []
    # what policy docs did not write is not its business in --check either
    assert docs("--out", str(out), "--check").exit_code == 0


def test_docs_removes_the_pages_an_earlier_build_wrote_and_no_longer_writes(here):
    out = here / "docs"
    assert invoke("docs", "--regimes", "two.json", "--out", str(out)).exit_code == 0
    everyone = set(pages_of("two.json"))
    assert docs("--out", str(out)).exit_code == 0
    assert set(os.listdir(out)) == {MANIFEST, *tops(pages_of("r.json"))}
    assert everyone - set(pages_of("r.json")) == {"jp.md"}


def test_docs_names_a_foreign_thing_where_it_must_write_and_changes_nothing(here):
    out = here / "docs"
    assert docs("--out", str(out)).exit_code == 0
    (out / "us.md").unlink()
    os.mkfifo(out / "us.md")
    before = sorted(os.listdir(out))
    r = docs("--out", str(out))
    assert r.exit_code == 2
    assert (
        f"Error: {out}: refusing to write over what policy docs did not write: us.md (a FIFO)"
        in r.stderr
    )
    assert sorted(os.listdir(out)) == before and stat.S_ISFIFO(os.lstat(out / "us.md").st_mode)
    assert strays(here) == []


def test_docs_refuses_a_page_name_taken_by_a_file_it_did_not_write(here):
    out = here / "docs"
    assert docs("--out", str(out)).exit_code == 0
    (out / "jp.md").write_text("my own notes on Japan\n")
    r = invoke(
        "docs", "--regimes", "two.json", "--out", str(out)
    )  # two jurisdictions: jp.md is a page now
    assert r.exit_code == 2
    assert "refusing to write over what policy docs did not write: jp.md (a file)" in r.stderr
    assert (out / "jp.md").read_text() == "my own notes on Japan\n"
    assert (out / "us.md").read_text() == pages_of("r.json")["us.md"]  # nothing changed


@pytest.mark.parametrize(
    ("manifest", "why"),
    [
        ('{"files": ["../outside.txt"]}', "'../outside.txt' is not a relative path"),
        ('{"files": ["/etc/hostname"]}', "'/etc/hostname' is not a relative path"),
        ('{"files": ["a/./b"]}', "'a/./b' is not a relative path"),
        ('{"files": "us.md"}', 'expected {"files": [relative paths]}'),
        ("not json", "not JSON"),
    ],
)
def test_a_manifest_is_untrusted_input(here, manifest, why):
    out = here / "docs"
    assert docs("--out", str(out)).exit_code == 0
    (out / MANIFEST).write_text(manifest)
    r = docs("--out", str(out))
    assert r.exit_code == 2
    assert f"Error: {out / MANIFEST}: not a manifest of policy docs ({why}" in r.stderr
    assert (here / "r.json").exists()
    assert docs("--out", str(out), "--check").exit_code == 1  # stale, not a crash


def test_a_manifest_cannot_lead_through_a_link_out_of_the_directory(here):
    out = here / "docs"
    assert docs("--out", str(out)).exit_code == 0
    elsewhere = here / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "x.md").write_text("keep\n")
    (out / "sub").symlink_to(elsewhere)
    manifest = json.loads((out / MANIFEST).read_text())
    (out / MANIFEST).write_text(json.dumps({"files": [*manifest["files"], "sub/x.md"]}))
    r = docs("--out", str(out))
    assert r.exit_code == 0, r.output
    assert (elsewhere / "x.md").read_text() == "keep\n"
    assert f"left {out / 'sub'} alone: a symbolic link" in r.stderr


def test_docs_out_and_html_must_be_separate_directories(here):
    for out, html in (("d", "d"), ("d", "d/site"), ("d/md", "d")):
        r = docs("--out", out, "--html", html)
        assert r.exit_code == 2
        assert "must be separate directories, neither inside the other" in r.stderr
    assert not Path("d").exists()


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002], ids=lambda m: f"umask{m:03o}")
def test_new_docs_follow_the_umask_and_replaced_ones_keep_their_modes(here, mask):
    with umask(mask):
        assert docs("--out", "docs", "--html", "site").exit_code == 0
    for d in ("docs", "site"):
        assert mode(d) == 0o777 & ~mask
        assert {mode(p) for p in Path(d).rglob("*") if p.is_file()} == {0o666 & ~mask}
    os.chmod("docs", 0o750)
    os.chmod("docs/us.md", 0o640)
    Path("docs/us.md").write_text("stale\n")
    with umask(0o077):
        assert docs("--out", "docs").exit_code == 0
    assert mode("docs") == 0o750 and mode("docs/us.md") == 0o640
    assert mode("docs/index.md") == 0o666 & ~mask


def test_a_full_disk_while_writing_docs_names_the_page(here, monkeypatch):
    import policy.render.files as files

    real_open = open

    def open_then_fill(path, mode="r", *a, **k):
        if "w" in mode and str(path).endswith("us.md"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_open(path, mode, *a, **k)

    monkeypatch.setattr(files, "open", open_then_fill, raising=False)
    r = docs("--out", "docs")
    assert r.exit_code == 2
    assert "Error: docs/us.md: cannot write: No space left on device" in r.stderr
    assert sorted(os.listdir(here)) == ["r.json", "two.json", "txs.jsonl"]


def test_a_directory_that_cannot_be_swapped_is_updated_file_by_file(here, monkeypatch):
    """A mount point (``docker run -v $PWD/docs:/docs``) cannot be renamed, and files cannot
    be renamed into it from beside it: the build is moved in file by file, copying across."""
    import policy.render.files as files

    out = here / "docs"
    assert invoke("docs", "--regimes", "two.json", "--out", str(out)).exit_code == 0
    real_replace = os.replace

    def busy_replace(src, dst, **kw):
        if Path(dst).parent == out and ".new-" in str(src):
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))
        if Path(src) == out:
            raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), str(src))
        return real_replace(src, dst, **kw)

    monkeypatch.setattr(files, "_exchange", lambda a, b: False)
    monkeypatch.setattr(files.os, "replace", busy_replace)
    r = docs("--out", str(out))
    assert r.exit_code == 0, r.output
    assert set(os.listdir(out)) == {MANIFEST, *tops(pages_of("r.json"))}
    assert docs("--out", str(out), "--check").exit_code == 0
    assert strays(here) == []


def test_a_build_killed_while_moving_in_leaves_whole_files_and_a_manifest_of_them(
    here, monkeypatch
):
    """Beside foreign things the build is moved in file by file; if it stops half-way, the
    manifest already lists the pages moved in, so the next build still knows them as its
    own (removes the stale ones, leaves the foreign ones)."""
    import policy.render.files as files

    out = here / "docs"
    assert docs("--out", str(out)).exit_code == 0
    (out / "notes.txt").write_text("mine\n")
    real_replace = os.replace
    moved = {"n": 0}

    def die_after_three(src, dst, **kw):
        if ".new-" in str(src) and Path(dst).parent == out:
            moved["n"] += 1
            if moved["n"] == 4:  # findings.md, index.md, jp.md are in
                raise KeyboardInterrupt
        return real_replace(src, dst, **kw)

    world = pages_of("two.json")
    with monkeypatch.context() as m, pytest.raises(KeyboardInterrupt):
        m.setattr(files.os, "replace", die_after_three)
        files.replace_tree(out, world, is_generated=lambda p, d: False)
    assert (out / "jp.md").read_text() == world["jp.md"]  # moved in before the stop
    listed = set(json.loads((out / MANIFEST).read_text())["files"])
    assert {p for p in os.listdir(out) if p.endswith(".md")} <= listed
    assert strays(here) == []
    r = docs("--out", str(out))
    assert r.exit_code == 0, r.output
    assert set(os.listdir(out)) == {MANIFEST, "notes.txt", *tops(pages_of("r.json"))}
