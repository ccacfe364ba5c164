# Set-up and everyday commands. `make demo` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= atgard.db

PORT ?= 8001
# apt-get needs root; elsewhere sudo
SUDO := $(shell [ "$$(id -u)" -eq 0 ] || echo sudo)

.PHONY: install system-packages demo test typecheck eval bench conformance fuzz lint fixtures constraints screenshots clean

# The virtualenv is rebuilt whenever the project's dependencies change. constraints.txt pins every
# package to the versions the tests last passed with (`make constraints` writes it anew). The install
# also compiles the PDFium backend's C helper (setup.py; extract/read/native/pdfium_chars.c), as
# `pip install .` does for every user.
$(STAMP): pyproject.toml setup.py constraints.txt extract/read/native/pdfium_chars.c
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# Debian's packages: Chromium for the browser test (Playwright cannot download a browser here),
# OCRmyPDF with Tesseract's Swedish model for scanned documents (`atgard ingest --ocr`), unpaper to clean a scan's
# specks before Tesseract reads it (OCRmyPDF's --clean; without it the page is read as scanned).
SYSTEM_PACKAGES := chromium ocrmypdf tesseract-ocr-swe unpaper
system-packages:
	@if ! command -v chromium >/dev/null 2>&1 || ! command -v ocrmypdf >/dev/null 2>&1 || \
		! command -v unpaper >/dev/null 2>&1 || \
		! [ -e /usr/share/tesseract-ocr/5/tessdata/swe.traineddata ]; then \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(SYSTEM_PACKAGES); \
	fi

# Ingest the bundled sample, then publish it (Ctrl-C stops the server).
demo: $(STAMP) system-packages
	$(BIN)/atgard ingest examples/ --db $(DB)
	$(BIN)/atgard serve --db $(DB) --port $(PORT)

test: $(STAMP) system-packages typecheck
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

# mypy over the installed import names: .venv/typecheck/atgard/* link to the project's folders
# (setuptools maps them to atgard.* with package-dir, which mypy cannot follow by itself).
TYPECHECK := $(VENV)/typecheck
typecheck: $(STAMP)
	@mkdir -p $(TYPECHECK)/atgard
	@for d in extract schema output pipeline; do ln -sfn ../../../$$d $(TYPECHECK)/atgard/$$d; done
	cd $(TYPECHECK) && MYPYPATH=. ../bin/mypy --config-file ../../pyproject.toml -p atgard

# The development corpus (tests/data/devset: PDFs, markup, gold) ingested into a fresh database,
# exported and scored per document (tools/score.py), every field (EVAL_SKIP=answers,reply_by leaves fields out);
# then the package's status rows and the unexplained cues (tools/cues.py: sentences with a cue that gave no item).
EVAL := .eval
EVAL_SKIP ?=
eval: $(STAMP)
	rm -rf $(EVAL) && mkdir -p $(EVAL)
	$(BIN)/atgard ingest tests/data/devset/pdf --db $(EVAL)/devset.db --jobs 1 > /dev/null
	$(BIN)/atgard export --db $(EVAL)/devset.db -o $(EVAL)/devset.json
	$(BIN)/python tools/score.py $(EVAL)/devset.json tests/data/devset/gold $(if $(EVAL_SKIP),--skip $(EVAL_SKIP))
	$(BIN)/python tools/score.py --package $(EVAL)/devset.json tests/data/devset/gold/d3-package.json | tail -1
	$(BIN)/python tools/cues.py tests/data/devset/pdf
	@for set in holdout holdout2 holdout3 holdout4 holdout5 holdout6 holdout7 holdout8 holdout9 holdout10 holdout11 holdout12 holdout13 holdout14 holdout15 holdout16 holdout17 holdout18 holdout19 holdout20 holdout21 holdout22 holdout23 holdout24; do \
		echo "$$set (tests/data/$$set: written apart from the rules, scored the same way):"; \
		$(BIN)/atgard ingest tests/data/$$set/pdf --db $(EVAL)/$$set.db --jobs 1 > /dev/null && \
		$(BIN)/atgard export --db $(EVAL)/$$set.db -o $(EVAL)/$$set.json && \
		$(BIN)/python tools/score.py $(EVAL)/$$set.json tests/data/$$set/gold | tail -1 || exit 1; \
		for package in tests/data/$$set/gold/*-package.json; do \
			test -f "$$package" || continue; \
			printf '%s package: ' "$$set"; \
			$(BIN)/python tools/score.py --package $(EVAL)/$$set.json "$$package" | tail -1 || exit 1; \
		done; \
	done

# The benchmark: synthetic corpus, reading and ingest speed, memory, query times (bench/results.json).
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[bench]'
	$(BIN)/python bench/run.py $(BENCH_ARGS)

# The conformance run (docs/conformance.md): both backends over the PDF test suites of pdf.js, qpdf and
# pdfplumber, read from CONFORMANCE_DIR (not in the repository); the report goes to .conformance/report.md.
CONFORMANCE_DIR ?=
conformance: $(STAMP)
	@test -d "$(CONFORMANCE_DIR)" || { echo "Set CONFORMANCE_DIR to the folder of the suites' PDFs (docs/conformance.md)."; exit 2; }
	$(BIN)/python tools/conformance.py "$(CONFORMANCE_DIR)" --out .conformance

# The long fuzz run (tools/fuzz.py): FUZZ_MUTATIONS mutated PDFs, each read by both backends in worker
# processes; any internal error, Python text in a refusal, hang or crash fails it. Seeds: every PDF under
# FUZZ_SEEDS (folders, ':' between them; default the samples, fixtures and development set). Then the
# random-text properties of tests/test_fuzz.py with a large budget (FUZZ_EXAMPLES).
FUZZ_MUTATIONS ?= 20000
FUZZ_EXAMPLES ?= 2000
FUZZ_SEEDS ?=
fuzz: $(STAMP)
	FUZZ_SEEDS="$(FUZZ_SEEDS)" $(BIN)/python tools/fuzz.py --mutations $(FUZZ_MUTATIONS) \
		--failures .fuzz/failures --report .fuzz/report.json
	ATGARD_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest tests/test_fuzz.py -p no:logging -W ignore \
		--hypothesis-show-statistics -q -k random_swedish

lint: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Rebuild the constructed test PDFs (needs LibreOffice; the PDFs are committed).
fixtures: $(STAMP)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[fixtures]'
	for src in tests/data/src/*.txt; do \
		$(BIN)/python tools/build_pdf.py $$src tests/data/$$(basename $$src .txt).pdf || exit 1; \
	done
	$(BIN)/python tools/build_conformance_pdfs.py tests/data/konformitet

# The README's pictures of the clerk's path (docs/clerk-*.png): the demo data served by an installed wheel,
# walked in Chromium by tests/test_clerk_path.py, which keeps a screenshot of each page.
screenshots: $(STAMP) system-packages
	ATGARD_SCREENSHOTS=docs $(BIN)/pytest -q -p no:cacheprovider tests/test_clerk_path.py

constraints: $(STAMP)
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^atgard' > constraints.txt

clean:
	rm -rf $(VENV) $(DB) $(DB:.db=.files) extract/read/native/*.so build .pytest_cache .ruff_cache tests/artifacts
