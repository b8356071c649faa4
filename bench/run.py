"""
`make bench`: how fast RENEWZ serves its pages at 1,000 and at N articles.

    python tests/postgres_server.py -- .venv/bin/python -m bench.run --articles 100000

Runs inside the throwaway PostgreSQL server of tests/postgres_server.py (it refuses any other
database). For 1,000 articles, then for N (the corpus is topped up in between): loads the corpus
(bench.corpus), counts queries in-process (bench.probe), then for page cache off ("cold"), on
("warm") and no cache at all ("bare", see MODES) starts gunicorn with production settings on
127.0.0.1 and drives every page type with wrk, after a fixed 30 KB page as the ceiling.
Writes bench/results/<date>-N<N>.md and prints it. Every process it starts is stopped and its
temporary folder removed, also on Ctrl-C or an error.
"""
import argparse
import json
import os
import platform
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from importlib import metadata
from pathlib import Path

from . import nginx
from .probe import PAGES

ROOT = Path(__file__).resolve().parent.parent
SMALL = 1000
# cold: no page cache (fragments warm, as between two publications); warm: page cache;
# bare: no cache at all, every request renders everything.
MODES = {
    "cold": {"RENEWZ_PAGE_CACHE": "0", "RENEWZ_FRAGMENT_CACHE": "1"},
    "warm": {"RENEWZ_PAGE_CACHE": "1", "RENEWZ_FRAGMENT_CACHE": "1"},
    "bare": {"RENEWZ_PAGE_CACHE": "0", "RENEWZ_FRAGMENT_CACHE": "0"},
    # Behind nginx: warm gunicorn behind the front of deploy/nginx/renewz.conf (bench.nginx), which
    # sends the hero images; its ceiling is nginx serving the ceiling page as a static file.
    "nginx": {"RENEWZ_PAGE_CACHE": "1", "RENEWZ_FRAGMENT_CACHE": "1",
              "RENEWZ_PRIVATE_MEDIA_ACCEL_REDIRECT": nginx.PRIVATE_MEDIA_PREFIX},
}
WORKERS = 2
WRK_TIMEOUT = 30  # seconds; gunicorn's own worker timeout


def env_int(name, default):
    return int(os.environ.get(name) or default)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000, help="N, the large corpus (default 100000)")
    parser.add_argument("--duration", type=int, default=env_int("BENCH_DURATION", 10), help="seconds per page type")
    parser.add_argument("--warmup", type=int, default=env_int("BENCH_WARMUP", 3), help="seconds of warm-up first")
    parser.add_argument("--threads", type=int, default=env_int("BENCH_THREADS", 2), help="wrk threads")
    parser.add_argument("--connections", type=int, default=env_int("BENCH_CONNECTIONS", 16), help="wrk connections")
    parser.add_argument("--results", default=str(ROOT / "bench" / "results"), help="folder for the Markdown table")
    parser.add_argument("--pages", type=page_types, default=PAGES,
                        help="page types to drive with wrk, comma-separated (default: all); the ceiling always runs")
    parser.add_argument("--modes", default=",".join(MODES), help=f"comma-separated, of {', '.join(MODES)} (default all)")
    args = parser.parse_args(argv)
    if args.articles < 100:
        parser.error("--articles: at least 100")
    args.modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    if not args.modes or set(args.modes) - MODES.keys():
        parser.error(f"--modes: some of {', '.join(MODES)}")
    if "nginx" in args.modes and not nginx.installed():
        sys.exit("bench: nginx not found; `make bench` installs it (apt-get install nginx)")

    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")) or "@127.0.0.1:" not in database_url:
        sys.exit("bench: run me inside the throwaway server: "
                 "python tests/postgres_server.py -- .venv/bin/python -m bench.run (or `make bench`)")
    if not shutil.which("wrk"):
        sys.exit("bench: wrk not found; `make bench` installs it (apt-get install wrk)")

    def stop(signum, frame):
        raise SystemExit(128 + signum)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop)

    tmp = Path(tempfile.mkdtemp(prefix="renewz-bench-"))
    tmp.chmod(0o755)  # nginx's unprivileged user reads the static files in it
    try:
        report = Bench(args, tmp).run()
    finally:
        Server.stop_all()
        shutil.rmtree(tmp, ignore_errors=True)
    folder = Path(args.results)
    folder.mkdir(parents=True, exist_ok=True)
    only = "" if args.pages == PAGES else "-" + "-".join(args.pages)
    modes = "" if args.modes == list(MODES) else "-" + "-".join(args.modes)
    path = folder / f"{date.today().isoformat()}-N{args.articles}{modes}{only}.md"
    path.write_text(report)
    print(report)
    print(f"bench: written to {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def page_types(text):
    pages = [page.strip() for page in text.split(",") if page.strip()]
    unknown = sorted(set(pages) - set(PAGES))
    if unknown or not pages:
        raise argparse.ArgumentTypeError(f"page types are {', '.join(PAGES)}; not {', '.join(unknown) or 'none'}")
    return [page for page in PAGES if page in pages]


def say(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


class Bench:
    def __init__(self, args, tmp):
        self.args = args
        self.tmp = tmp
        self.scales = sorted({min(SMALL, args.articles), args.articles})
        self.phases = []  # (name, seconds)
        self.results = {}  # scale -> {"corpus", "probe", "probe_warm", "load": {mode: {page: wrk}}, "transfer"}
        self.env = dict(os.environ)
        # No shared cache from the caller's environment: the probe clears the cache, and a
        # benchmark must not touch (or flush) a Redis that holds anything else.
        for name in ("DJANGO_SERVE_MEDIA", "DJANGO_HTTPS", "RENEWZ_PAGE_CACHE", "RENEWZ_FRAGMENT_CACHE", "REDIS_URL",
                     "DJANGO_CACHE_URL"):
            self.env.pop(name, None)
        self.env.update(
            DJANGO_SETTINGS_MODULE="bench.settings",
            DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
            DJANGO_DEBUG="0",
            DJANGO_ALLOWED_HOSTS="127.0.0.1",
            DJANGO_STATIC_ROOT=str(tmp / "static"),
            DJANGO_MEDIA_ROOT=str(tmp / "media"),
            DJANGO_PRIVATE_MEDIA_ROOT=str(tmp / "private"),
            RENEWZ_VAR_DIR=str(tmp / "var"),
            PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        )

    def phase(self, name, function, *args):
        say(f"{name} …")
        started = time.perf_counter()
        result = function(*args)
        self.phases.append((name, time.perf_counter() - started))
        return result

    def python(self, *args, env=None):
        """Run `python *args` in the bench environment; return its stdout."""
        result = subprocess.run([sys.executable, *args], cwd=ROOT, env=env or self.env,
                                stdout=subprocess.PIPE, text=True)
        if result.returncode != 0:
            raise SystemExit(f"bench: `python {' '.join(args)}` failed ({result.returncode})")
        return result.stdout

    def run(self):
        started = time.perf_counter()
        self.load_average = [os.getloadavg()[0]]
        self.phase("migrate and collectstatic", self.setup)
        for scale in self.scales:
            result = self.results[scale] = {"load": {}}
            result["corpus"] = self.phase(f"corpus to {scale:,} articles", self.corpus, scale)
            urls = self.tmp / f"urls-{scale}"
            result["probe"] = self.phase(f"queries and admin at {scale:,}", self.probe, scale, "cold", urls, True)
            result["probe_warm"] = self.phase(
                f"queries with page cache at {scale:,}", self.probe, scale, "warm", self.tmp / "urls-unused", False
            )
            for mode in self.args.modes:
                result["load"][mode] = self.phase(f"wrk {mode} at {scale:,}", self.load, scale, mode, urls)
        self.phases.append(("total", time.perf_counter() - started))
        self.load_average.append(os.getloadavg()[0])
        return self.report()

    def setup(self):
        self.python("manage.py", "migrate", "--noinput", "--verbosity", "0")
        self.python("manage.py", "collectstatic", "--noinput", "--verbosity", "0")

    def corpus(self, scale):
        return json.loads(self.python("-m", "bench.corpus", "--articles", str(scale)).strip().splitlines()[-1])

    def probe(self, scale, mode, urls, admin):
        out = self.tmp / f"probe-{scale}-{mode}.json"
        args = ["-m", "bench.probe", "--out", str(out), "--urls", str(urls)] + (["--admin"] if admin else [])
        self.python(*args, env=dict(self.env, **MODES[mode]))
        return json.loads(out.read_text())

    def load(self, scale, mode, urls):
        """wrk against gunicorn: the ceiling, then every page type; plus the article's transfer size."""
        results = {}
        ceiling = self.tmp / "ceiling.txt"
        ceiling.write_text("/__bench__/ceiling/\n")
        env = dict(self.env, **MODES[mode])
        if mode == "nginx":
            return self.load_behind_nginx(scale, env, urls, ceiling)
        with Server(env, self.tmp / f"gunicorn-{scale}-{mode}.log") as server:
            results["ceiling"] = self.wrk(server, ceiling)
            for page in self.args.pages:
                if mode != "bare":
                    server.prime((urls / f"{page}.txt").read_text().split())
                results[page] = self.wrk(server, urls / f"{page}.txt")
            first_article = (urls / "article.txt").read_text().split()[0]
            results["transfer"] = server.transfer(first_article)
        return results

    def load_behind_nginx(self, scale, env, urls, ceiling):
        """The same pages through the nginx front over warm gunicorn; the ceiling is nginx
        serving a static copy of gunicorn's ceiling page."""
        results = {}
        with Server(env, self.tmp / f"gunicorn-{scale}-nginx.log") as server:
            static_copy = self.tmp / "nginx-ceiling" / "__bench__" / "ceiling"
            static_copy.mkdir(parents=True, exist_ok=True)
            with urllib.request.urlopen(server.url + "/__bench__/ceiling/", timeout=10) as response:
                (static_copy / "index.html").write_bytes(response.read())
            front = nginx.Front(app=server.url.removeprefix("http://"), static_root=self.tmp / "static",
                                media_root=self.tmp / "media", private_media_root=self.tmp / "private",
                                workers="auto", ceiling_root=self.tmp / "nginx-ceiling")
            with front:
                results["ceiling"] = self.wrk(server, ceiling, url=front.ceiling_url)
                for page in self.args.pages:
                    # nginx passes on the host without the port (proxy_set_header Host $host).
                    server.prime((urls / f"{page}.txt").read_text().split(), host="127.0.0.1")
                    results[page] = self.wrk(server, urls / f"{page}.txt", url=front.url)
                first_article = (urls / "article.txt").read_text().split()[0]
                results["transfer"] = server.transfer(first_article)
            results["nginx_errors"] = len(front.final_errors)
        return results

    def wrk(self, server, paths, url=None):
        args = self.args
        for seconds in (args.warmup, args.duration):
            if seconds <= 0:
                continue
            command = ["wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{seconds}s",
                       "--timeout", f"{WRK_TIMEOUT}s", "-s", str(ROOT / "bench" / "rotate.lua"), url or server.url,
                       "--", str(paths)]
            result = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                    timeout=seconds + WRK_TIMEOUT + 30)
            # Requests wrk gave up on are still queued in gunicorn; let them finish, so that
            # they do not eat into the next measurement.
            server.drain()
        lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
        if result.returncode != 0 or not lines:
            say(f"wrk failed for {paths.name}:\n{result.stdout}")
            return None
        stats = json.loads(lines[-1])
        stats["rps"] = stats["requests"] / (stats["duration_us"] / 1e6)
        return stats

    def report(self):
        return Report(self).markdown()


class Server:
    """gunicorn with production settings on a free port of 127.0.0.1, in its own process group."""

    running = []

    def __init__(self, env, log_path):
        self.env = env
        self.log_path = log_path
        self.process = None

    def __enter__(self):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "renewz.wsgi", "--workers", str(WORKERS),
                 "--worker-class", "sync", "--bind", f"127.0.0.1:{port}", "--chdir", str(ROOT)],
                env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
            )
        Server.running.append(self)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"bench: gunicorn exited:\n{self.log_path.read_text()[-3000:]}")
            try:
                with urllib.request.urlopen(self.url + "/__bench__/ceiling/", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        raise SystemExit(f"bench: gunicorn did not answer:\n{self.log_path.read_text()[-3000:]}")

    def __exit__(self, *exc):
        self.stop()

    def drain(self, seconds=300):
        """Wait until both workers have worked off their queue (a cheap page answers at once)."""
        deadline = time.monotonic() + seconds
        quick = 0
        while quick < WORKERS and time.monotonic() < deadline:
            started = time.monotonic()
            try:
                urllib.request.urlopen(self.url + "/__bench__/ceiling/", timeout=seconds).close()
            except OSError:
                time.sleep(0.5)
                continue
            quick = quick + 1 if time.monotonic() - started < 0.1 else 0

    def stop(self):
        if self.process is None or self.process.poll() is not None:
            return
        for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                return
            try:
                self.process.wait(timeout=wait)
                return
            except subprocess.TimeoutExpired:
                pass

    def prime(self, paths, host=None):
        """Request every path once per worker at the same time, so each worker's cache holds it.
        `host`: the Host header the requests will come with (pages are cached per host)."""
        def get(path):
            request = urllib.request.Request(self.url + path, headers={"Host": host} if host else {})
            try:
                urllib.request.urlopen(request, timeout=WRK_TIMEOUT).close()
            except OSError:
                pass  # a 404 is cached or not; the load run reports it

        with ThreadPoolExecutor(max_workers=WORKERS) as pool:
            for path in paths:
                list(pool.map(get, [path] * WORKERS))

    @classmethod
    def stop_all(cls):
        for server in cls.running:
            server.stop()

    def transfer(self, path):
        """Bytes sent for `path` to a client accepting gzip, and the Content-Encoding used."""
        request = urllib.request.Request(self.url + path, headers={"Accept-Encoding": "gzip"})
        try:
            response = urllib.request.urlopen(request, timeout=10)
        except urllib.error.HTTPError as error:
            response = error  # a 404 page still has a size
        with response:
            return {"bytes": len(response.read()), "encoding": response.headers.get("Content-Encoding") or "none",
                    "status": response.status}


class Report:
    """The Markdown report of one `make bench` run."""

    def __init__(self, bench):
        self.bench = bench
        self.results = bench.results
        self.scales = bench.scales
        self.pages = bench.args.pages
        self.modes = bench.args.modes

    def markdown(self):
        b = self.bench
        largest = self.results[self.scales[-1]]
        facts = largest["probe"]["facts"]
        corpus = largest["corpus"]
        lines = [
            f"# RENEWZ benchmark, {date.today().isoformat()}, N = {b.args.articles:,}",
            "",
            f"- Machine: {os.cpu_count()} CPUs ({cpu_model()}), {memory_gib()} GiB; {platform.system()} {platform.release()}; "
            f"load average (1 min) {b.load_average[0]:.1f} at the start, {b.load_average[-1]:.1f} at the end",
            f"- Python {platform.python_version()}, Django {facts['django']}, PostgreSQL {facts['postgresql']}, "
            f"gunicorn {metadata.version('gunicorn')}, wrk {wrk_version()}",
            f"- Server: `gunicorn renewz.wsgi --workers {WORKERS}` (sync), DEBUG off, production settings "
            "(`bench.settings` adds only `/__bench__/ceiling/`), everything on 127.0.0.1 with the load generator",
            f"- Load: `wrk -t{b.args.threads} -c{b.args.connections} -d{b.args.duration}s` per page type after "
            f"{b.args.warmup} s of warm-up, rotating through the paths listed under „paths“; "
            "latencies include queueing (more connections than workers)",
            "- Cold: no page cache (`RENEWZ_PAGE_CACHE=0`), fragment cache on (cards and article pages keyed "
            "by what they show, as between two publications); warm: page cache on; for both, every path is "
            "requested once per worker before the warm-up (local-memory caches, one per worker). "
            "Bare: no cache at all (`RENEWZ_PAGE_CACHE=0 RENEWZ_FRAGMENT_CACHE=0`), nothing primed. "
            "% = requests/s of the ceiling "
            "(a view returning a fixed 30 KB page, measured in the same mode). "
            "Behind nginx: warm gunicorn behind `deploy/nginx/renewz.conf` (bench.nginx: its microcache of "
            "one second, nginx `worker_processes auto`), wrk talking to nginx; its % is of nginx's own ceiling, "
            "nginx serving a static copy of the ceiling page, in the same run. "
            "„ms alone“: median of 3 single requests in-process after a first one, page cache off (fragments cached)",
            f"- Search vectors filled with {corpus['search_vectors']}",
            *([] if self.pages == PAGES else
              [f"- Only these page types under load (`--pages {','.join(self.pages)}`), after the ceiling in each mode"]),
            "",
        ]
        if not set(MODES) <= set(self.modes):
            lines.insert(-1, f"- Modes measured in this run: {', '.join(self.modes)} (`--modes`)")
        for scale in self.scales:
            lines += self.scale_table(scale)
        if len(self.scales) > 1:
            lines += self.cost_curve()
        lines += self.sizes_and_admin()
        lines += self.phases()
        return "\n".join(lines) + "\n"

    def scale_table(self, scale):
        result = self.results[scale]
        probe, warm_probe, load = result["probe"], result["probe_warm"], result["load"]
        facts = probe["facts"]
        lines = [
            f"## {scale:,} articles ({facts['public_articles']:,} public)",
            "",
            "| page | paths | status | SQL cold | SQL warm | ms alone | "
            + " | ".join(f"{mode} req/s | % | p50 ms | p99 ms" for mode in self.modes)
            + " | non-2xx " + "/".join(self.modes) + " |",
            "|---|--:|--:|--:|--:|--:|" + "--:|--:|--:|--:|" * len(self.modes) + "--:|",
        ]
        ceilings = {mode: load[mode]["ceiling"] for mode in self.modes}
        lines.append(
            "| ceiling (30 KB) | 1 | 200 | 0 | 0 | – | "
            + " | ".join(self.load_cells(ceilings[mode], ceilings[mode]) for mode in self.modes)
            + " | " + "/".join(str(non2xx(ceilings[mode])) for mode in self.modes) + " |"
        )
        for page in self.pages:
            measured = probe["pages"][page]
            name = {
                "first": "first (page 1 of the deep listings)",
                "deep": f"deep (page {', '.join(map(str, probe['deep_pages']))})",
            }.get(page, page)
            lines.append(
                f"| {name} | {probe['url_counts'][page]} | {measured['status']} | {measured['queries_cold']} "
                f"| {warm_probe['pages'][page]['queries_warm']} | {measured['server_ms']} | "
                + " | ".join(self.load_cells(load[mode][page], ceilings[mode]) for mode in self.modes)
                + " | " + "/".join(str(non2xx(load[mode][page])) for mode in self.modes) + " |"
            )
        if "nginx" in self.modes:
            lines += ["", f"nginx error log: {load['nginx'].get('nginx_errors', '–')} lines at level error or above."]
        return lines + [""]

    @staticmethod
    def load_cells(stats, ceiling):
        if not stats:
            return "wrk failed | – | – | –"
        if not stats["requests"]:
            return f"0 | 0 % | > {WRK_TIMEOUT} s | –"
        percent = f"{percent_of(stats['rps'], ceiling['rps'])} %" if answered(ceiling) else "–"
        return f"{rate(stats['rps'])} | {percent} | {ms(stats['p50_us'])} | {ms(stats['p99_us'])}"

    def cost_curve(self):
        small, large = self.scales[0], self.scales[-1]
        a, z = self.results[small], self.results[large]
        lines = [
            f"## Cost curve: {large:,} vs {small:,} articles",
            "",
            f"Time at {large:,} divided by time at {small:,} (×): 1.0 = the page does not get slower as the "
            "archive grows. p50 is under load (wrk), „alone“ is one request at a time in-process.",
            "",
            "| page | " + " | ".join(f"p50 {mode} ms | ×" for mode in self.modes) + " | ms alone | × | SQL cold |",
            "|---|" + "--:|--:|" * len(self.modes) + "--:|--:|--:|",
        ]
        for page in ["ceiling"] + self.pages:
            cells = []
            for mode in self.modes:
                before, after = a["load"][mode].get(page), z["load"][mode].get(page)
                if answered(before) and answered(after):
                    cells += [f"{ms(before['p50_us'])} → {ms(after['p50_us'])}",
                              f"{after['p50_us'] / before['p50_us']:.2f}"]
                else:
                    cells += ["–", "–"]
            if page == "ceiling":
                cells += ["–", "–", "0 → 0"]
            else:
                before, after = a["probe"]["pages"][page], z["probe"]["pages"][page]
                cells += [f"{before['server_ms']} → {after['server_ms']}",
                          f"{after['server_ms'] / before['server_ms']:.2f}" if before["server_ms"] else "–",
                          f"{before['queries_cold']} → {after['queries_cold']}"]
            lines.append(f"| {page} | " + " | ".join(cells) + " |")
        return lines + [""]

    def sizes_and_admin(self):
        lines = [
            "## Article page size and admin",
            "",
            "| articles | article HTML bytes | gzip -6 bytes | sent to `Accept-Encoding: gzip` | "
            "admin article list ms (median) | admin SQL | admin status |",
            "|--:|--:|--:|--:|--:|--:|--:|",
        ]
        for scale in self.scales:
            result = self.results[scale]
            size, admin = result["probe"]["article_size"], result["probe"]["admin"]
            transfer = result["load"][self.modes[0]]["transfer"]
            lines.append(
                f"| {scale:,} | {size['html_bytes']:,} | {size['gzip_bytes']:,} | "
                f"{transfer['bytes']:,} ({transfer['encoding']}) | {admin['median_ms']} (of {admin['runs']}) | "
                f"{admin['queries']} | {admin['status']} |"
            )
        return lines + [""]

    def phases(self):
        lines = ["## Phases", "", "| phase | seconds |", "|---|--:|"]
        lines += [f"| {name} | {seconds:.1f} |" for name, seconds in self.bench.phases]
        lines += [""]
        for scale in self.scales:
            corpus = self.results[scale]["corpus"]
            added = corpus["articles"] - corpus["articles_before"]
            if added:
                rows = corpus["rows"]
                lines.append(
                    f"- Corpus to {scale:,}: {added:,} articles in {corpus['load_seconds']} s "
                    f"({added / corpus['load_seconds']:,.0f} articles/s; {rows['bylines']:,} bylines, "
                    f"{rows['tags']:,} tag assignments, {rows['related_links']:,} related links), "
                    f"search vectors {corpus['search_vector_seconds']} s, VACUUM ANALYZE {corpus['vacuum_seconds']} s"
                )
        return lines


def answered(stats):
    return bool(stats and stats["requests"])


def non2xx(stats):
    if not stats:
        return "–"
    return str(stats["non2xx"] + stats["socket_errors"])


def percent_of(value, whole):
    percent = 100 * value / whole
    return f"{percent:.0f}" if percent >= 10 else f"{percent:.1f}"


def rate(rps):
    return f"{rps:,.0f}" if rps >= 100 else f"{rps:.1f}"


def ms(microseconds):
    return f"{microseconds / 1000:.1f}"


def wrk_version():
    try:
        output = subprocess.run(["wrk", "-v"], capture_output=True, text=True, timeout=10)
    except OSError:
        return "?"
    found = re.search(r"\d+\.\d+\.\d+", output.stdout + output.stderr)
    return found[0] if found else "?"


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def memory_gib():
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return round(int(line.split()[1]) / 1024 / 1024)
    except OSError:
        pass
    return "?"


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:  # everything is stopped and removed by then
        sys.exit(130)
