"""A region's remiss and its compilation memo: a referral to "länets kommuner" whose towns an annex table of
unruled columns names one by one ("Kommun | Kommun | Kommun"); the memo's recount of the day it went out ("Remissen
gick ut den 14 juni 2027 till samtliga 26 kommuner i länet, …"), its table of answers over a page break with late
answers marked "*", a body that tells it declines ("Vaxholms stad har meddelat att staden avstår …") and the list
of those who did not answer, which tells of the recount rather than being a referral of its own. Swedish variants
written for these tests.
"""

from __future__ import annotations

import pytest
from made_blocks import table_row

from atgard.extract.analysis import analyse
from atgard.extract.boards import load_register
from atgard.extract.referrals import extract_referrals, referral_findings
from atgard.extract.reports import extract_reports

REGISTER = load_register()


def _blocks(block, *texts: str) -> list:
    made = []
    for t in texts:
        if t.startswith("# ") or t.startswith("## "):
            level = t.index(" ")
            made.append(block(t[level + 1 :], kind="heading", level=level + 1))
        elif t.startswith("- "):
            made.append(block(t[2:], kind="list_item", marker="–"))
        elif " | " in t:
            page = 2 if t.startswith("p2:") else 1
            made.append(table_row(*t.removeprefix("p2:").split(" | "), page=page))
        else:
            made.append(block(t.removeprefix("p2:"), page=2 if t.startswith("p2:") else 1))
    return made


def _referrals(block, *texts: str):
    analysed = analyse(_blocks(block, *texts), REGISTER)
    return extract_referrals(analysed, extract_reports(analysed), REGISTER)


@pytest.mark.parametrize(
    "sentence",
    [
        "Remissen gick ut den 14 juni 2027 till tillväxt- och regionplanenämnden.",
        "Remissen gick ut 2027-06-14 till tillväxt- och regionplanenämnden.",
        "Remissen har gått ut den 14 juni 2027 till tillväxt- och regionplanenämnden.",
        "Remissen gick den 3 mars 2026 till tillväxt- och regionplanenämnden.",
    ],
)
def test_a_remiss_dated_as_it_went_out_names_its_bodies(block, sentence: str) -> None:
    found = _referrals(block, "# Inledning", sentence)
    assert [[r.name for r in f.recipients] for f in found] == [["Tillväxt- och regionplanenämnden"]]


@pytest.mark.parametrize(
    ("lead", "label"),
    [
        ("Förslaget skickas på remiss till länets kommuner och till trafiknämnden.", "Kommun"),
        ("Förslaget remitteras till kommunerna i länet samt till trafiknämnden.", "Kommun"),
        ("Remissen går till länets kommuner och till trafiknämnden.", "Kommun"),
    ],
)
def test_the_county_towns_are_those_an_annex_table_names(block, lead: str, label: str) -> None:
    found = _referrals(
        block,
        "# Remissförfarande",
        lead,
        "# Bilaga 2 – Remissinstanser",
        "## Kommuner",
        f"{label} | {label}",
        "Botkyrka kommun | Solna stad",
        "Upplands Väsby kommun | Stockholms stad",
    )
    names = [r.name for f in found for r in f.recipients]
    assert "Botkyrka kommun" in names and "Stockholms stad" in names and "Upplands Väsby kommun" in names
    assert not any("kommuner" in n.lower() for n in names)
    assert not any(f.recounted for f in found)  # the present in "Remissförfarande": the referral made now


def test_a_compilation_memo_accounts_for_every_body_of_its_recount(block) -> None:
    analysed = analyse(
        _blocks(
            block,
            "# 1. Inledning",
            "Remissen gick ut den 14 juni 2027 till samtliga 3 kommuner i länet samt till trafiknämnden. "
            "Sista svarsdag var den 30 september 2027.",
            "# 2. Inkomna svar",
            "Svar som kommit in efter den 30 september är markerade med *.",
            "Remissinstans | Inkom | Synpunkter",
            "Solna stad | 2027-09-22 | Stöder 5.2.",
            "p2:Region Stockholm / Trafikförvaltningen",
            "p2:Nacka kommun * | 2027-10-15 | Tillstyrker 5.3.",
            "# 3. Instanser som avstått",
            "Vaxholms stad har i e-post den 10 september 2027 meddelat att staden avstår från att lämna yttrande.",
            "# 4. Instanser som inte har svarat",
            "Följande remissinstanser har inte lämnat något svar:",
            "- Trafiknämnden",
        ),
        REGISTER,
    )
    found = referral_findings(analysed, extract_reports(analysed), REGISTER)
    assert len(found) == 1
    told = {s.board.name: s.outcome for s in found[0].referral_with_accounts().stated_answers}
    assert told == {
        "Solna stad": "answered",
        "Nacka kommun": "answered",
        "Vaxholms stad": "declined",
        "Trafiknämnden": "unanswered",
    }


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Vaxholms stad har meddelat att staden avstår från att yttra sig.", "declined"),
        ("AB Familjebostäder har i e-post meddelat att bolaget avstår från att lämna synpunkter.", "declined"),
        ("Kulturnämnden hade angett att nämnden avstår från att yttra sig.", "declined"),
    ],
)
def test_a_body_that_tells_it_declines_by_its_kind(block, sentence: str, kind: str) -> None:
    from atgard.extract.referrals.sentences import sentence_referrals

    analysed = analyse(_blocks(block, "# Remissvar", sentence), REGISTER)
    read = sentence_referrals(analysed, extract_reports(analysed), REGISTER)
    assert [(a.kind, len(a.recipients)) for a in read.accounts] == [(kind, 1)]


def test_a_list_lead_is_no_body_that_declines(block) -> None:
    from atgard.extract.referrals.sentences import sentence_referrals

    analysed = analyse(_blocks(block, "Följande remissinstanser har meddelat att de avstår:"), REGISTER)
    read = sentence_referrals(analysed, extract_reports(analysed), REGISTER)
    assert not any(r.name.startswith("Följande") for a in read.accounts for r in a.recipients)
