"""The public API is the front door: every exported name exists, the list is sorted, and
nothing private leaks."""

import types

import policy


def test_every_name_in_all_is_importable():
    for name in policy.__all__:
        assert hasattr(policy, name), name


def test_all_has_no_duplicates_and_no_private_names():
    # Order is ruff's isort-style sort (RUF022), enforced by the linter.
    assert len(set(policy.__all__)) == len(policy.__all__)
    assert not [n for n in policy.__all__ if n.startswith("_") and n != "__version__"]


def test_public_modules_do_not_export_helpers_by_accident():
    # Submodules are importable attributes but not part of __all__; anything else is a leak.
    leaked = {
        n
        for n in dir(policy)
        if not n.startswith(("_", "@"))
        and n not in policy.__all__
        and not isinstance(getattr(policy, n), types.ModuleType)
    }
    assert leaked == set()


def test_the_lazily_imported_analysis_names_are_listed():
    assert {"check_world", "partition", "validate"} <= set(dir(policy))
