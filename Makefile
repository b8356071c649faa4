# RENEWZ CMS – the two commands of the README, and their helpers.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
HOST := 127.0.0.1
PORT := 8000

# The embedded default: SQLite and uploads under var/, a secret key generated once per checkout.
RUN_ENV = DJANGO_SECRET_KEY="$$(cat var/secret_key)" DJANGO_SERVE_MEDIA=1
TEST_ENV = DJANGO_SECRET_KEY=test-only-not-secret DJANGO_DEBUG=0

.PHONY: run test test-services browser html-checker nginx soak install admin refresh-tickers backup restore audit bench bench-liveticker faults clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $@

var/secret_key:
	mkdir -p var
	$(PYTHON) -c 'import secrets; print(secrets.token_urlsafe(50))' > $@
	chmod 600 $@

run: install var/secret_key
	$(RUN_ENV) $(PY) manage.py migrate --noinput
	$(RUN_ENV) $(PY) manage.py collectstatic --noinput --verbosity 0
	$(RUN_ENV) $(PY) manage.py load_demo --if-empty
	$(RUN_ENV) $(PY) manage.py load_demo_views --if-empty
	@echo
	@echo "RENEWZ runs on http://$(HOST):$(PORT)/  (admin: http://$(HOST):$(PORT)/admin/)"
	@echo "Admin logins: the demo users, one per role (README „Rollen“), if the demo was loaded above."
	@echo "A superuser of your own: run 'make admin' in a second terminal."
	@echo
	$(RUN_ENV) $(PY) manage.py runserver $(HOST):$(PORT)

admin: install var/secret_key
	$(RUN_ENV) $(PY) manage.py createsuperuser

refresh-tickers: install var/secret_key
	$(RUN_ENV) $(PY) manage.py refresh_tickers

# Database and uploads into var/backups/<UTC date and time>/ (README „Backups“).
backup: install var/secret_key
	$(RUN_ENV) $(PY) manage.py backup_site

# make restore FROM=var/backups/2026-12-01T2300 [FORCE=1]: refuses a database with content
# unless FORCE=1; then migrates, in case the backup is older than the code.
restore: install var/secret_key
	@test -n "$(FROM)" || { echo "Aufruf: make restore FROM=var/backups/<Datum> [FORCE=1]"; exit 2; }
	$(RUN_ENV) $(PY) manage.py restore_site "$(FROM)" $(if $(filter 1,$(FORCE)),--force)
	$(RUN_ENV) $(PY) manage.py migrate --noinput

# Known vulnerabilities of the pinned packages (constraints.txt); fails on any (README „Tests“).
# AUDIT_SERVICE=pypi (PyPI's JSON API per release, the default) or osv (OSV's API; another OSV
# server with PIP_AUDIT_OSV_URL=…/v1/query). A pin the service answers 404 for is listed as
# skipped; AUDIT_STRICT=1 fails on those too. Needs the network, so .ci/run calls it beside
# `make test`, which runs offline; tests/test_audit.py runs this recipe against a local OSV server.
AUDIT_SERVICE ?= pypi
audit: install
	$(VENV)/bin/pip-audit --requirement constraints.txt --no-deps --disable-pip \
		--vulnerability-service $(AUDIT_SERVICE) --progress-spinner off $(if $(filter 1,$(AUDIT_STRICT)),--strict)

# Servers the tests start themselves (throwaway, on 127.0.0.1): Redis, as PostgreSQL does below.
test-services:
	@command -v redis-server >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y redis-server; }

# Debian's Chromium for the browser tests (tests/browser); Playwright's own browser download is not used.
browser:
	@test -x /usr/bin/chromium || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium; }

# Debian's nginx for the front of deploy/nginx/ (tests/renewz/test_nginx_front.py, make bench, make
# soak): they run it themselves, unprivileged, on 127.0.0.1 with a generated config.
nginx:
	@test -x /usr/sbin/nginx || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y nginx; }

# The Nu HTML checker for tests/pages/test_html_checker.py: vnu-jar from npm (package-lock.json),
# run with Debian's Java. Its postinstall script would download a Java of its own: skipped.
html-checker: node_modules/.installed
	@command -v java >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y default-jre-headless; }

node_modules/.installed: package.json package-lock.json
	@command -v npm >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y npm; }
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

# The import contracts (pyproject.toml), then the whole suite on SQLite and on a throwaway
# PostgreSQL server, side by side (one core each: twice as fast as one after the other); each
# suite's output is shown when both are done. Fails if any of them fails.
test: install test-services browser html-checker nginx
	@status=0; logs=$$(mktemp -d); \
	echo "== import contracts"; \
	$(VENV)/bin/lint-imports --no-cache || status=1; \
	echo "== tests on SQLite and on PostgreSQL, side by side"; \
	{ $(TEST_ENV) $(PY) -m pytest > $$logs/SQLite 2>&1; echo $$? > $$logs/SQLite.status; } & \
	{ $(TEST_ENV) $(PY) tests/postgres_server.py -- $(PY) -m pytest > $$logs/PostgreSQL 2>&1; \
	  echo $$? > $$logs/PostgreSQL.status; } & \
	wait; \
	for db in SQLite PostgreSQL; do \
	  echo "== tests on $$db"; cat $$logs/$$db; test "$$(cat $$logs/$$db.status)" = 0 || status=1; \
	done; \
	rm -rf $$logs; exit $$status

# Page speed at 1,000 and N articles on a throwaway PostgreSQL server (README „Benchmark“).
bench: N ?= 100000
bench: install test-services nginx
	@command -v wrk >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }
	$(PY) tests/postgres_server.py -- $(PY) -m bench.run --articles $(N) $(if $(PAGES),--pages $(PAGES))
	$(if $(PAGES),,$(PY) tests/postgres_server.py -- $(PY) -m bench.liveticker --results bench/results)

# The Liveticker row alone: 10,000 readers polling, an entry every 5 s (README „Benchmark“).
# Smaller: make bench-liveticker LIVETICKER_ARGS="--readers 500 --duration 20 --entries 50"
bench-liveticker: install test-services
	@command -v wrk >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }
	$(PY) tests/postgres_server.py -- $(PY) -m bench.liveticker $(LIVETICKER_ARGS)

# Readers and an editor publishing every second through the admin, behind nginx and on gunicorn
# directly, 64 connections for 60 s each (README „Benchmark“ → „Soak“). Smaller: make soak SOAK_ARTICLES=2000
soak: SOAK_ARTICLES ?= 100000
soak: install test-services nginx
	@command -v wrk >/dev/null || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y wrk; }
	$(PY) tests/postgres_server.py -- $(PY) -m bench.soak --articles $(SOAK_ARTICLES) $(SOAK_ARGS)

# PostgreSQL and Redis frozen, a dripping price API: what readers get (README „Outages“).
faults: FAULT_SECONDS ?= 15
faults: install test-services
	$(PY) tests/postgres_server.py -- $(PY) -m bench.faults --seconds $(FAULT_SECONDS)

clean:
	rm -rf $(VENV) var build *.egg-info node_modules
