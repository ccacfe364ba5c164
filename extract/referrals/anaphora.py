"""A body named again by its kind alone in the next directive: "Styrelsen för Stockholm Vatten och Avfall AB ombeds
yttra sig över åtgärderna 3.1–3.3. Bolaget ska vidare redovisa sina förutsättningar att genomföra åtgärd 4.2."
"Bolaget", "Nämnden", "Styrelsen" then stand for the one body the directive before asked, when it is of that
kind; with no such body before them they stay the document's own (``common.addressed_to_self``). In the plural, as
the sentence's subject, the kind stands for all the bodies the directive before asked: "Betänkandet remitteras även
till Hässelby-Vällingby, Enskede-Årsta-Vantörs och Södermalms stadsdelsnämnder. Stadsdelsnämnderna ombeds i första
hand yttra sig över kapitel 9" asks the three, not every district board.
"""

from __future__ import annotations

from collections.abc import Callable

from atgard.extract.rules import rule
from atgard.schema.contract import Recipient

# The kind nouns a directive names a body by again, definite and in the subject.
BACK_NOUN = rule(
    "referral.named_again",
    r"^(?:bolaget|nämnden|stadsdelsnämnden|facknämnden|styrelsen|bolagsstyrelsen)$",
    matches=("Bolaget", "Nämnden", "Stadsdelsnämnden", "Styrelsen", "bolagsstyrelsen"),
    not_matches=("Kulturnämnden", "Bolagets styrelse", "Nämnderna", "Bolagen"),
)


# The kind in the definite plural opening a sentence: "Stadsdelsnämnderna ombeds …", "Bolagen ska redovisa …".
BACK_PLURAL = rule(
    "referral.named_again_plural",
    r"^(?:de\s+)?(?P<kind>stadsdelsnämnderna|facknämnderna|nämnderna|bolagen)\b",
    matches=("Stadsdelsnämnderna ombeds i första hand yttra sig", "Bolagen ska redovisa", "De nämnderna ombeds"),
    not_matches=("Samtliga stadsdelsnämnder ombeds", "Alla nämnderna", "Nämnden ombeds"),
)


def _company(recipient: Recipient) -> bool:
    return recipient.kind == "company" or "AB" in recipient.name.split()


def _board(recipient: Recipient) -> bool:
    return recipient.kind in ("committee", "district_committee", "executive_board", "council") or (
        recipient.kind == "unknown" and recipient.name.lower().endswith(("nämnd", "nämnden"))
    )


_OF_KIND: dict[str, Callable[[Recipient], bool]] = {
    "bolaget": _company,
    "bolagsstyrelsen": _company,
    "nämnden": _board,
    "facknämnden": lambda r: r.kind == "committee",
    "stadsdelsnämnden": lambda r: r.kind == "district_committee",
    "styrelsen": lambda r: _company(r) or r.kind == "executive_board",
    "stadsdelsnämnderna": lambda r: r.kind == "district_committee",
    "facknämnderna": lambda r: r.kind == "committee",
    "nämnderna": _board,
    "bolagen": _company,
}


def named_again(recipients: list[Recipient], before: list[Recipient] | None) -> list[Recipient]:
    """``recipients`` with a body named by its kind alone taken as the one body ``before`` (the recipients of the
    directive before it, in its section) when that body is of the kind.

    >>> company = Recipient(name="Stockholm Vatten och Avfall AB", kind="company")
    >>> [r.name for r in named_again([Recipient(name="Bolaget", kind="external")], [company])]
    ['Stockholm Vatten och Avfall AB']
    >>> [r.name for r in named_again([Recipient(name="Nämnden", kind="unknown")], [company])]
    ['Nämnden']
    """
    if len(recipients) != 1 or not before or len(before) != 1 or not BACK_NOUN.match(recipients[0].name):
        return recipients
    fits = _OF_KIND[recipients[0].name.lower()]
    return list(before) if fits(before[0]) else recipients


def named_again_all(recipients: list[Recipient], before: list[Recipient] | None, text: str) -> list[Recipient]:
    """``recipients`` of a sentence that opens with a kind in the plural ("Stadsdelsnämnderna ombeds …"), read as
    one group, taken as the bodies ``before`` (the directive before it, in its section) when they are two or more and
    all of that kind.

    >>> named = [Recipient(name=f"{d} stadsdelsnämnd", kind="district_committee") for d in ("Bromma", "Farsta")]
    >>> group = [Recipient(name="Samtliga stadsdelsnämnder", kind="group")]
    >>> [r.name for r in named_again_all(group, named, "Stadsdelsnämnderna ombeds yttra sig över kapitel 9.")]
    ['Bromma stadsdelsnämnd', 'Farsta stadsdelsnämnd']
    >>> [r.name for r in named_again_all(group, named, "Samtliga stadsdelsnämnder ombeds yttra sig.")]
    ['Samtliga stadsdelsnämnder']
    """
    found = BACK_PLURAL.match(text.strip())
    if found is None or len(recipients) != 1 or not before or len(before) < 2:
        return recipients
    fits = _OF_KIND[found.group("kind").lower()]
    return list(before) if all(fits(body) for body in before) else recipients
