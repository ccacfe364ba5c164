"""spaCy without its command line: what an ingest imports of spaCy, and nothing it never runs.

``import spacy`` imports spaCy's own CLI (``from .cli.info import info``), and with it typer,
weasel, requests and httpx: about a tenth of a second of every ``atgard ingest`` that extracts
(``make bench``: one memo end to end), for commands atgard never calls. Making that import lazy
is open upstream (explosion/spaCy#13721, #13933). Until then the ingest process, before it first
imports spaCy, puts stand-ins for ``spacy.cli`` and ``spacy.cli.info`` in ``sys.modules``: each
runs the real module's code the first time anything it lacks is asked of it (``spacy.info()``,
``from spacy.cli import download``, ``spacy.cli.setup_cli``), so that spaCy behaves as ever, only
later. One thing differs: a ``spacy.cli.*`` module imported by name before anything is asked of the
package finds the package's own code not yet run; nothing in an ingest imports spaCy's CLI at all.
A process that imported spaCy already is left as it is.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

_PACKAGE, _INFO = "spacy.cli", "spacy.cli.info"


class _Deferred(types.ModuleType):
    """A module whose code runs the first time an attribute it lacks is asked for (or :meth:`load`)."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or self.__dict__.get("_atgard_loaded"):
            raise AttributeError(name)
        self.load()
        return getattr(self, name)

    def load(self) -> None:
        if self.__dict__.get("_atgard_loaded"):
            return
        self.__dict__["_atgard_loaded"] = True
        parent = sys.modules.get(self.__name__.rpartition(".")[0])
        if isinstance(parent, _Deferred):
            parent.load()  # a package's own code runs before its modules', as an import runs them
        spec = self.__spec__
        assert spec is not None and spec.loader is not None
        spec.loader.exec_module(self)


def _deferred(name: str, source: Path, package: bool) -> _Deferred:
    spec = importlib.util.spec_from_file_location(
        name, source, submodule_search_locations=[str(source.parent)] if package else None
    )
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _Deferred
    return module  # type: ignore[return-value]


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: the real one, loaded when called (its module's code replaces this stand-in)."""
    module = sys.modules[_INFO]
    if isinstance(module, _Deferred):
        module.load()
    return module.__dict__["info"](*args, **kwargs)


def without_spacy_cli() -> None:
    """Defer spaCy's CLI in this process (see the module's docstring); a no-op once spaCy is imported."""
    if "spacy" in sys.modules or _PACKAGE in sys.modules:
        return
    found = importlib.util.find_spec("spacy")  # a top-level name: found, not imported
    if found is None or found.origin is None:
        return
    folder = Path(found.origin).parent / "cli"
    if not (folder / "__init__.py").is_file() or not (folder / "info.py").is_file():
        return  # another layout than spaCy 3's: imported as it is
    package = _deferred(_PACKAGE, folder / "__init__.py", package=True)
    info = _deferred(_INFO, folder / "info.py", package=False)
    info.__dict__["info"] = _info  # what ``spacy/__init__.py`` imports by name
    package.__dict__["info"] = info
    sys.modules[_PACKAGE], sys.modules[_INFO] = package, info
