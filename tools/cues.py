"""The unexplained cues of a folder of PDFs: `make eval` prints them beside the scores.

For each PDF, `atgard inspect --why`'s second half: the sentences with a cue (remiss, yttra, beslutar,
senast …) that gave no item and that no rule classifies out. Those in a decision or referral section
are marked "!" and listed whole; the others are counted, and listed with -v.

    python tools/cues.py tests/data/devset/pdf [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

from atgard.extract.boards import load_register
from atgard.extract.explain import explain
from atgard.extract.header import with_header_fields
from atgard.extract.read.pdf import read_pdf


def main(folder: Path, verbose: bool) -> int:
    register = load_register()
    total = in_sections = 0
    for path in sorted(folder.glob("*.pdf")):
        unexplained = explain(with_header_fields(read_pdf(path)), register).unexplained
        marked = [cue for cue in unexplained if cue.in_item_section]
        total, in_sections = total + len(unexplained), in_sections + len(marked)
        if unexplained:
            print(f"{path.stem}: {len(unexplained)} unexplained cues, {len(marked)} in a decision or referral section")
        for cue in unexplained if verbose else marked:
            mark = "!" if cue.in_item_section else " "
            print(f"  {mark}p{cue.page} «{cue.cue}» {' '.join(cue.text.split())[:150]}")
    print(f"unexplained cues {total}, of them in a decision or referral section {in_sections}")
    return 0


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if a != "-v"]
    sys.exit(main(Path(arguments[0] if arguments else "tests/data/devset/pdf"), "-v" in sys.argv))
