"""A deterministic synthetic corpus for the benchmark: memos and commission reports like the shared corpus.

Written with reportlab (Times, the fonts a Word export would embed as Liberation
Serif): a running header with "Sida N (M)", an address footer, headings, varied
Swedish paragraphs, decision points, referral lists with board names, and, for
reports, numbered measures with "Ansvar:" lines.
"""

from __future__ import annotations

import random
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

WORDS = (
    "staden nämnden förvaltningen åtgärder insatser unga arbetsmarknaden skolan utbildning stadsdelar "
    "samverkan uppföljning budget kommissionen rapporten trygghet boende kultur idrott offentliga miljöer "
    "delaktighet dialog medborgare förutsättningar genomförande strategi analys resurser ytterstaden "
    "socialt hållbar jämlik utveckling målgrupper stöd information handledning verksamheter behov"
).split()
BOARDS = [
    "arbetsmarknadsnämnden", "socialnämnden", "utbildningsnämnden", "kulturnämnden", "idrottsnämnden",
    "trafiknämnden", "exploateringsnämnden", "stadsbyggnadsnämnden", "fastighetsnämnden", "samtliga stadsdelsnämnder",
    "AB Stockholmshem", "AB Svenska Bostäder", "AB Familjebostäder", "Stockholm Business Region AB",
]  # fmt: skip
WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 71, WIDTH - 71, 80, HEIGHT - 90


class _Writer:
    def __init__(self, path: Path, office: str, doctype: str, pages: int) -> None:
        self.canvas = Canvas(str(path), pagesize=A4)
        self.office, self.doctype, self.pages = office, doctype, pages
        self.page, self.y = 0, TOP
        self._new_page()

    def _new_page(self) -> None:
        if self.page:
            self.canvas.showPage()
        self.page += 1
        c = self.canvas
        c.setFont("Times-Roman", 9)
        c.drawString(LEFT, HEIGHT - 40, self.office)  # reportlab counts y from the foot of the page
        c.drawRightString(RIGHT, HEIGHT - 40, self.doctype)
        c.drawString(LEFT, HEIGHT - 52, f"Sida {self.page} ({self.pages})")
        c.setFont("Times-Roman", 8)
        for n, line in enumerate(["Stadshuset, Ragnar Östbergs plan 1", "105 35 Stockholm", "Växel 08-508 29 000"]):
            c.drawString(LEFT, 70 - 9 * n, line)
        self.y = TOP

    def full(self) -> bool:
        return self.page > self.pages

    def line(self, text: str, font: str = "Times-Roman", size: float = 12, indent: float = 0) -> None:
        if self.y > BOTTOM:
            self._new_page()
        self.canvas.setFont(font, size)
        self.canvas.drawString(LEFT + indent, HEIGHT - self.y, text)
        self.y += size * 1.32

    def paragraph(
        self, text: str, font: str = "Times-Roman", size: float = 12, indent: float = 0, marker: str = ""
    ) -> None:
        words, line = text.split(), ""
        first = True
        for word in words:
            trial = f"{line} {word}".strip()
            if stringWidth(trial, font, size) > RIGHT - LEFT - indent and line:
                self.line(line, font, size, indent)
                if first and marker:
                    self.canvas.setFont(font, size)
                    self.canvas.drawString(LEFT, HEIGHT - (self.y - size * 1.32), marker)
                first, line = False, word
            else:
                line = trial
        if line:
            self.line(line, font, size, indent)
            if first and marker:
                self.canvas.drawString(LEFT, HEIGHT - (self.y - size * 1.32), marker)
        self.y += size * 0.8

    def save(self) -> None:
        self.canvas.save()


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(8, 18))]
    return " ".join(words).capitalize() + "."


def memo(path: Path, rng: random.Random, pages: int, number: int) -> None:
    writer = _Writer(path, "Stadsledningskontoret", "Tjänsteutlåtande", pages)
    title = f"Rapport nummer {number} om {rng.choice(WORDS)} och {rng.choice(WORDS)}"
    writer.paragraph(f"Remiss av {title.lower()}", "Times-Bold", 18)
    writer.paragraph("Stadsledningskontorets förslag till beslut", "Times-Bold", 14)
    writer.paragraph("Kommunstyrelsen föreslår att kommunfullmäktige beslutar följande.")
    for n in (1, 2):
        writer.paragraph(_sentence(rng), indent=18, marker=f"{n}.")
    while writer.page < pages:
        writer.paragraph(rng.choice(["Bakgrund", "Ärendet", "Analys", "Uppföljning"]), "Times-Bold", 14)
        for _ in range(rng.randint(3, 6)):
            writer.paragraph(" ".join(_sentence(rng) for _ in range(rng.randint(2, 5))))
        boards = rng.sample(BOARDS, rng.randint(2, 5))
        listed = ", ".join(boards[:-1]) + " och " + boards[-1]
        writer.paragraph(f"Synpunkter på rapporten {title} ska i första hand ges av {listed}.", indent=18, marker="•")
        code = f"A{number % 9 + 1}.{rng.randint(1, 4)}.{rng.randint(1, 5)}"
        writer.paragraph(
            f"Kommissionen rekommenderar därför att staden utökar {rng.choice(WORDS)} i {rng.choice(WORDS)}, "
            f"se åtgärd {code}."
        )
    writer.save()


def report(path: Path, rng: random.Random, pages: int, number: int) -> None:
    writer = _Writer(path, "Kommissionen för ett socialt hållbart Stockholm", "Rapport 2016", pages)
    writer.paragraph(f"Rapport nummer {number} om {rng.choice(WORDS)}", "Times-Bold", 18)
    group = 0
    while writer.page < pages:
        group += 1
        writer.paragraph(
            f"A{number}.{group} {rng.choice(WORDS).capitalize()} och {rng.choice(WORDS)}", "Times-Bold", 12
        )
        for measure in range(1, rng.randint(3, 6)):
            writer.paragraph(f"A{number}.{group}.{measure} {_sentence(rng)} {_sentence(rng)}")
            writer.paragraph("Ansvar: " + ", ".join(rng.sample(BOARDS, rng.randint(1, 3))) + ".")
    writer.save()


def build_corpus(folder: Path, documents: int = 40, pages: int = 10, seed: int = 2016) -> list[Path]:
    """``documents`` PDFs of ``pages`` pages each, alternating memos and reports; the same every time."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paths = []
    for number in range(1, documents + 1):
        path = folder / f"syntetisk-{number:04d}.pdf"
        (memo if number % 2 else report)(path, rng, pages, number)
        paths.append(path)
    return paths
