"""Pages in two text columns: read column by column; side-by-side boxes and margins of numbers stay as they are."""

from __future__ import annotations

from atgard.extract.read.columns import column_parts
from atgard.extract.read.glyphs import Line, Segment, Unit

SIZE = 10.0


def _segment(text: str, x0: float, x1: float, top: float) -> Segment:
    """A segment of ``text`` spread evenly over ``x0``–``x1``, one unit a character (spaces as units of their own)."""
    step = (x1 - x0) / max(len(text), 1)
    units = [Unit(ch, False, False, x0 + i * step, x0 + (i + 1) * step) for i, ch in enumerate(text)]
    return Segment(units=units, x0=x0, x1=x1, top=top, bottom=top + SIZE, size=SIZE, bold_share=0.0)


def _line(top: float, *pieces: tuple[str, float, float]) -> Line:
    return Line(page=1, segments=[_segment(text, x0, x1, top) for text, x0, x1 in pieces])


def _texts(parts: list[list[Line]]) -> list[list[str]]:
    return [[" | ".join(s.text for s in line.segments) for line in part] for part in parts]


def test_two_columns_of_running_text_are_read_left_then_right() -> None:
    lines = [_line(50, ("Trygga mötesplatser i hela staden", 70, 400))]
    lines += [
        _line(80 + 14 * n, (f"vänster rad {n} med löpande text", 70, 280), (f"höger rad {n} text", 310, 520))
        for n in range(8)
    ]
    lines += [_line(200, ("vänster spalt slutar här", 70, 250))]
    parts = _texts(column_parts(lines))
    assert parts[0] == ["Trygga mötesplatser i hela staden"]
    assert parts[1][0] == "vänster rad 0 med löpande text" and parts[1][-1] == "vänster spalt slutar här"
    assert parts[2] == [f"höger rad {n} text" for n in range(8)]


def test_a_piece_across_a_narrow_gutter_is_cut_at_the_right_columns_word() -> None:
    lines = [
        _line(80 + 14 * n, (f"vänster rad {n} med löpande text", 70, 280), (f"höger rad {n} text", 310, 520))
        for n in range(8)
    ]
    left, right = _segment("vänster text går fram", 70, 285, 200), _segment("höger fortsätter", 310, 420, 200)
    space = Unit(" ", False, False, 285, 310)  # a gap narrower than a column gap: one piece across the gutter
    across = Segment([*left.units, space, *right.units], 70, 420, 200, 200 + SIZE, SIZE, 0.0)
    lines.append(Line(page=1, segments=[across]))
    cut = column_parts(lines)
    joined = [" ".join(s.text for line in part for s in line.segments) for part in cut]
    assert "höger fortsätter" in joined[1] and "höger fortsätter" not in joined[0]


def test_side_by_side_boxes_a_table_and_a_margin_of_line_numbers_are_no_columns() -> None:
    header = [_line(60 + 14 * n, (f"Handläggare {n}", 70, 160), (f"Till {n}", 320, 380)) for n in range(8)]
    numbers = [
        _line(60 + 14 * n, (f"en hel rad löpande text nummer {n} i boken", 70, 440), (str(n + 1), 456, 467))
        for n in range(20)
    ]
    for lines in (header, numbers):
        assert column_parts(lines) == [lines]
