"""The review of holdout12's annexed titles: "redovisning av" or "rapport av" followed by what is reported is part
of the title; only a maker after "av" (a name, a body in the definite) is a description to leave out."""

from __future__ import annotations

import pytest

from atgard.extract.annex_titles import without_genre_tail


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        (
            "Handlingsplan mot våld i nära relationer – redovisning av genomförda åtgärder 2026",
            "Handlingsplan mot våld i nära relationer – redovisning av genomförda åtgärder 2026",
        ),
        (
            "Miljöbokslut 2026 - redovisning av miljöarbetet i kommunen",
            "Miljöbokslut 2026 - redovisning av miljöarbetet i kommunen",
        ),
        ("Trygg skolväg. Rapport av resultat från enkäten", "Trygg skolväg. Rapport av resultat från enkäten"),
        ("Bo kvar – delredovisning av insatserna", "Bo kvar – delredovisning av insatserna"),
        # a maker after "av" or "från" is the description
        ("Unga i staden. Rapport av arbetsgruppen för ungas inflytande", "Unga i staden"),
        ("Unga i staden – rapport av Kommissionen för ungas inflytande", "Unga i staden"),
        ("Unga i staden - redovisning av kulturförvaltningen", "Unga i staden"),
        ("Unga i staden. Redovisning av\nsocialnämnden", "Unga i staden"),
        ("Nära grönska. Slutrapport från utredningen om parker i ytterstaden", "Nära grönska"),
        ("Trygg skolväg – delrapport ifrån trafikutredningen", "Trygg skolväg"),
    ],
)
def test_only_a_maker_after_av_is_a_description(title: str, kept: str) -> None:
    assert without_genre_tail(title) == kept
