"""Screening: many transactions in, one decision per line out, in order, in bounded memory.

:func:`screen` (also :func:`policy.screen`) is the front door; ``policy screen`` is a thin
command over it. The modules, in the order data flows through them:

- :mod:`~policy.screening.formats`: the input formats, a registry of readers (JSON Lines,
  CSV; Parquet and Arrow plug in here) that turn an opened input into units of work;
- :mod:`~policy.screening.reading`: ranges of a regular file (read by the workers
  themselves), blocks of a stream, lines bounded in length;
- :mod:`~policy.screening.csv`: CSV rows as transaction data;
- :mod:`~policy.screening.settings`: the compiled world and readers every unit needs;
- :mod:`~policy.screening.tasks` and :mod:`~policy.screening.decisions`: one unit read,
  decided as a columnar batch, and written as decision lines;
- :mod:`~policy.screening.workers`: the pool of forked workers, in input order;
- :mod:`~policy.screening.spools`: where workers' decisions wait, and stale spools removed;
- :mod:`~policy.screening.writing` and :mod:`~policy.screening.progress`: the output
  (atomic for a file) and the progress line;
- :mod:`~policy.screening.files`: :func:`screen` itself.

This package is ``screening``, not ``screen``, so that ``policy.screen`` stays the function:
importing a subpackage ``policy.screen`` would rebind that name to the package.
"""

from __future__ import annotations

import typing

if typing.TYPE_CHECKING:
    from policy.screening.files import BadRecordsError, ScreenSummary, screen
    from policy.screening.formats import InputFormat, input_formats, register_input_format

# Imported on first use: the command line imports the formats registry to build its
# options without loading numpy and the compiled engine.
_LAZY = {
    "BadRecordsError": "policy.screening.files",
    "InputFormat": "policy.screening.formats",
    "ScreenSummary": "policy.screening.files",
    "input_formats": "policy.screening.formats",
    "register_input_format": "policy.screening.formats",
    "screen": "policy.screening.files",
}


def __getattr__(name: str) -> typing.Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = [
    "BadRecordsError",
    "InputFormat",
    "ScreenSummary",
    "input_formats",
    "register_input_format",
    "screen",
]
