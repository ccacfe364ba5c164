"""The long fuzz run behind `make fuzz`: mutated PDFs read by both backends, in worker processes.

Each mutation of a seed PDF (bytes flipped, the file cut short, an object dropped, a stream's bytes
replaced, junk spliced in, numbers in a page's drawing made huge or nonsense) is read with
``read_pdf`` by PDFium and by pdfplumber, each in a worker process with a time limit. A reading
must end in a document or in atgard's own one-line refusal that names the problem in words. Counted
as failures: an internal error (any other exception), a refusal carrying Python's own text ("list
index out of range"), a hang (no answer in --hang seconds: the worker is killed) and a crash (the
worker died). The seeds are every PDF under the folders of FUZZ_SEEDS (or --seeds), by default the
repository's samples, fixtures and development set.

Usage: python tools/fuzz.py [--mutations N] [--seeds DIR ...] [--jobs N] [--failures DIR] [--report FILE]
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import multiprocessing.connection
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEEDS = [ROOT / "examples", ROOT / "tests" / "data"]  # tests/data holds the development set too
BACKENDS = ("pdfium", "pdfplumber")
MAX_SEED_BYTES = 400_000  # small seeds: many mutations an hour
READ_SECONDS = 20.0  # read_pdf's own limit: a refusal "took longer than ..."
HANG_SECONDS = 60.0  # no answer by then: a hang
MEMORY_BYTES = 3 * 1024**3
# Python's own words, which a clerk should never read in a refusal.
PYTHON_TEXT = re.compile(
    r"index out of range|object is not|NoneType|has no attribute|unsupported operand|invalid literal"
    r"|convert float|not subscriptable|referenced before assignment|division by zero|unhashable|KeyError"
    r"|TypeError|ValueError|IndexError|AttributeError|takes \d+ positional|missing \d+ required|not iterable"
    r"|unexpected keyword|out of range|must be real number|Traceback",
)
NUMBERS = [b"1e400", b"-1e400", b"99999999999999999999999999999999999999", b"0", b"-0.0", b"nan", b"inf", b".", b"-"]


def seeds_in(folders: list[Path]) -> list[Path]:
    """Every PDF under the folders, small enough, in a stable order."""
    found = {p for folder in folders for p in folder.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file()}
    return sorted(p for p in found if p.stat().st_size <= MAX_SEED_BYTES)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One mutation of a PDF's bytes, chosen and placed by ``rng``."""
    out = bytearray(data)
    kind = rng.choice(["flip", "truncate", "drop_object", "corrupt_stream", "splice", "numbers", "numbers"])
    if kind == "flip":
        for _ in range(rng.randint(1, 50)):
            out[rng.randrange(len(out))] = rng.randrange(256)
    elif kind == "truncate":
        del out[rng.randint(1, len(out) - 1) :]
        out += rng.choice([b"", b"\n%%EOF\n"])  # the marker sometimes, to reach the parser
    elif kind == "drop_object" and (objects := [m.span() for m in re.finditer(rb"\d+ 0 obj.*?endobj", data, re.S)]):
        start, end = rng.choice(objects)
        del out[start:end]
    elif kind == "corrupt_stream" and (
        streams := [m.span(1) for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S)]
    ):
        start, end = rng.choice(streams)
        out[start:end] = rng.randbytes(rng.randint(0, max(1, end - start)))
    elif kind == "numbers":
        return _numbers(data, rng)
    else:
        cut = rng.randint(0, len(out))
        out[cut:cut] = rng.randbytes(rng.randint(1, 2000))
    return bytes(out)


def _numbers(data: bytes, rng: random.Random) -> bytes:
    """Numbers in a page's content stream (matrices, positions, sizes) made huge, zero or nonsense."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            page = rng.choice(list(pdf.pages))
            content = bytearray(
                page.Contents.read_bytes()
                if "/Contents" in page and not isinstance(page.Contents, pikepdf.Array)
                else b""
            )
            spans = [m.span() for m in re.finditer(rb"(?<![\w.])-?\d*\.?\d+(?![\w.])", content)]
            for start, end in sorted(rng.sample(spans, min(len(spans), rng.randint(1, 8))), reverse=True):
                content[start:end] = rng.choice(NUMBERS)
            page.Contents = pdf.make_stream(bytes(content))
            saved = io.BytesIO()
            pdf.save(saved)
            return saved.getvalue()
    except Exception:  # a seed pikepdf cannot open or save: flip bytes instead
        return mutate(data, random.Random(rng.random()))


def _worker(connection: multiprocessing.connection.Connection) -> None:
    """Read what the parent sends, one reading at a time; answer with the outcome and this process's peak memory."""
    import logging
    import resource

    from atgard.extract.read.pdf import read_pdf
    from atgard.schema.errors import AtgardError

    logging.disable(logging.WARNING)  # pdfminer's warnings on every broken file
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    folder = Path(tempfile.mkdtemp(prefix="atgard-fuzz-"))
    while True:
        try:
            data, backend = connection.recv()
        except EOFError:
            return
        path = folder / "muterad.pdf"
        path.write_bytes(data)
        try:
            read_pdf(path, seconds=READ_SECONDS, backend=backend)
            outcome, detail = "read", ""
        except AtgardError as error:
            message = str(error)
            bad = "\n" in message or not message.startswith(str(path)) or PYTHON_TEXT.search(message)
            outcome, detail = ("python text" if bad else "refused"), message.replace(str(path), "FILE")
        except Exception as error:  # the point: anything else is a bug
            import traceback

            outcome, detail = "internal error", "".join(traceback.format_exception(error)[-6:])
        connection.send((outcome, detail, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))


@dataclass
class _Slot:
    process: multiprocessing.process.BaseProcess
    connection: multiprocessing.connection.Connection


def _start(context: multiprocessing.context.BaseContext) -> _Slot:
    parent, child = context.Pipe()
    process = context.Process(target=_worker, args=(child,), daemon=True)  # type: ignore[attr-defined]
    process.start()
    child.close()
    return _Slot(process, parent)


@dataclass
class Report:
    mutations: int = 0
    readings: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    peak_rss_mb: float = 0.0
    seconds: float = 0.0
    failures: list[dict[str, str | int]] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(self.outcomes[k] for k in ("internal error", "python text", "hang", "crash"))


def _read(slot: _Slot, data: bytes, backend: str, hang: float) -> tuple[str, str, int]:
    slot.connection.send((data, backend))
    if slot.connection.poll(hang):
        try:
            return slot.connection.recv()  # type: ignore[no-any-return]
        except (EOFError, OSError):
            pass
    else:
        slot.process.kill()
        slot.process.join()
        return "hang", f"no answer in {hang:g} s", 0
    slot.process.join(timeout=5)
    return "crash", f"worker ended with {slot.process.exitcode}", 0


def run(
    seeds: list[Path],
    mutations: int,
    *,
    seed: int = 0,
    hang: float = HANG_SECONDS,
    failures: Path | None = None,
    backends: tuple[str, ...] = BACKENDS,
    progress: bool = False,
) -> Report:
    """``mutations`` mutated seeds, each read by every backend, one worker process at a time (see the module)."""
    context = multiprocessing.get_context("spawn")
    slot, report, started = _start(context), Report(), time.monotonic()
    sources = [path.read_bytes() for path in seeds]
    try:
        for index in range(mutations):
            rng = random.Random(f"{seed}-{index}")
            which = rng.randrange(len(seeds))
            data = mutate(sources[which], rng)
            report.mutations += 1
            for backend in backends:
                outcome, detail, rss = _read(slot, data, backend, hang)
                report.readings += 1
                report.outcomes[outcome] += 1
                report.peak_rss_mb = max(report.peak_rss_mb, rss / 1024)
                if outcome in ("hang", "crash"):
                    slot = _start(context)
                if outcome not in ("read", "refused"):
                    report.failures.append(
                        {
                            "index": index,
                            "seed": seeds[which].name,
                            "backend": backend,
                            "outcome": outcome,
                            "detail": detail[-1500:],
                        }
                    )
                    if failures is not None:
                        failures.mkdir(parents=True, exist_ok=True)
                        (failures / f"{index}-{seeds[which].stem}.pdf").write_bytes(data)
            if progress and index % 500 == 499:
                print(f"{index + 1} mutations, {dict(report.outcomes)}", file=sys.stderr, flush=True)
    finally:
        slot.connection.close()
        slot.process.join(timeout=10)
        report.seconds = time.monotonic() - started
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mutations", type=int, default=20_000)
    env = os.environ.get("FUZZ_SEEDS")
    default = [Path(p) for p in env.split(os.pathsep)] if env else DEFAULT_SEEDS
    parser.add_argument("--seeds", type=Path, nargs="+", default=default, help="folders of seed PDFs")
    parser.add_argument("--seed", type=int, default=0, help="the random seed of the mutations")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="runs side by side, each its share")
    parser.add_argument("--failures", type=Path, help="keep each failing mutation here")
    parser.add_argument("--report", type=Path, help="write the figures as JSON here")
    args = parser.parse_args()
    seeds = seeds_in(args.seeds)
    if not seeds:
        parser.error("no seed PDFs in " + ", ".join(map(str, args.seeds)))
    print(f"{len(seeds)} seeds, {args.mutations} mutations, backends {', '.join(BACKENDS)}", flush=True)
    commit = _commit()  # the code the run starts with
    report = _parallel(args, seeds)
    figures = {
        "mutations": report.mutations,
        "readings": report.readings,
        "outcomes": dict(report.outcomes),
        "failed": report.failed,
        "peak_worker_rss_mb": round(report.peak_rss_mb),
        "seconds": round(report.seconds),
        "seeds": len(seeds),
        "commit": commit,
    }
    print(json.dumps(figures, indent=1))
    for failure in report.failures[:20]:
        print(json.dumps(failure, ensure_ascii=False))
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps({**figures, "failures": report.failures}, indent=1, ensure_ascii=False))
    return 1 if report.failed else 0


def _parallel(args: argparse.Namespace, seeds: list[Path]) -> Report:
    """--jobs runs of this tool side by side, each its share of the mutations (another random seed each)."""
    if args.jobs <= 1:
        return run(seeds, args.mutations, seed=args.seed, failures=args.failures, progress=True)
    share = -(-args.mutations // args.jobs)
    total = Report()
    with tempfile.TemporaryDirectory(prefix="atgard-fuzz-") as folder:
        runs = []
        for job in range(args.jobs):
            command = [
                sys.executable,
                __file__,
                "--jobs",
                "1",
                "--mutations",
                str(share),
                "--seed",
                str(args.seed * 1000 + job + 1),
                "--report",
                f"{folder}/{job}.json",
                "--seeds",
                *map(str, args.seeds),
            ]
            if args.failures:
                command += ["--failures", str(args.failures)]
            runs.append(subprocess.Popen(command, stdout=subprocess.DEVNULL))
        for job, process in enumerate(runs):
            process.wait()
            part = json.loads(Path(f"{folder}/{job}.json").read_text(encoding="utf-8"))
            total.mutations += part["mutations"]
            total.readings += part["readings"]
            total.outcomes += Counter(part["outcomes"])
            total.peak_rss_mb = max(total.peak_rss_mb, part["peak_worker_rss_mb"])
            total.seconds = max(total.seconds, part["seconds"])
            total.failures += part["failures"]
    return total


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


if __name__ == "__main__":
    sys.exit(main())
