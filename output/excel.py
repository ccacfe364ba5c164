"""Downloads a Swedish office opens in Excel by a double click: CSV with a byte-order mark and semicolons.

Swedish Excel reads a CSV file as its own code page unless the file starts with UTF-8's byte-order mark
(å, ä and ö break), and splits columns at the list separator of its locale, ";" (a comma is the decimal
sign). The clerk's tables are canned queries; their column names get Swedish headings here, and a cell
that Excel would take for a formula starts with an apostrophe.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence

BOM = "\ufeff"
# The canned queries' columns as a clerk reads them; a column not listed keeps its name.
HEADINGS = {
    "status": "Läge",
    "svar_senast": "Svar senast",
    "rapport": "Rapport",
    "roll": "Roll",
    "atgarder": "Åtgärder",
    "atgard": "Åtgärd",
    "via": "Via grupp",
    "svar": "Svarets dokument",
    "rad": "Rad",
    "dokument": "Dokument",
    "sida": "Sida",
    "dagar": "Dagar kvar",
    "id": "Id",
    "dokument_id": "Dokumentets id",
    "status_kod": "Statuskod",
    "tid_kod": "Tidskod",
    "roll_kod": "Rollkod",
    "prioritet_kod": "Prioritetskod",
    "svar_id": "Svarets id",
    "namnd_id": "Nämndens id",
    "mottagare": "Mottagare",
    "besvarad_den": "Besvarad den",
    "remiss_id": "Remissens id",
    "namnd_slag_kod": "Slagkod",
    "svar_dokument_id": "Svarets dokument-id",
    "namnd": "Nämnd eller bolag",
    "slag": "Slag",
    "text": "Text",
    "rubrik": "Rubrik",
    "adress": "Adress",
    "slag_kod": "Slagkod",
    "grupp": "Grupp",
    "ansvariga": "Ansvariga",
    "remisser": "Remisser",
    "vad": "Vad",
    "prioritet": "Prioritet",
}
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    """One value as Excel should show it: numbers as numbers, text never run as a formula.

    >>> _cell(None), _cell(-12), _cell(2.5), _cell("=HYPERLINK()"), _cell("-1 dag"), _cell("Farsta")
    ('', '-12', '2,5', "'=HYPERLINK()", "'-1 dag", 'Farsta')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value).replace(".", ",")  # the Swedish decimal sign
    text = str(value)
    return "'" + text if text.startswith(_FORMULA) else text


def excel_csv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    """The rows as a CSV file for Swedish Excel.

    >>> excel_csv(["svar_senast", "rapport"], [["2018-03-15", "Trygg i hela staden; del 1"]])
    b'\\xef\\xbb\\xbfSvar senast;Rapport\\r\\n2018-03-15;"Trygg i hela staden; del 1"\\r\\n'
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([HEADINGS.get(name, name) for name in columns])
    writer.writerows([_cell(value) for value in row] for row in rows)
    return (BOM + out.getvalue()).encode("utf-8")


def filename(name: str) -> str:
    """A download's file name from a query's or table's name (ASCII, so every browser keeps it).

    >>> filename("min_namnd"), filename("Sök åtgärder")
    ('min_namnd.csv', 'Sok_atgarder.csv')
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "".join(c if c.isalnum() or c in "-_" else "_" for c in plain) + ".csv"
