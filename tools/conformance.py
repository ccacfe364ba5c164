"""The conformance run: atgard on the PDF test suites of public PDF readers (``make conformance``).

    python tools/conformance.py CONFORMANCE_DIR [--out .conformance] [--jobs 2] [--timeout 30]

CONFORMANCE_DIR holds the suites' PDFs (docs/conformance.md: pdf.js ``test/pdfs``, qpdf
``qpdf/qtest``, pdfplumber ``tests/pdfs``, copied out of fetched snapshots by tools/suite_pdfs.sh).
Each file is ingested with both backends (``atgard ingest``, one database per backend) and
the report (report.md, report.json in --out) counts internal errors, hangs and refusals by kind,
and gives per text PDF the word recall of the stored blocks against PDFium's own page text (the
share of each page's distinct words found, see ``recall``), and the agreement of the two
backends' blocks. A *text PDF* is one whose PDFium page text holds at
least MIN_TEXT_WORDS words; only those are scored for recall.

The reference text of each file is taken in a process of its own: a hostile file may crash or
hang PDFium, and that must cost only that file's reference, never the run.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sqlite3
import subprocess
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

BACKENDS = ("pdfium", "pdfplumber")
MIN_TEXT_WORDS = 20
LOW_RECALL = 0.8
AGREEMENT = 0.98  # below this share of common words the two backends disagree
REFERENCE_SECONDS = 60
WORD = re.compile(r"\w+")

BATCH_HOURS = 4  # one backend's ingest of all the suites still running after this is a hang
REFUSAL_KINDS = (  # message fragment → kind, first match wins
    ("hang:", "hang"),
    ("internal error", "internal error"),
    ("took longer than", "over --timeout"),
    ("no text layer", "no text layer"),
    ("gives no readable text", "text layer without readable text"),
    ("password", "password-protected"),
    ("truncated", "truncated"),
    ("not a PDF", "not a PDF"),
    ("empty file", "empty file"),
    ("characters: not a document page", "too many characters"),
    ("pages: more than", "too many pages"),
    ("damaged", "damaged"),
)


def words(text: str) -> list[str]:
    """Words for comparison: NFKC (ligatures and full-width forms spelt out), case folded.

    >>> words("The ﬃ-Oﬃce, 12 m²")
    ['the', 'ffi', 'office', '12', 'm2']
    """
    return WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def recall(pages: list[list[str]], found: Counter[str]) -> float:
    """Share of each page's distinct words found in the stored text, over all pages.

    Distinct words, because PDFs often draw the same text twice at one place (a
    shadow, a layer, fake bold), which a reader shows once and atgard stores once.
    Two differences of word division are not losses: a word broken by a hyphen at a
    line end counts as found where the stored text joined it, and a word PDFium runs
    together from two words placed apart without a space counts as found where the
    stored text has both. A script written without spaces (Chinese, Japanese) has no word division
    to compare: its "words" are PDFium's runs of characters, found where the stored text holds them.

    >>> recall([["exam", "ple", "text"], ["text", "text"]], Counter(["example", "text"]))
    1.0
    >>> recall([["a", "b", "c", "d"]], Counter(["a", "b"]))
    0.5
    >>> recall([["potatoradio"]], Counter(["potato", "radio"]))
    1.0
    >>> recall([["applica", "right", "column", "tion"]], Counter(["application", "right", "column"]))
    1.0
    >>> recall([["あ", "イーハ", "風の"]], Counter(["あのイーハトーヴォ"]))  # unspaced: "風の" is not in it
    0.6666666666666666
    """
    total = hits = 0
    for page in pages:
        distinct = list(dict.fromkeys(page))
        missed = [word for word in distinct if not found[word]]
        # the halves of a word broken at a line end (one of them may be a word of its own elsewhere on the page),
        # apart in PDFium's text where it reads across two columns
        joined = {first for first in missed if any(found[first + second] for second in distinct)}
        joined |= {second for second in missed if any(found[first + second] for first in distinct)}
        run_together = {w for w in missed if _two_found_words(w, found)}
        unspaced = {w for w in missed if _unspaced(w) and any(w in stored for stored in found if _unspaced(stored))}
        total += len(distinct)
        hits += len(distinct) - len(missed) + len(joined | run_together | unspaced)
    return hits / total if total else 1.0


def _unspaced(word: str) -> bool:
    """A word of a script written without spaces between words (East Asian wide characters)."""
    return all(unicodedata.east_asian_width(char) in ("W", "F") for char in word)


def _two_found_words(word: str, found: Counter[str]) -> bool:
    return any(found[word[:i]] and found[word[i:]] for i in range(1, len(word)))


def reference_words(path: Path) -> list[list[str]]:
    """PDFium's own text of each page, inside the page as a reader shows it: the CropBox cut to the
    MediaBox, as the PDF specification has it (PDFium's own bounds are the CropBox alone). Run in a child process.
    """
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    pages = []
    for index in range(len(pdf)):
        page = pdf[index]
        textpage = page.get_textpage()
        media, crop = page.get_mediabox(), page.get_cropbox()
        left, bottom = max(min(media[0], media[2]), crop[0]), max(min(media[1], media[3]), crop[1])
        right, top = min(max(media[0], media[2]), crop[2]), min(max(media[1], media[3]), crop[3])
        pages.append(
            words(textpage.get_text_bounded(left, bottom, right, top)) if right > left and top > bottom else []
        )
        textpage.close()
        page.close()
    pdf.close()
    return pages


def reference_in_child(path: Path) -> list[list[str]] | str:
    """The reference words, or why there are none ("crash", "hang", PDFium's error)."""
    command = [sys.executable, __file__, "--reference", str(path)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=REFERENCE_SECONDS)
    except subprocess.TimeoutExpired:
        return "hang"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        return f"PDFium could not read it: {last[:120]}"
    pages: list[list[str]] = json.loads(done.stdout)
    return pages


@dataclass
class Outcome:
    """One backend's ingest of the whole suite folder."""

    backend: str
    seconds: float
    exit_code: int
    errors: dict[str, str] = field(default_factory=dict)  # file → message


def ingest_all(root: Path, backend: str, out: Path, jobs: int, timeout: float, reuse: bool = False) -> Outcome:
    """One backend's ingest of the whole folder; with ``reuse``, the outcome of the last run (to rescore)."""
    saved = out / f"{backend}.outcome.json"
    if reuse and saved.exists():
        return Outcome(**json.loads(saved.read_text()))
    outcome = _ingest(root, backend, out, jobs, timeout)
    saved.write_text(json.dumps(vars(outcome), ensure_ascii=False))
    return outcome


def _ingest(root: Path, backend: str, out: Path, jobs: int, timeout: float) -> Outcome:
    database = out / f"{backend}.db"
    database.unlink(missing_ok=True)
    atgard = Path(sys.executable).with_name("atgard")
    command = [str(atgard), "ingest", str(root), "--db", str(database), "--json"]
    command += ["--backend", backend, "--jobs", str(jobs), "--timeout", str(timeout)]
    command += ["--no-ocr"]  # the readers' conformance: a scan in the suites is refused as before, not OCR'd
    started = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=BATCH_HOURS * 3600)
    except subprocess.TimeoutExpired as expired:
        outcome = Outcome(backend, round(time.perf_counter() - started, 1), -1)
        outcome.errors["(the batch)"] = f"hang: ingest still running after {BATCH_HOURS} h"
        stderr = expired.stderr.decode(errors="replace") if isinstance(expired.stderr, bytes) else ""
        _collect_errors(stderr or "", outcome)
        return outcome
    seconds = time.perf_counter() - started
    outcome = Outcome(backend, round(seconds, 1), done.returncode)
    _collect_errors(done.stderr, outcome)
    if done.returncode not in (0, 1, 2, 3):  # a crash of the batch itself, not a file refused
        outcome.errors["(the batch)"] = f"internal error: ingest ended with exit code {done.returncode}"
    return outcome


def _collect_errors(stderr: str, outcome: Outcome) -> None:
    for line in stderr.splitlines():
        if line.startswith("Error: "):
            path, _, message = line[len("Error: ") :].partition(": ")
            outcome.errors[path] = message


def refusal_kind(message: str) -> str:
    return next((kind for fragment, kind in REFUSAL_KINDS if fragment in message), "other")


def stored_words(database: Path, table: str = "blocks") -> dict[str, Counter[str]]:
    """Words of every stored document's blocks (table cells included), or with ``table="pages"`` of the
    lines its pages set aside (running headers and footers, lines printed in another direction), by document id."""
    found: dict[str, Counter[str]] = {}
    query = "SELECT document_id, text FROM blocks"
    if table == "pages":
        query = (
            "SELECT document_id, j.value FROM pages, json_each(pages.furniture) j WHERE pages.furniture IS NOT NULL "
            "UNION ALL SELECT document_id, j.value FROM pages, json_each(pages.asides) j WHERE pages.asides IS NOT NULL"
        )
    with sqlite3.connect(database) as db:
        has_furniture = any(row[1] == "asides" for row in db.execute("PRAGMA table_info(pages)"))
        if table == "blocks" or has_furniture:
            for document_id, text in db.execute(query):
                found.setdefault(document_id, Counter()).update(words(text))
        for (document_id,) in db.execute("SELECT id FROM documents"):
            found.setdefault(document_id, Counter())
    return found


def agreement(first: Counter[str], second: Counter[str]) -> float:
    """Common words over the larger of the two; 1.0 when both are empty.

    >>> agreement(Counter("a b c".split()), Counter("a b".split()))
    0.667
    """
    larger = max(sum(first.values()), sum(second.values()))
    return round(sum((first & second).values()) / larger, 3) if larger else 1.0


def difference(first: Counter[str], second: Counter[str]) -> str:
    """What sets two backends' words apart, in a few words, for the report.

    >>> difference(Counter(["Ἀθῆναι"]), Counter(["cid", "12"]))
    'pdfplumber reads glyphs without a Unicode mapping as (cid:N); pdfium 1 words, pdfplumber 2'
    """
    only_first = sorted((first - second).items(), key=lambda item: -item[1])[:3]
    only_second = sorted((second - first).items(), key=lambda item: -item[1])[:3]
    notes = []
    for backend, words_of in zip(BACKENDS, (first, second), strict=True):
        if words_of["cid"] > sum(words_of.values()) / 4:
            notes.append(f"{backend} reads glyphs without a Unicode mapping as (cid:N)")
    counts = f"{BACKENDS[0]} {sum(first.values())} words, {BACKENDS[1]} {sum(second.values())}"
    if notes:
        return "; ".join([*notes, counts])
    shown = "; ".join(
        f"only {backend}: {', '.join(w for w, _ in only)}"
        for backend, only in zip(BACKENDS, (only_first, only_second), strict=True)
        if only
    )
    return f"{counts}; {shown}"


def pdf_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@dataclass
class FileResult:
    path: str
    suite: str
    reference: int | str  # PDFium's word count, or why it has none
    refused: dict[str, str] = field(default_factory=dict)  # backend → message
    recall: dict[str, float] = field(default_factory=dict)  # backend → word recall of the blocks
    read: dict[str, float] = field(default_factory=dict)  # backend → of blocks, running lines and asides
    agreement: float | None = None
    difference: str = ""  # where the backends disagree: what differs

    @property
    def is_text(self) -> bool:
        return isinstance(self.reference, int) and self.reference >= MIN_TEXT_WORDS


def references_of(files: list[Path], out: Path, jobs: int, reuse: bool) -> list[list[list[str]] | str]:
    """PDFium's words of every file (kept in the output folder, so that --reuse need not take them again)."""
    saved = out / "references.json"
    if reuse and saved.exists():
        cached = json.loads(saved.read_text(encoding="utf-8"))
        if cached["files"] == [str(f) for f in files]:
            return list(cached["references"])
    with ThreadPoolExecutor(max_workers=jobs) as pool:  # threads only wait: each reference is a child process
        references = list(pool.map(reference_in_child, files))
    saved.write_text(json.dumps({"files": [str(f) for f in files], "references": references}), encoding="utf-8")
    return references


def score_files(root: Path, out: Path, outcomes: list[Outcome], jobs: int, reuse: bool) -> list[FileResult]:
    files = pdf_files(root)
    references = references_of(files, out, jobs, reuse)
    stored = {outcome.backend: stored_words(out / f"{outcome.backend}.db") for outcome in outcomes}
    furniture = {outcome.backend: stored_words(out / f"{outcome.backend}.db", "pages") for outcome in outcomes}
    results = []
    for path, reference in zip(files, references, strict=True):
        relative = path.relative_to(root)
        result = FileResult(str(relative), relative.parts[0], _word_count(reference))
        digest = sha256(path)
        for outcome in outcomes:
            if str(path) in outcome.errors:
                result.refused[outcome.backend] = outcome.errors[str(path)]
            elif digest in stored[outcome.backend] and not isinstance(reference, str):
                blocks = stored[outcome.backend][digest]
                result.recall[outcome.backend] = round(recall(reference, blocks), 3)
                result.read[outcome.backend] = round(recall(reference, blocks + furniture[outcome.backend][digest]), 3)
        in_both = [stored[o.backend].get(digest) for o in outcomes if str(path) not in o.errors]
        if len(in_both) == 2 and in_both[0] is not None and in_both[1] is not None:
            result.agreement = agreement(in_both[0], in_both[1])
            result.difference = difference(in_both[0], in_both[1])
        results.append(result)
    return results


def _word_count(reference: list[list[str]] | str) -> int | str:
    return reference if isinstance(reference, str) else sum(len(page) for page in reference)


def summarise(results: list[FileResult], outcomes: list[Outcome]) -> dict[str, object]:
    text = [r for r in results if r.is_text]
    summary: dict[str, object] = {
        "files": len(results),
        "by_suite": dict(Counter(r.suite for r in results)),
        "text_pdfs": len(text),
        "min_text_words": MIN_TEXT_WORDS,
        "reference_unreadable": sum(isinstance(r.reference, str) for r in results),
    }
    for outcome in outcomes:
        kinds = Counter(refusal_kind(m) for m in outcome.errors.values())
        scores = [r.read.get(outcome.backend, 0.0) for r in text]  # running headers and footers count as read
        in_blocks = [r.recall.get(outcome.backend, 0.0) for r in text]
        summary[outcome.backend] = {
            "seconds": outcome.seconds,
            "exit_code": outcome.exit_code,
            "internal_errors": kinds.pop("internal error", 0),
            "hangs": kinds.pop("hang", 0),
            "refusals": dict(kinds.most_common()),
            "text_pdfs_refused_as_scans": sum(
                refusal_kind(r.refused.get(outcome.backend, "")) == "no text layer" for r in text
            ),
            "mean_word_recall": round(sum(scores) / len(scores), 3) if scores else None,
            "mean_word_recall_blocks_only": round(sum(in_blocks) / len(in_blocks), 3) if in_blocks else None,
            "below_0_8": sum(score < LOW_RECALL for score in scores),
            "below_0_8_share": round(sum(score < LOW_RECALL for score in scores) / len(scores), 3) if scores else None,
        }
    return summary


def disagreements(results: list[FileResult]) -> list[dict[str, object]]:
    """Files the two backends read differently, with the reason."""
    rows: list[dict[str, object]] = []
    for r in results:
        if len(r.refused) == 1:
            ((backend, message),) = r.refused.items()
            rows.append({"file": r.path, "reason": f"only {backend} refuses it: {message}"})
        elif r.agreement is not None and r.agreement < AGREEMENT:
            reason = f"{r.agreement:.0%} of the words in common ({r.difference})"
            rows.append({"file": r.path, "reason": reason, "recall": r.recall})
    return rows


def write_report(out: Path, results: list[FileResult], outcomes: list[Outcome]) -> dict[str, object]:
    summary = summarise(results, outcomes)
    report = {
        "summary": summary,
        "disagreements": disagreements(results),
        "files": [vars(r) for r in results],
    }
    (out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    (out / "report.md").write_text(markdown(report, results), encoding="utf-8")
    return report


def markdown(report: dict[str, object], results: list[FileResult]) -> str:
    summary = report["summary"]
    assert isinstance(summary, dict)
    lines = [
        "# atgard conformance report",
        "",
        f"{summary['files']} PDFs ({', '.join(f'{k} {v}' for k, v in summary['by_suite'].items())}); "
        f"{summary['text_pdfs']} text PDFs (PDFium finds ≥ {MIN_TEXT_WORDS} words).",
        "",
        "| | " + " | ".join(BACKENDS) + " |",
        "|---|" + "---|" * len(BACKENDS),
    ]
    rows = [
        ("internal errors", "internal_errors"),
        ("hangs", "hangs"),
        ("text PDFs refused as scans", "text_pdfs_refused_as_scans"),
        ("mean word recall (text PDFs; blocks, running lines, asides)", "mean_word_recall"),
        ("mean word recall, blocks only", "mean_word_recall_blocks_only"),
        ("text PDFs below 0.8", "below_0_8"),
        ("share below 0.8", "below_0_8_share"),
        ("refusals by kind", "refusals"),
        ("seconds", "seconds"),
    ]
    for label, key in rows:
        lines.append(f"| {label} | " + " | ".join(_cell(summary[b][key]) for b in BACKENDS) + " |")
    low = sorted((r for r in results if r.is_text), key=lambda r: r.read.get(BACKENDS[0], 0.0))[:40]
    lines += ["", f"## Lowest word recall ({BACKENDS[0]}; blocks, running lines and asides; blocks only)", ""]
    lines += [
        f"- {r.path}: {r.read.get(BACKENDS[0], r.refused.get(BACKENDS[0]))}, {r.recall.get(BACKENDS[0])}" for r in low
    ]
    lines += ["", "## Where the two backends disagree", ""]
    lines += [f"- {row['file']}: {row['reason']}" for row in report["disagreements"]]  # type: ignore[union-attr]
    return "\n".join(lines) + "\n"


def _cell(value: object) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items()) or "none"
    return str(value)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("root", type=Path, nargs="?")
    parser.add_argument("--out", type=Path, default=Path(".conformance"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=30)
    parser.add_argument("--reuse", action="store_true", help="keep the last run's reference text and databases")
    parser.add_argument("--backends", default="", help="with --reuse: ingest anew with these (comma-separated)")
    parser.add_argument("--reference", type=Path, help=argparse.SUPPRESS)  # the child process's job
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.reference:
        print(json.dumps(reference_words(args.reference)))
        return 0
    if args.root is None or not args.root.is_dir():
        parser.error("give the folder of the suites' PDFs (CONFORMANCE_DIR); docs/conformance.md says how to make it")
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = args.backends.split(",") if args.reuse else list(BACKENDS)
    outcomes = [
        ingest_all(args.root, backend, args.out, args.jobs, args.timeout, args.reuse and backend not in wanted)
        for backend in BACKENDS
    ]
    results = score_files(args.root, args.out, outcomes, args.jobs, args.reuse)
    report = write_report(args.out, results, outcomes)
    print(json.dumps(report["summary"], ensure_ascii=False, indent=1))
    print(f"report: {args.out / 'report.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
