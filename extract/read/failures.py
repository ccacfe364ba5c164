"""Why a file could not be read, in a clerk's words: a damaged file, a locked one, or none of these.

The PDF libraries raise many unrelated exceptions on broken files, Python's own among them (an
index out of range deep in pdfminer). Such an exception is the file's fault only when the library
raised it; one raised in atgard's own code is atgard's bug, and is never passed off as a damaged
PDF (:func:`refusal` returns None for it, and the caller raises it again).
"""

from __future__ import annotations

import builtins
import sysconfig
from pathlib import Path
from types import TracebackType

from atgard.extract.read.patterns import STALE_PDFIUM_REASON, WHITESPACE_RUN
from atgard.schema.errors import InputError

# The libraries that parse PDFs for atgard, by the top-level module their code is in, and their names in a message.
LIBRARIES = {
    "pdfminer": "pdfminer",
    "pdfplumber": "pdfminer",
    "pypdfium2": "PDFium",
    "pypdfium2_raw": "PDFium",
    "PIL": "Pillow",
    "cryptography": "pdfminer",
}
_STANDARD_LIBRARY = tuple({sysconfig.get_paths()["stdlib"], sysconfig.get_paths()["platstdlib"]})
_PASSWORD_PROTECTED = "password-protected PDF: remove the password (or ask the sender for an open copy) and try again"


def refusal(error: Exception, path: Path, opened: bool) -> InputError | None:
    """The refusal of ``path`` for ``error``, raised while reading it; None when the error is atgard's own bug.

    atgard's own refusal inside a parser's exception (the time limit's alarm, which pdfminer catches
    and raises again as its own) comes out as it was.
    """
    own = _own_error(error)
    if own is not None:
        return own
    if isinstance(error, RecursionError):
        return InputError(path, "damaged PDF: its objects refer to each other in a loop")
    if isinstance(error, MemoryError):
        return InputError(path, "damaged PDF: reading it asks for more memory than there is")
    library = raised_by(error.__traceback__)
    if library is None:
        return None
    return InputError(path, _describe_failure(error, path, opened, library))


def raised_by(traceback: TracebackType | None) -> str | None:
    """The PDF library whose code raised an exception (its name for a message), or None when it was not one
    of them: the innermost frame outside Python's standard library decides (a library calling ``int()``
    raises from its own frame; atgard calling the library's ``int()`` does too, from the library's)."""
    module = None
    while traceback is not None:
        frame = traceback.tb_frame
        if not _in_standard_library(frame.f_code.co_filename):
            module = str(frame.f_globals.get("__name__", ""))
        traceback = traceback.tb_next
    return LIBRARIES.get((module or "").split(".")[0])


def _in_standard_library(filename: str) -> bool:
    return filename.startswith("<") or (filename.startswith(_STANDARD_LIBRARY) and "-packages" not in filename)


def _own_error(error: BaseException) -> InputError | None:
    """atgard's own error inside a parser's (the time limit's alarm, caught and re-raised by pdfminer).

    >>> try:
    ...     try:
    ...         raise InputError(Path("a.pdf"), "took longer than 30 s to read")
    ...     except InputError as inner:
    ...         raise ValueError("pdfminer gave up") from inner
    ... except ValueError as outer:
    ...     print(_own_error(outer))
    a.pdf: took longer than 30 s to read
    """
    return next((e for e in _chain(error) if isinstance(e, InputError)), None)


def _chain(error: BaseException) -> list[BaseException]:
    """An exception and those it came from (cause or context), each once."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or current.__context__
    return chain


def _describe_failure(error: BaseException, path: Path, opened: bool, library: str) -> str:
    """Why a file could not be parsed, in a clerk's words. A file that would not open is password-protected
    when it declares encryption (an /Encrypt entry) and the parser failed at the lock or, as PDFium does,
    without a reason of its own to trust (its message can be stale). One that opened was readable (an owner
    password only restricts editing) and is damaged. The library's own message says where when it has one;
    Python's own ("list index out of range") says nothing to a clerk, so the library is named instead."""
    chain = _chain(error)
    said = " ".join(type(e).__name__ + " " + str(e) for e in chain).lower()
    at_the_lock = "password" in said or "encrypt" in said or "failed to load document" in said
    if not opened and at_the_lock and _declares_encryption(path):
        return _PASSWORD_PROTECTED
    last = chain[-1]
    if type(last).__module__ == builtins.__name__:
        return f"damaged PDF that cannot be parsed ({library} cannot follow its structure)"
    detail = STALE_PDFIUM_REASON.sub("", WHITESPACE_RUN.sub(" ", str(last) or type(last).__name__))[:120]
    return f"damaged PDF that cannot be parsed ({detail})"


def _declares_encryption(path: Path) -> bool:
    """The file names an encryption dictionary; the key is never inside a compressed stream."""
    try:
        return b"/Encrypt" in path.read_bytes()
    except OSError:
        return False
