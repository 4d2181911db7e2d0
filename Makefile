# `make run` sets up and serves the platform; `make test` checks it. Both start from a
# fresh machine with Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
# The fault suite (tests/faults/) needs PostgreSQL: its own lane, .ci/run's (d).
PYTEST_ARGS ?= -m 'not faults'
# Proxy headers only from the proxies named (.env.example, FORWARDED_ALLOW_IPS).
FORWARDED_ALLOW_IPS ?=
PROXY_FLAGS := $(if $(strip $(FORWARDED_ALLOW_IPS)),--proxy-headers --forwarded-allow-ips "$(FORWARDED_ALLOW_IPS)",--no-proxy-headers)

.PHONY: run serve-prod setup install install-dev messages static migrate seed test test-deps lint browser-deps deploy-deps clean

run: setup
	$(BIN)/uvicorn elearning.asgi:application --host $(HOST) --port $(PORT) --ws live.ws_protocol:LiveWebSocketProtocol --ws-max-size 65536 --lifespan off $(PROXY_FLAGS)

# The production layout on this machine (deploy/): nginx on $(PORT) in front of one
# uvicorn worker per core; needs DATABASE_URL=postgres://… and REDIS_URL.
serve-prod: setup deploy-deps
	$(BIN)/python deploy/serve_local.py --port $(PORT) --workers $$(nproc)

setup: install messages migrate static seed

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Cần Python 3.11 trở lên.")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

messages: install
	$(BIN)/python -m elearning.compile_messages

migrate: install
	$(BIN)/python -m elearning.old_schema
	$(BIN)/python manage.py migrate --noinput

static: install
	$(BIN)/python manage.py collectstatic --noinput --verbosity 0

seed: migrate
	$(BIN)/python manage.py seed_demo

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/lint-imports --no-cache

# What the tests need; .ci/run makes it once, then runs its lanes side by side with
# `make test TEST_DEPS=` (two lanes must not pip-install into one venv at once).
TEST_DEPS ?= test-deps
test-deps: install-dev messages browser-deps deploy-deps lint

test: $(TEST_DEPS)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

browser-deps:
	@bash scripts/browser-deps.sh

deploy-deps:
	@bash scripts/deploy-deps.sh

clean:
	rm -rf $(VENV) var/static var/db.sqlite3
