"""Those responsible for a measure, as its "Ansvar:" line or its "Ansvarig" cell lists them.

The boards and bodies a list names (``read_board_list``), and the municipalities named together in lower case, as a
region's or a county board's programme leaves a measure to each of them: "Ansvar: regionala utvecklingsnämnden och
kommunerna", "Ansvar: kommunerna.", "länets kommuner". Capitalised ("Kommunerna", alone in a cell) the list reads
them as a name already; in lower case they are one of the responsible all the same ("Kommunerna"), in their place
in the list.
"""

from __future__ import annotations

from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import read_board_list
from atgard.extract.municipality_group import MUNICIPALITY_GROUP
from atgard.extract.rules import rule
from atgard.extract.vocabulary import LIST_SEPARATORS
from atgard.schema.contract import BoardRef

# A list's item that names the municipalities as one group: "samtliga kommuner", "de berörda kommunerna"
# (MUNICIPALITY_GROUP, as the mentions read them) and, as a measure leaves it to each of them, "kommunerna",
# "kommunerna i länet", "länets kommuner" (never a municipality's own office, nor "kommunernas" in a sentence).
_MUNICIPALITIES = rule(
    "measure.responsible.municipalities",
    rf"^(?:{MUNICIPALITY_GROUP}|(?:länets|regionens)\s+kommuner(?:na)?|kommunerna(?:\s+i\s+(?:länet|regionen))?)$",
    matches=("kommunerna", "länets kommuner", "kommunerna i länet", "samtliga kommuner", "de berörda kommunerna"),
    not_matches=("kommunernas", "kommunen", "kommunerna ska ta fram planer", "Sveriges kommuner", "kommuner"),
    flags=0,
)
# A cell that says how the responsibility is shared before it names the bodies: "Ansvaret fördelas mellan tekniska
# nämnden och miljönämnden", "Ansvaret delas på …", "Delat ansvar mellan …", "Gemensamt ansvar:". The bodies follow.
_SHARED = rule(
    "measure.responsible.shared",
    r"^(?:ansvar(?:et)?\s+(?:(?:för)?delas\s+(?:mellan|på)|delas\s+av)|(?:delat|gemensamt)\s+ansvar(?:\s+mellan)?)"
    r"\s*:?\s*",
    matches=(
        "Ansvaret fördelas mellan ",
        "Ansvar delas på",
        "Ansvaret delas av ",
        "Delat ansvar mellan ",
        "Gemensamt ansvar: ",
    ),
    not_matches=("Ansvaret fördelas i budget", "Ansvarig", "Tekniska nämnden", "Ansvaret fördelas av kommunstyrelsen"),
)


def measure_responsible(written: str, register: BoardRegister) -> list[BoardRef]:
    """Those a measure's list of responsible names, in order, the municipalities as a group among them.

    >>> from atgard.extract.boards import load_register
    >>> register = load_register()
    >>> [r.name for r in measure_responsible("regionala utvecklingsnämnden och kommunerna.", register)]
    ['Regionala utvecklingsnämnden', 'Kommunerna']
    >>> [r.name for r in measure_responsible("kommunerna samt Länstrafiken i Uppland AB", register)]
    ['Kommunerna', 'Länstrafiken i Uppland AB']
    >>> [r.name for r in measure_responsible("Ansvaret fördelas mellan tekniska nämnden och miljönämnden", register)]
    ['Tekniska nämnden', 'Miljönämnden']
    """
    text = " ".join(written.split()).strip(" .")
    text = text[shared.end() :] if (shared := _SHARED.match(text)) is not None else text
    spans = _pieces(text)
    groups = [(start, end) for start, end in spans if _MUNICIPALITIES.match(text[start:end])]
    if not groups:
        return _once([_ref(r.name, r.board_id, r.kind) for r in read_board_list(text, register)])
    rest = text
    for start, end in reversed(groups):  # the list without its groups, its other names and joints as written
        rest = rest[:start] + rest[end:]
    found = [_ref(r.name, r.board_id, r.kind) for r in read_board_list(rest, register)]
    for start, end in groups:
        before = sum(1 for span in spans if span[1] <= start and span not in groups)
        found.insert(min(before, len(found)), _ref(text[start].upper() + text[start + 1 : end], None, "external"))
    return _once(found)


def _once(found: list[BoardRef]) -> list[BoardRef]:
    """Each body once: a company named by its short name with its full one in brackets after it ("SISAB
    (Skolfastigheter i Stockholm AB)") is one body.

    >>> [r.name for r in _once([_ref("SISAB", "sisab", "company"), _ref("SISAB", "sisab", "company")])]
    ['SISAB']
    """
    seen: set[str] = set()
    kept = []
    for ref in found:
        key = ref.board_id or ref.name
        if key not in seen:
            seen.add(key)
            kept.append(ref)
    return kept


def _pieces(text: str) -> list[tuple[int, int]]:
    """Where a list's items stand, between its commas, "och", "samt" and "respektive"."""
    spans, position = [], 0
    for joint in LIST_SEPARATORS.finditer(text):
        if joint.start() > position:
            spans.append((position, joint.start()))
        position = joint.end()
    if len(text) > position:
        spans.append((position, len(text)))
    return spans


def _ref(name: str, board_id: str | None, kind: str) -> BoardRef:
    return BoardRef(name=name, board_id=board_id, kind=kind)
