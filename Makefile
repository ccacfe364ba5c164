# Set-up and everyday commands. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= atgard.db

.PHONY: install demo test lint fixtures clean

# The virtualenv is rebuilt whenever the project's dependencies change.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/atgard ingest examples/ --db $(DB)

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Rebuild the constructed test PDFs (needs LibreOffice; the PDFs are committed).
fixtures: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[fixtures]'
	for src in tests/data/src/*.txt; do \
		$(BIN)/python tools/build_pdf.py $$src tests/data/$$(basename $$src .txt).pdf || exit 1; \
	done

clean:
	rm -rf $(VENV) $(DB) .pytest_cache .ruff_cache
