"""Imported once by the fork server of ``ingest --jobs``: every worker forked from it starts warm.

The import is the point. The reader, the rules, spaCy's Swedish pipeline and the board register
load here, once, instead of in each worker (see ``atgard.pipeline.workers``); so does the CLI,
which each worker imports again as its main module (multiprocessing's rule for a child process).
"""

import warnings

from atgard.pipeline.lean import without_spacy_cli

without_spacy_cli()  # before spaCy is first imported

from atgard.extract.boards import load_register  # noqa: E402
from atgard.extract.document import extract_document  # noqa: E402
from atgard.extract.nlp import swedish_pipeline  # noqa: E402
from atgard.extract.read.pdf import read_pdf  # noqa: E402
from atgard.pipeline import cli, workers  # noqa: E402

swedish_pipeline(load_register())
# Run as ``python -m atgard.pipeline.cli``, a worker runs the CLI module again as its main, finding it
# loaded here: runpy warns of that, and it is what this module is for.
warnings.filterwarnings("ignore", "'atgard.pipeline.cli' found in sys.modules", RuntimeWarning)

__all__ = ["cli", "extract_document", "read_pdf", "workers"]
