"""Planning the clerk's views: how long SQLite takes to prepare each view and query of the publication on a new
connection, as Datasette's first request on it does (``EXPLAIN <query>``: the statement planned and its program
listed, nothing read from the tables; the schema was read when the connection was set up, by the board picker).

Every new connection plans anew: each masked copy of the database is a new connection on each of Datasette's
threads, and so is each new statement text. SQLite copies a view into every place that names it and a column's
expression into every place that reads it; a view whose look-ups were read many times took 0.2-0.5 s to plan, and
a case page's first request on a busy machine passed Datasette's 2 s limit.

    python bench/planning.py DB [DB …]  # every query's time and program size per database, the slowest last
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import time
from importlib.resources import files
from pathlib import Path

from atgard.output import board_page, matrix, recipients
from atgard.output.datasette.plugins.atgard_datasette import _authorize
from atgard.output.functions import register_publication_functions
from atgard.output.views import VIEWS, register_functions

REPEATS = 15  # the best of them: on a shared machine the other processes make most runs slower
TARGET_MS = 30.0
_PARAMETER = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def clerk_queries() -> dict[str, str]:
    """Every view (all of it), every canned query of the publication, and the queries of the clerk's pages."""
    found = {f"view {name}": f"SELECT * FROM [{name}]" for name in VIEWS}
    metadata = json.loads(files("atgard.output").joinpath("datasette", "metadata.json").read_text(encoding="utf-8"))
    for name, query in metadata["databases"]["atgard"]["queries"].items():
        found[f"query {name}"] = query["sql"]
    pages = {
        "recipients.RECIPIENTS": recipients.RECIPIENTS,
        "recipients.GROUP_MEMBERS": recipients.GROUP_MEMBERS,
        "board_page.HOME_BOARDS": board_page.HOME_BOARDS,
        "matrix.MATRIX": matrix.MATRIX,
        "matrix.STATUSES": matrix.STATUSES,
    }
    return found | {f"page {name}": sql for name, sql in pages.items()}


def read_connection(db_path: Path) -> sqlite3.Connection:
    """A read connection as the publication's: its SQL functions and its authorizer (personal data masked)."""
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    register_functions(connection)
    register_publication_functions(connection, "http://127.0.0.1:8001")
    connection.set_authorizer(_authorize(False))
    return connection


def explain(connection: sqlite3.Connection, sql: str) -> list[tuple[object, ...]]:
    """The prepared program of ``sql`` (its parameters NULL), one row an opcode."""
    return connection.execute(f"EXPLAIN {sql}", dict.fromkeys(_PARAMETER.findall(sql))).fetchall()


def prepare_ms(db_path: Path, sql: str, repeats: int = REPEATS) -> float:
    """The best of ``repeats`` times to prepare ``sql`` as a new connection's first query.

    The thread's CPU time, not the clock's: on a machine whose cores are shared the clock counts the other
    processes' turns too (the figure is for a quiet core)."""
    best = float("inf")
    for _ in range(repeats):
        connection = read_connection(db_path)
        try:
            started = time.thread_time()
            explain(connection, sql)
            best = min(best, time.thread_time() - started)
        finally:
            connection.close()
    return best * 1000


def opcodes(db_path: Path, sql: str) -> int:
    """The size of the prepared program: its number of opcodes."""
    connection = read_connection(db_path)
    try:
        return len(explain(connection, sql))
    finally:
        connection.close()


def planning_times(db_path: Path, repeats: int = REPEATS) -> dict[str, float]:
    """Each clerk's query's time to plan on a new connection, in milliseconds."""
    return {name: prepare_ms(db_path, sql, repeats) for name, sql in clerk_queries().items()}


def slowest(times: dict[str, float]) -> tuple[str, float]:
    name = max(times, key=times.__getitem__)
    return name, times[name]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("databases", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true", help="print each database's times as JSON (make bench)")
    args = parser.parse_args()
    if args.json:
        print(json.dumps({str(db_path): planning_times(db_path) for db_path in args.databases}))
        return
    queries = clerk_queries()
    for db_path in args.databases:
        print(db_path)
        times = planning_times(db_path)
        for name in sorted(times, key=times.__getitem__):
            print(f"  {name:<44} {times[name]:8.1f} ms {opcodes(db_path, queries[name]):7d} opcodes")
        name, ms = slowest(times)
        print(f"  slowest: {name}, {ms:.1f} ms (target < {TARGET_MS:.0f} ms)")


if __name__ == "__main__":
    main()
