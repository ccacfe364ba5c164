"""The clerk's whole path, as a new user walks it: an installed wheel, the demo data, links followed in a browser.

Home page → the picker with "Farsta" and with "stadsdelsnämnderna" → Min nämnd → the board's page → a referral
with its page picture → its document → the report's grid → the board's feed → search for ``"``, ``*`` and a
measure code → the measure. On every page: no 404, no error box, no SQL editor, no English word, no id.
``ATGARD_SCREENSHOTS=docs`` (``make screenshots``) keeps a picture of each page for the README.
"""

from __future__ import annotations

import os
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
from playwright.sync_api import Browser, Page

from atgard.pipeline.ingest import ingest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
# What Datasette's developer view and the stored codes say: none of it belongs on a clerk's page.
ENGLISH = """
rows row results query queries Custom Edit Format Run Save Hide show hide Powered took License Source About
Error error Links from other tables table home Next next page Menu null None true false JSON json CSV csv
referrals measures documents decision_points answers implementation opinion responsible primary answered
unanswered overdue on_time late scope action report reports board boards kind district_committee committee
company group external unknown facet facets Sort sort descending ascending View Download Advanced export
This data Query parameters sql_time_limit
""".split()
ENGLISH_WORD = re.compile(r"(?<![\wåäöÅÄÖ-])(" + "|".join(map(re.escape, ENGLISH)) + r")(?![\wåäöÅÄÖ-])")
LONG_HEX = re.compile(r"\b[0-9a-f]{16,}\b")  # a document's sha256 or an item's id shown as text
SHOTS = Path(os.environ["ATGARD_SCREENSHOTS"]) if os.environ.get("ATGARD_SCREENSHOTS") else None


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, examples: Path, serving, installed_wheel: str) -> Iterator[str]:
    """`make demo`'s publication: the sample PDFs, served by the installed wheel."""
    db = tmp_path_factory.mktemp("path") / "atgard.db"
    assert ingest([examples], db).outcome == "ok"
    with serving(db, python=installed_wheel) as url:
        yield url


@pytest.fixture(scope="module")
def browser(chromium) -> Iterator[Browser]:
    with chromium() as started:
        yield started


def check(page: Page, shot: str | None, statuses: dict[str, int]) -> str:
    """The page a clerk is on is whole and Swedish; its text. A screenshot when asked for one."""
    page.wait_for_load_state("networkidle")
    assert statuses.get(page.url) == 200, (page.url, statuses.get(page.url))
    text = page.inner_text("body")
    assert page.locator("html").get_attribute("lang") == "sv", page.url
    assert page.locator("textarea, .CodeMirror, form.sql").count() == 0, f"an SQL editor on {page.url}"
    assert "border: 3px solid red" not in page.content() and "Error" not in page.title(), page.url
    english = sorted(set(ENGLISH_WORD.findall(text)))
    assert english == [], f"English on {page.url}: {english}"
    assert LONG_HEX.findall(text) == [], f"ids on {page.url}"
    if SHOTS is not None and shot is not None:
        page.screenshot(path=str(SHOTS / f"clerk-{shot}.png"), full_page=True)
    return text


def follow(page: Page, link: str, *, within: str = "body", nth: int = 0) -> None:
    with page.expect_navigation():
        page.locator(within).get_by_role("link", name=link, exact=False).nth(nth).click()


def submit(page: Page, field: str, value: str) -> None:
    page.fill(field, value)
    with page.expect_navigation():
        page.locator(field).press("Enter")


def test_the_clerk_s_whole_path(site: str, browser: Browser) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    statuses: dict[str, int] = {}
    page.on("response", lambda response: statuses.__setitem__(response.url, response.status))
    failed: list[str] = []
    page.on("requestfinished", lambda request: failed.extend([request.url] if request.response().status >= 400 else []))

    page.goto(site + "/")
    home = check(page, "1-startsida", statuses)
    assert "Välj nämnd eller bolag" in home and "Samtliga stadsdelsnämnder" in home

    submit(page, "#namnd", "Farsta")  # the place alone
    farsta = check(page, "2-min-namnd-farsta", statuses)
    assert "Min nämnd: Farsta stadsdelsnämnd" in farsta and "visa med sidbild" in farsta

    follow(page, "Startsidan")
    submit(page, "#namnd", "stadsdelsnämnderna")  # a group, as clerks write it
    group = check(page, "3-min-namnd-grupp", statuses)
    assert "Min nämnd: Samtliga stadsdelsnämnder" in group and "medlemmar har svarat" in group

    follow(page, "Nämndens sida")
    board = check(page, "4-namnd-sida", statuses)
    assert "Att svara på" in board
    feed_url = page.get_by_role("link", name="Flöde (Atom)").first.get_attribute("href")

    follow(page, "visa med sidbild", within="table.atgard-open")
    assert "/remiss/referral-" in page.url
    page.wait_for_function("document.querySelector('img.atgard-page').complete")
    assert page.evaluate("document.querySelector('img.atgard-page').naturalWidth") > 500
    referral = check(page, "5-remiss", statuses)
    assert "Mottagare" in referral and "Källa" in referral

    follow(page, "Dold potential", within="dl.atgard-fakta")  # the report the referral sends out
    assert "/rapport/" in page.url
    grid = check(page, "7-rapport", statuses)
    assert page.locator("table.atgard-grid tbody tr").count() > 10 and "Summa" in grid
    page.go_back()
    follow(page, "Kommissionen för ett socialt hållbart Stockholm", within="dl.atgard-fakta")  # its document
    assert "/dokument/" in page.url
    document = check(page, "6-dokument", statuses)
    assert "tjänsteutlåtande" in document and "Förslag till beslut" in document

    feed = page.request.get(site + feed_url)
    assert feed.status == 200
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        parsed = feedparser.parse(feed.body())
    assert parsed.bozo is False and parsed.feed.title == "Samtliga stadsdelsnämnder: nya remisser och svar"
    assert parsed.entries and all(e.id.startswith("tag:") and "/remiss/" in e.link for e in parsed.entries)

    follow(page, "Startsidan")
    submit(page, "#sokord", '"')
    check(page, None, statuses)
    submit(page, "#sokord", "*")
    check(page, None, statuses)
    submit(page, "#sokord", "A2.3.1")
    hits = check(page, "8-sok", statuses)
    assert hits.count("A2.3.1") >= 2 and page.locator("table.atgard-traffar mark").count() > 0
    follow(page, "Riktade sysselsättningskrav", within="table.atgard-traffar")
    measure = check(page, "9-atgard", statuses)
    assert "Åtgärd A2.3.1" in measure and "Ansvariga" in measure

    assert [url for url in failed if "/-/atgard/pdf/" not in url] == []  # no 404 on the way, pictures included
    page.close()
