# Set-up and everyday commands. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= atgard.db

PORT ?= 8001
# apt-get needs root; elsewhere sudo
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: install system-packages demo test lint fixtures clean

# The virtualenv is rebuilt whenever the project's dependencies change.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Debian's Chromium for the browser test (no browser can be downloaded by Playwright here).
system-packages:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

# Ingest the bundled sample, then publish it (Ctrl-C stops the server).
demo: $(STAMP)
	$(BIN)/atgard ingest examples/ --db $(DB)
	$(BIN)/atgard serve --db $(DB) --port $(PORT)

test: $(STAMP) system-packages
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
	rm -rf $(VENV) $(DB) $(DB:.db=.files) .pytest_cache .ruff_cache tests/artifacts
