"""Honest errors: a damaged file is refused in words, atgard's own bug is never passed off as a damaged PDF."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import atgard.extract.read.pdf as reader
from atgard.extract.read import backend_pdfium, backend_pdfplumber
from atgard.extract.read.failures import raised_by, refusal
from atgard.extract.read.pdf import read_pdf
from atgard.schema.errors import InputError

FILE = Path("trasig.pdf")


def _raised_in(module: str, error: Exception) -> Exception:
    """``error`` as raised by code of ``module`` (a library's, as the traceback tells it)."""
    code = compile("def fail(error):\n    raise error\n", f"/site-packages/{module.replace('.', '/')}.py", "exec")
    scope: dict[str, object] = {"__name__": module}
    exec(code, scope)
    try:
        scope["fail"](error)  # type: ignore[operator]
    except Exception as raised:
        return raised
    raise AssertionError("not raised")


def test_python_errors_inside_a_pdf_library_are_refused_in_words() -> None:
    error = _raised_in("pdfminer.pdfparser", IndexError("list index out of range"))
    assert raised_by(error.__traceback__) == "pdfminer"
    refused = refusal(error, FILE, opened=True)
    assert str(refused) == "trasig.pdf: damaged PDF that cannot be parsed (pdfminer cannot follow its structure)"
    none = _raised_in("pdfplumber.page", TypeError("'NoneType' object is not iterable"))
    assert "NoneType" not in str(refusal(none, FILE, opened=True))


def test_a_library_s_own_error_keeps_its_words() -> None:
    class PDFSyntaxError(Exception):
        pass

    error = _raised_in("pdfminer.pdfparser", PDFSyntaxError("No /Root object! - Is this really a PDF?"))
    assert str(refusal(error, FILE, opened=True)).endswith("(No /Root object! - Is this really a PDF?)")


def test_atgard_s_own_errors_are_not_refusals() -> None:
    try:
        int(float("nan"))
    except ValueError as error:
        assert raised_by(error.__traceback__) is None
        assert refusal(error, FILE, opened=True) is None


def test_a_bug_in_reading_is_an_internal_error_not_a_damaged_pdf(
    examples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object) -> None:
        raise ValueError("cannot convert float NaN to integer")

    monkeypatch.setattr(reader, "_read_page", broken)
    for backend in ("pdfium", "pdfplumber"):
        with pytest.raises(ValueError, match="NaN"):
            read_pdf(examples / "dold-potential-atgarder.pdf", backend=backend)


def test_a_nan_in_a_glyph_matrix_drops_that_text_not_the_file(data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """PDFium's matrix for one text object is NaN: its characters are not read, the rest of the file is."""
    original, calls = backend_pdfium._char_matrix, []

    def nan_once(textpage: object, index: int, matrix: backend_pdfium._Matrix) -> int:
        result = original(textpage, index, matrix)
        if not calls:
            matrix.a = math.nan
        calls.append(index)
        return result

    whole = read_pdf(data / "konstruerad-remissvar.pdf")
    monkeypatch.setattr(backend_pdfium, "_char_matrix", nan_once)
    monkeypatch.setattr(backend_pdfium, "_HELPER", None)  # the Python loops ask through _char_matrix; the helper not
    read = read_pdf(data / "konstruerad-remissvar.pdf")
    assert 0 < sum(page.char_count for page in read.pages) < sum(page.char_count for page in whole.pages)


@pytest.mark.parametrize(
    "char",
    [
        {"matrix": (math.nan, 0, 0, 12, 72, 700)},
        {"matrix": (12, 0, 0, 12, 72, 700), "x0": math.inf},
        {"matrix": (12, 0, 0, 12, 72, 700), "top": None},
        {"matrix": None},
    ],
)
def test_pdfminer_characters_at_no_finite_point_are_not_read(char: dict[str, object]) -> None:
    placed = {"x0": 72.0, "x1": 80.0, "top": 130.0, "bottom": 142.0, "y0": 700.0, "size": 12.0, "adv": 0.5}
    assert backend_pdfplumber._placed({**placed, "matrix": (12, 0, 0, 12, 72, 700)})
    assert not backend_pdfplumber._placed({**placed, **char})


def test_every_refusal_of_a_damaged_file_is_in_words(tmp_path: Path, examples: Path) -> None:
    """Both backends, a file cut short and one with its cross-reference garbled: one line, no Python text."""
    data = (examples / "dold-potential-atgarder.pdf").read_bytes()
    cut, garbled = tmp_path / "kort.pdf", tmp_path / "trasig.pdf"
    cut.write_bytes(data[: len(data) // 3])
    garbled.write_bytes(data.replace(b"xref", b"xrfe").replace(b"/Root", b"/Rota"))
    for path in (cut, garbled):
        for backend in ("pdfium", "pdfplumber"):
            try:
                read_pdf(path, backend=backend)
            except InputError as error:
                message = str(error)
                assert message.startswith(str(path)) and "\n" not in message
                assert not any(word in message for word in ("index out of range", "NoneType", "object is not"))


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_a_page_number_of_zero_pages_declares_no_count(tmp_path: Path, backend: str) -> None:
    """Found by `make fuzz`: "Sida 1 (0)" in the running header was a validation error, not a document."""
    import pikepdf

    pdf = pikepdf.new()
    font = pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)
    page = pdf.add_blank_page(page_size=(595, 842))
    page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pdf.make_indirect(font)))
    body = b"".join(
        b"BT /F1 11 Tf 72 %d Td (Stycke %d om remissen och dess svar.) Tj ET\n" % (700 - 14 * n, n) for n in range(8)
    )
    page.Contents = pdf.make_stream(b"BT /F1 9 Tf 480 800 Td (Sida 1 \\(0\\)) Tj ET\n" + body)
    pdf.save(tmp_path / "noll.pdf")
    document = read_pdf(tmp_path / "noll.pdf", backend=backend)  # type: ignore[arg-type]
    assert document.header.page_count is None and document.blocks
