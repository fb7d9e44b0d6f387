# careplan — every command a developer or CI needs. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
# Debian packages the service and its tests use: PDF (pango), DOCX->PDF check (LibreOffice),
# pandoc (benchmark peer), espeak-ng/lame/sox (audio), poppler (pdftotext), chromium (browser tests),
# an emoji font (people type emoji; without it the PDF prints empty boxes).
APT_PACKAGES := chromium chromium-driver libreoffice-writer-nogui pandoc espeak-ng poppler-utils \
	fonts-liberation2 fonts-dejavu-core fonts-noto-color-emoji libpango-1.0-0 libpangoft2-1.0-0 \
	sox lame
APT_COMMANDS := chromium soffice pandoc espeak-ng pdftotext lame sox
PYTEST_ARGS ?=
# axe-core (accessibility rules run inside chromium by the tests) comes from the npm registry.
AXE := .tools/npm/node_modules/axe-core/axe.min.js

.PHONY: help setup system-deps run test test-fast lint format typecheck bench eval update-golden rulebook clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev,postgres,redis]"
	touch $(STAMP)

setup: $(STAMP) system-deps $(AXE) ## create .venv, install Python, system and test-tool dependencies

system-deps: ## install the Debian packages the documents and browser tests need (once)
	@missing=""; for c in $(APT_COMMANDS); do command -v $$c >/dev/null || missing="$$missing $$c"; done; \
	fc-list 2>/dev/null | grep -qi "Liberation Sans" || missing="$$missing fonts"; \
	fc-list 2>/dev/null | grep -qi "Noto Color Emoji" || missing="$$missing emoji-font"; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages (missing:$$missing)"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    --no-install-recommends $(APT_PACKAGES) >/dev/null; \
	fi

$(AXE):
	command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq npm >/dev/null; }
	npm install --silent --no-audit --no-fund --prefix .tools/npm axe-core@4

run: setup ## set everything up, load the demo plans and serve on http://127.0.0.1:8000 (SQLite)
	mkdir -p var/static
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo
	$(PY) manage.py runserver 127.0.0.1:8000

test: setup ## set up and run the whole suite (SQLite; set DATABASE_URL for PostgreSQL)
	mkdir -p var/static artifacts
	$(PY) -m pytest $(PYTEST_ARGS)

lint: setup ## ruff (lint + format check) and mypy
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy service

format: setup ## format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: setup ## run the benchmarks and write docs/BENCHMARKS.md
	$(PY) bench/run_all.py

eval: setup ## score the conversation and easy-read evals and write docs/EVALS.md
	$(PY) evals/run_all.py

update-golden: setup ## regenerate the documents' golden files (review the diff before committing)
	UPDATE_GOLDEN=1 $(PY) -m pytest tests/documents tests/easyread -q

rulebook: setup ## regenerate docs/RULEBOOK.md from the rule packs
	$(PY) -m service.rules rulebook --write docs/RULEBOOK.md

clean: ## remove the virtual environment and local data
	rm -rf $(VENV) var artifacts .pytest_cache .mypy_cache .ruff_cache
