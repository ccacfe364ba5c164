"""What every reader of referrals shares: the action and priority a text states, the report a referral is
about, and a referral the document addresses to itself."""

from __future__ import annotations

from collections.abc import Sequence

from atgard.extract.analysis import Analysed, Sentence
from atgard.extract.mentions import OWN_BODY
from atgard.extract.reports import Reports, TitleSpan
from atgard.extract.rules import rule
from atgard.extract.vocabulary import OFFICE_DEFINITE
from atgard.schema.contract import Referral

IMPLEMENTATION = rule(
    "referral.implementation",
    r"förutsättning\w*\s+(?:för|att)\s+(?:att\s+)?(?:genomför|fortsatt\s+arbete|arbeta)|genomförande\s+av\s+åtgärd|"
    r"redovisa\w*\s+(?:sina\s+|sin\s+|deras\s+)?förutsättning|"
    r"redovisa\w*\s+hur\s+(?:\S+\s+){1,8}?(?:kan\s+)?genomför",
    matches=(
        "ska redovisa sina förutsättningar för att genomföra åtgärderna",
        "förutsättningarna för fortsatt arbete",
        "redovisa hur de kan genomföra åtgärd A2.1.1",
        "ska redovisa hur åtgärd B2.1.1 kan genomföras",
    ),
    not_matches=("Synpunkter på rapporten ges av utbildningsnämnden.",),
)
PRIMARY = rule(
    "referral.primary",
    r"\bi\s+första\s+hand\b",
    matches=("Synpunkter ges i första hand av",),
    not_matches=("i andra hand av",),
)


# "rapporten X", "delrapporten X", and as OCR may misread it: "räpporten".
_REPORT_NAMED = rule(
    "referral.report_named",
    r"\b(?:del)?r\w?pport(?:en)?\s+",
    matches=("Synpunkter på rapporten ", "delrapporten ", "räpporten "),
    not_matches=("rapporterna",),
)


def report_title(item: Analysed, sentence: Sentence, titles: Sequence[TitleSpan], reports: Reports) -> str | None:
    for span in titles:
        if span.block == item.index and sentence.start <= span.start < sentence.end:
            return reports.title_for(span.text)
    # "rapporten X" with X misread in places (OCR): the nearest known title
    for named in _REPORT_NAMED.finditer(sentence.text):
        if title := reports.title_near(sentence.text[named.end() :]):
            return title
    return default_report(reports)


def default_report(reports: Reports) -> str | None:
    """The report of a referral that names none: the one the document annexes, else the one its heading
    remits ("Remiss av X"); a report the text only cites is no default."""
    annexed = [ref.title for ref in reports.refs if ref.annex_number is not None]
    return annexed[0] if len(annexed) == 1 else reports.subject


def addressed_to_self(referral: Referral, own: set[str]) -> bool:
    """A referral whose every recipient is the document's own body or municipality: the remiss it answers.

    A recipient named by its kind alone ("Nämnden", "Styrelsen") is the document's own body.

    >>> from atgard.schema.contract import Recipient
    >>> one = Recipient(name="Stockholms stad", kind="external")
    >>> addressed_to_self(Referral(report_title=None, action="opinion", scope="report", recipients=[one],
    ...     text="...", page=1, bbox={"x0": 0, "top": 0, "x1": 1, "bottom": 1},
    ...     boxes=[{"page": 1, "bbox": {"x0": 0, "top": 0, "x1": 1, "bottom": 1}}]), {"stockholms stad"})
    True
    """
    return all(
        recipient.name.casefold() in own or OWN_BODY.match(recipient.name) or _OWN_OFFICE_OR_TOWN.match(recipient.name)
        for recipient in referral.recipients
    )


# The document's own office or municipality named by its kind alone: "Förvaltningen har fått möjlighet att yttra
# sig", "Staden har beretts tillfälle …" (the remiss the document answers).
_OWN_OFFICE_OR_TOWN = rule(
    "referral.own_office_or_town",
    rf"^(?:{OFFICE_DEFINITE}|stadsdelsförvaltningen|staden|kommunen)$",
    matches=("Förvaltningen", "Kontoret", "Staden", "Kommunen"),
    not_matches=("Trafikkontoret", "Stadsledningskontoret", "Socialförvaltningen"),
)
