"""What a sentence tells became of a referral, as accounts (``records.Account``): "A har yttrat sig", "B avstår",
a body's view in a section summing up the answers, and the list a sentence leads of who answered or did not
("Följande remissinstanser har inte lämnat något svar:" and the bodies as items), which tells of the referral
recounted above it rather than making one of its own.
"""

from __future__ import annotations

from atgard.extract.analysis import Sentence
from atgard.extract.boards import BoardRegister
from atgard.extract.mentions import read_board_list
from atgard.extract.referrals.clauses import Clause
from atgard.extract.referrals.judge import Judgement
from atgard.extract.referrals.reading import Unit
from atgard.extract.referrals.records import Account, Found
from atgard.extract.rules import rule
from atgard.extract.vocabulary import BOARD_DEFINITE, OFFICE_DEFINITE
from atgard.schema.contract import Recipient

# Answers named as answers to a remiss: their bodies were asked ("Följande remissinstanser har yttrat sig", "Efter
# remiss har yttranden lämnats av A och B", a proposition's list of remissinstanser).
_ASKED = rule(
    "referral.asked_bodies",
    r"\bremissinstans|\befter\s+remiss\b",
    matches=("Följande remissinstanser har yttrat sig:", "Efter remiss har yttranden över promemorian lämnats av A"),
    not_matches=("Yttranden har lämnats av A och B.", "Efter remisstidens slut har B svarat."),
)
# "Yttrande har även inkommit från X": an answer besides those asked for.
_ALSO = rule("referral.also", r"\b(?:även|också|dessutom)\b", matches=("har även inkommit",), not_matches=("har",))


def view_account(recipients: list[Recipient], unit: Unit, sentence: Sentence) -> Account:
    """A body's view told in a section that sums up the answers ("Trafiknämnden tillstyrker motionen"): it answered."""
    order = (unit.item.index, sentence.start)
    where = unit.item.located(sentence.start, sentence.end)
    return Account("answered", recipients, unit.section, order, sentence.text, where)


def sentence_account(
    judged: Judgement, clause: Clause, recipients: list[Recipient], unit: Unit, sentence: Sentence, text: str
) -> Account:
    """What a sentence's clause tells its bodies did ("Trafiknämnden har yttrat sig", "Följande remissinstanser
    har inte lämnat något svar:" with the bodies its list names), as one account of the sentence; whether it
    names them as the bodies asked ("remissinstanser") or as answering besides them ("även")."""
    return Account(
        kind=judged.kind,
        recipients=recipients,
        section=unit.section,
        order=(unit.item.index, sentence.start),
        text=sentence.text,
        where=unit.item.located(sentence.start, sentence.end),
        remissinstanser=_ASKED.search(text[clause.start : clause.end]) is not None,
        also=bool(_ALSO.search(text[clause.start : clause.end])),
    )


def tells_of_recount(
    judged: list[tuple[Judgement, Clause]], earlier: list[Found], section: int
) -> tuple[Judgement, Clause] | None:
    """The account a list's lead tells (and its clause), where a referral was recounted in an earlier section: the
    list is of bodies it was sent to, not a referral of its own ("Remissen gick ut till … / 4. Instanser som inte
    har svarat / Följande remissinstanser har inte lämnat något svar:")."""
    told = next(((j, c) for j, c in judged if j.kind in ("answered", "declined", "unanswered")), None)
    if told is None or any(j.kind == "request" for j, _ in judged):
        return None
    return told if any(f.recounted and f.section < section for f in earlier) else None


# The kind a whole organisation or an outside body is named again by: "staden", "bolaget", "verket".
_BODY_KIND = r"staden|kommunen|regionen|länsstyrelsen|bolaget|myndigheten|förbundet|verket|föreningen|stiftelsen"
# A body that tells what it did, named again by its kind in its "att"-clause: "Vaxholms stad har i e-post den 10
# september 2027 meddelat att staden avstår från att lämna yttrande", "AB Familjebostäder har meddelat att bolaget
# inte avser att yttra sig". The text before the account's verb.
_REPORTED = rule(
    "referral.reported_by_body",
    r"^(?P<body>[^,;:.]{3,80}?)\s+(?:har|hade)\s+(?:[^.;:]{0,60}?\s)?"
    r"(?:meddelat|angett|uppgett|svarat|framfört|förklarat|informerat\s+om)\s+att\s+"
    rf"(?:{BOARD_DEFINITE}|{OFFICE_DEFINITE}|{_BODY_KIND})\s+"
    r"(?:inte\s+)?(?:avser\s+att\s+|kommer\s+att\s+)?$",
    matches=(
        "Vaxholms stad har i e-post den 10 september 2027 meddelat att staden ",
        "AB Familjebostäder har meddelat att bolaget inte avser att ",
        "Kulturnämnden hade angett att nämnden ",
        "Trafikverket har meddelat att verket ",
        "Länsstyrelsen har meddelat att länsstyrelsen ",
        "Socialförvaltningen har meddelat att förvaltningen ",
    ),
    not_matches=(
        "Vaxholms stad har meddelat att Täby kommun ",
        "Förvaltningen bedömer att staden ",
        "Vaxholms stad har meddelat att staden avstår. Nacka kommun ",
        "Följande remissinstanser har meddelat att de ",  # a list's lead: its bodies follow
    ),
)


def reported_by(judged: Judgement, text: str, clause: Clause, register: BoardRegister) -> list[Recipient]:
    """The body of an account that tells, in the main clause, what it did in its "att"-clause (``_REPORTED``)."""
    if judged.kind == "request" or clause.cue is None:
        return []
    if (found := _REPORTED.search(text[: clause.cue.word.start])) is None:
        return []
    return read_board_list(found.group("body"), register)
