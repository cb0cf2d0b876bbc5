# The two commands a newcomer needs: `make run` and `make test`. Both set up everything they use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench clean container-test

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

## container-test: build the Dockerfile with ../shared/tools/container-check and prove the image
## (starts, migrates, crawls a loopback portal, passes its HEALTHCHECK, exits 0 on SIGTERM); skips
## with a message where container-check is absent or this is not root (container-check installs podman).
container-test:
	@if [ ! -x ../shared/tools/container-check ]; then \
	  echo "container-test: skipped: ../shared/tools/container-check is not available"; \
	else \
	  $(PYTHON) tests/service/container_check.py; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[bench]'
	for b in bench/*.py; do $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) data .pytest_cache
