"""Importing a user's regime module, guarded: whatever the import raises becomes an
:class:`~policy.errors.InputError` at the user's file and line, never a traceback, and a
dotted name is never picked up from the working directory."""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import sys
import traceback
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from policy._signals import sigint_received
from policy.errors import InputError, PolicyError
from policy.loading.errors import format_validation_error
from policy.model.rules import relative_path


def import_module_by_name(spec: str, *, search_cwd: bool) -> Any:
    """Import a dotted name from the installed packages and the paths on ``PYTHONPATH``,
    never from the working directory: a dotted name does not pick up a same-named file that
    happens to lie where the command runs (give a path, ``./name.py``, to mean that file)."""
    implicit = () if search_cwd else ("", ".", os.getcwd())
    saved = list(sys.path)
    named = set(os.environ.get("PYTHONPATH", "").split(os.pathsep)) - {""}
    sys.path[:] = [p for p in sys.path if p not in implicit or p in named]
    try:
        return guarded(lambda: importlib.import_module(spec), where=spec, module=spec)
    finally:
        sys.path[:] = saved


def import_path(path: Path) -> Any:
    """Import a ``.py`` file the user names (its directory first on ``sys.path`` while it
    runs, so its own imports of its neighbours work), under the guard."""
    name = "policy_user_regimes_" + re.sub(r"\W", "_", path.stem)
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise InputError("cannot import this file", where=str(path))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    parent = str(path.resolve().parent)
    sys.path.insert(0, parent)
    loader = spec.loader
    try:
        guarded(lambda: loader.exec_module(module), where=str(path), module=None)
    except BaseException:
        sys.modules.pop(name, None)
        raise
    finally:
        if sys.path and sys.path[0] == parent:
            sys.path.pop(0)
    return module


def guarded(run: Any, *, where: str, module: str | None) -> Any:
    """Run the import of a user's regime module; whatever it raises (a syntax error, a
    failed validation, any exception, even ``sys.exit``, ``GeneratorExit`` or its own
    ``BaseException`` subclass) becomes an InputError at the user's file and line, since the
    mistake is in their code, not in policy. A ``KeyboardInterrupt`` is the module's own
    (an InputError too) unless a real SIGINT arrived (see :mod:`policy._signals`): a Ctrl-C
    during the import interrupts the command."""
    try:
        return run()
    except ModuleNotFoundError as e:
        if (
            module is not None
            and e.name is not None
            and (module == e.name or module.startswith(e.name + "."))
        ):
            raise InputError(f"cannot import module: {e}", where=where) from None
        raise _user_error(e, where) from None
    except SyntaxError as e:
        at = f"{relative_path(e.filename)}:{e.lineno}" if e.filename and e.lineno else where
        raise InputError(f"invalid Python: {e.msg}", where=at) from None
    except SystemExit as e:
        raise InputError(
            f"the module called sys.exit({e.code!r}) while being imported", where=where
        ) from None
    except ValidationError as e:
        raise format_validation_error(e, where=_user_frame(e, where)) from None
    except PolicyError as e:
        raise InputError(str(e), where=_user_frame(e, where)) from None
    except Exception as e:
        raise _user_error(e, where) from None
    except KeyboardInterrupt as e:
        if sigint_received() is not False:
            raise  # a real Ctrl-C (or a library caller, who cannot tell): interrupt
        raise _user_error(e, where) from None
    except BaseException as e:  # GeneratorExit, or the module's own BaseException subclass
        raise _user_error(e, where) from None


def _user_error(e: BaseException, where: str) -> InputError:
    what = type(e).__name__
    text = str(e)
    if len(text) > 400:
        text = text[:397] + "..."
    return InputError(
        f"importing the regime module raised {what}" + (f": {text}" if text else ""),
        where=_user_frame(e, where),
    )


def _user_frame(e: BaseException, where: str) -> str:
    """``file:line`` of the innermost frame of ``e`` in the user's code (outside policy,
    pydantic and the standard library), or ``where`` when there is none."""
    found = where
    for frame in traceback.extract_tb(e.__traceback__):
        name = os.path.abspath(frame.filename)
        if frame.filename.startswith("<") or name.startswith(_LIBRARY_DIRS):
            continue
        found = f"{relative_path(name)}:{frame.lineno}"
    return found


def _library_dirs() -> tuple[str, ...]:
    import sysconfig

    import pydantic
    import pydantic_core

    dirs = {
        str(Path(__file__).resolve().parents[1]),  # policy itself, not just this package
        str(Path(pydantic.__file__).resolve().parent),
        str(Path(pydantic_core.__file__).resolve().parent),
        sysconfig.get_paths()["stdlib"],
    }
    return tuple(os.path.abspath(d) + os.sep for d in sorted(dirs))


_LIBRARY_DIRS = _library_dirs()
