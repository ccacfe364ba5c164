"""Build tests/data/beskuren-sida.pdf: a page whose CropBox is a small window into a large MediaBox.

Seen in the wild (pdfplumber's issue-1054-example.pdf): MediaBox 2920 × 2225 pt
turned with /Rotate 270, CropBox a window near one corner. PDFium's own page size
is the CropBox's, while characters are placed in the MediaBox, so a reader that
mixes the two finds every character off the page and calls the PDF a scan. Made
with pikepdf (a test dependency); the fixture is committed.

Usage: python tools/build_cropbox_pdf.py tests/data/beskuren-sida.pdf
"""

from __future__ import annotations

import sys
from pathlib import Path

import pikepdf

# In MediaBox coordinates (before /Rotate): the text stands inside the CropBox.
CONTENT = b"""BT /F1 12 Tf 0 -1 1 0 1640 2100 Tm (Remiss av rapporten om trygghet i staden) Tj ET
BT /F1 10 Tf 0 -1 1 0 1620 2100 Tm (Synpunkter ges av kulturnamnden och idrottsnamnden.) Tj ET
"""


def build(target: Path) -> None:
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)
    )
    page = pikepdf.Page(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Page,
            MediaBox=[0, 0, 2919.69, 2225.2],
            CropBox=[1400, 1600, 2200, 2211],
            Rotate=270,
            Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
            Contents=pdf.make_stream(CONTENT),
        )
    )
    pdf.pages.append(page)
    pdf.save(target, deterministic_id=True)


if __name__ == "__main__":
    build(Path(sys.argv[1]))
