"""The kinds of document atgard knows, importable without pydantic (the CLI's ``--kind`` choices)."""

from typing import Literal

DocumentKind = Literal[
    "tjansteutlatande", "utlatande", "pm", "kommissionsrapport", "yttrande", "protokoll", "dagordning", "other"
]
