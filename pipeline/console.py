"""What the command line prints: the progress bar, the ingest report, the reader's view of a PDF."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
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


def print_warnings(report: IngestReport) -> None:
    for item in report.ingested:
        if item.warning:
            click.echo(f"Warning: {item.warning}", err=True)


def print_report(report: IngestReport, db_path: Path) -> None:
    for item in report.ingested:
        if item.status == "unchanged":
            click.echo(f"unchanged  {item.path}  (already stored as {item.document_id[:12]})")
            continue
        found = ", ".join(f"{count} {what}" for what, count in item.found.items())
        source = " from ".join(filter(None, [item.kind, item.office]))
        label = "new" if item.status == "new" else "version"
        click.echo(f"{label:<10} {item.path}  {source}: {item.pages} pages, {sum(item.blocks.values())} blocks")
        click.echo(f"           {found}; id {item.document_id[:12]}")
        if item.status == "new version":
            click.echo(f"           a new version of a stored document: {item.changes} changes (see 'atgard diff')")
    print_warnings(report)
    for failure in report.failures:
        click.echo(f"Error: {failure}", err=True)
    figures = report.summary()
    summary = (
        f"{figures['new']} new, {figures['new_versions']} new versions, {figures['unchanged']} unchanged; "
        f"{figures['pages']} pages, {figures['measures']} measures, {figures['referrals']} referrals; "
        f"{figures['errors']} errors; {figures['seconds']:.1f} s"
        + (f"; {figures['warnings']} document(s) with unread pages" if figures["warnings"] else "")
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
    size = f"{read_document.page_count} pages, {len(read_document.blocks)} blocks"
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
