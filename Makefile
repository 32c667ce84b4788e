# Parents' child protection assistant. `make help` lists the targets.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

export RASA_TELEMETRY_ENABLED ?= false
export ACTION_ENDPOINT_URL ?= http://localhost:5055/webhook
export TRACKER_STORE_DIALECT ?= sqlite
export TRACKER_STORE_URL ?= sqlite:///.run/tracker.db
export TRACKER_STORE_DB ?= rasa.db
export LOCK_STORE_TYPE ?= in_memory
export LOCK_STORE_HOST ?= localhost
export LOCK_STORE_PORT ?= 6379
export LOCK_STORE_DB ?= 1
export TF_CPP_MIN_LOG_LEVEL ?= 2
# The server tests run as if it were this London time: a Wednesday when Dorset's QARO chat is open.
TEST_NOW ?= 2026-11-25T10:30

.PHONY: help run test install train lint format validate-content unit rasa-validate rasa-test \
        servers-start servers-stop server-tests browser-tests screenshots eval bench clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-18s %s\n", $$1, $$2}'

run: install train ## Set up, train if needed, and start all three servers (Ctrl-C stops them)
	@scripts/servers.sh run

test: install train ## Run the whole test suite (lint, content, unit, Rasa, servers, evaluation)
	@$(MAKE) --no-print-directory lint validate-content unit rasa-validate rasa-test
	@scripts/install_browser.sh
	@scripts/servers.sh stop >/dev/null 2>&1 || true
	@CP_PRETEND_NOW=$(TEST_NOW) scripts/servers.sh start
	@status=0; $(MAKE) --no-print-directory server-tests browser-tests eval bench || status=$$?; \
	  scripts/servers.sh stop; exit $$status

$(STAMP): pyproject.toml requirements.lock package.json package-lock.json
	@test -x $(PY) || { python=$$(scripts/find_python.sh) && echo "Creating $(VENV) with $$python" && "$$python" -m venv $(VENV); }
	@$(PY) -m pip install --quiet --upgrade pip
	@echo "Installing dependencies (a minute or two the first time)..."
	@$(PY) -m pip install --quiet -c requirements.lock -e '.[dev]'
	@command -v npm >/dev/null || { echo "npm is needed for GOV.UK Frontend: apt-get install nodejs npm" >&2; exit 1; }
	@echo "Installing GOV.UK Frontend and axe-core from npm..."
	@npm ci --no-audit --no-fund --loglevel=error
	@touch $(STAMP)

install: $(STAMP) ## Create .venv with Python 3.10 and install everything

train: install ## Train the Rasa model if data, domain or config changed
	@scripts/train.sh

lint: install ## ruff lint and format check
	@$(VENV)/bin/ruff check bot actions tests bench scripts
	@$(VENV)/bin/ruff format --check bot actions tests bench scripts

format: install ## Format the code with ruff
	@$(VENV)/bin/ruff format bot actions tests bench scripts
	@$(VENV)/bin/ruff check --fix bot actions tests bench scripts

validate-content: install ## Check content/ against its schema and the source leaflets
	@$(PY) -m bot.content.validate

unit: install ## Unit tests (no servers needed)
	@$(VENV)/bin/pytest -m "not server" -q

rasa-validate: install ## rasa data validate
	@$(VENV)/bin/rasa data validate --fail-on-warnings --quiet

rasa-test: train ## rasa test conversation stories; fails on any prediction error
	@$(VENV)/bin/rasa test core --model models/cp-assistant.tar.gz --stories tests/stories \
	  --fail-on-prediction-errors --out .run/results --quiet
	@echo "rasa test: all conversation stories passed."

servers-start: train ## Start the servers in the background for tests (the clock says $(TEST_NOW))
	@CP_PRETEND_NOW=$(TEST_NOW) scripts/servers.sh start

servers-stop: ## Stop background servers
	@scripts/servers.sh stop

server-tests: ## Tests against the running servers (REST contract, dialogue)
	@$(VENV)/bin/pytest -m "server and not browser" -q

browser-tests: ## Headless Chromium tests of the chat page, with axe-core (needs the servers)
	@scripts/install_browser.sh
	@$(VENV)/bin/pytest -m browser -q

screenshots: ## Save phone and desktop screenshots of the chat page to docs/ (needs the servers)
	@$(PY) scripts/screenshots.py

eval: ## Evaluate against the running assistant over REST (start it with make run or servers-start)
	@$(PY) -m tests.evaluation.run --min-intent 0.92 --min-facts 0.90 --min-language 0.80

bench: ## Benchmark reply time over REST, and publish-to-answer time, against the running servers
	@$(PY) bench/reply_time.py
	@$(PY) bench/publish_time.py

clean: ## Remove the virtual environment, models and run files
	rm -rf $(VENV) models .run results node_modules
