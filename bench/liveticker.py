"""
The Liveticker row of `make bench`: readers polling one Liveticker while an editor posts.

    python tests/postgres_server.py -- .venv/bin/python -m bench.liveticker
    python tests/postgres_server.py -- .venv/bin/python -m bench.liveticker --readers 500 --duration 20 --entries 50

Runs inside the throwaway PostgreSQL server of tests/postgres_server.py (it refuses any other
database, and a database with content). Starts a throwaway redis-server (the shared cache
gunicorn's workers need for exact invalidation) and gunicorn (2 sync workers, production
settings, page cache on) on 127.0.0.1, creates one Liveticker with --entries entries, then for
--duration seconds:

- wrk (bench/liveticker.lua) plays --readers readers, each asking the update check every
  --interval seconds (10,000 readers every 10 s: 1,000 requests/s), with the ETag they last saw;
- an editor posts an entry every --post-every seconds (through the model, as the admin does:
  the same receivers renew the ticker's pages);
- a watcher asks the update check every 0.1 s and notes when each new entry first shows.

Reports requests/s, p50/p99, errors (socket errors and statuses other than 200/304), the delay
from posting to first visibility (and the worst a reader sees: that plus the poll interval),
and SQL per update check: counted in-process with Django (unchanged and after a new entry),
and under load from PostgreSQL's transaction counter (every statement of the run, the
editor's posts excluded, divided by the update checks). Everything it starts is stopped, also
on Ctrl-C or an error.
"""
import argparse
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

import psycopg

from .faults import WORKERS, Servers, free_port, server_environment, wait_until_answering

ROOT = Path(__file__).resolve().parent.parent
CONNECTIONS = 100
FRESH_READER_EVERY = 20
SCRIPT_POLL_SECONDS = 8  # articles.public.liveticker.POLL_SECONDS  # one request in 20 comes from a reader who just opened the page


def say(message):
    print(f"liveticker: {message}", file=sys.stderr, flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readers", type=int, default=10_000)
    parser.add_argument("--interval", type=float, default=10, help="seconds between a reader's update checks")
    parser.add_argument("--entries", type=int, default=500, help="entries in the Liveticker at the start")
    parser.add_argument("--post-every", type=float, default=5, help="seconds between the editor's entries")
    parser.add_argument("--duration", type=int, default=60, help="seconds of load")
    parser.add_argument("--connections", type=int, default=CONNECTIONS, help="wrk connections")
    parser.add_argument("--results", default="", help="folder to write <date>-liveticker.md into")
    args = parser.parse_args(argv)

    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")) or "@127.0.0.1:" not in database_url:
        sys.exit("liveticker: run me inside the throwaway server: "
                 "python tests/postgres_server.py -- .venv/bin/python -m bench.liveticker")
    if not shutil.which("wrk"):
        sys.exit("liveticker: wrk not found; `make bench` installs it (apt-get install wrk)")

    tmp = Path(tempfile.mkdtemp(prefix="renewz-liveticker-"))
    servers = Servers(tmp)
    try:
        report = LivetickerBench(args, tmp, servers, database_url).run()
    finally:
        servers.stop_all()
        shutil.rmtree(tmp, ignore_errors=True)
    print(report)
    if args.results:
        path = Path(args.results) / f"{date.today().isoformat()}-liveticker.md"
        path.write_text(report + "\n")
        say(f"written to {path}")


class LivetickerBench:
    def __init__(self, args, tmp, servers, database_url):
        self.args, self.tmp, self.servers, self.database_url = args, tmp, servers, database_url
        self.port, self.redis_port = free_port(), free_port()
        self.editor_statements = 0
        self.env = server_environment(
            tmp, self.redis_port, DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver", RENEWZ_PAGE_CACHE="1"
        )

    def run(self):
        self.start_services()
        self.setup_django()
        self.ticker = self.create_liveticker()
        self.updates_path = f"{self.ticker.get_absolute_url()}liveticker/"
        probe = self.probe_queries()
        self.start_gunicorn()
        load = self.load()
        return self.report(probe, load)

    # ------------------------------------------------------------------ setup

    def start_services(self):
        say("redis-server, migrate, collectstatic …")
        redis = self.servers.start("redis", [shutil.which("redis-server") or "/usr/bin/redis-server",
                                             "--bind", "127.0.0.1", "--port", str(self.redis_port), "--save", "",
                                             "--appendonly", "no", "--dir", str(self.tmp)])
        wait_until_answering(self.redis_port, redis, self.tmp / "redis.log")
        for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"]):
            result = subprocess.run([sys.executable, "manage.py", *command], cwd=ROOT, env=self.env,
                                    capture_output=True, text=True, timeout=600)
            if result.returncode != 0:
                raise SystemExit(f"liveticker: manage.py {' '.join(command)} failed:\n{result.stdout}{result.stderr}")

    def setup_django(self):
        """This process speaks to the same database and Redis as gunicorn: the editor's posts
        renew the pages there, through the receivers."""
        os.environ.update(self.env)
        import django

        django.setup()

    def create_liveticker(self):
        from django.utils import timezone

        from articles.management.site_content import holds_content
        from articles.models import Article, Author, Byline, LivetickerEntry, Section

        if holds_content():
            raise SystemExit("liveticker: the database holds content; I only fill an empty one")
        say(f"a Liveticker with {self.args.entries} entries …")
        now = timezone.now()
        section = Section.objects.create(name="Politik")
        author = Author.objects.create(name="Bench Reporterin")
        ticker = Article.objects.create(
            title="Wahlabend: der Liveticker", lead="Alle Ergebnisse des Abends.", body="<p>Wir berichten live.</p>",
            section=section, status=Article.Status.PUBLISHED, published_at=now - timedelta(hours=6),
            is_liveticker=True,
        )
        Byline.objects.create(article=ticker, author=author, position=0)
        LivetickerEntry.objects.bulk_create(
            LivetickerEntry(
                article=ticker, author=author, title=f"Meldung {n}" if n % 3 == 0 else "",
                body=f"<p>Meldung Nummer {n} des Abends, mit einem Satz, der so lang ist wie eine echte Meldung.</p>",
                is_pinned=n % 100 == 0, published_at=now - timedelta(hours=6) + timedelta(seconds=40 * n),
            )
            for n in range(self.args.entries)
        )
        self.author = author
        return ticker

    def start_gunicorn(self):
        say("gunicorn …")
        self.gunicorn = self.servers.start_gunicorn(self.port, self.env)
        for _ in range(WORKERS * 2):
            self.get(self.updates_path)
            self.get(self.ticker.get_absolute_url())

    def post_entry(self, number):
        """An entry as the admin publishes it; returns it and the SQL statements it took."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        from articles.models import LivetickerEntry

        with CaptureQueriesContext(connection) as queries:
            entry = LivetickerEntry(article=self.ticker, author=self.author, body=f"<p>Neue Meldung {number}.</p>")
            entry.publish()
        self.editor_statements += len(queries)
        return entry

    # ------------------------------------------------------------------ measuring

    def probe_queries(self):
        """SQL of an update check in-process: unchanged (from the cache), and after a new entry."""
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        client = Client(HTTP_HOST="127.0.0.1")
        first = client.get(self.updates_path)
        etag = first["ETag"]
        with CaptureQueriesContext(connection) as unchanged:
            status_unchanged = client.get(self.updates_path, HTTP_IF_NONE_MATCH=etag).status_code
        entry = self.post_entry("Probe")
        with CaptureQueriesContext(connection) as changed:
            status_changed = client.get(self.updates_path, HTTP_IF_NONE_MATCH=etag).status_code
        with CaptureQueriesContext(connection) as page:
            client.get(self.ticker.get_absolute_url())
        entry.delete()
        return {
            "unchanged": len(unchanged), "unchanged_status": status_unchanged,
            "changed": len(changed), "changed_status": status_changed, "page_after_entry": len(page),
        }

    def get(self, path):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            conn.request("GET", path, headers={"Accept": "application/json"})
            response = conn.getresponse()
            return response.status, response.read()
        finally:
            conn.close()

    def transactions(self):
        with psycopg.connect(self.database_url, autocommit=True) as conn:
            conn.execute("SELECT pg_stat_force_next_flush()")
            return conn.execute(
                "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()"
            ).fetchone()[0]

    def load(self):
        args = self.args
        rate = args.readers / args.interval
        pause_ms = max(int(args.connections / rate * 1000), 0)
        say(f"{args.readers:,} readers every {args.interval:g} s ≈ {rate:,.0f} requests/s for {args.duration} s, "
            f"an entry every {args.post_every:g} s …")
        stop = threading.Event()
        delays, posts, watcher_checks = [], [], [0]

        def editor():
            number = 0
            while not stop.wait(args.post_every):
                number += 1
                entry = self.post_entry(number)
                posts.append((entry.anchor, time.monotonic()))

        def watcher():
            seen = set()
            while not stop.wait(0.1):
                status, body = self.get(self.updates_path)
                watcher_checks[0] += 1
                if status != 200:
                    continue
                shown, now = set(json.loads(body)["eintraege"]), time.monotonic()
                for anchor, posted_at in list(posts):
                    if anchor in shown and anchor not in seen:
                        seen.add(anchor)
                        delays.append(now - posted_at)

        before, editor_before = self.transactions(), self.editor_statements
        threads = [threading.Thread(target=editor), threading.Thread(target=watcher)]
        for thread in threads:
            thread.start()
        command = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "30s",
                   "-s", str(ROOT / "bench" / "liveticker.lua"), f"http://127.0.0.1:{self.port}",
                   "--", self.updates_path, str(pause_ms), str(FRESH_READER_EVERY)]
        try:
            result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                    timeout=args.duration + 90)
        finally:
            time.sleep(1)  # the last entry's visibility
            stop.set()
            for thread in threads:
                thread.join()
        time.sleep(11)  # idle backends report their counts to pg_stat_database within 10 s
        after = self.transactions()
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if result.returncode != 0 or not lines:
            raise SystemExit(f"liveticker: wrk failed:\n{result.stdout}")
        stats = json.loads(lines[-1])
        stats["rps"] = stats["requests"] / (stats["duration_us"] / 1e6)
        checks = stats["requests"] + watcher_checks[0]
        # In autocommit every statement is a transaction; the editor's posts are not the readers' cost,
        # nor the two statements of the counting itself.
        editor_statements = self.editor_statements - editor_before
        stats["sql_per_check"] = max(after - before - editor_statements - 2, 0) / checks if checks else float("nan")
        stats["statements"] = after - before - editor_statements - 2
        stats["posts"] = len(posts)
        stats["seen"] = len(delays)
        stats["delays"] = sorted(delays)
        return stats

    # ------------------------------------------------------------------ report

    def report(self, probe, load):
        args = self.args
        delays = load["delays"]
        p50 = delays[len(delays) // 2] if delays else float("nan")
        worst = delays[-1] if delays else float("nan")
        errors = load["socket_errors"] + load["other_status"]
        unseen = load["posts"] - load["seen"]
        lines = [
            f"## Liveticker ({date.today().isoformat()})",
            "",
            f"{args.readers:,} readers polling every {args.interval:g} s (wrk, {args.connections} connections, "
            f"one request in {FRESH_READER_EVERY} without ETag), one Liveticker with {args.entries} entries, "
            f"an entry posted every {args.post_every:g} s, {args.duration} s; gunicorn {WORKERS} sync workers, "
            "Redis, page cache on, PostgreSQL.",
            "",
            "| req/s | p50 ms | p99 ms | errors | 200 / 304 | posted → visible p50 / max | worst for a reader "
            f"polling every {args.interval:g} s / every {SCRIPT_POLL_SECONDS} s (the script) | SQL per unchanged check | "
            "SQL per check after an entry | SQL per check under load (upper bound) |",
            "|---|---|---|---|---|---|---|---|---|---|",
            f"| {load['rps']:,.0f} | {load['p50_us'] / 1000:.1f} | {load['p99_us'] / 1000:.1f} | {errors} | "
            f"{load['status_200']:,} / {load['status_304']:,} | {p50:.2f} s / {worst:.2f} s"
            f"{f' ({unseen} not seen)' if unseen else ''} | {worst + args.interval:.1f} s / "
            f"{worst + SCRIPT_POLL_SECONDS:.1f} s | {probe['unchanged']} "
            f"({probe['unchanged_status']}) | {probe['changed']} ({probe['changed_status']}) | "
            f"{load['sql_per_check']:.4f} |",
            "",
            f"Target: 0 errors, ≤ 10 s to visibility, 0 queries for an unchanged check. The article page right "
            f"after an entry: {probe['page_after_entry']} queries (then a page-cache hit). Entries posted: "
            f"{load['posts']}, seen by the watcher: {load['seen']}. Statements of the readers' update checks under "
            f"load: {load['statements']} for {load['requests']:,} checks, from PostgreSQL's transaction counter "
            "over the whole run less the editor's statements, so it also holds the recomputation after each "
            "entry (the queries above, per worker), connection set-up and PostgreSQL's own work: an upper bound. "
            f"A reader's browser asks every {SCRIPT_POLL_SECONDS} s (static/js/liveticker.js).",
        ]
        return "\n".join(lines)


if __name__ == "__main__":
    main()
