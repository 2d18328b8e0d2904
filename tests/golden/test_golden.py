"""The shipped library's outputs are byte-identical to the golden files (see
:mod:`tests.golden.outputs`); ``pytest tests/golden --update-golden`` rewrites them."""

from __future__ import annotations

import difflib

import pytest

from tests.golden.outputs import FILES, GOLDEN, text_of


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_output_is_byte_identical_to_its_golden_file(name, request):
    got = GOLDEN[name]()
    path = FILES / name
    if request.config.getoption("--update-golden"):
        FILES.mkdir(exist_ok=True)
        if not path.exists() or path.read_bytes() != got:
            path.write_bytes(got)
        return
    assert path.exists(), f"{path} is missing: run pytest tests/golden --update-golden"
    want = path.read_bytes()
    if got == want:
        return
    diff = difflib.unified_diff(
        text_of(name, want), text_of(name, got), "golden", "now", n=2, lineterm=""
    )
    shown = list(diff)
    more = f"\n... and {len(shown) - 60} more diff lines" if len(shown) > 60 else ""
    pytest.fail(
        f"{name} differs from its golden file (first differences below). If the change is"
        " intended, run `python -m pytest tests/golden --update-golden` and review"
        f" `git diff {path.relative_to(FILES.parents[2])}`.\n" + "\n".join(shown[:60]) + more,
        pytrace=False,
    )
