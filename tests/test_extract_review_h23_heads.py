"""Letters as agencies, associations and mail programs print them (holdout23): a subject line in running type, a
sender's name drawn over the letter (an acronym written out under it, a scan's emblem beside it), a printed e-mail's
head in two columns, a signature naming the sender over its postal line, an address the letter's reference ends.
Tables of Swedish variants written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from atgard.extract.addressee import address_block
from atgard.extract.boards import load_register
from atgard.extract.kinds import ANSWER_TITLE
from atgard.extract.letterhead import letterhead_office
from atgard.extract.logo_name import expanded_logo, named_on_top
from atgard.extract.mail_head import mail_head, mail_subject
from atgard.extract.senders import as_written, signature_sender
from atgard.extract.subject_line import subject_line
from atgard.extract.title import title_and_subtitle
from atgard.schema import BBox, Block, PageBox, TableCell

REGISTER = load_register()
MakeBlock = Callable[..., Block]
_BOX = BBox(x0=70, top=100, x1=520, bottom=130)
_TEXT = "Genom remissen har vi fått möjlighet att lämna synpunkter på förslaget, vilket vi tackar för. " * 3


def _row(*cells: str) -> Block:
    return Block(
        kind="table_row",
        text=" | ".join(cells),
        cells=[TableCell(text=cell, bbox=_BOX) for cell in cells],
        page=1,
        boxes=[PageBox(page=1, bbox=_BOX)],
    )


@pytest.mark.parametrize(
    ("lines", "subject"),
    [
        (
            ["Synpunkter på förslaget till regionalt åtgärdsprogram för", "arbete i Skåne län 2028–2031"],
            "Synpunkter på förslaget till regionalt åtgärdsprogram för arbete i Skåne län 2028–2031",
        ),
        (
            ["Yttrande över remiss av Handlingsplan för trygghet 2027"],
            "Yttrande över remiss av Handlingsplan för trygghet 2027",
        ),
        (["Remissvar - Program för klimatanpassning 2028-2035"], "Remissvar - Program för klimatanpassning 2028-2035"),
        (["Svar på remissen om", "Strategi för idrott och hälsa"], "Svar på remissen om Strategi för idrott och hälsa"),
    ],
)
def test_a_subject_line_in_running_type_is_the_title(block: MakeBlock, lines: list[str], subject: str) -> None:
    blocks = [block("Malmö den 11 maj 2027"), *(block(line) for line in lines), block(_TEXT)]
    assert subject_line(blocks) == subject
    assert title_and_subtitle(blocks).title == subject


@pytest.mark.parametrize(
    "line",
    [
        "Länsstyrelsen Skåne, Enheten för social hållbarhet",
        "Vi har tagit del av förslaget till program.",
        "Synpunkter på nämndens arbete",  # no report it answers
    ],
)
def test_no_subject_line(block: MakeBlock, line: str) -> None:
    assert subject_line([block("Malmö den 11 maj 2027"), block(line), block(_TEXT)]) is None


def test_a_heading_over_the_text_is_the_title_not_a_subject_line(block: MakeBlock) -> None:
    blocks = [block("Yttrande", kind="heading", level=1), block("Svar på remiss av Plan för X"), block(_TEXT)]
    assert title_and_subtitle(blocks).title == "Yttrande"


def test_a_short_letters_title_is_over_its_first_sentence_not_its_signature(block: MakeBlock) -> None:
    blocks = [
        block("Program för klimatanpassning 2028–2035", kind="heading", level=2),
        block("Lantmäteriet har tagit emot rubricerad remiss från Stockholms stad och har tagit del av förslaget."),
        block("Elisabeth Hallin", kind="heading", level=1),
    ]
    assert title_and_subtitle(blocks).title == "Program för klimatanpassning 2028–2035"


@pytest.mark.parametrize(
    ("title", "answer"),
    [
        ("Synpunkter på förslaget till regionalt åtgärdsprogram", True),
        ("Synpunkter på remissen Strategi för kultur", True),
        ("Synpunkter över förslag till plan", True),
        ("Synpunkter på nämndens arbete", False),
        ("Synpunkterna på förslaget", False),
    ],
)
def test_an_answer_titled_by_its_views(title: str, answer: bool) -> None:
    assert (ANSWER_TITLE.match(title) is not None) == answer


@pytest.mark.parametrize(
    ("logo", "text", "name"),
    [
        ("O RF-SISU SKÅNE", "Genom remissen har RF-SISU Skåne fått möjlighet att yttra sig.", "RF-SISU SKÅNE"),
        ("@ NATURSKYDDSFÖRENINGEN", "Naturskyddsföreningen välkomnar förslaget.", "NATURSKYDDSFÖRENINGEN"),
        (
            "HYRESGÄSTFÖRENINGEN REGION STOCKHOLM",
            "Hyresgästföreningen Region Stockholm anser …",
            "HYRESGÄSTFÖRENINGEN REGION STOCKHOLM",
        ),
        ("SKÅNES IDROTTSFÖRBUND", "Skånes Idrottsförbund har tagit del av remissen.", "SKÅNES IDROTTSFÖRBUND"),
        ("TRYGG I HELA STADEN", "Rapporten Trygg i hela staden är bra.", None),  # a title: its words in lower case
        ("YTTRANDE", "Yttrande över förslaget.", None),  # a type
        ("SMHI", "SMHI välkomnar förslaget.", None),  # initials: the text writes them so too
    ],
)
def test_a_name_in_capitals_over_the_letter(block: MakeBlock, logo: str, text: str, name: str | None) -> None:
    found = named_on_top([block(logo, kind="heading", level=2), block(text)], 6)
    assert (found[0] if found else None) == name


@pytest.mark.parametrize(
    ("acronym", "written", "name"),
    [
        ("SMHI", "Sveriges meteorologiska och hydrologiska institut", True),
        ("MSB", "Myndigheten för samhällsskydd och beredskap", True),
        ("SKR", "Sveriges Kommuner och Regioner", True),
        ("SSBF", "Storstockholms brandförsvar", False),  # no written-out name
        ("SMHI", "Stockholms miljöhus i Hammarby", False),
    ],
)
def test_an_acronym_written_out_under_it(block: MakeBlock, acronym: str, written: str, name: bool) -> None:
    blocks = [block(acronym, kind="heading", level=1), block(written), block("601 76 Norrköping")]
    assert expanded_logo(blocks) == (written if name else None)
    if name:
        assert letterhead_office(blocks) == written


def test_the_address_under_a_drawn_name_and_its_own_postal_line(block: MakeBlock) -> None:
    blocks = [
        block("SMHI", kind="heading", level=1),
        block("Sveriges meteorologiska och\nhydrologiska institut"),
        block("601 76 Norrköping\nBesöksadress: Folkborgsvägen 17\nTelefon 011-495 80 00\nsmhi@smhi.se"),
        block("Stockholms stad\nKommunstyrelsen\nregistrator.ks@stockholm.se"),
        block("Remissvar avseende Program för klimatanpassning", kind="heading", level=2),
    ]
    assert address_block(blocks) == "Kommunstyrelsen"


@pytest.mark.parametrize(
    ("address", "addressee"),
    [
        (
            ["Stockholms stad", "Kommunstyrelsen", "genom Stockholms Stadshus AB", "Er referens: KS 2027/0412"],
            "Kommunstyrelsen",
        ),
        (["Kulturnämnden", "Ert dnr: KUN 2027/88"], "Kulturnämnden"),
        (["Stockholms stad, kommunstyrelsen", "Via e-post: registrator.ksQstockholm.se"], "Kommunstyrelsen"),
        (["Datum", "2027-09-10", "Diarienr", "TRV 2027/61702", "Er referens", "LI2027/01466"], None),
    ],
)
def test_an_address_its_reference_or_mailbox_ends(block: MakeBlock, address: list[str], addressee: str | None) -> None:
    blocks = [*(block(line) for line in address), block("Yttrande över Plan för X", kind="heading", level=1)]
    assert address_block(blocks) == addressee


@pytest.mark.parametrize(
    ("labels", "values", "subject"),
    [
        (
            "Från:\nSkickat:\nTill:\nKopia:\nÄmne:\nHej,",
            "Henrik Sandell <henrik.sandell@ssbf.brand.se>\nden 29 juni 2027 09:42\nRegistrator KS <r@stockholm.se>\n"
            "Elin Norrgård\nSvar på remiss av Program för klimatanpassning 2028–2035",
            "Svar på remiss av Program för klimatanpassning 2028–2035",
        ),
        (
            "From:\nSent:\nTo:\nSubject:",
            "Anna Ek <anna@x.se>\nMonday\nKS\nSV: VB: Remissvar – Gröna Stockholm",
            "Remissvar – Gröna Stockholm",
        ),
        (
            "Från:\nSkickat:\nÄmne:",
            "Tove Lindgren\nden 24 september 2026\nBegäran om anstånd – remiss KS 2026/0233,\nStrategi mot hemlöshet",
            "Begäran om anstånd – remiss KS 2026/0233, Strategi mot hemlöshet",
        ),
    ],
)
def test_a_mail_head_in_two_columns(labels: str, values: str, subject: str) -> None:
    assert mail_subject([_row(labels, values)]) == subject


def test_a_mail_head_in_lines(block: MakeBlock) -> None:
    blocks = [
        block("Från: Pålsson Jonatan <jonatan@malmo.se>"),
        block("Skickat: den 5 oktober 2026 09:14"),
        block("Ämne: Påminnelse: remiss Program för fysisk aktivitet"),
    ]
    assert mail_head(blocks)["skickat"] == "den 5 oktober 2026 09:14"
    assert mail_subject(blocks) == "Påminnelse: remiss Program för fysisk aktivitet"
    assert title_and_subtitle(blocks).title == "Påminnelse: remiss Program för fysisk aktivitet"


def test_a_subject_alone_is_no_mail_head(block: MakeBlock) -> None:
    assert mail_head([block("Ämne: Remissvar"), block("Till: Kommunstyrelsen")]) == {}


@pytest.mark.parametrize(
    ("signature", "sender"),
    [
        (
            "Henrik Sandell\nBrandingenjör, Avdelningen för riskhantering\nStorstockholms brandförsvar\n"
            "Box 17 002, 104 62 Stockholm",
            "Storstockholms brandförsvar",
        ),
        ("Eva Ek\nHandläggare\nNaturvårdsverket\n106 48 Stockholm", "Naturvårdsverket"),
        ("Eva Ek\nStadshuset\n105 35 Stockholm", None),  # a building sends nothing
        ("Eva Ek\nKulturnämnden\n105 35 Stockholm", None),  # only an outside body
    ],
)
def test_the_sender_its_signature_names(block: MakeBlock, signature: str, sender: str | None) -> None:
    assert signature_sender([block("Med vänlig hälsning"), block(signature)], REGISTER) == sender


@pytest.mark.parametrize(
    ("office", "text", "written"),
    [
        ("LANTMÄTERIET", "Lantmäteriet har tagit emot remissen.", "Lantmäteriet"),
        ("SVERIGES KOMMUNER OCH REGIONER", "Sveriges Kommuner och Regioner anser …", "Sveriges Kommuner och Regioner"),
        ("MSB", "MSB anser …", "MSB"),  # initials
        ("VÄSTERÅS STAD", "Västerås stad har …", "VÄSTERÅS STAD"),  # a municipality's logo as given
        ("Trafikverket", "trafikverket", "Trafikverket"),
    ],
)
def test_an_office_in_capitals_as_the_text_writes_it(block: MakeBlock, office: str, text: str, written: str) -> None:
    assert as_written(office, [block(text)]) == written
