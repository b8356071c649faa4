"""
`make soak`: readers and an editor at the same time, behind nginx and directly on gunicorn.

    python tests/postgres_server.py -- .venv/bin/python -m bench.soak --articles 100000

Runs inside the throwaway PostgreSQL server of tests/postgres_server.py (it refuses any other
database). Loads the benchmark corpus (bench.corpus), starts a throwaway redis-server, gunicorn
(4 sync workers, as docs/deployment.md runs it; production settings, page cache on) and the nginx front of
deploy/nginx/renewz.conf (bench.nginx), all on 127.0.0.1. Then, once behind nginx and once on
gunicorn directly, for --duration seconds:

- readers: wrk with --connections connections on a mix of pages (bench.probe's lists: articles,
  home, Ressorts, Themen, Autor/innen, search, feed, sitemap, listing pages);
- an editor, logged in at the admin with password and two-factor code, publishes an article
  every second by posting the admin's add form (the form as the admin renders it);
- a watcher polls the article's Ressort page every 0.1 s and notes when each new article
  appears there, counted from the admin's answer to the post.

Reports responses outside 2xx, errors in gunicorn's and nginx's logs, the visibility delays and
the gunicorn workers' memory (RSS) at the start and end of each run, and writes
bench/results/<date>-soak.md. Exits 1 if a check failed. Everything it starts is stopped and its
folder removed, also on Ctrl-C or an error.
"""
import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from datetime import date
from pathlib import Path

from . import nginx
from .faults import Servers, free_port, server_environment, wait_until_answering

ROOT = Path(__file__).resolve().parent.parent
VISIBLE_WITHIN = 2.0  # seconds, issue 17
STRAGGLER_WAIT = 10.0
# As docs/deployment.md runs an app server: sync workers waiting on PostgreSQL or Redis leave
# the CPUs to the others (with 2, the machine stayed below a load of 2 while pages queued).
WORKERS = 4
PASSWORD = "soak-redaktion-passwort-2026"
# What counts as an error in gunicorn's log (Django logs there too): not INFO or a 404's WARNING.
LOG_ERROR = re.compile(r"\b(ERROR|CRITICAL)\b|Traceback|WORKER TIMEOUT|Worker exiting|Booting worker")
# The readers' mix from bench.probe's page lists: page type → (how many of its paths, None for all;
# how often each is in the rotation). A spike's hot pages, plus a long tail of old articles
# (random ones of the whole corpus), each of those once per round: none of them is ever cached.
MIX = {"home": (1, 200), "section": (None, 20), "article": (30, 20), "tag": (10, 5), "author": (5, 5),
       "search": (5, 5), "feed": (1, 50), "sitemap": (1, 10), "first": (None, 5), "deep": (None, 2)}
TAIL_ARTICLES = 30


def say(message):
    print(f"soak: {message}", file=sys.stderr, flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="corpus size (default 100000)")
    parser.add_argument("--duration", type=int, default=60, help="seconds per run (default 60)")
    parser.add_argument("--connections", type=int, default=64, help="wrk connections (default 64)")
    parser.add_argument("--publish-every", type=float, default=1.0, help="seconds between publications")
    parser.add_argument("--results", default=str(ROOT / "bench" / "results"), help="folder for the Markdown table")
    args = parser.parse_args(argv)
    if args.articles < 1000:
        parser.error("--articles: at least 1000 (the deep listing pages need them)")
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")) or "@127.0.0.1:" not in database_url:
        sys.exit("soak: run me inside the throwaway server: "
                 "python tests/postgres_server.py -- .venv/bin/python -m bench.soak (or `make soak`)")
    for tool, package in (("wrk", "wrk"), ("redis-server", "redis-server")):
        if not shutil.which(tool):
            sys.exit(f"soak: {tool} not found; `make soak` installs it (apt-get install {package})")
    if not nginx.installed():
        sys.exit("soak: nginx not found; `make soak` installs it (apt-get install nginx)")

    def stop(signum, frame):
        raise SystemExit(128 + signum)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop)

    tmp = Path(tempfile.mkdtemp(prefix="renewz-soak-"))
    tmp.chmod(0o755)  # nginx's unprivileged user reads the static files in it
    servers = Servers(tmp)
    try:
        soak = Soak(args, tmp, servers)
        report = soak.run()
    finally:
        servers.stop_all()
        shutil.rmtree(tmp, ignore_errors=True)
    folder = Path(args.results)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{date.today().isoformat()}-soak.md"
    path.write_text(report)
    print(report)
    say(f"written to {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    sys.exit(0 if soak.passed else 1)


class Soak:
    def __init__(self, args, tmp, servers):
        self.args, self.tmp, self.servers = args, tmp, servers
        self.port, self.redis_port = free_port(), free_port()
        # Images as behind nginx in production (sent by the front); the readers' mix asks for pages
        # only, so the run on gunicorn directly misses none.
        self.env = server_environment(tmp, self.redis_port, DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver",
                                      RENEWZ_PAGE_CACHE="1",
                                      RENEWZ_PRIVATE_MEDIA_ACCEL_REDIRECT=nginx.PRIVATE_MEDIA_PREFIX)
        self.runs = {}
        self.passed = True

    def run(self):
        self.prepare()
        with nginx.Front(app=f"127.0.0.1:{self.port}", static_root=self.tmp / "static",
                         media_root=self.tmp / "media", private_media_root=self.tmp / "private",
                         workers="auto") as front:
            self.runs["behind nginx"] = self.soak("behind nginx", front.url, front)
        self.runs["behind nginx"]["front_errors"] = front.final_errors
        self.runs["gunicorn directly"] = self.soak("gunicorn directly", f"http://127.0.0.1:{self.port}", None)
        return self.report()

    # ------------------------------------------------------------------ setup

    def manage(self, *command):
        result = subprocess.run([sys.executable, *command], cwd=ROOT, env=self.env, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(f"soak: {' '.join(command)} failed:\n{result.stdout[-2000:]}{result.stderr[-3000:]}")
        return result.stdout

    def prepare(self):
        say("redis-server, migrate, collectstatic …")
        redis = self.servers.start("redis", [shutil.which("redis-server"), "--bind", "127.0.0.1", "--port",
                                             str(self.redis_port), "--save", "", "--appendonly", "no",
                                             "--dir", str(self.tmp)])
        wait_until_answering(self.redis_port, redis, self.tmp / "redis.log")
        self.manage("manage.py", "migrate", "--noinput", "--verbosity", "0")
        self.manage("manage.py", "collectstatic", "--noinput", "--verbosity", "0")
        say(f"corpus to {self.args.articles:,} articles …")
        started = time.perf_counter()
        self.corpus = json.loads(self.manage("-m", "bench.corpus", "--articles", str(self.args.articles))
                                 .strip().splitlines()[-1])
        self.corpus_seconds = time.perf_counter() - started
        os.environ.update(self.env)
        import django

        django.setup()
        self.create_editor()
        self.write_paths()
        say("gunicorn …")
        self.gunicorn = self.servers.start_gunicorn(self.port, self.env, workers=WORKERS)

    def create_editor(self):
        """A member of the Redaktion with the two-factor login switched on."""
        from django.contrib.auth.models import Group, User
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from articles import roles
        from articles.models import Author, Section

        self.editor = User.objects.create_user("soak-redaktion", password=PASSWORD, is_staff=True)
        self.editor.groups.add(Group.objects.get(name=roles.EDITOR))
        self.device = TOTPDevice.objects.create(user=self.editor, name="Authenticator-App", confirmed=True)
        self.section = Section.objects.visible().order_by("pk").first()
        self.author = Author.objects.order_by("pk").first()

    def write_paths(self):
        """The readers' mix (MIX), shuffled once."""
        import logging

        from .probe import url_lists

        logging.getLogger("django.request").setLevel(logging.ERROR)  # probing the deepest page
        lists = url_lists()
        paths, self.mix = [], {}
        for page, (count, weight) in MIX.items():
            chosen = lists[page][:count]
            paths += chosen * weight
            self.mix[page] = f"{len(chosen)} × {weight}"
        tail = lists["article"][MIX["article"][0]:][:TAIL_ARTICLES]
        paths += tail
        self.mix["old articles"] = f"{len(tail)} × 1"
        random.Random(2026).shuffle(paths)
        self.paths_file = self.tmp / "paths.txt"
        self.paths_file.write_text("\n".join(paths) + "\n")
        self.path_count = len(paths)

    # ------------------------------------------------------------------ HTTP as a person

    def request(self, base, method, path, body=None, cookies="", timeout=60):
        url = urllib.parse.urlsplit(base)
        connection = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout)
        headers = {"Cookie": cookies} if cookies else {}
        if body is not None:
            body = urllib.parse.urlencode(body, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            response.text = response.read().decode(errors="replace")
            return response
        finally:
            connection.close()

    def log_in(self, base):
        """The admin login form with password and the app's current code; returns the cookies."""
        from django_otp.oath import TOTP

        device = self.device
        device.refresh_from_db()
        app = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
        # Each code counts once (django-otp keeps the last time step used): wait for a new one.
        while app.t() <= device.last_t:
            time.sleep(1)
            app.time = time.time()
        login = self.request(base, "GET", "/admin/login/")
        cookies = cookie_header(login)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', login.text)[1]
        app.time = time.time()
        code = f"{app.token():0{device.digits}d}"
        answer = self.request(base, "POST", "/admin/login/", cookies=cookies, body={
            "csrfmiddlewaretoken": token, "username": self.editor.username, "password": PASSWORD,
            "otp_token": code, "next": "/admin/",
        })
        if answer.status != 302:
            raise SystemExit(f"soak: admin login failed ({answer.status})")
        return merge_cookies(cookies, cookie_header(answer))

    def add_form(self, base, cookies):
        from tests.admin_forms import admin_form_data

        form = self.request(base, "GET", "/admin/articles/article/add/", cookies=cookies)
        form.status_code = form.status
        return admin_form_data(form)

    # ------------------------------------------------------------------ one run

    def soak(self, name, base, front):
        args = self.args
        say(f"{name}: {args.connections} connections for {args.duration} s, an article every "
            f"{args.publish_every:g} s …")
        cookies = self.log_in(base)
        form = self.add_form(base, cookies)
        section_path = f"/ressort/{self.section.slug}/"
        log_offset = (self.tmp / "gunicorn.log").stat().st_size
        memory_start = worker_memory(self.gunicorn.pid)
        load_average = os.getloadavg()[0]
        stop, posted = threading.Event(), threading.Event()
        published, failures, delays, lock = {}, [], {}, threading.Lock()
        number = [0]

        def editor():
            due = time.monotonic()
            while not stop.is_set():
                due += args.publish_every
                number[0] += 1
                title = f"Soak {name} Meldung {number[0]} {os.getpid()}"
                data = dict(form, title=[title], section=[str(self.section.pk)], lead=["Neu im Soak."],
                            body=[f"<p>{title}: ein Absatz.</p>"], status=["published"],
                            **{"bylines-0-author": [str(self.author.pk)], "bylines-0-position": ["0"]})
                started = time.monotonic()
                try:
                    answer = self.request(base, "POST", "/admin/articles/article/add/", body=data, cookies=cookies)
                except (OSError, http.client.HTTPException) as error:
                    failures.append(f"{type(error).__name__}")
                else:
                    if answer.status == 302:
                        with lock:
                            published[title] = (time.monotonic(), time.monotonic() - started)
                    else:
                        errors = re.findall(r'<ul class="errorlist[^>]*>(.*?)</ul>', answer.text, re.S)
                        failures.append(f"{answer.status} {errors[:2]}")
                stop.wait(max(0.0, due - time.monotonic()))

        def watcher():
            # Until the editor's last post is in and seen (or STRAGGLER_WAIT after it).
            while not (posted.is_set() and (len(delays) == len(published) or time.monotonic() > give_up[0])):
                try:
                    page = self.request(base, "GET", section_path, timeout=30)
                except (OSError, http.client.HTTPException) as error:
                    say(f"watcher: {type(error).__name__} {error}")
                    continue
                seen = time.monotonic()
                with lock:
                    for title, (saved, _) in published.items():
                        if title not in delays and title in page.text:
                            delays[title] = seen - saved
                time.sleep(0.1)

        give_up = [float("inf")]
        posting, watching = threading.Thread(target=editor), threading.Thread(target=watcher)
        posting.start()
        watching.start()
        load = self.wrk(base)
        stop.set()
        posting.join()  # its last post may still be under way
        give_up[0] = time.monotonic() + STRAGGLER_WAIT
        posted.set()
        watching.join()
        memory_end = worker_memory(self.gunicorn.pid)
        log = (self.tmp / "gunicorn.log").read_text(errors="replace")[log_offset:]
        log_errors = [line for line in log.splitlines() if LOG_ERROR.search(line)]
        values = sorted(delays.values())
        result = {
            "load": load, "published": len(published), "post_failures": failures,
            "save_seconds": statistics.median(saved for _, saved in published.values()) if published else None,
            "visible": len(values), "delay_max": values[-1] if values else None,
            "delay_p95": values[max(0, round(0.95 * len(values)) - 1)] if values else None,
            "delay_median": statistics.median(values) if values else None,
            "memory_start": memory_start, "memory_end": memory_end,
            "log_errors": log_errors, "front_errors": front.errors() if front else [],
            "unseen": [describe(title) for title in published if title not in delays],
            "load_average": (load_average, os.getloadavg()[0]),
        }
        self.check(name, result)
        return result

    def wrk(self, base):
        args = self.args
        command = ["wrk", "-t2", f"-c{args.connections}", f"-d{args.duration}s", "--timeout", "30s",
                   "-s", str(ROOT / "bench" / "rotate.lua"), base, "--", str(self.paths_file)]
        result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                timeout=args.duration + 90)
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if result.returncode != 0 or not lines:
            raise SystemExit(f"soak: wrk failed:\n{result.stdout}")
        stats = json.loads(lines[-1])
        stats["rps"] = stats["requests"] / (stats["duration_us"] / 1e6)
        return stats

    def check(self, name, result):
        load = result["load"]
        problems = []
        if load["non2xx"] or load["socket_errors"]:
            problems.append(f"{load['non2xx']} non-2xx, {load['socket_errors']} socket errors")
        if result["post_failures"]:
            problems.append(f"{len(result['post_failures'])} failed posts: {result['post_failures'][:3]}")
        if result["log_errors"] or result["front_errors"]:
            problems.append(f"log errors: {(result['log_errors'] + result['front_errors'])[:3]}")
        if result["unseen"]:
            problems.append(f"{len(result['unseen'])} articles never seen: {result['unseen'][:3]}")
        if result["delay_max"] is not None and result["delay_max"] > VISIBLE_WITHIN:
            problems.append(f"an article took {result['delay_max']:.2f} s to show")
        result["problems"] = problems
        if problems:
            self.passed = False
            say(f"{name}: " + "; ".join(problems))

    # ------------------------------------------------------------------ report

    def report(self):
        from django import get_version

        args = self.args
        lines = [
            f"# RENEWZ soak, {date.today().isoformat()}, N = {self.corpus['articles']:,}",
            "",
            f"- Machine: {os.cpu_count()} CPUs; Python {sys.version.split()[0]}, Django {get_version()}, "
            f"{nginx_version()}; gunicorn {WORKERS} sync workers, production settings, page cache on, Redis; "
            "PostgreSQL throwaway server; everything on 127.0.0.1 with the load generator",
            f"- Readers: `wrk -t2 -c{args.connections} -d{args.duration}s` rotating through "
            f"{self.path_count:,} paths (distinct paths × times in the list: "
            + ", ".join(f"{page} {count}" for page, count in self.mix.items()) + ")",
            f"- Editor: logged in at `/admin/login/` with password and TOTP code, posts the admin's add form "
            f"(Status „Veröffentlicht“, Ressort „{self.section.name}“) every {args.publish_every:g} s through the "
            "front under test; a watcher polls that Ressort page every 0.1 s. Delay: from the admin's answer "
            "(302) to the first poll showing the article",
            "- Log errors: gunicorn's log (with Django's) lines with ERROR, CRITICAL, a traceback or a worker "
            "(re)start; nginx's error log at level error or above",
            "",
            "| front | requests | req/s | p50 ms | p99 ms | non-2xx | socket errors | published | failed posts "
            "| save s (median) | visible | delay median s | p95 s | max s | log errors | worker RSS start → end MB |",
            "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|",
        ]
        for name, result in self.runs.items():
            load = result["load"]
            memory = ", ".join(f"{start:.0f} → {end:.0f}" for start, end in zip(result["memory_start"],
                                                                             result["memory_end"]))
            lines.append(
                f"| {name} | {load['requests']:,} | {load['rps']:,.0f} | {load['p50_us'] / 1000:.1f} "
                f"| {load['p99_us'] / 1000:.1f} | {load['non2xx']} | {load['socket_errors']} | {result['published']} "
                f"| {len(result['post_failures'])} | {seconds(result['save_seconds'])} | {result['visible']} "
                f"| {seconds(result['delay_median'])} | {seconds(result['delay_p95'])} | {seconds(result['delay_max'])} "
                f"| {len(result['log_errors']) + len(result['front_errors'])} | {memory} |"
            )
        lines += ["", "Load average (1 min) of the machine at the start and end of each run: " + "; ".join(
            f"{name} {result['load_average'][0]:.1f} → {result['load_average'][1]:.1f}" for name, result in self.runs.items()
        ) + f" (on {os.cpu_count()} CPUs; above that, other work shared the machine)."]
        lines += ["", f"Verdict: {'passed' if self.passed else 'FAILED'}."]
        for name, result in self.runs.items():
            for problem in result["problems"]:
                lines.append(f"- {name}: {problem}")
        lines += ["", f"Corpus to {self.corpus['articles']:,} articles: {self.corpus_seconds:.0f} s.", ""]
        return "\n".join(lines)


def describe(title):
    from articles.models import Article

    found = Article.objects.filter(title=title).values("status", "published_at", "section__slug").first()
    return f"{title}: {found}"


def seconds(value):
    return "–" if value is None else f"{value:.2f}"


def cookie_header(response):
    return "; ".join(value.split(";", 1)[0] for name, value in response.getheaders() if name.lower() == "set-cookie")


def merge_cookies(*headers):
    cookies = {}
    for header in headers:
        for pair in filter(None, (part.strip() for part in header.split(";"))):
            name, _, value = pair.partition("=")
            cookies[name] = value
    return "; ".join(f"{name}={value}" for name, value in cookies.items())


def worker_memory(master_pid):
    """RSS in MB of each gunicorn worker (the master's children), by pid."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    sizes = []
    for pid in sorted(children, key=int):
        status = Path(f"/proc/{pid}/status").read_text()
        sizes.append(int(re.search(r"VmRSS:\s+(\d+) kB", status)[1]) / 1024)
    return sizes


def nginx_version():
    result = subprocess.run([nginx.NGINX, "-v"], capture_output=True, text=True)
    found = re.search(r"nginx/[\d.]+", result.stderr)
    return found[0] if found else "nginx"


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
