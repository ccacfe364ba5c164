"""The committed JSON Schema of the export (``schema/export.schema.json``), generated from the contract.

Fields described in the models keep their description; the others take theirs
from the tables below, by model and field or by field alone (a ``bbox`` means
the same everywhere). A test requires a description on every model and field,
and the committed file to equal what ``atgard schema`` prints.
"""

from __future__ import annotations

from typing import Any

from atgard.schema.contract import SCHEMA_VERSION, Export

SCHEMA_ID = f"urn:atgard:export:v{SCHEMA_VERSION}"  # a name, not an address: nothing is fetched from it

MODELS = {
    "BBox": "A box on a page in PDF points, origin at the page's top left.",
    "Board": "A board of the register: a nämnd, stadsdelsnämnd, company, office, group or outside body.",
    "CaseOfficer": "The case officer (handläggare) named in the document's header box.",
    "Decision": "The proposed decision: who proposes, who decides, and the points.",
    "DecisionPoint": "One point of the proposed decision.",
    "Document": "One ingested PDF and everything extracted from it.",
    "Measure": "A measure (åtgärd): numbered in a commission report, or a recommendation in prose.",
    "Mention": "A board named anywhere in the document, with where.",
    "Recipient": "A body a referral is sent to.",
    "Referral": "A referral directive: who must give an opinion on which report, or report on which measures.",
    "ReportRef": "A report the document refers to.",
    "Signatory": "A person who signs the document.",
    "JsonValue": "Any JSON value.",
}
FIELDS = {
    "id": "The item's stable id",
    "bbox": "Where the item stands on its first page",
    "boxes": "One box per page the item stands on",
    "page": "The first page the item stands on (1-based)",
    "text": "The item's words as the document writes them",
    "report_title": "The report's title as the document names it",
    "board_id": "The register's id of the board; none for a body outside the register",
    "name": "The name: the register's canonical one, or the words of the document",
    "kind": "The kind of board (council, executive_board, committee, district_committee, company, group, office, "
    "external, unknown)",
    "title": "The title",
    "Board.aliases": "Other names the register knows the board by",
    "CaseOfficer.phone": "The case officer's telephone number",
    "CaseOfficer.email": "The case officer's e-mail address",
    "Decision.proposed_by": "Who proposes the decision",
    "Decision.decided_by": "Who decides, unless a point names its own decision maker",
    "Decision.points": "The points, in order",
    "DecisionPoint.number": "The point's number as printed, else its place",
    "Document.id": "sha256 of the PDF's bytes",
    "Document.filename": "The PDF's file name when it was ingested",
    "Document.kind": "tjansteutlatande, utlatande, pm, kommissionsrapport, yttrande, protokoll, "
    "dagordning (agenda, kallelse, föredragningslista) or other",
    "Document.title": "The top-level heading of page 1",
    "Document.subtitle": "The lighter heading under the title",
    "Document.office": "The office (förvaltning, kontor) or body the document comes from, from its header",
    "Document.unit": "The unit (avdelning) under the office",
    "Document.addressee": "Who the document is addressed to (Till)",
    "Document.date": "The document's date",
    "Document.diarienummer": "The document's case number (Dnr) as printed",
    "Document.year": "The document's year: its date's, else the first year in its type, subtitle or title",
    "Document.case_officer": "The case officer (personal data: left out with --no-personal-data)",
    "Document.page_count": "Pages in the PDF",
    "Document.signatories": "Who signs (personal data: left out with --no-personal-data)",
    "Document.decision": "The proposed decision",
    "Document.reports": "The reports the document refers to",
    "Document.referrals": "The referral directives the document makes",
    "Document.measures": "The measures the document states or summarises",
    "Document.answers": "The referrals the document answers",
    "Document.mentions": "Every board named in the document",
    "MatrixRow.report_title": "The report the measure belongs to",
    "MatrixRow.measure_document_id": "The report document the measure stands in",
    "MatrixRow.board_name": "The board's name",
    "MatrixRow.role": "responsible (named in the report), implementation or opinion (asked by a referral)",
    "MatrixRow.source_document_id": "The document that says so: the report, or the referring memo",
    "Measure.code": 'The measure\'s code, normalised: "A2.3.1"; none for a recommendation in prose',
    "Measure.group_code": "The code of the group of measures it belongs to",
    "Measure.group_title": "The title of that group",
    "Measure.section": "The heading of the section it stands in",
    "Mention.name": "The board's canonical name, or the words of the document",
    "Recipient.group": "The recipient is a group (samtliga stadsdelsnämnder): its members of that year are meant",
    "Recipient.excluding": "The group's members the referral leaves out (\"samtliga stadsdelsnämnder utom "
    'Norrmalms"): they owe no answer',
    "Referral.action": "opinion (yttrande) or implementation (redovisa förutsättningar för genomförande)",
    "Referral.scope": "report (the whole report) or measures (the codes given)",
    "Referral.measure_codes": "The measures the referral is about, ranges spelled out",
    "Referral.recipients": "Who must answer, in order",
    "Referral.priority": 'primary when the document says "i första hand"',
    "Referral.condition": 'A condition on further recipients: "de nämnder … som …"',
    "ReportRef.title": "The report's title, its most frequent spelling in the document",
    "ReportRef.year": "The report's year",
    "ReportRef.annex_number": "The report's number among the annexes (Bilagor)",
    "Signatory.name": "The signatory's name",
    "Signatory.title": "The signatory's title (Stadsdirektör, Ordförande, …)",
    "StatusRow.referral_document_id": "The referring memo",
    "StatusRow.board": "The recipient",
    "StatusRow.report_title": "The report referred",
    "StatusRow.action": "opinion or implementation",
    "StatusRow.reply_by": "The reply date of the referral",
    "StatusRow.status": "answered or unanswered",
    "StatusRow.answer_document_id": "The answering document",
    "Answer.answering_body": "Who answers",
    "Answer.report_title": "The report answered",
    "Export.schema_version": "The major version of this contract; fields are only added within one",
    "Export.documents": "The exported documents",
    "Export.boards": "The register's boards the documents name, groups with their members",
    "Export.referral_matrix": "One row per measure, board and role",
    "Export.referral_status": "One row per referral and named recipient",
    "Correction.target_kind": "What the target is: document, referral, recipient, measure, decision_point, answer, "
    "correction",
    "Correction.action": "confirm, reject, set (a field), add_recipient, add_referral, add_measure, answered, "
    "declined, withdraw",
}
EXAMPLES = {
    "Document.diarienummer": ["KS 2018/204"],
    "Document.kind": ["tjansteutlatande"],
    "Referral.measure_codes": [["B1.2.1", "B1.2.2", "B1.2.3"]],
    "Recipient.name": ["Arbetsmarknadsnämnden"],
    "Answer.in_reply_to": ["KS 2018/204"],
    "StatusRow.status": ["unanswered"],
}


def _describe(model: str, definition: dict[str, Any]) -> None:
    if "description" not in definition and model in MODELS:
        definition["description"] = MODELS[model]
    for field, prop in definition.get("properties", {}).items():
        if "description" not in prop:
            description = FIELDS.get(f"{model}.{field}") or FIELDS.get(field)
            if description:
                prop["description"] = description
        if f"{model}.{field}" in EXAMPLES:
            prop["examples"] = EXAMPLES[f"{model}.{field}"]


def export_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Export`, with ``$schema``, ``$id`` and a description everywhere."""
    schema = Export.model_json_schema()
    for name, definition in schema.get("$defs", {}).items():
        _describe(name, definition)
    _describe("Export", schema)
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": SCHEMA_ID, **schema}
