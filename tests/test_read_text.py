"""Character and line-joining rules, as tables of Swedish variants."""

from __future__ import annotations

import pytest

from atgard.extract.read.text import ends_sentence, line_joint, normalize_glyph


def _join(previous: str, following: str) -> str:
    drop, glue = line_joint(previous, following)
    return previous[: len(previous) - drop] + glue + following


@pytest.mark.parametrize(
    ("previous", "following", "joined"),
    [
        # Hyphenation at a line end is undone ...
        ("hållbarhets-", "kommissionen", "hållbarhetskommissionen"),
        ("stadsdels-", "nämnderna", "stadsdelsnämnderna"),
        ("Arbetsmarknads-", "nämndens yttrande", "Arbetsmarknadsnämndens yttrande"),
        ("soft\u00ad", "hyphen", "softhyphen"),
        ("upp\u2010", "följning", "uppföljning"),
        # ... but real hyphens stay.
        ("arbetsmarknads-", "och yrkesutbildningar", "arbetsmarknads- och yrkesutbildningar"),
        ("gymnasie-", "eller vuxenutbildning", "gymnasie- eller vuxenutbildning"),
        ("förskole-", "samt grundskoleverksamhet", "förskole- samt grundskoleverksamhet"),
        ("Rinkeby-", "Kista stadsdelsnämnd", "Rinkeby-Kista stadsdelsnämnd"),
        ("Hässelby-", "Vällingby", "Hässelby-Vällingby"),
        ("EU-", "projektet", "EU-projektet"),
        ("e-", "tjänster", "e-tjänster"),
        ("budget 2018-", "2019", "budget 2018-2019"),
        ("Kulturhändelser, -", "verksamheter", "Kulturhändelser, -verksamheter"),
        # Dashes and plain word breaks.
        ("UVAS –", "totalt 16 256", "UVAS – totalt 16 256"),
        ("åren 2018–", "2020", "åren 2018–2020"),
        ("rapporten Dold potential –", "hinder och", "rapporten Dold potential – hinder och"),
        ("beslutar", "följande.", "beslutar följande."),
        ("d.v.s.", "personer", "d.v.s. personer"),
    ],
)
def test_line_joint(previous: str, following: str, joined: str) -> None:
    assert _join(previous, following) == joined


@pytest.mark.parametrize(
    ("glyph", "text"),
    [
        ("ﬁ", "fi"),
        ("ﬂ", "fl"),
        ("ﬀ", "ff"),
        ("\u00a0", " "),
        ("\u202f", " "),
        ("\uf0b7", "•"),
        ("\u25aa", "•"),
        ("\u200b", ""),
        ("(cid:42)", ""),
        ("a\u030a", "å"),
        ("o\u0308", "ö"),
        ("Ä", "Ä"),
        ("–", "–"),
        ("\u00ad", "\u00ad"),
    ],
)
def test_normalize_glyph(glyph: str, text: str) -> None:
    assert normalize_glyph(glyph) == text


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Lägesrapporten godkänns.", True),
        ("synpunkter lämnas enligt nedanstående:", True),
        ("Vad gäller för bolagen?", True),
        ("se rapporten (bilaga 2).", True),
        ("det innebär att de", False),
        ("bland annat genom fler praktikplatser,", False),
        ("Dold potential – hinder och", False),
    ],
)
def test_ends_sentence(text: str, ends: bool) -> None:
    assert ends_sentence(text) is ends
