"""spaCy without its command line: what an ingest imports of spaCy, and nothing it never runs.

``import spacy`` imports spaCy's own CLI (``from .cli.info import info``), and with it typer,
weasel, requests and httpx: about a tenth of a second of every ``atgard ingest`` that extracts
(``make bench``: one memo end to end), for commands atgard never calls. Making that import lazy
is open upstream (explosion/spaCy#13721, #13933). Until then the ingest process, before it first
imports spaCy, puts stand-ins for ``spacy.cli`` and ``spacy.cli.info`` in ``sys.modules``: each
loads the real module the first time anything of it is used (``spacy.info()``, ``spacy.cli.download``),
so that spaCy behaves as ever, only later. A process that imported spaCy already is left as it is.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path
from typing import Any


class _Deferred(types.ModuleType):
    """A module whose code runs the first time an attribute it lacks is asked for."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or self.__dict__.get("_atgard_loaded"):
            raise AttributeError(name)
        self.__dict__["_atgard_loaded"] = True
        spec = self.__spec__
        assert spec is not None and spec.loader is not None
        spec.loader.exec_module(self)
        return getattr(self, name)


def _deferred(name: str, source: Path, package: bool) -> _Deferred:
    spec = importlib.util.spec_from_file_location(
        name, source, submodule_search_locations=[str(source.parent)] if package else None
    )
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _Deferred
    return module  # type: ignore[return-value]


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, loaded when called."""
    info = sys.modules["spacy.cli.info"]
    if isinstance(info, _Deferred) and not info.__dict__.get("_atgard_loaded"):
        del info.info  # this stand-in: asked for again below, the module loads and defines its own
    return info.info(*args, **kwargs)


def without_spacy_cli() -> None:
    """Defer spaCy's CLI in this process (see the module's docstring); a no-op once spaCy is imported."""
    if "spacy" in sys.modules:
        return
    found = importlib.util.find_spec("spacy")  # a top-level name: found, not imported
    if found is None or found.origin is None:
        return
    cli_folder = Path(found.origin).parent / "cli"
    if not (cli_folder / "__init__.py").is_file() or not (cli_folder / "info.py").is_file():
        return  # another layout than spaCy 3's: import it as it is
    package = _deferred("spacy.cli", cli_folder / "__init__.py", package=True)
    info = _deferred("spacy.cli.info", cli_folder / "info.py", package=False)
    info.info = _info  # what ``spacy/__init__.py`` imports by name
    package.info = info
    sys.modules.setdefault("spacy.cli", package)
    sys.modules.setdefault("spacy.cli.info", info)
