"""Write extract/data/lemma_forms.json: every form of the lemmas in extract/data/cue_lemmas.txt.

The forms come from the Swedish lemma table of spacy-lookups-data (a test extra, ~100 MB, so not
installed with atgard: what the rules need of it is this small file), read backwards: every word
whose lemma is the cue's. A verb marked "verb1" gets the regular forms of the first conjugation
too, which the table lacks for some verbs. Run after editing cue_lemmas.txt:

    .venv/bin/python tools/lemma_forms.py

tests/test_lemmas.py checks that the committed file is what this writes.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "extract" / "data"
_FIRST_CONJUGATION = ("r", "s", "de", "des", "t", "ts", "d", "nde")  # skickar, skickas, skickade, …


def cue_lemmas(text: str) -> dict[str, tuple[bool, tuple[str, ...]]]:
    """The lemmas of cue_lemmas.txt, each with whether it is a first-conjugation verb and the forms written
    after it with a "+" (forms the table lacks: "bereda +berett +beretts")."""
    found = {}
    for line in text.splitlines():
        words = line.split("#")[0].split()
        if words:
            extra = tuple(word[1:] for word in words[1:] if word.startswith("+"))
            found[words[0]] = ("verb1" in words[1:], extra)
    return found


def lemma_forms(table: dict[str, str], cues: dict[str, tuple[bool, tuple[str, ...]]]) -> dict[str, list[str]]:
    """Each cue lemma's forms: itself, every word the table gives it as lemma, regular forms if marked, and the
    forms written after it."""
    forms: dict[str, set[str]] = {lemma: {lemma, *extra} for lemma, (_, extra) in cues.items()}
    for word, lemma in table.items():
        if lemma in forms and word.isalpha():
            forms[lemma].add(word.lower())
    for lemma, (first_conjugation, _) in cues.items():
        if first_conjugation and lemma.endswith("a"):
            forms[lemma] |= {lemma + ending for ending in _FIRST_CONJUGATION}
    return {lemma: sorted(words) for lemma, words in forms.items()}


def swedish_table() -> dict[str, str]:
    from spacy_lookups_data import get_file

    with gzip.open(str(get_file("sv_lemma_lookup.json.gz"))) as raw:
        table: dict[str, str] = json.load(raw)
    return table


def main() -> None:
    cues = cue_lemmas((DATA / "cue_lemmas.txt").read_text(encoding="utf-8"))
    forms = lemma_forms(swedish_table(), cues)
    (DATA / "lemma_forms.json").write_text(json.dumps(forms, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{sum(map(len, forms.values()))} forms of {len(forms)} lemmas", file=sys.stderr)


if __name__ == "__main__":
    main()
