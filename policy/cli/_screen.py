"""The old home of ``policy screen``'s machinery, now the library package
:mod:`policy.screening`: each name here reads and writes its new home (so that replacing
one, as tests do with ``monkeypatch``, reaches the code that uses it). New code imports from
:mod:`policy.screening`; this module goes once nothing names it.
"""

from __future__ import annotations

from policy._aliases import alias_names

_S = "policy.screening."

alias_names(
    __name__,
    {
        "BLANK": (_S + "reading", "BLANK"),
        "Block": (_S + "reading", "Block"),
        "CHUNK": (_S + "csv", "CHUNK"),
        "Progress": (_S + "progress", "Progress"),
        "RANGE_BYTES": (_S + "reading", "RANGE_BYTES"),
        "Range": (_S + "reading", "Range"),
        "Result": (_S + "decisions", "Result"),
        "SHM": (_S + "spools", "SHM"),
        "SPOOL_ENV": (_S + "spools", "SPOOL_ENV"),
        "Settings": (_S + "settings", "Settings"),
        "_BLOCK": (_S + "reading", "BLOCK_BYTES"),
        "_RANGE_READ_LIMIT": (_S + "tasks", "RANGE_READ_LIMIT"),
        "_parent_death_signal": (_S + "workers", "parent_death_signal"),
        "_splice": (_S + "spools", "splice"),
        "bounded_lines": (_S + "reading", "bounded_lines"),
        "csv_chunks": (_S + "csv", "csv_chunks"),
        "csv_record": (_S + "csv", "csv_record"),
        "decide_block": (_S + "tasks", "decide_block"),
        "decide_chunk": (_S + "decisions", "decide_chunk"),
        "decide_data": (_S + "tasks", "decide_data"),
        "decide_range": (_S + "tasks", "decide_range"),
        "exit_on_sigterm": (_S + "workers", "exit_on_sigterm"),
        "file_ranges": (_S + "reading", "file_ranges"),
        "regular_file": (_S + "reading", "regular_file"),
        "remove_stale_spools": (_S + "spools", "remove_stale_spools"),
        "spool_dir": (_S + "spools", "spool_dir"),
        "spool_directory": (_S + "spools", "spool_directory"),
        "spool_roots": (_S + "spools", "spool_roots"),
        "stream_blocks": (_S + "reading", "stream_blocks"),
    },
)
