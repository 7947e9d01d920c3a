# The two quick-start commands are `make run` and `make test`; everything else is a helper.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test venv bench catalogue clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

run: $(STAMP)
	$(BIN)/bentham serve --local --port 8000

# The web form's browser tests drive Debian's Chromium (Playwright cannot download a browser on
# a closed network); installed here when missing, so `make test` needs nothing else.
CHROMIUM ?= /usr/bin/chromium

$(CHROMIUM):
	@echo "installing Debian's chromium for the browser tests (tests/web/)"
	@if [ "$$(id -u)" = 0 ]; then apt-get update -q && apt-get install -y -q --no-install-recommends chromium; \
	else sudo apt-get update -q && sudo apt-get install -y -q --no-install-recommends chromium; fi

test: $(STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/bentham bench

catalogue: $(STAMP)
	$(BIN)/python -m service.catalogue_doc docs/requirements.md
	$(BIN)/bentham schema > docs/deployment-description.schema.json

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
