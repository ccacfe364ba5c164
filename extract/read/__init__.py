"""Reading: a PDF into pages and blocks (:class:`atgard.schema.ReadDocument`), the stage before any rule.

The entry point is :func:`atgard.extract.read.pdf.read_pdf`; nothing after this
stage opens the PDF again (except the publication's page pictures).
"""
