"""Importing a user's regime module, guarded: whatever the import raises becomes an
:class:`~policy.errors.InputError` at the user's file and line, never a traceback, and a
dotted name is never picked up from the working directory."""

from __future__ import annotations

import importlib
import importlib.util
import os
import re
import sys
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from policy._signals import sigint_received
from policy.errors import InputError, PolicyError, UnknownNameError
from policy.loading.errors import format_validation_error
from policy.loading.locate import locate, python_error
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
        raise _validation_error(e, where) from None
    except PolicyError as e:
        raise _policy_error(e, where) from None
    except Exception as e:
        raise _user_error(e, where) from None
    except KeyboardInterrupt as e:
        if sigint_received() is not False:
            raise  # a real Ctrl-C (or a library caller, who cannot tell): interrupt
        raise _user_error(e, where) from None
    except BaseException as e:  # GeneratorExit, or the module's own BaseException subclass
        raise _user_error(e, where) from None


#: ``file:line``, the shape of a place that needs no further locating.
_FILE_LINE = re.compile(r".+:\d+")


def _at(
    e: BaseException,
    where: str,
    message: str,
    *,
    values: tuple[object, ...] = (),
    fields: tuple[str, ...] = (),
) -> InputError:
    """``message`` placed at the argument of the user's code that raised ``e`` (see
    :mod:`policy.loading.locate`), with the rule it belongs to; at ``where`` when no frame
    of the traceback is the user's."""
    found = locate(e, values=values, fields=fields)
    if found is None:
        return InputError(message, where=where)
    text = f"{found.context}: {message}" if found.context else message
    return InputError(text + found.hint, where=found.where)


def _validation_error(e: ValidationError, where: str) -> InputError:
    errors = e.errors(include_url=False)
    for err in errors:
        cause = (err.get("ctx") or {}).get("error")
        if isinstance(cause, PolicyError) and cause.where and _FILE_LINE.fullmatch(cause.where):
            # raised by a model validator that knew the place (a rule id used twice)
            return InputError(cause.message, where=cause.where)
    values = tuple(
        err["input"] for err in errors if isinstance(err.get("input"), str | int | float)
    )
    fields = tuple(str(err["loc"][0]) for err in errors if err.get("loc"))
    return _at(e, where, format_validation_error(e).message, values=values, fields=fields)


def _policy_error(e: PolicyError, where: str) -> InputError:
    if e.where and _FILE_LINE.fullmatch(e.where):
        return InputError(e.message, where=e.where)  # already names its file and line
    values = (e.name,) if isinstance(e, UnknownNameError) else ()
    return _at(e, where, str(e), values=values)


def _user_error(e: BaseException, where: str) -> InputError:
    if isinstance(e, TypeError) and "unexpected keyword argument" in str(e):
        return _at(e, where, str(e))
    if isinstance(e, NameError | AttributeError | ImportError):
        # Python's own words, with its "Did you mean" for a misspelt name
        return _at(e, where, f"importing the regime module raised {python_error(e)}")
    what = type(e).__name__
    text = str(e)
    if len(text) > 400:
        text = text[:397] + "..."
    message = f"importing the regime module raised {what}" + (f": {text}" if text else "")
    return _at(e, where, message)
