"""What the command line prints: the progress bar, the ingest report, the reader's view of a PDF."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from atgard.extract.explain import Explanation
    from atgard.pipeline.ingest import IngestReport
    from atgard.schema import Block, ReadDocument


class Progress:
    """A progress bar over files and pages, on a terminal only."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.bar: Any = None
        self.pages = 0

    def advance(self, path: Path, pages: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            self.bar = click.progressbar(length=total, label="Ingesting", file=sys.stderr, show_pos=True)
            self.bar.__enter__()
        self.pages += pages
        self.bar.label = f"Ingesting ({self.pages} pages)"
        self.bar.update(1)

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)


def counted(count: float, things: str) -> str:
    """A count and what is counted, singular for one.

    >>> counted(1, "pages"), counted(2, "pages"), counted(0, "errors"), counted(1, "new versions")
    ('1 page', '2 pages', '0 errors', '1 new version')
    >>> counted(1, "board mentions"), counted(1, "changes"), counted(1, "documents")
    ('1 board mention', '1 change', '1 document')
    """
    return f"{count} {things[:-1] if count == 1 and things.endswith('s') else things}"


def print_warnings(report: IngestReport) -> None:
    for item in report.ingested:
        if item.warning:
            click.echo(f"Warning: {item.warning}", err=True)


def print_report(report: IngestReport, db_path: Path) -> None:
    for item in report.ingested:
        if item.status == "unchanged":
            click.echo(f"unchanged  {item.path}  (already stored as {item.document_id[:12]})")
            continue
        found = ", ".join(counted(count, what) for what, count in item.found.items())
        source = " from ".join(filter(None, [item.kind, item.office]))
        label = {"new": "new", "read again": "again"}.get(item.status, "version")
        size = f"{counted(item.pages, 'pages')}, {counted(sum(item.blocks.values()), 'blocks')}"
        click.echo(f"{label:<10} {item.path}  {source}: {size}")
        click.echo(f"           {found}; id {item.document_id[:12]}")
        if item.status == "new version":
            click.echo(
                f"           a new version of a stored document: {counted(item.changes, 'changes')} (see 'atgard diff')"
            )
    print_warnings(report)
    for failure in report.failures:
        click.echo(f"Error: {failure}", err=True)
    figures = report.summary()
    summary = (
        f"{figures['new']} new, {counted(figures['new_versions'], 'new versions')}, {figures['unchanged']} unchanged; "
        f"{counted(figures['pages'], 'pages')}, {counted(figures['measures'], 'measures')}, "
        f"{counted(figures['referrals'], 'referrals')}; {counted(figures['errors'], 'errors')}; "
        f"{figures['seconds']:.1f} s"
        + (f"; {counted(figures['warnings'], 'documents')} with unread pages" if figures["warnings"] else "")
        + (f"; {figures['read_again']} read again" if figures.get("read_again") else "")
    )
    if report.ingested:
        summary += f"; database: {db_path}"
    click.echo(summary)


def _with_italics(block: Block) -> str:
    text = block.text
    for run in sorted((r for r in block.runs if r.style == "italic"), key=lambda r: r.start, reverse=True):
        text = f"{text[: run.start]}*{text[run.start : run.end]}*{text[run.end :]}"
    return text


def describe_read(read_document: ReadDocument) -> str:
    header = read_document.header
    fields = {
        "office": header.office,
        "unit": header.unit,
        "type": header.document_type,
        "dnr": header.diarienummer,
        "date": header.date,
    }
    size = f"{counted(read_document.page_count, 'pages')}, {counted(len(read_document.blocks), 'blocks')}"
    lines = [
        f"{read_document.filename}: {size}, sha256 {read_document.id[:12]}",
        "header: " + ", ".join(f"{key}={value}" for key, value in fields.items() if value),
    ]
    for block in read_document.blocks:
        label = block.kind if block.kind != "heading" else f"heading {block.level}"
        if block.marker:
            label = f"item {block.marker}"
        pages = "-".join(str(box.page) for box in block.boxes)
        text = _with_italics(block).replace("\n", " / ")
        lines.append(f"p{pages:<5} {label:<12} {text}")
    return "\n".join(lines)


def describe_explanation(explanation: Explanation) -> str:
    """`inspect --why`: each item with its rules, then the cues that gave nothing ("!" in an item section)."""
    lines = [f"{counted(len(explanation.items), 'items')}:"]
    for item in explanation.items:
        lines.append(f"p{item.page:<3} {item.kind:<15} {' '.join(item.text.split())[:90]}")
        lines.append(f"     rules: {', '.join(item.rules) or '-'}")
    unexplained = explanation.unexplained
    lines.append(f"{len(explanation.cues)} sentences with a cue and no item, {len(unexplained)} unexplained:")
    for cue in explanation.cues:
        mark = "!" if cue.in_item_section and cue.unexplained else " "
        why = f"  [explained by: {', '.join(cue.explained_by)}]" if cue.explained_by else ""
        lines.append(f"{mark}p{cue.page:<3} «{cue.cue}» {' '.join(cue.text.split())[:110]}{why}")
    return "\n".join(lines)
