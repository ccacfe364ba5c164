"""A remiss to a municipality or a region as a whole, answered by its kommunstyrelse or regionstyrelse; a protocol's
remiss, answered by the case its § decides (holdout22). The organisation's key in SQL, a table of the names the
state, a county board and a municipality write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from atgard.output.answer_links import ORGANISATION_KEY
from atgard.pipeline.ingest import ingest

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT = ROOT / "tests" / "data" / "holdout22" / "pdf"


def _key(name: str) -> str | None:
    with sqlite3.connect(":memory:") as db:
        key: str | None = db.execute(f"SELECT {ORGANISATION_KEY.format(name=':name')}", {"name": name}).fetchone()[0]
    return key


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Kristianstads kommun", "KRISTIANSTADS KOMMUN"),
        ("Stockholms stad", "Stockholms kommun"),
        ("Malmö stad", "Malmö kommun"),
        ("Upplands Väsby kommun", "Upplands Väsby kommun"),
        ("Region Östergötland", "Region Östergötland"),
        ("Västra Götalandsregionen", "Västra Götalandsregionen"),
    ],
)
def test_one_organisation_by_its_names(first: str, second: str) -> None:
    assert _key(first) is not None and _key(first) == _key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [("Kristianstads kommun", "Region Skåne"), ("Region Skåne", "Region Syd"), ("Lunds kommun", "Lunds stift")],
)
def test_other_organisations(first: str, second: str) -> None:
    assert _key(first) != _key(second)


@pytest.mark.parametrize("name", ["Trafikverket", "Lund Energi AB", "Kommunstyrelsen", "Socialnämnden"])
def test_no_organisation(name: str) -> None:
    assert _key(name) is None


def _status(db_path: Path) -> dict[str, tuple[str, str | None]]:
    with sqlite3.connect(db_path) as db:
        rows = db.execute("SELECT board_name, status, timeliness FROM referral_status").fetchall()
    return {name: (status, timeliness) for name, status, timeliness in rows}


def _ingested_status(tmp_path: Path, folder: Path, prefix: str, *names: str) -> dict[str, tuple[str, str | None]]:
    """The status rows of a new database holding ``folder``'s files ``prefix``-``name``.pdf, stored in one ingest."""
    db_path = tmp_path / f"{prefix}.db"
    assert not ingest([folder / f"{prefix}-{name}.pdf" for name in names], db_path, strict=True).failures
    return _status(db_path)


def test_a_municipalitys_answer_by_its_kommunstyrelse(tmp_path: Path) -> None:
    """Länsstyrelsen Skåne's remiss to "Kristianstads kommun" (among 17 bodies, its sändlista one a line),
    answered by Kristianstad's kommunstyrelse on 26 May, after the 14 May reply date."""
    status = _ingested_status(
        tmp_path, HOLDOUT, "h22c", "skane-lst-remiss-andts-program", "kristianstad-ks-yttrande-andts-program"
    )
    assert status["Kristianstads kommun"] == ("answered", "late")
    assert status["Tullverket"] == ("unanswered", "overdue")  # a later answer came in: the case is past its date


@pytest.mark.parametrize("answer_first", [False, True])
def test_a_regions_answer_to_a_protocols_remiss(tmp_path: Path, answer_first: bool) -> None:
    """Norrköping's KS protocol sends its traffic strategy on remiss in § 84 (its case KS-2027-0318 cited over the
    §); Region Östergötland's regionstyrelse answers it in its own protocol, citing that case. In either order of
    storing: the protocol's § cases are stored before its referrals are paired with the answers stored before it."""
    db_path = tmp_path / "norrkoping.db"
    names = ["norrkoping-ks-protokoll-trafikstrategi", "regionostergotland-rs-protokollsutdrag-trafikstrategi"]
    for name in reversed(names) if answer_first else names:  # one file an ingest: stored in this order
        assert not ingest([HOLDOUT / f"h22b-{name}.pdf"], db_path, strict=True).failures
    status = _status(db_path)
    assert status["Region Östergötland"] == ("answered", "on_time")
    assert status["Trafikverket"][0] == "unanswered"


def test_migrating_adds_the_links_a_protocol_stored_after_its_answer_missed(tmp_path: Path) -> None:
    """A database of version 27 where the region's answer was stored before Norrköping's protocol: its link to the
    § 84 referral was never made. Migration 28 adds it, and keeps the links that were there."""
    from atgard.output.store import open_store

    db_path = tmp_path / "gammal.db"
    names = ["regionostergotland-rs-protokollsutdrag-trafikstrategi", "norrkoping-ks-protokoll-trafikstrategi"]
    for name in names:
        assert not ingest([HOLDOUT / f"h22b-{name}.pdf"], db_path, strict=True).failures
    with sqlite3.connect(db_path) as db:
        links = db.execute("SELECT count(*) FROM answer_links").fetchone()[0]
        answer = "SELECT id FROM documents WHERE filename LIKE '%regionostergotland%'"
        db.execute(f"DELETE FROM answer_links WHERE answer_document_id = ({answer})")  # as version 27 left it
        db.execute("PRAGMA user_version = 27")
    assert _status(db_path)["Region Östergötland"][0] == "unanswered"
    open_store(db_path).close()
    with sqlite3.connect(db_path) as db:
        assert db.execute("SELECT count(*) FROM answer_links").fetchone()[0] == links
    assert _status(db_path)["Region Östergötland"] == ("answered", "on_time")


def test_an_agency_listed_with_its_short_form_answers_under_its_name(tmp_path: Path) -> None:
    """Landsbygds- och infrastrukturdepartementet's remiss lists "Sveriges meteorologiska och hydrologiska institut
    (SMHI)" (holdout24); SMHI's answer, dated after the reply date, names the agency without the short form."""
    folder = ROOT / "tests" / "data" / "holdout24" / "pdf"
    names = ("regeringskansliet-li-remiss-sou-klimatanpassning", "smhi-remissvar-sou-klimatanpassning-sent")
    status = _ingested_status(tmp_path, folder, "h24c", *names)
    assert status["Sveriges meteorologiska och hydrologiska institut (SMHI)"] == ("answered", "late")
    assert status["Boverket"] == ("unanswered", "overdue")


@pytest.mark.parametrize(
    ("answer", "recipient", "same"),
    [
        (
            "Sveriges meteorologiska och hydrologiska institut",
            "Sveriges meteorologiska och hydrologiska institut (SMHI)",
            1,
        ),
        ("Statens geotekniska institut", "Statens geotekniska institut (SGI)", 1),
        ("Boverket", "Boverket", 1),
        ("Boverket", "Boverket (BV)", 1),
        ("Region Stockholm", "Region Stockholm (trafikförvaltningen)", 1),
        ("SMHI", "Sveriges meteorologiska och hydrologiska institut (SMHI)", 0),
        ("Lantmäteriet", "Boverket", 0),
        ("", "Boverket", 0),
    ],
)
def test_a_recipients_name_without_its_short_form(answer: str, recipient: str, same: int) -> None:
    from atgard.output.views import _SAME_NAME

    with sqlite3.connect(":memory:") as db:
        sql = f"SELECT {_SAME_NAME.format(answer=':answer', recipient=':recipient')}"
        assert (db.execute(sql, {"answer": answer, "recipient": recipient}).fetchone()[0] or 0) == same
