"""``policy init``: scaffold a repository for a new regime that passes ``policy check`` and
``pytest`` as generated, with CI wired to check every pull request and diff it against main."""

from __future__ import annotations

import re
import shutil
import subprocess
from importlib import resources
from pathlib import Path

from policy import __version__
from policy._io import write_text_atomic
from policy.errors import InputError
from policy.model import vocabulary as v

#: The name policy is published under on the package index ("policy" there is an unrelated
#: project); the import package is ``policy``.
DISTRIBUTION = "export-policy"

#: Template file (in this package) -> path in the new repository.
FILES = {
    "regime.py.tmpl": "regime.py",
    "test_regime.py.tmpl": "tests/test_regime.py",
    "pyproject.toml.tmpl": "pyproject.toml",
    "README.md.tmpl": "README.md",
    "policy.yml.tmpl": ".github/workflows/policy.yml",
    "policy-comment.yml.tmpl": ".github/workflows/policy-comment.yml",
    "policy-scanning.yml.tmpl": ".github/workflows/policy-scanning.yml",
    "pre-commit-config.yaml.tmpl": ".pre-commit-config.yaml",
    "gitignore.tmpl": ".gitignore",
}


#: the distribution's name at the start of a requirement, then what PEP 508 lets follow it
_REQUIREMENT = re.compile(r"^export[-_.]policy\s*(?:$|[\[@;<>=!~(\s])", re.IGNORECASE)


def default_requirement() -> str:
    """The version that writes the scaffold, so that its CI checks with the same law engine."""
    return f"{DISTRIBUTION}=={__version__}"


def check_requirement(requirement: str, *, where: str = "--requirement") -> str:
    """Refuse a requirement that would install another project: the name ``policy`` on the
    package index is an unrelated one, and a typo installs whatever carries the typo."""
    text = requirement.strip()
    if not _REQUIREMENT.match(text):
        raise InputError(
            f"{requirement!r} does not install {DISTRIBUTION}; give a requirement for it, such "
            f"as '{default_requirement()}', '{DISTRIBUTION} @ git+https://HOST/OWNER/REPO' or "
            f"'{DISTRIBUTION} @ file:///PATH/TO/A/WHEEL'",
            where=where,
        )
    return text


def scaffold(
    directory: str | Path,
    *,
    jurisdiction: str = "KR",
    git: bool = True,
    requirement: str | None = None,
) -> list[Path]:
    """Write a new regime repository into ``directory`` (which must be empty or absent).

    Returns the files written. With ``git``, the directory becomes a git repository with one
    commit, so ``policy diff --base HEAD`` has something to compare with. ``requirement`` is
    what the scaffold's pyproject and CI install (by default this version from the package
    index; a VCS URL or a wheel where the index does not have it).
    """
    target = Path(directory)
    v.jurisdiction(jurisdiction, where="--jurisdiction")
    requirement = check_requirement(requirement or default_requirement())
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InputError("directory exists and is not empty; choose a new one", where=str(target))
    name = re.sub(r"[^a-z0-9]+", "-", target.resolve().name.lower()).strip("-") or "regimes"
    values = {
        "name": name,
        "jurisdiction": jurisdiction,
        "country_name": v.country_name(jurisdiction),
        "distribution": DISTRIBUTION,
        "requirement": requirement,
    }
    written = []
    for template, rel in FILES.items():
        text = resources.files(__package__).joinpath("templates", template).read_text("utf-8")
        path = target / rel
        write_text_atomic(path, _fill(text, values))
        written.append(path)
    if git and shutil.which("git"):
        _git_init(target)
    return written


def _fill(text: str, values: dict[str, str]) -> str:
    for key, value in values.items():
        text = text.replace("{{" + key + "}}", value)
    return text


def _git_init(target: Path) -> None:
    def git(*args: str) -> None:
        subprocess.run(
            ["git", *args],
            cwd=target,
            check=True,
            capture_output=True,
            env=_git_env(),
        )

    inside = subprocess.run(
        ["git", "rev-parse", "--is-inside-work-tree"], cwd=target, capture_output=True
    )
    if inside.returncode == 0:
        return  # already inside a repository: leave committing to the user
    git("init", "-q", "-b", "main")
    git("add", "-A")
    git("commit", "-q", "-m", "Scaffold a regime repository with policy init")


def _git_env() -> dict[str, str]:
    import os

    env = dict(os.environ)
    env.setdefault("GIT_AUTHOR_NAME", "policy init")
    env.setdefault("GIT_AUTHOR_EMAIL", "policy-init@localhost")
    env.setdefault("GIT_COMMITTER_NAME", env["GIT_AUTHOR_NAME"])
    env.setdefault("GIT_COMMITTER_EMAIL", env["GIT_AUTHOR_EMAIL"])
    return env
