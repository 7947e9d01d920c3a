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

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/bentham bench

catalogue: $(STAMP)
	$(BIN)/python -m service.catalogue_doc docs/requirements.md
	$(BIN)/bentham schema > docs/deployment-description.schema.json

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
