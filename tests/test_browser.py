"""The publication in a real browser: `atgard serve` on the demo data, driven by headless Chromium."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from atgard.pipeline.ingest import ingest
from atgard.schema.keys import case_id

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ARTIFACTS = Path(__file__).parent / "artifacts"


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers.get("content-type", ""), response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("content-type", ""), error.read()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, examples: Path, serving) -> Iterator[str]:
    db = tmp_path_factory.mktemp("serve") / "atgard.db"
    assert ingest([examples], db).outcome == "ok"
    with serving(db, "--include-personal-data") as url:
        yield url


@pytest.fixture(scope="module")
def browser(chromium) -> Iterator[Browser]:
    ARTIFACTS.mkdir(exist_ok=True)
    with chromium() as started:
        yield started


def test_home_page_lists_the_data(server: str, browser: Browser) -> None:
    page = browser.new_page()
    page.goto(server + "/")
    assert "atgard" in page.title()
    assert "åtgärder, remisser och nämnder" in page.content()
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)
    page.goto(server + "/atgard")
    assert "Det här ska en nämnd svara på" in page.content()
    page.close()


def test_canned_query_for_arbetsmarknadsnamnden(server: str, browser: Browser) -> None:
    page = browser.new_page()
    page.goto(server + "/atgard/det_har_ska_namnden_svara_pa?namnd=Arbetsmarknadsnämnden")
    rows = page.locator("table.rows-and-columns tbody tr")
    texts = [rows.nth(i).inner_text() for i in range(rows.count())]
    assert any("remiss" in t and "primary" in t and "Dold potential" in t for t in texts)
    assert any("A2.2.1" in t and "responsible" in t for t in texts)
    assert any("A2.3.1" in t and "Samtliga nämnder och bolagsstyrelser" in t for t in texts)  # through a group
    page.screenshot(path=str(ARTIFACTS / "arbetsmarknadsnamnden.png"), full_page=True)
    page.close()


def test_measure_row_page_shows_its_source(server: str, browser: Browser) -> None:
    page = browser.new_page()
    page.goto(server + "/atgard/measures/1")
    assert "A2.1.1" in page.content()
    picture = page.locator("img.atgard-page")
    picture.wait_for()
    page.wait_for_function("document.querySelector('img.atgard-page').complete")
    assert page.evaluate("document.querySelector('img.atgard-page').naturalWidth") > 500
    link = page.locator("a.atgard-pdf")
    assert link.inner_text() == "dold-potential-atgarder.pdf, sidan 1"
    assert link.get_attribute("href").endswith(".pdf#page=1")
    page.screenshot(path=str(ARTIFACTS / "measure-row.png"), full_page=True)
    page.close()


def test_stored_pdf_and_picture_by_id_only(server: str) -> None:
    status, kind, body = _get(server + "/-/atgard/highlight/measures/1.png")
    assert (status, kind, body[:8]) == (200, "image/png", b"\x89PNG\r\n\x1a\n")
    html = _get(server + "/atgard/measures/1")[2].decode()
    pdf_path = html.split('href="', 1)[1].split("#", 1)[0] if 'class="atgard-pdf" href="' in html else ""
    pdf_path = html.split('class="atgard-pdf" href="', 1)[1].split("#", 1)[0]
    status, kind, body = _get(server + pdf_path)
    assert (status, kind, body[:5]) == (200, "application/pdf", b"%PDF-")
    for attempt in ("/-/atgard/pdf/../../../etc/passwd", "/-/atgard/pdf/%2e%2e%2fatgard.db", "/-/atgard/pdf/abc.pdf"):
        assert _get(server + attempt)[0] == 404


def test_swedish_full_text_search_through_the_json_api(server: str) -> None:
    status, _, body = _get(server + "/atgard/sok_atgarder.json?sokord=rekryteringen&_shape=array")
    assert status == 200
    assert b"Kompetensbaserad rekrytering" in body


@pytest.fixture(scope="module")
def tracking(tmp_path_factory: pytest.TempPathFactory, examples: Path, serving) -> Iterator[str]:
    """The samples and the devset's referral package (a memo with a reply date, its report, three answers)."""
    db = tmp_path_factory.mktemp("tracking") / "atgard.db"
    package = sorted((Path(__file__).parent / "data" / "devset" / "pdf").glob("d3-*.pdf"))
    assert ingest([examples, *package], db).outcome == "ok"
    with serving(db) as url:
        yield url


def test_a_clerk_picks_a_board_sees_what_is_open_and_follows_it_to_the_page(tracking: str, browser: Browser) -> None:
    page = browser.new_page()
    page.goto(tracking + "/")
    assert page.locator("html").get_attribute("lang") == "sv"
    page.fill("#namnd", "Familjebostäder")  # the register's alias, as a clerk writes it
    page.click("input[type=submit][value='Visa vad den ska svara på']")
    page.wait_for_load_state()
    # Issue #36: the picker answers on the Swedish page Min nämnd, no longer on Datasette's query page
    assert "/min-namnd" in page.url
    rows = page.locator("table.rows-and-columns tbody tr")
    first = rows.nth(0).inner_text()
    assert "försenad" in first and "2018-03-15" in first and "Trygg i hela staden" in first  # open ones first
    page.screenshot(path=str(ARTIFACTS / "min-namnd.png"), full_page=True)
    page.locator("a", has_text="visa med sidbild").first.click()
    page.wait_for_load_state()
    picture = page.locator("img.atgard-page")
    picture.wait_for()
    page.wait_for_function("document.querySelector('img.atgard-page').complete")
    assert page.evaluate("document.querySelector('img.atgard-page').naturalWidth") > 500
    page.screenshot(path=str(ARTIFACTS / "remiss-sidbild.png"), full_page=True)
    page.close()


def test_a_board_page_with_days_left_or_overdue_and_its_feed(tracking: str, browser: Browser) -> None:
    page = browser.new_page()
    page.goto(tracking + "/namnd/trafiknamnden")
    assert page.locator("h1").inner_text() == "Trafiknämnden"
    answered = page.locator("table.atgard-answered").inner_text()
    assert "besvarad för sent" in answered
    feed = page.locator("a", has_text="Flöde (Atom)").get_attribute("href")
    page.screenshot(path=str(ARTIFACTS / "namnd-sida.png"), full_page=True)
    page.close()
    status, kind, body = _get(tracking + feed)
    assert status == 200 and "xml" in kind and b"<feed" in body and b"Trygg i hela staden" in body


def _visible_text_is_swedish(page: Page) -> None:
    """No SQL, English, ids, coordinates or JSON on a clerk's page."""
    text = page.locator("body").inner_text()
    for word in ("SELECT", "case-", "Powered", "home", "opinion", "answered", "own", "{", "x0", "bbox"):
        assert word not in text, word
    assert not re.search(r"\b[0-9a-f]{20,}\b", text)


def test_a_case_page_shows_the_memo_and_its_answers_in_date_order(tracking: str, browser: Browser) -> None:
    """KS 2018/204: the referral memo, then the three answers, by date; referrals, answers, the feed."""
    page = browser.new_page()
    page.goto(tracking + "/namnd/trafiknamnden")
    page.locator("table.atgard-answered a", has_text="KS 2018/204").first.click()  # the board page links the case
    page.wait_for_load_state()
    assert page.url.endswith("/arende/" + case_id("ks 2018/204"))
    assert page.locator("h1").inner_text() == "Ärende KS 2018/204"
    assert page.locator(".atgard-case-title").inner_text() == "Remiss av rapporten Trygg i hela staden"
    rows = page.locator("table.atgard-case-documents tbody tr")
    dates = [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())]
    assert dates == ["2018-01-22", "2018-03-01", "2018-03-08", "2018-03-28"]
    assert "tjänsteutlåtande" in rows.nth(0).inner_text() and "diarieförd i ärendet" in rows.nth(0).inner_text()
    assert "svar i ärendet" in rows.nth(1).inner_text()
    referrals = page.locator("table.atgard-case-referrals").inner_text()
    assert "Trafiknämnden" in referrals and "besvarad för sent" in referrals and "försenad" in referrals
    assert page.locator("table.atgard-case-answers tbody tr").count() == 3
    _visible_text_is_swedish(page)
    page.screenshot(path=str(ARTIFACTS / "arende-sida.png"), full_page=True)
    feed = page.locator("a", has_text="Flöde (Atom)").get_attribute("href")
    rows.nth(0).locator("a").first.click()  # the memo's own page, which links back to its case
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Remiss av rapporten Trygg i hela staden"
    assert page.locator("ul.atgard-document-cases a").first.inner_text() == "Ärende KS 2018/204"
    _visible_text_is_swedish(page)
    page.close()
    status, kind, body = _get(tracking + feed)
    assert status == 200 and "xml" in kind and body.count(b"<entry>") == 4


@pytest.fixture(scope="module")
def skolskjuts(tmp_path_factory: pytest.TempPathFactory, serving) -> Iterator[str]:
    """One case's three documents (Göteborg, 0412/25), the protocol stored first: memo, opinion, protocol."""
    db = tmp_path_factory.mktemp("arende") / "atgard.db"
    pdfs = Path(__file__).parent / "data" / "devset" / "pdf"
    names = ("protokollsutdrag", "yttrande", "tu")
    assert ingest([pdfs / f"d4-gbg-skolskjuts-{name}.pdf" for name in names], db).outcome == "ok"
    with serving(db, "--include-personal-data") as url:
        yield url


def test_the_case_page_of_a_memo_its_opinion_and_its_protocol(skolskjuts: str, browser: Browser) -> None:
    page = browser.new_page()
    page.goto(skolskjuts + "/")
    page.locator("section.atgard-cases a", has_text="0412/25").click()  # the home page lists the case
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.locator("h1").inner_text() == "Ärende 0412/25"
    assert page.locator(".atgard-case-title").inner_text() == (
        "Yttrande till Utbildningsdepartementet över promemorian Skolskjuts vid val av annan skola"
    )
    rows = page.locator("table.atgard-case-documents tbody tr")
    cells = [rows.nth(i).locator("td").all_inner_texts() for i in range(rows.count())]
    assert [(c[0], c[1], c[4]) for c in cells] == [  # in date order: date, kind in Swedish, the PDF
        ("2025-05-06", "tjänsteutlåtande", "d4-gbg-skolskjuts-tu.pdf"),
        ("2025-05-28", "protokoll", "d4-gbg-skolskjuts-protokollsutdrag.pdf"),
        ("2025-05-28", "yttrande", "d4-gbg-skolskjuts-yttrande.pdf"),
    ]
    assert cells[1][3] == "diarieförd i ärendet, beslut i ärendet"
    decisions = page.locator("table.atgard-case-decisions").inner_text()
    assert "godkänns och översänds" in decisions and "Protokollsutdrag" in decisions
    _visible_text_is_swedish(page)
    page.screenshot(path=str(ARTIFACTS / "arende-skolskjuts.png"), full_page=True)
    pdf = rows.nth(0).locator("td").nth(4).locator("a").get_attribute("href")
    status, kind, body = _get(skolskjuts + pdf)
    assert (status, kind, body[:5]) == (200, "application/pdf", b"%PDF-")
    rows.nth(1).locator("td").nth(2).locator("a").click()  # the protocol's own page links back to the case
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Protokollsutdrag"
    assert "Ärende 0412/25" in page.locator("ul.atgard-document-cases").inner_text()
    _visible_text_is_swedish(page)
    page.close()
