"""The README stays short and true: every CLI command and option in its usage block, links that resolve."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest

from atgard.pipeline.cli import cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
MAX_LINES = 250
FENCE = re.compile(r"^```[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
# [text](target) and ![alt](target); the target ends at a space (an optional "title") or the parenthesis.
LINK = re.compile(r"!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")


def _usage_block() -> str:
    """The fenced ```sh block under "## Use": the usage a newcomer reads."""
    section = README.read_text(encoding="utf-8").split("\n## Use\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"^```sh\n(.*?)^```", section, re.MULTILINE | re.DOTALL)
    assert match, 'no ```sh block under "## Use"'
    return match.group(1)


def _commands(group: click.Group, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """Every command under a group, nested groups included, with the names that call it."""
    yield path, group
    for name, command in sorted(group.commands.items()):
        if isinstance(command, click.Group):
            yield from _commands(command, (*path, name))
        else:
            yield (*path, name), command


def _long_options(command: click.Command) -> list[str]:
    """The --long names of a command's own options (click's --help is everyone's and left out)."""
    return [
        name
        for param in command.params
        if isinstance(param, click.Option) and not param.hidden
        for name in (*param.opts, *param.secondary_opts)
        if name.startswith("--")
    ]


def _entries(block: str, path: tuple[str, ...]) -> str:
    """The lines of the usage block that show `atgard <path...>`, with the comment lines that go on them."""
    prefix = " ".join(("atgard", *path))
    taken, keep = [], False
    for line in block.splitlines():
        if line.startswith("atgard"):
            keep = line == prefix or line.startswith(prefix + " ")
        if keep:
            taken.append(line)
    return "\n".join(taken)


COMMANDS = list(_commands(cli))


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(("atgard", *p)) for p, _ in COMMANDS])
def test_usage_block_shows_every_command_and_option(path: tuple[str, ...], command: click.Command) -> None:
    shown = _entries(_usage_block(), path)
    assert shown, f"'atgard {' '.join(path)}' is not in the README's usage block"
    missing = [
        name for name in _long_options(command) if not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", shown)
    ]
    assert missing == [], f"'atgard {' '.join(path)}' options missing from the README's usage block: {missing}"


def test_the_walk_finds_the_commands_and_their_options() -> None:
    # A guard on the test itself: an empty walk would pass everything.
    by_name = {" ".join(path): command for path, command in COMMANDS}
    assert {"ingest", "export", "serve"} <= by_name.keys()
    assert "--no-personal-data" in _long_options(by_name["export"])
    assert "--output" in _long_options(by_name["export"])
    assert "--version" in _long_options(by_name[""])


def test_readme_is_short_and_starts_with_the_two_setup_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= MAX_LINES
    first = FENCE.search(text)
    assert first
    assert "make demo" in first.group(1) and "make test" in first.group(1)


@pytest.mark.parametrize("page", [README, *sorted((ROOT / "docs").glob("*.md"))], ids=lambda p: p.name)
def test_relative_links_point_to_files(page: Path) -> None:
    text = FENCE.sub("", page.read_text(encoding="utf-8"))  # code blocks hold no links
    broken = []
    for target in LINK.findall(text):
        if re.match(r"[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) or target.startswith("#"):
            continue  # a URL (http:, mailto:) or an anchor on the same page
        if not (page.parent / target.split("#", 1)[0]).exists():
            broken.append(target)
    assert broken == []
