"""What makes extraction and ingest fast changes no result: the rules' literal test, the Docs made without
nlp.pipe, spaCy's CLI deferred, one file read without workers, the bench's batch, the store's own inserts,
the compiled loop of the glyphs' lines."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlite_utils import Database

from atgard.extract import answer_codes, answer_references, codes
from atgard.extract.analysis import Analysed, _locate
from atgard.extract.boards import load_register
from atgard.extract.document import extract_document  # every rule module, so RULES holds every rule
from atgard.extract.literals import absent, fold, has_digit, more_needles, needles, needs_digit
from atgard.extract.mentions import board_spans
from atgard.extract.mentions.shapes import SHAPE_FINDERS, regions, shape_finders
from atgard.extract.nlp import doc_text, make_docs, parsed, sentence_bounds, swedish_pipeline, token_starts, token_texts
from atgard.extract.read import helper, lines
from atgard.extract.read.backend_pdfium import open_pdfium
from atgard.extract.read.options import ReadOptions
from atgard.extract.read.pdf import read_pdf
from atgard.extract.read.raw_page import glyphs_of, page_frame
from atgard.extract.referrals.reading import GOES_ON, GOES_ON_REACH
from atgard.extract.rules import RULES, forget_texts, tracing
from atgard.output import cases, store
from atgard.output.store_rows import insert_rows
from atgard.pipeline import workers
from atgard.pipeline.ingest import ingest
from atgard.pipeline.workers import Batch, prepared_in_order

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ["examples/seed-lagesrapport.pdf", "tests/data/devset/pdf/d4-utl-pendelbatar.pdf"]

# Letters a case-insensitive pattern may hold, and the letters the engine folds beyond str.lower.
_LITERALS = "abcdefghijklmnopqrstuvwxyzåäöéüABZÅÄÖ0-.:§ " + "ıſµμσςβϐθϑκϰ"


@pytest.mark.parametrize("letter", list(_LITERALS))
def test_a_folded_text_holds_every_letter_the_engine_takes_for_a_needles_letter(letter: str) -> None:
    """The literal test is sound: whatever character the engine matches to a pattern's letter under
    IGNORECASE, the folded text holds the folded letter (so a text the pattern matches is never skipped)."""
    pattern = re.compile(re.escape(letter), re.IGNORECASE)
    for code in range(0x10000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        if pattern.fullmatch(chr(code)):
            assert fold(letter) in fold(chr(code)), (letter, hex(code))


def _texts() -> list[str]:
    blocks = [block.text for sample in SAMPLES for block in read_pdf(ROOT / sample).blocks]
    examples = [text for rule in RULES.values() for text in (*rule.matches, *rule.not_matches)]
    return blocks + examples + ["ſtadsdelsnämnden REMİSSİNSTANSER", "KULTURNÄMNDEN", ""]


def test_every_rule_finds_what_its_pattern_finds() -> None:
    """Each rule, its literal test first, against its bare pattern, over real blocks and every rule's examples."""
    texts = _texts()
    tested = 0
    for rule in RULES.values():
        tested += needles(rule.source, rule.flags) is not None
        for text in texts:
            bare = rule.pattern.search(text)
            found = rule.search(text)
            assert (found and found.span()) == (bare and bare.span()), (rule.name, text)
            assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.pattern.finditer(text)]
            assert rule.findall(text) == rule.pattern.findall(text)
    assert len(RULES) > 200 and tested > len(RULES) / 2  # most rules have a test of their own


def test_importing_the_extraction_compiles_few_rules() -> None:
    """A rule is compiled the first time it is run: one memo's ingest pays start-up for little else, and compiling
    all six hundred at import cost a fifth of a second of it."""
    script = (
        "import atgard.extract.document\n"
        "from atgard.extract.rules import RULES\n"
        "print(len(RULES), sum('pattern' in rule.__dict__ for rule in RULES.values()))"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    declared, compiled = map(int, done.stdout.split())
    assert declared > 500 and compiled < 10


def test_needles_are_what_every_match_holds() -> None:
    found = needles(r"\b(?:remitter|översänd)\w*\s+till\b", re.IGNORECASE)
    assert found is not None and found[1]
    assert absent(found, "Ärendet har skickats till nämnden.")
    assert not absent(found, "Ärendet ÖVERSÄNDS TILL nämnden.")
    # a part with a case rule of its own: each needle tested in the folded text (holding "svar" wherever the text does)
    assert needles(r"(?i:remiss)|svar") == (("remiss", "svar"), True)
    assert needles(r"\b(?:dnr|diarienr)\b") == (("diarienr", "dnr"), False)  # the parser's prefix "d" put back
    assert needles(r"(?=remiss)\w+") is None  # a look-ahead holds no needle
    # a further test: a rare mark however short, a word inside a group; not a comma or a stop
    assert more_needles(r"rapport\s+[”»]", re.IGNORECASE) == (("»", "”"),)
    assert more_needles(r"nämnder(?P<condition>[^.]*?\bsom\b)", re.IGNORECASE) == (("som",),)
    assert more_needles(r"rapport\s*[,.]", re.IGNORECASE) == ()


def test_a_block_going_on_is_searched_over_its_end_only() -> None:
    """GOES_ON's ending is at most GOES_ON_REACH characters before the spaces it ends with: searched from there, the
    rule finds the match it finds in the whole text."""
    ending = GOES_ON.source.removesuffix(r"\s*$")
    assert ending != GOES_ON.source
    assert _width(ending, GOES_ON.flags) == GOES_ON_REACH
    for text in [*_texts(), "A och\n", "till  \n", "x- \t"]:
        start = max(0, len(text.rstrip()) - GOES_ON_REACH)
        whole, tail = GOES_ON.pattern.search(text), GOES_ON.pattern.search(text, start)
        assert (whole and whole.span()) == (tail and tail.span()), text


def _width(pattern: str, flags: int) -> int:
    from re import _parser  # type: ignore[attr-defined]  # CPython's own, as extract/literals.py reads it

    return int(_parser.parse(pattern, flags).getwidth()[1])


def test_a_text_without_a_digit_is_left_only_by_rules_that_need_one() -> None:
    """find_codes and in_reply_to search no text without a digit: each of their rules needs one."""
    assert all(needs_digit(rule.source, rule.flags) for rule in (*codes.DIGIT_RULES, answer_references.IN_REPLY_TO))
    assert needs_digit(r"(?:[A-Z]\.?|\s)[0-9]+|(?i:nr)\s*\d")
    assert not needs_digit(r"\d|nr") and not needs_digit(r"[\d.]+")
    assert not needs_digit(r"(?=\d)\w+") and not needs_digit(r"[^\d]")
    for text in _texts():
        if not has_digit(text):
            assert not any(r.pattern.search(text) for r in (*codes.DIGIT_RULES, answer_references.IN_REPLY_TO))


def test_a_text_kept_fires_its_rules_again_as_a_run_anew() -> None:
    """A kept_by_text function asked again of an equal text records what running it again records."""
    texts = ["åtgärderna 2.1–2.3 och den sjätte av utredningens åtgärder", "Åtgärd A2.1", "inga koder här"]
    copies = [("x" + text)[1:] for text in texts * 2]  # equal texts, other objects
    traces = []
    for function in (answer_codes._codes_in.__wrapped__, answer_codes._codes_in):  # type: ignore[attr-defined]
        forget_texts()
        with tracing() as fired:
            results = [function(text) for text in copies]
        which = {id(text): n for n, text in enumerate(copies)}  # the text asked of (a part of it: -1)
        traces.append([(f.rule, f.text, f.start, f.end, which.get(id(f.text), -1)) for f in fired])
        assert results[:3] == results[3:] and results[0] == ("2.1", "2.2", "2.3", "6")
    assert traces[0] == traces[1] and traces[0]


def test_a_documents_shape_finders_find_every_blocks_bodies() -> None:
    """The finders a document's whole text leaves (shape_finders) find in each block what every finder finds."""
    register = load_register()
    nlp = swedish_pipeline(register)
    for sample in SAMPLES:
        texts = [block.text.replace("\n", " ") for block in read_pdf(ROOT / sample).blocks]
        finders = shape_finders("\n".join(texts))
        assert len(finders) < len(SHAPE_FINDERS)
        for doc in make_docs(nlp, texts):
            assert board_spans(doc, register, finders) == board_spans(doc, register)
    assert shape_finders("remitteras till Region Skåne och förvaltningen") == (regions,)


def test_docs_made_without_pipe_are_the_pipes() -> None:
    nlp = swedish_pipeline(load_register())
    texts = [block.text.replace("\n", " ") for block in read_pdf(ROOT / SAMPLES[0]).blocks]
    for made, piped in zip(make_docs(nlp, texts), nlp.pipe(texts), strict=True):
        assert [t.text for t in made] == [t.text for t in piped] == token_texts(made)
        assert [t.idx for t in made] == token_starts(made)
        assert doc_text(made) == made.text == piped.text
        assert doc_text(made) is not made.user_data["source"] or len(made) < 2  # a string of its own (evidence.py)
        assert sentence_bounds(made) == [(s.start, s.end) for s in piped.sents]
        assert [(s.start, s.end, s.label_, s.id_) for s in made.spans["boards"]] == [
            (s.start, s.end, s.label_, s.id_) for s in piped.spans["boards"]
        ]
        one = parsed(nlp, piped.text)  # a name's Doc (mentions/names.py): nlp(text), the ruler run as make_docs runs it
        assert [(s.start, s.end, s.label_, s.id_) for s in one.spans["boards"]] == [
            (s.start, s.end, s.label_, s.id_) for s in piped.spans["boards"]
        ]
        assert sentence_bounds(one) == sentence_bounds(made) and doc_text(one) == doc_text(made)


def test_lines_found_by_bisection_are_the_blocks_own() -> None:
    for block in read_pdf(ROOT / SAMPLES[1]).blocks:
        bounds = Analysed(0, block, None, [])._line_bounds  # type: ignore[arg-type]
        size = len(block.text)
        for start in range(-1, size + 2, 7):
            for end in (start, start + 1, start + 40, size + 1):
                assert _locate(block, start, end, bounds) == block.locate(start, end)


def test_the_ingest_imports_spacy_without_its_cli() -> None:
    code = (
        "import sys; from atgard.pipeline.lean import without_spacy_cli; without_spacy_cli(); import spacy; "
        "spacy.blank('sv'); print('typer' in sys.modules, 'weasel' in sys.modules); "
        "print(sorted(spacy.info())[:1]); from spacy.cli import download; print(callable(download))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.split("\n")
    assert out[0] == "False False"  # the CLI was not imported for the pipeline
    assert out[1].startswith("[") and out[2] == "True"  # and is all there when asked for


def test_one_file_starts_no_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(jobs: int) -> None:
        raise AssertionError("a pool was started for one file")

    monkeypatch.setattr(workers, "_pool", no_pool)
    turns = list(prepared_in_order([ROOT / SAMPLES[0]], Batch(frozenset(), ReadOptions()), 2))
    assert [turn.result().page_count for turn in turns] == [11]


def test_the_bench_batch_copies_every_file_with_bytes_of_its_own(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from batch import big_batch, page_count

    sources = [ROOT / "examples/dold-potential-atgarder.pdf", ROOT / "examples/seed-lagesrapport.pdf"]
    files, copies = big_batch(sources, tmp_path / "batch", pages=20)
    assert copies * sum(page_count(s) for s in sources) >= 20
    assert len(files) == 2 * copies and len({f.read_bytes() for f in files}) == len(files)
    assert all(read_pdf(f).blocks for f in files[:2])


def test_extraction_is_the_same_for_every_copy() -> None:
    """A document extracted twice in one process (vocabulary and caches warm) gives the same result."""
    read = read_pdf(ROOT / SAMPLES[1])
    register = load_register()
    assert extract_document(read, register=register) == extract_document(read, register=register)


def _insert_all(db: Any, table: str, rows: Any, *, ignore: bool = False) -> None:
    db.table(table).insert_all(rows, ignore=ignore)


def test_rows_are_stored_as_sqlite_utils_stores_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's own executemany (store_rows.py) writes the database sqlite-utils' insert_all wrote, row for row:
    documents, a new version of one and every item table, the same values and rowids."""
    files = [ROOT / "examples/seed-lagesrapport.pdf", ROOT / "tests/data/devset/pdf/d4-utl-pendelbatar.pdf"]
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(files[0].read_bytes() + b"\n% another version\n")
    dumps = []
    for name in ("fast", "sqlite-utils"):
        if name == "sqlite-utils":
            monkeypatch.setattr(store, "insert_rows", _insert_all)
            monkeypatch.setattr(cases, "insert_rows", _insert_all)
        db = tmp_path / f"{name}.db"
        ingest([*files, copy], db)
        with sqlite3.connect(db) as connection:
            connection.execute("UPDATE documents SET ingested_at = ''")
            assert connection.execute("SELECT max(version) FROM documents").fetchone()[0] == 2
            dumps.append(list(connection.iterdump()))
    assert dumps[0] == dumps[1]


def test_odd_values_are_stored_as_sqlite_utils_stores_them(tmp_path: Path) -> None:
    row = {"a": [1, "å"], "b": {"x": (1, 2)}, "c": (3,), "d": Decimal("1.5"), "e": date(2025, 1, 2), "f": True}
    tables = []
    for name, write in (("fast", insert_rows), ("sqlite-utils", _insert_all)):
        db = Database(tmp_path / f"{name}.db")
        db.execute("CREATE TABLE t (a, b, c, d, e, f, g)")
        write(db, "t", [row, {"g": b"\x00"}])
        tables.append(db.execute("SELECT rowid, * FROM t").fetchall())
    assert tables[0] == tables[1]


def test_the_compiled_bands_are_the_numpy_bands() -> None:
    """The glyphs' lines from the helper's loop (native/pdfium_chars.c) are those of the numpy loop, on every
    page of the samples and on made-up pages with ties, NaN and infinite sizes, NaN centres (sorted last)."""
    if helper.HELPER is None:
        pytest.skip("installed without the helper (ATGARD_WITHOUT_HELPER=1)")
    pages = []
    for sample in SAMPLES:
        with open_pdfium(ROOT / sample) as (_, raw_pages):
            for page in raw_pages:
                glyphs = glyphs_of(page.chars, page.width, page.height, page_frame(page.chars, page.width, page.height))
                centre = np.sort((glyphs.top + glyphs.bottom) / 2)
                pages.append((centre, glyphs.size[np.argsort((glyphs.top + glyphs.bottom) / 2, kind="stable")]))
    random = np.random.default_rng(38)
    for trial in range(2000):
        count = int(random.integers(1, 60))
        centre = np.sort(np.round(random.uniform(0, 100, count), trial % 2))
        sizes = [0.0, 6.0, 10.0, 11.0, 12.0, 24.0, np.nan, np.inf]
        size = random.choice(sizes, count) if trial % 3 else random.uniform(5, 20, count)
        if trial % 5 == 0:
            centre[-int(random.integers(1, count + 1)) :] = np.nan
        pages.append((centre, size))
    for centre, size in pages:
        assert lines._bands(centre, size).tolist() == lines._bands_in_c(centre, size).tolist()


def test_no_rule_reads_a_lexical_attribute_spacy_does_not_set() -> None:
    """The pipeline sets only the lexical attributes the extraction reads (``nlp._READ_ATTRIBUTES``): any other a
    rule read would be False or 0 on every word, silently. A read of one anywhere in the sources fails here."""
    unset = re.compile(
        r"\.(?:is_alpha|is_ascii|is_digit|is_lower|is_punct|is_space|is_title|is_upper|is_stop|is_oov|is_currency|"
        r"is_quote|is_bracket|is_left_punct|is_right_punct|like_url|like_num|like_email|shape_?|cluster|prob)\b"
    )
    reads = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("extract", "output", "pipeline")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if unset.search(line)
    ]
    assert reads == []
    nlp = swedish_pipeline(load_register())
    doc = nlp.make_doc("Kulturnämnden, 2027.")
    assert [token.lower_ for token in doc] == ["kulturnämnden", ",", "2027", "."]
