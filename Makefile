# Two set-up commands: `make run` and `make test`. Both create and fill .venv themselves.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HOST ?= 127.0.0.1
PORT ?= 5000
PO_FILES := $(wildcard survey/translations/*/LC_MESSAGES/messages.po)
MO_FILES := $(PO_FILES:.po=.mo)

.PHONY: run test test-fast bench lint translations browser-deps extract-messages clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

%.mo: %.po $(STAMP)
	$(BIN)/pybabel compile --use-fuzzy -i $< -o $@ >/dev/null

translations: $(MO_FILES)

# axe-core for the accessibility checks of the browser tests (skipped visibly without npm).
node_modules/.package-lock.json: package.json package-lock.json
	@if command -v npm >/dev/null; then npm ci --no-audit --no-fund --silent; else echo "npm not found: browser accessibility checks will be skipped"; fi

browser-deps: node_modules/.package-lock.json

# Every absolute link (survey, kiosk, QR codes, e-mails) is built from SENTOMUS_PUBLIC_BASE_URL;
# by default the address this server listens on. Set it to the public address behind a proxy.
PUBLIC_BASE_URL ?= http://$(HOST):$(PORT)

run: $(STAMP) translations
	$(BIN)/sentomus db upgrade
	SENTOMUS_PUBLIC_BASE_URL=$(PUBLIC_BASE_URL) $(BIN)/sentomus seed-demo
	SENTOMUS_PUBLIC_BASE_URL=$(PUBLIC_BASE_URL) $(BIN)/sentomus run --host $(HOST) --port $(PORT)

# pytest exits 5 when it collected no tests: that is a failure here, and said out loud.
test: $(STAMP) translations browser-deps
	@$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test: pytest collected no tests" >&2; exit 1; fi; exit $$rc

# Everything but the real-browser tests (tests/browser/) and the load runs (tests/load/).
test-fast: $(STAMP) translations
	@$(BIN)/python -m pytest --ignore=tests/browser --ignore=tests/load $(PYTEST_ARGS); rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "make test-fast: pytest collected no tests" >&2; exit 1; fi; exit $$rc

bench: $(STAMP) translations
	@for f in benchmarks/bench_*.py; do echo "== $$f"; $(BIN)/python $$f || exit 1; done

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

extract-messages: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -o survey/translations/messages.pot --no-location --omit-header .
	$(BIN)/pybabel update -i survey/translations/messages.pot -d survey/translations --no-fuzzy-matching

clean:
	rm -rf $(VENV) instance .pytest_cache
