"""The municipalities named as one group by a word for how many of them: "samtliga kommuner", "de berörda
kommunerna", "alla skånska kommuner" (shared by the mentions' shape and the responsible of a measure; vocabulary.py
holds the smaller pieces).

Each caller decides what else is such a group where it reads: a measure's responsible "länets kommuner" or
"kommunerna" leave the measure to each of them; in a text's mentions they are the region's wide remiss or the
document's own town among others, no recipient of their own (extract/mentions/shapes.py).
"""

from __future__ import annotations

from atgard.extract.vocabulary import fragment

MUNICIPALITY_GROUP = fragment(
    "board.municipality_group",
    r"(?:[Dd]e\s+)?(?:[Ss]amtliga|[Aa]lla|[Bb]erörda|[Öö]vriga)\s+(?:[a-zåäö]+ska\s+)?kommuner(?:na)?",
    matches=("samtliga kommuner", "de berörda kommunerna", "Alla skånska kommuner", "övriga kommunerna"),
    not_matches=("länets kommuner", "kommunerna", "Sveriges kommuner", "berörda kommun"),
)
