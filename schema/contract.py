"""The export contract (schema_version "2"): what atgard extracts from a document.

The SQLite tables, the JSON export and its JSON Schema all come from these
models; a field added here shows up everywhere.
"""

from __future__ import annotations

from typing import Annotated, Literal, TypeVar

from pydantic import Field, JsonValue

from atgard.schema.keys import case_id, case_key
from atgard.schema.kinds import DocumentKind as DocumentKind  # defined apart: the CLI needs it without pydantic
from atgard.schema.read import BBox, Model, PageBox, PageNumber, Sha256

SCHEMA_VERSION: Literal["2"] = "2"
ItemId = Annotated[
    str,
    Field(
        pattern=r"^[a-z_]+-[0-9a-f]{20}-\d+(-\d+)?$",
        description="stable: the same document bytes give the same id in any database and any ingest order",
        examples=["referral-2daef64e0e74b1c3d5a9-0"],
    ),
]


CaseId = Annotated[
    str,
    Field(
        pattern=r"^case-[0-9a-f]{20}$",
        description="stable: made from the case's key, so every printing of one case number gives the same id",
        examples=["case-c19eb0c1f552d31747de"],
    ),
]
CaseRelation = Literal[
    "own",  # the document is filed in the case: its own diarienummer
    "answers",  # it answers a referral made in the case ("Er referens", "Ert dnr")
    "decides",  # a protocol's § decides the case ("§ 12 … Dnr KS 2025/123")
    "mentions",  # it names the case otherwise
]

_Item = TypeVar("_Item", bound=Model)


def item_id(kind: str, document_id: str, *seq: int) -> str:
    """The stable id of a document's n-th item of a kind.

    >>> item_id("referral", "2daef64e0e74b1c3d5a9" + "0" * 44, 3)
    'referral-2daef64e0e74b1c3d5a9-3'
    """
    return "-".join([kind, document_id[:20], *map(str, seq)])


BoardKind = Literal[
    "council",  # Kommunfullmäktige
    "executive_board",  # Kommunstyrelsen
    "committee",  # facknämnd
    "district_committee",  # stadsdelsnämnd
    "company",  # bolagsstyrelse in the Stockholms Stadshus AB group
    "group",  # "samtliga stadsdelsnämnder" and the like
    "office",  # förvaltning or kontor
    "external",  # a body outside the city's organisation
    "unknown",  # looks like a board, not in the register
]
IsoDate = Annotated[str, Field(pattern=r"^\d{4}-\d{2}-\d{2}$", description='ISO 8601 date: "2018-03-15"')]
MeasureCode = Annotated[
    str,
    Field(
        pattern=r"^(?:[A-ZÅÄÖ]{0,2}\d+(\.\d+)*|\d+:\d+)$",
        description='normalised: "A2.3.1", an area of two letters "KA1"; an area and a number with a colon: "1:2"',
    ),
]
Year = Annotated[int, Field(ge=1900, le=2100)]


Confidence = Literal["sure", "unsure"]
# Why an item's evidence is weak: each puts the item in the clerk's review queue (*Att granska*), first.
Reason = Literal[
    "unknown_board",  # a board name not in the register (kind unknown)
    "read_across_break",  # the referral's recipients were read across a page break or from several blocks
    "no_report",  # a referral that names no report
    "no_reply_date",  # a referral without a reply date
    "matched_by_title",  # an answer that cites no case number: matched to its referral by the report's title only
    "kind_guessed",  # a document whose kind no header word states: weighed from its content
    "unexplained_cues",  # a document with sentences that carry a cue word (remiss, yttra, senast …) and gave nothing
]


class Evidence(Model):
    """How sure the extraction is of an item: the rules that produced it and the reasons to doubt it."""

    confidence: Confidence | None = Field(
        None, description="sure: no reason to doubt it; unsure: see reasons; none: not recorded (an older atgard)"
    )
    reasons: list[Reason] = Field(default_factory=list, description="why the evidence is weak (empty when sure)")
    rules: list[str] = Field(default_factory=list, description="the named rules that fired on the item's text")


EVIDENCE_FIELD = "how sure the extraction is of the item, and why (added within version 2)"


class Located(Model):
    """Where an item stands: its first page and box, and one box per page it covers."""

    page: PageNumber
    bbox: BBox
    boxes: list[PageBox] = Field(min_length=1)


class Board(Model):
    id: str
    name: str
    kind: BoardKind
    aliases: list[str] = Field(default_factory=list)
    members: list[str] = Field(default_factory=list, description="board ids, for groups")
    parent: str | None = Field(None, description="the board an office works for; the parent company")


class CaseOfficer(Model):
    name: str | None = None
    phone: str | None = None
    email: str | None = None


class Signatory(Located):
    name: str
    title: str | None = None


class DecisionPoint(Located):
    id: ItemId | None = None
    number: int = Field(ge=1)
    text: str
    decided_by: str | None = Field(None, description="set when this point has its own decision maker")
    evidence: Evidence = Field(default_factory=Evidence, description=EVIDENCE_FIELD)


class Decision(Model):
    proposed_by: str | None = None
    decided_by: str | None = None
    points: list[DecisionPoint] = Field(default_factory=list)


class ReportRef(Model):
    title: str
    year: Year | None = None
    annex_number: int | None = Field(None, ge=1)
    page: PageNumber | None = Field(None, description="the first page that names the report")
    bbox: BBox | None = Field(None, description="where it is first named")


class BoardRef(Model):
    """A board as a document names it: the register's board, or a body outside it."""

    name: str = Field(description="canonical name, or the words of the document when unknown")
    board_id: str | None = None
    kind: BoardKind


class Recipient(BoardRef):
    group: bool = False
    excluding: list[BoardRef] = Field(default_factory=list)


class StatedAnswer(Model):
    """What a document says became of a referral for one body: it answered, declined or has not answered."""

    board: BoardRef = Field(description="the body the document speaks of")
    outcome: Literal["answered", "declined", "unanswered"] = Field(
        description="answered ('har yttrat sig'), declined ('har avstått från att yttra sig'), "
        "unanswered ('har inte svarat')"
    )
    source: PageBox = Field(description="where the document says so")
    in_time: bool | None = Field(
        default=None,
        description="the answer came within the reply time ('har yttrat sig inom remisstiden': true) or after it "
        "('kom in en dag efter remisstidens utgång': false), as the document says; null when it says nothing",
    )


class Referral(Located):
    id: ItemId | None = None
    report_title: str | None
    action: Literal["opinion", "implementation"]
    scope: Literal["report", "measures"]
    measure_codes: list[MeasureCode] = Field(default_factory=list)
    recipients: list[Recipient]
    priority: Literal["primary"] | None = None
    condition: str | None = None
    text: str
    reply_by: IsoDate | None = Field(None, description="the date the answers must have come in by")
    reply_by_source: PageBox | None = Field(None, description="where the reply date is stated")
    evidence: Evidence = Field(default_factory=Evidence, description=EVIDENCE_FIELD)
    recounted: bool = Field(
        False,
        description="an earlier referral the document recounts (said in the past, or in a Beredning section), "
        "not one it makes (added within version 2)",
    )
    stated_answers: list[StatedAnswer] = Field(
        default_factory=list,
        description="what the document says each body did: answered, declined, not answered ('Trafiknämnden har "
        "yttrat sig', 'Kyrkogårdsnämnden har avstått från att yttra sig'); the status takes them where no answer "
        "is stored (added within version 2)",
    )


class Measure(Located):
    id: ItemId | None = None
    code: MeasureCode | None = None
    group_code: MeasureCode | None = None
    group_title: str | None = None
    report_title: str | None
    text: str
    responsible: list[BoardRef] = Field(default_factory=list, description="the boards responsible, in order")
    section: str | None = None
    evidence: Evidence = Field(default_factory=Evidence, description=EVIDENCE_FIELD)


class Answer(Located):
    """This document answers a referral: who answers, on which report, to which case, on which measures."""

    id: ItemId | None = None
    answering_body: BoardRef
    report_title: str | None
    in_reply_to: str | None = Field(None, description='the referring memo\'s diarienummer as printed: "KS 2018/204"')
    measure_codes: list[MeasureCode] = Field(default_factory=list, description="the measures the answer takes up")
    date: IsoDate | None = Field(None, description="the answer's date")
    evidence: Evidence = Field(default_factory=Evidence, description=EVIDENCE_FIELD)
    declines: bool = Field(
        False,
        description="the body's reply is that it gives no opinion on the remiss ('Kultur- och fritidsnämnden beslutar "
        "att inte lämna något yttrande över remissen'): the status is declined (added within version 2)",
    )
    organisation: str | None = Field(
        None,
        description="the municipality or region the answering body answers for, its kommunstyrelse or regionstyrelse, "
        "as the document's head names it ('Kristianstads kommun', 'Region Östergötland'): a referral to it is answered "
        "(added within version 2)",
    )


class Mention(Located):
    board_id: str | None
    name: str
    kind: BoardKind
    text: str = Field(description="the words as written")


class CaseRef(Model):
    """A case (ärende) by its number as a document prints it; the case's id and key follow from the number."""

    id: CaseId | None = Field(None, description="the case's id; none for a number with no digits")
    number: str = Field(description='the case number as printed: "KS 2018/911", "Dnr KS-2018/0911", "0412/25"')
    key: str | None = Field(
        None, description='what every printing of the number shares: "ks 2018/911", "2025/412" (lower case, no zeros)'
    )

    def keyed(self) -> CaseRef:
        key = case_key(self.number)
        return self.model_copy(update={"key": key, "id": case_id(key) if key else None})


class CaseCitation(CaseRef):
    """Another case a document cites: the case an answer answers, the case a protocol's § decides."""

    relation: Literal["answers", "decides", "mentions"] = Field(description="how the document bears on the case")
    page: PageNumber | None = Field(None, description="where the number is printed")
    bbox: BBox | None = None


class Cue(Model):
    """A sentence with a cue word (remiss, yttra, senast, beslutar …) that gave no item and that no rule accounts for:
    where the extraction may have missed something."""

    text: str
    cue: str = Field(description="the cue word found")
    page: PageNumber
    bbox: BBox | None = None
    section: str | None = Field(None, description="the heading above it")
    in_item_section: bool = Field(False, description="it stands in a decision or referral section")


class Document(Model):
    id: Sha256
    filename: str
    kind: DocumentKind
    title: str | None = None
    subtitle: str | None = None
    office: str | None = None
    unit: str | None = None
    addressee: str | None = None
    date: IsoDate | None = None
    diarienummer: str | None = None
    case: CaseRef | None = Field(None, description="the case the document is filed in: its diarienummer")
    year: Year | None = None
    version: int = Field(1, ge=1, description="1 for the first stored version of a document, then 2, 3, ...")
    replaces: Sha256 | None = Field(None, description="the id of the document this one is a new version of")
    lineage: list[Sha256] = Field(
        default_factory=list,
        description="the ids of every earlier version, oldest first (same case, kind and title; the same office "
        "where both state one; without a case number, the same office, kind and title)",
    )
    case_officer: CaseOfficer = Field(default_factory=CaseOfficer)
    page_count: int = Field(ge=1)
    text_source: Literal["pdf", "ocr"] = Field("pdf", description="the text layer was in the PDF, or made by OCR")
    signatories: list[Signatory] = Field(default_factory=list)
    decision: Decision = Field(default_factory=Decision)
    reports: list[ReportRef] = Field(default_factory=list)
    referrals: list[Referral] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    answers: list[Answer] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    cases: list[CaseCitation] = Field(
        default_factory=list, description="the other cases it cites: answers (an answer's in_reply_to), decides (a §)"
    )
    evidence: Evidence = Field(
        default_factory=Evidence, description="how sure the extraction is of the document's kind (added within 2)"
    )
    cues: list[Cue] = Field(
        default_factory=list, description="sentences with a cue word that gave nothing (added within version 2)"
    )

    def with_ids(self) -> Document:
        """Every referral, measure, decision point and answer with its stable id; its case and cited cases keyed."""
        doc = self.id

        def numbered(kind: str, items: list[_Item]) -> list[_Item]:
            return [item.model_copy(update={"id": item_id(kind, doc, n)}) for n, item in enumerate(items)]

        decision = self.decision.model_copy(update={"points": numbered("decision_point", self.decision.points)})
        return self.model_copy(
            update={
                "decision": decision,
                "referrals": numbered("referral", self.referrals),
                "measures": numbered("measure", self.measures),
                "answers": numbered("answer", self.answers),
                "case": CaseRef(number=self.diarienummer).keyed() if self.diarienummer else None,
                "cases": [cited.keyed() for cited in self.cases],
            }
        )


class MatrixRow(Model):
    """One (measure, board, role): who is responsible for a measure, or must answer on it."""

    report_title: str | None
    measure_code: MeasureCode
    measure_document_id: Sha256
    board_id: str | None = Field(description="None for a body outside the register")
    board_name: str
    role: Literal["responsible", "implementation", "opinion"]
    via: str | None = Field(None, description="the group that brought the board in, e.g. Samtliga stadsdelsnämnder")
    source_document_id: Sha256
    source_page: PageNumber


class StatusRow(Model):
    """One referral and one named recipient: answered or not, on time or not."""

    id: ItemId
    referral_id: ItemId
    referral_document_id: Sha256
    referral_seq: int = Field(ge=0, description="the referral's place in its document")
    board: BoardRef
    report_title: str | None
    action: Literal["opinion", "implementation"]
    reply_by: IsoDate | None
    status: Literal["answered", "unanswered", "declined"] = Field(
        description="declined: the board gave no opinion, by its own answer, a document's word or a clerk's mark "
        "(added within 2)"
    )
    timeliness: Literal["on_time", "late", "overdue"] | None = Field(
        None, description="answered: by the answer's date; unanswered: overdue once reply_by has passed"
    )
    answer_document_id: Sha256 | None = None
    declined: bool = Field(False, description="the board declined to answer (the status is declined)")
    status_source: Literal["answer", "summary", "clerk"] | None = Field(
        None,
        description="what the status rests on: an answer stored (one that declines too), a document that says so "
        "(a Beredning's account), or a clerk's mark; none for unanswered (added within version 2)",
    )
    corrections: list[str] = Field(
        default_factory=list, description="the ids of the clerk's corrections applied to the row (added within 2)"
    )


CorrectionAction = Literal[
    "confirm",  # the item is right as read
    "reject",  # the item is no item (a false referral, a wrong recipient)
    "set",  # a field of the item or the document takes the value
    "add_recipient",  # the referral has one more recipient (value: a board reference)
    "add_referral",  # the document has a referral the extraction missed (value: the referral's fields)
    "add_measure",  # the document has a measure the extraction missed (value: the measure's fields)
    "answered",  # the recipient has answered (value: the answer's date, or none)
    "declined",  # the recipient declined to answer (value: the date, or none)
    "withdraw",  # an earlier correction no longer holds (target: its id)
]
CorrectionTarget = Literal["document", "referral", "recipient", "measure", "decision_point", "answer", "correction"]


class Correction(Model):
    """A clerk's correction of the extraction: a fact of its own, kept apart from what the machine read.

    It is keyed by the target's stable id and applies again after the document is read anew; when the target is
    gone or its text changed, it is not applied and its ``state`` is ``needs_review`` (see docs/contract.md)."""

    id: str = Field(pattern=r"^correction-[0-9a-f]{20}$", description="the correction's own id, kept by an import")
    target: str = Field(
        description="the stable id of what is corrected: an item's id, a recipient's (recipient-<20 hex>-<referral>-"
        "<recipient>, the status row's numbers), the document's sha256 (a field, a new item), a correction's id"
    )
    target_kind: CorrectionTarget
    document_id: Sha256 = Field(description="the document the target belongs to")
    action: CorrectionAction
    field: str | None = Field(None, description="for set: the field (reply_by, board, date, kind, title, …)")
    value: JsonValue = Field(None, description="the new value: a date, a board reference, an added item's fields")
    target_text: str | None = Field(
        None, description="the target's text when corrected (a sentence, a recipient's name, a field's value)"
    )
    who: str = Field(description="the clerk's account")
    at: str = Field(description="when (ISO 8601, UTC)")
    why: str = Field(min_length=1, description="the clerk's reason, required")
    state: Literal["applied", "needs_review", "withdrawn"] = Field(
        "applied", description="needs_review: the target is gone or its text changed since; derived, not imported"
    )
    current_text: str | None = Field(None, description="the target's text now (derived, not imported)")


class CaseDocument(Model):
    """A document of a case and how it bears on the case."""

    document_id: Sha256 = Field(description="the document's id (its sha256), one of the export's documents")
    relations: list[CaseRelation] = Field(
        min_length=1, description="own: filed in the case; decides, answers, mentions: cites it (strongest first)"
    )


class Case(Model):
    """A case (ärende): every document filed in it or citing it, in date order (OParl: a Paper's reference)."""

    id: CaseId
    key: str = Field(description="what every printing of the case number shares")
    number: str = Field(description="the case number as its first memo prints it (else as first cited)")
    title: str | None = Field(None, description="the title of its first memo, utlåtande or other own document")
    documents: list[CaseDocument] = Field(description="in date order (undated last); only the exported documents")


class Export(Model):
    """What atgard exports for other city systems: documents, the boards they name, the matrix, the status."""

    schema_version: Literal["2"] = SCHEMA_VERSION
    generated_at: str | None = Field(None, description="when the export was made (ISO 8601, UTC)")
    personal_data: bool = Field(
        True, description="false: case officers, signatories, phone numbers and e-mail addresses were left out"
    )
    documents: list[Document]
    boards: list[Board]
    referral_matrix: list[MatrixRow] = Field(default_factory=list)
    referral_status: list[StatusRow] = Field(default_factory=list)
    cases: list[Case] = Field(default_factory=list, description="the cases of the documents, each with its documents")
    corrections: list[Correction] = Field(
        default_factory=list,
        description="the clerks' corrections of the exported documents, oldest first; the documents are as read, "
        "referral_status and referral_matrix have the corrections applied (added within version 2)",
    )
