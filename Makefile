# Maillage — every target creates what it needs (.venv, system packages) on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test eval bench bench-pages lint system-deps native clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

## native: compile loader's reading modules with mypyc into the virtualenv (a minute, once per
## change of them; a sixth less CPU for extraction, same results: loader/native.py)
native: $(STAMP)
	-$(BIN)/python scripts/build_native.py

## demo: build the bundled sample into ./maillage-store and show what is in it
demo: native
	$(BIN)/maillage build
	$(BIN)/maillage query actions
	$(BIN)/maillage query who-funds-what
	$(BIN)/maillage network partners --out out/partners.html

## system-deps: Debian packages the tests need (headless Chromium, Virtuoso)
system-deps:
	bash scripts/install-system-deps.sh

## test: lint and type checks, then the whole test suite (unit, CLI, servers on loopback, browser, notebooks)
test: native system-deps
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

## eval: funders, partners and amounts scored on the sample, the dev set (../shared/eval) and the blind test set
eval: native
	@echo "rules only (the default build):"
	@$(BIN)/python -m maillage.evaluate
	@echo "rules + spaCy NER (maillage build --ner):"
	@$(BIN)/python -m maillage.evaluate --ner

## bench: build and query figures at 1k, 10k, 100k synthetic fiches (long: ~30 min)
bench: native
	$(BIN)/python bench/run.py

## bench-pages: load-to-still time of network pages in headless Chromium at 500, 2,000, 5,000 nodes;
## the explorer at 10,000 fiches (build time, search keystroke latency, a département's network)
bench-pages: native system-deps
	$(BIN)/python bench/pages.py
	$(BIN)/python bench/site.py

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf maillage-store out tests/artifacts
