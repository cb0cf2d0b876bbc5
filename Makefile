# The two commands a newcomer needs: `make run` and `make test`. Both set up everything they use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

## run: set up and run newswatch on SQLite against the example portal that ships in examples/
run: $(STAMP)
	$(BIN)/python scripts/run-example

## test: set up, start a throw-away PostgreSQL, run the whole suite on SQLite and PostgreSQL
test: $(STAMP)
	$(BIN)/ruff check .
	scripts/with-postgres $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) data .pytest_cache
