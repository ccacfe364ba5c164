"""What the text states of referrals, as read sentence by sentence (``sentences``): a referral found where it is
said (:class:`Found`), what became of one (:class:`Account`), and a document's reading of both (:class:`Read`)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from atgard.schema.contract import Recipient, Referral


@dataclass(frozen=True)
class Found:
    """A referral as the text states it: the contract's record, and where and how it was said."""

    referral: Referral
    section: int
    order: tuple[int, int] = (-1, 0)  # the block it is stated in, and where in it
    recounted: bool = False  # said of a referral made before ("har remitterats"), or in a Beredning section
    to_a_town: bool = False  # asked of a whole municipality ("Malmö stad har beretts tillfälle att yttra sig")
    via: tuple[str, ...] = ()  # an under-referral: the bodies that pass the matter on ("X ombeds underremittera")
    counted: bool = False  # its list counts bodies it does not name ("till fyra facknämnder"): the accounts name them
    thing: str | None = None  # what a send verb sends, folded: "utredningen" of "att utredningen remitteras till"
    listed: bool = False  # the bodies listed under a "Remissinstanser" heading (a sändlista)


@dataclass(frozen=True)
class Account:
    """What a sentence says became of a referral: who answered, declined, or has not answered."""

    kind: str  # "answered", "declined", "unanswered"
    recipients: list[Recipient]
    section: int
    order: tuple[int, int]  # the block it is stated in, and where in it
    text: str
    where: dict[str, Any]  # the sentence's page, bbox and boxes
    remissinstanser: bool = False  # the bodies are named as remissinstanser: they were asked
    also: bool = False  # "Yttrande har även inkommit från X": an answer no one asked for
    in_time: bool | None = None  # a table's date of the answer against the reply date: came in time or late


@dataclass(frozen=True)
class Unnamed:
    """A recount naming no one ("Nämnden beslutade … att remittera förslaget."): where it is said, and the referral
    it makes once a table of answers received names its bodies (``recounts``)."""

    section: int
    order: tuple[int, int]
    made: Callable[[], list[Found]]


@dataclass
class Read:
    """What a document's sentences state: their referrals and accounts, in the order read."""

    referrals: list[Found] = field(default_factory=list)
    accounts: list[Account] = field(default_factory=list)
    unnamed: list[Unnamed] = field(default_factory=list)  # recounts naming no one, until a table names them

    def latest_titles(self) -> Iterator[tuple[int, str | None]]:
        """Each referral's section and report, the latest first, made only as far as they are read."""
        return ((found.section, found.referral.report_title) for found in reversed(self.referrals))
