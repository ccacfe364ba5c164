"""The query benchmark: a database of 100,000 measures written from contract models, and the
p50/p95 of the publication's canned queries, the referral-tracking views and the search, through
Datasette's JSON API as a browser would ask."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from corpus import BOARDS, WORDS

from atgard.extract.boards import load_register
from atgard.output.store import save_document
from atgard.pipeline import __version__
from atgard.pipeline.ingest import open_for_writing
from atgard.schema import BBox, PageBox
from atgard.schema.contract import Answer, BoardRef, Document, Measure, Recipient, Referral

BOARD = "Arbetsmarknadsnämnden"  # named in every referral: the heaviest board a clerk can pick
GROUP = "Samtliga stadsdelsnämnder"  # the group most referrals name
# path under the publication → query parameters
QUERIES = {
    "min_namnd": {"namnd": BOARD},
    # a group's list: the members' statuses behind "every district has answered" (13 s before the status was read once)
    "min_namnd för en grupp": {"namnd": GROUP},
    "det_har_ska_namnden_svara_pa": {"namnd": BOARD},
    "rapportens_atgarder": {"rapport": "Rapport 17 "},
    "remissmatris": {"rapport": "Rapport 17 "},
    "sok_atgarder": {"sokord": "utbildningen"},
    "referral_status": {"board_id": "arbetsmarknadsnamnden"},
    "unmatched_answers": {},
}


def _located() -> dict[str, object]:
    box = BBox(x0=71, top=100, x1=520, bottom=130)
    return {"page": 1, "bbox": box, "boxes": [PageBox(page=1, bbox=box)]}


class _Boards:
    def __init__(self) -> None:
        self.register = load_register()

    def ref(self, name: str) -> BoardRef:
        board_id = self.register.id_of(name)
        kind = self.register[board_id].kind if board_id else "unknown"
        return BoardRef(name=name, board_id=board_id, kind=kind)

    def recipient(self, name: str) -> Recipient:
        ref = self.ref(name)
        return Recipient(name=ref.name, board_id=ref.board_id, kind=ref.kind)


def _named(board: str) -> str:
    return board.capitalize() if board[0].islower() else board


def _report(n: int, rng: random.Random, boards: _Boards, measures_each: int) -> Document:
    title = f"Rapport {n} om {rng.choice(WORDS)}"
    measures = [
        Measure(
            code=f"A{n % 50}.{m // 10}.{m % 10}",
            group_code=f"A{n % 50}.{m // 10}",
            report_title=title,
            text=" ".join(rng.choice(WORDS) for _ in range(18)).capitalize() + ".",
            responsible=[boards.ref(_named(b)) for b in rng.sample(BOARDS, 2)],
            **_located(),
        )
        for m in range(measures_each)
    ]
    others = [boards.recipient(_named(b)) for b in rng.sample(BOARDS[1:], 2)]
    referral = Referral(
        report_title=title,
        action="opinion",
        scope="report",
        recipients=[boards.recipient(BOARD), *others],
        text=f"Synpunkter på rapporten {title} ges av arbetsmarknadsnämnden.",
        reply_by=f"20{17 + n % 10}-0{1 + n % 9}-15",
        **_located(),
    )
    return Document(
        id=f"{n:064x}",
        filename=f"syntetisk-{n}.pdf",
        kind="kommissionsrapport" if n % 2 else "tjansteutlatande",
        title=title,
        diarienummer=f"KS 2016/{n}",
        page_count=10,
        measures=measures,
        referrals=[referral],
    )


def _answer(n: int, report: Document, boards: _Boards) -> Document:
    """Every other referral answered by the heaviest board, every fifth answer to an unknown case."""
    in_reply_to = report.diarienummer if n % 5 else f"KS 2099/{n}"
    answer = Answer(
        answering_body=boards.ref(BOARD),
        report_title=report.title,
        in_reply_to=in_reply_to,
        date=f"20{17 + n % 10}-0{1 + n % 9}-10",
        **_located(),
    )
    return Document(
        id=f"{n + 10**9:064x}",
        filename=f"yttrande-{n}.pdf",
        kind="yttrande",
        title=f"Yttrande över {report.title}",
        page_count=2,
        answers=[answer],
    )


def synthetic_database(db_path: Path, documents: int, measures_each: int) -> None:
    """Documents of the contract written straight to a database: the query benchmark's data."""
    rng = random.Random(7)
    db = open_for_writing(db_path)
    boards = _Boards()
    for n in range(documents):
        report = _report(n, rng, boards, measures_each)
        save_document(db, report, __version__)
        if n % 2 == 0:
            save_document(db, _answer(n, report, boards), __version__)


def _wait_for(url: str) -> None:
    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except OSError:
            time.sleep(0.3)


def _percentiles(url: str, runs: int) -> dict[str, float]:
    urllib.request.urlopen(url, timeout=60).read()  # warm the cache once
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        urllib.request.urlopen(url, timeout=60).read()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {"p50_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))]}


@contextmanager
def served(db_path: Path) -> Iterator[str]:
    """``atgard serve`` on 127.0.0.1 for the block's length; its address (the server's own, not /atgard)."""
    port = 8700 + os.getpid() % 200
    server = subprocess.Popen(
        [sys.executable, "-m", "atgard.pipeline.cli", "serve", "--db", str(db_path), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for(f"http://127.0.0.1:{port}/atgard")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=20)


def _path(name: str) -> str:
    """The canned query or view a figure's name asks ("min_namnd för en grupp": min_namnd)."""
    return name.split(" ")[0]


def query_times(db_path: Path, runs: int) -> dict[str, dict[str, float]]:
    """p50 and p95 in milliseconds of each of QUERIES, every row asked for (``_size=max``)."""
    with served(db_path) as server:
        base = f"{server}/atgard"  # the publication's fixed address
        return {
            name: _percentiles(
                f"{base}/{_path(name)}.json?{urllib.parse.urlencode(params)}&_shape=array&_size=max", runs
            )
            for name, params in QUERIES.items()
        }
