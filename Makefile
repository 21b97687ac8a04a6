# Two commands: `make run` and `make test`. Everything else is installed on demand.
SHELL := /bin/bash
.DEFAULT_GOAL := help
PY := .venv/bin/python
TEST_ENV := DJANGO_SETTINGS_MODULE=portail.settings.test RASA_TELEMETRY_ENABLED=false

.PHONY: help deps system-deps python-env node-modules assistant-env run test lint check \
        pytest assistant-check bench messages clean

help:
	@echo "make run    installe ce qui manque, charge la démo, lance portail + assistant"
	@echo "make test   installe ce qui manque et lance toutes les vérifications"
	@echo "make bench  mesure les performances (serveur réel, charge depuis un autre processus)"

system-deps:
	@scripts/ensure-system-deps

python-env:
	@scripts/ensure-python-env

node-modules:
	@scripts/ensure-node-modules

assistant-env:
	@assistant/bin/ensure-env

deps: system-deps python-env node-modules

run: python-env
	@scripts/run-all

lint: python-env
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

check: python-env
	$(TEST_ENV) $(PY) manage.py check --fail-level WARNING
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run
	msgfmt --check-format -o /dev/null locale/fr/LC_MESSAGES/django.po
	msgfmt --check-format -o /dev/null locale/en/LC_MESSAGES/django.po

assistant-check: assistant-env
	assistant/bin/check

pytest: deps
	$(TEST_ENV) $(PY) -m pytest

test: deps lint check assistant-check pytest

bench: deps assistant-env
	$(PY) bench/run.py

messages: python-env
	$(PY) manage.py makemessages -l fr -l en --ignore=.venv --ignore=node_modules --ignore=assistant --ignore=var
	$(PY) manage.py compilemessages --ignore=.venv --ignore=node_modules --ignore=assistant

clean:
	rm -rf var/test-media var/test-private .pytest_cache
