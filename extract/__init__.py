"""Reading PDFs into blocks, and the extraction rules that run on them."""
