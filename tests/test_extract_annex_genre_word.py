"""An annexed report's title without a genre word set after a dash ("– delrapport"): table of title -> title."""

from __future__ import annotations

import pytest

from atgard.extract.annex_titles import without_genre_tail


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Nattens arbetsplatser – delrapport", "Nattens arbetsplatser"),
        ("Nattens arbetsplatser - delrapport", "Nattens arbetsplatser"),
        ("Staden efter midnatt – slutrapport", "Staden efter midnatt"),
        ("Unga i förorten – lägesrapport", "Unga i förorten"),
        ("Fritid för alla – delbetänkande", "Fritid för alla"),
        ("Fritid för alla – betänkande", "Fritid för alla"),
        ("Staden efter midnatt – slutrapport från delegationen för nattliv", "Staden efter midnatt"),
        # a capital after the dash may be the title's own word, a full stop likewise
        ("Nattens arbetsplatser – Delrapport", "Nattens arbetsplatser – Delrapport"),
        ("Trygg i hela staden. Slutrapport", "Trygg i hela staden. Slutrapport"),
        # what the report is about is its subtitle, kept
        ("Barn i staden – rapport om lekplatser", "Barn i staden – rapport om lekplatser"),
        (
            "Stockholm i ett varmare klimat – handlingsplan för klimatanpassning 2027–2032",
            "Stockholm i ett varmare klimat – handlingsplan för klimatanpassning 2027–2032",
        ),
        ("Rapport", "Rapport"),
    ],
)
def test_genre_word_after_a_dash(title: str, expected: str) -> None:
    assert without_genre_tail(title) == expected
