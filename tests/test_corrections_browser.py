"""A handläggare corrects the extraction in the browser, and the corrections outlive a reading with other rules.

Signed in (``atgard serve --writable``): a PDF uploaded and ingested in the background; on a referral's page the
reply date and a recipient corrected, another referral rejected, and *Min nämnd* changes. The document is read
again with a rule set that no longer finds the rejected referral: the other corrections still apply, the orphan
waits in *Att granska*. Signed out, every write is a 403; a POST without the CSRF token is refused; a läsare
cannot write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page

import atgard.extract.document as document_module
from atgard.output.accounts import save_account
from atgard.pipeline.ingest import ingest
from atgard.schema.contract import Document

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
REMISS = ROOT / "tests" / "data" / "devset" / "pdf" / "d3-ks-remiss.pdf"
UPLOAD = ROOT / "tests" / "data" / "konstruerad-remissvar.pdf"
PASSWORD = "hemligt-lösenord"
WRITE_URLS = ("/ratta", "/lagg-till-dokument")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, serving) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("skrivbar")
    db = folder / "atgard.db"
    assert ingest([REMISS], db).outcome == "ok"
    accounts = folder / "konton.json"
    save_account(accounts, "anna", "handlaggare", PASSWORD)
    save_account(accounts, "lars", "lasare", PASSWORD)
    with serving(db, "--writable", "--accounts", str(accounts)) as url:
        yield url, db


@pytest.fixture(scope="module")
def context(chromium) -> Iterator[BrowserContext]:
    with chromium() as browser:
        yield browser.new_context()


def sign_in(page: Page, url: str, name: str) -> None:
    page.goto(url + "/logga-in?nasta=/att-granska")
    page.fill("#konto", name)
    page.fill("#losenord", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_load_state()
    assert f"Inloggad som {name}" in page.inner_text("body")


def correct(page: Page, form: str, value: str | None, why: str) -> None:
    """Open *Rätta* on the item's page and send one of its forms."""
    page.locator("details.atgard-ratta-former summary").first.click()
    chosen = page.locator(f'form[data-atgard="{form}"]')
    if value is not None:
        chosen.locator('input[name="varde"]').fill(value)
    chosen.locator('input[name="skal"]').fill(why)
    chosen.locator("input[type=submit]").click()
    page.wait_for_load_state()
    assert page.locator(".atgard-ratta-fel").count() == 0, page.inner_text(".atgard-ratta-fel")


def min_namnd(page: Page, url: str, board: str) -> str:
    page.goto(f"{url}/min-namnd?namnd={board}")
    return page.inner_text("body")


def _without_last_referral(real: Callable[..., Document]) -> Callable[..., Document]:
    """A test double of a changed rule set: the document's last referral is no longer found."""

    def extract(*args: object, **kwargs: object) -> Document:
        found = real(*args, **kwargs)
        return found.model_copy(update={"referrals": found.referrals[:-1]}).with_ids()

    return extract


def _token(context: BrowserContext) -> str:
    return next(c["value"] for c in context.cookies() if c["name"] == "ds_csrftoken")


def _refused_everywhere(page: Page, url: str, token: str | None) -> None:
    for path in WRITE_URLS:
        form = {"csrftoken": token} if token else {}
        sent = page.request.post(url + path, multipart={**form, "mal": "x", "atgard": "reject", "skal": "x"})
        assert sent.status == 403, (path, sent.status)


def test_a_handlaggare_corrects_and_the_corrections_outlive_a_new_reading(
    site: tuple[str, Path], context: BrowserContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, db = site
    page = context.new_page()
    sign_in(page, url, "anna")

    page.goto(url + "/lagg-till-dokument")
    page.set_input_files("#pdf", str(UPLOAD))
    page.click("form.atgard-formular input[type=submit]")
    page.wait_for_selector("td.atgard-uppladdning-done", timeout=120_000)  # the page refreshes while it reads
    assert "konstruerad-remissvar.pdf: inläst" in page.inner_text("body")

    with sqlite3.connect(db) as connection:
        (document_id,) = connection.execute("SELECT id FROM documents WHERE filename = 'd3-ks-remiss.pdf'").fetchone()
        last = connection.execute("SELECT max(seq) FROM referrals WHERE document_id = ?", [document_id]).fetchone()[0]
    prefix = document_id[:20]
    assert "2018-03-15" in min_namnd(page, url, "Socialnämnden")
    assert "Inga remisser" in min_namnd(page, url, "Utbildningsnämnden")

    page.goto(f"{url}/remiss/referral-{prefix}-0")
    correct(page, "set-reply_by", "2027-02-26", "Datumet i missivet är ändrat")
    correct(page, f"set-board-recipient-{prefix}-0-0", "Utbildningsnämnden", "Fel nämnd")
    text = page.inner_text("body")
    assert "2027-02-26" in text and "Utbildningsnämnden" in text and "ändrad av anna den" in text
    page.goto(f"{url}/remiss/referral-{prefix}-{last}")
    correct(page, "reject", None, "Samma remiss som den första")
    assert "Avvisad" in page.inner_text("body")

    board = min_namnd(page, url, "Utbildningsnämnden")
    assert "2027-02-26" in board and "rättad av handläggare" in board
    assert "Inga remisser" in min_namnd(page, url, "Socialnämnden")  # moved away, and the other one rejected

    monkeypatch.setattr(document_module, "extract_document", _without_last_referral(document_module.extract_document))
    assert [i.status for i in ingest([REMISS], db, again=True, jobs=1).ingested] == ["read again"]
    assert "2027-02-26" in min_namnd(page, url, "Utbildningsnämnden")
    assert "Inga remisser" in min_namnd(page, url, "Socialnämnden")
    page.goto(url + "/att-granska")
    queue = page.inner_text("table.atgard-ses-over")
    assert "behöver ses över" in queue and "finns inte längre" in queue and "Samma remiss som den första" in queue

    page.click("form[action='/logga-ut'] input[type=submit]")
    page.wait_for_load_state()
    assert "Logga in" in page.inner_text("body")
    _refused_everywhere(page, url, _token(context))


def test_a_post_without_the_csrf_token_is_refused(site: tuple[str, Path], context: BrowserContext) -> None:
    url, db = site
    page = context.new_page()
    sign_in(page, url, "anna")
    with sqlite3.connect(db) as connection:
        before = connection.execute("SELECT count(*) FROM corrections").fetchone()
    _refused_everywhere(page, url, None)
    sent = page.request.post(url + "/ratta", form={"mal": "x", "atgard": "reject", "skal": "x"})
    assert sent.status == 403
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM corrections").fetchone() == before
    page.click("form[action='/logga-ut'] input[type=submit]")


def test_a_lasare_cannot_write(site: tuple[str, Path], context: BrowserContext) -> None:
    url, db = site
    page = context.new_page()
    sign_in(page, url, "lars")
    with sqlite3.connect(db) as connection:
        document_id, seq = connection.execute("SELECT document_id, seq FROM referrals LIMIT 1").fetchone()
    page.goto(f"{url}/remiss/referral-{document_id[:20]}-{seq}")
    assert page.locator("details.atgard-ratta-former").count() == 0
    _refused_everywhere(page, url, _token(context))
    page.goto(url + "/lagg-till-dokument")
    assert page.locator("#pdf").count() == 0
