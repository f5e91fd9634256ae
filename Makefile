# itnews — Italian news to tables. `make install`, then `make run` / `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
NER_CORPUS ?= ../shared/data/ner
SAMPLES ?= corpora/samples
OUT ?= out
JOBS ?= 1

.PHONY: install run test test-fast eval bench lint model review clean help

help:
	@echo "make install   create $(VENV) and install itnews with its pinned dependencies"
	@echo "make run       extract $(SAMPLES) into $(OUT)/ (CSV + Parquet) and print the summary"
	@echo "make test      run the test suite"
	@echo "make eval      score against corpora/gold and the peer suites in ../shared"
	@echo "make bench     speed, memory and load-time benchmark (writes $(OUT)/bench.json)"
	@echo "make review    HTML report of $(OUT)/ at $(OUT)/report.html"
	@echo "make model     retrain the NER model in models/ from NER_CORPUS=$(NER_CORPUS)"
	@echo "make lint      ruff"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[dev,dask]"
	@# it_core_news_sm is optional (CC BY-NC-SA, not on the package index): use it only if it can be had.
	@$(BIN)/python -m pip install --quiet it_core_news_sm 2>/dev/null \
		&& echo "it_core_news_sm installed" \
		|| echo "it_core_news_sm not available: using the project's own NER model (models/itnews_ner_it)"
	@$(BIN)/python -c "import pipeline; print('itnews', pipeline.__version__, 'installed')"

run:
	$(BIN)/itnews extract $(SAMPLES) -o $(OUT) --format csv,parquet --jobs $(JOBS)

test:
	$(BIN)/python -m pytest -q

test-fast:
	$(BIN)/python -m pytest -q -m "not slow"

eval:
	$(BIN)/itnews eval --gold corpora/gold --shared ../shared -o $(OUT)/eval.json

bench:
	OUT=$(OUT)/bench.json PYTHON=$(BIN)/python sh scripts/bench/bench.sh

review:
	$(BIN)/itnews review $(OUT) -o $(OUT)/report.html

lint:
	$(BIN)/ruff check pipeline tests scripts

model:
	$(BIN)/python scripts/ner/convert_kind.py --corpus $(NER_CORPUS) --out models/corpus
	$(BIN)/python -m spacy train models/config.cfg --output models/training \
		--paths.train models/corpus/train.spacy --paths.dev models/corpus/dev.spacy
	$(BIN)/python scripts/ner/package_model.py models/training/model-best models/itnews_ner_it

clean:
	rm -rf $(OUT) .pytest_cache .ruff_cache
