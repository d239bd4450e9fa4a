# The two commands: `make demo` and `make test`. Both set up .venv on their own.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

demo: $(STAMP)
	rm -f demo.duckdb
	$(BIN)/eventwire code examples/ --db demo.duckdb
	$(BIN)/eventwire summary --db demo.duckdb
	$(BIN)/eventwire export --db demo.duckdb --format jsonl --output demo-events.jsonl
	@echo "Events written to demo.duckdb and demo-events.jsonl"

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/pytest -q

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py ../shared/corpus/statedept-2021-2022.jsonl.gz

clean:
	rm -rf $(VENV) demo.duckdb demo-events.jsonl
