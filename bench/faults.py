"""
`make faults`: what readers get while PostgreSQL or Redis hangs, and how long a ticker refresh
runs against a price API that drips.

    python tests/postgres_server.py -- .venv/bin/python -m bench.faults --seconds 15

Runs inside the throwaway PostgreSQL server of tests/postgres_server.py (it refuses any other
database). Starts a throwaway redis-server and gunicorn (2 sync workers, production settings,
REDIS_URL set) on 127.0.0.1, loads the demo, then:

1. baseline: cached and uncached pages under load;
2. PostgreSQL frozen (SIGSTOP of the postmaster and all its backends) for --seconds: uncached
   pages must get 503 within the database bound, cached pages 200; after SIGCONT the site must
   answer 200 again by itself, and no gunicorn worker may have been killed;
3. Redis frozen (SIGSTOP) for --seconds: pages stay 200 and fast;
4. price API that sends a byte every 3 s: `refresh_tickers` must end by TICKER_REFRESH_DEADLINE,
   and a second one started meanwhile must be refused.

Prints a table (status counts, p50/p99/max latency) and a verdict per scenario; exits 1 if one
failed. Every process it starts or stops is continued and ended, and its folder removed, also
on Ctrl-C or an error.
"""
import argparse
import http.client
import itertools
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parent.parent
WORKERS = 2
GUNICORN_TIMEOUT = 30  # gunicorn's default worker timeout, above every bound of the site
REQUEST_TIMEOUT = 60


def say(message):
    print(f"faults: {message}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_environment(tmp, redis_port, **overrides):
    """The environment of the servers a bench starts: production settings, none of the caller's
    RENEWZ settings, files under `tmp`, the throwaway Redis on `redis_port`."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DJANGO_", "RENEWZ_", "TICKER_", "REDIS_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="renewz.settings",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_DEBUG="0",
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_STATIC_ROOT=str(tmp / "static"),
        DJANGO_MEDIA_ROOT=str(tmp / "media"),
        DJANGO_PRIVATE_MEDIA_ROOT=str(tmp / "private"),
        RENEWZ_VAR_DIR=str(tmp / "var"),
        REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
        PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    )
    env.update(overrides)
    return env


class Frozen:
    """Processes stopped with SIGSTOP, continued on exit whatever happens."""

    stopped = []

    def __init__(self, pids):
        self.pids = pids

    def __enter__(self):
        for pid in self.pids:
            try:
                os.kill(pid, signal.SIGSTOP)
            except ProcessLookupError:
                continue  # a backend that ended meanwhile (e.g. the one that found the others)
            Frozen.stopped.append(pid)
        return self

    def __exit__(self, *exc):
        Frozen.thaw_all()

    @classmethod
    def thaw_all(cls):
        while cls.stopped:
            try:
                os.kill(cls.stopped.pop(), signal.SIGCONT)
            except ProcessLookupError:
                pass


def postgres_pids(database_url):
    """The postmaster first, then its children (backends, checkpointer, …)."""
    with psycopg.connect(database_url, connect_timeout=5) as conn:
        data_directory = conn.execute("SHOW data_directory").fetchone()[0]
    postmaster = int(Path(data_directory, "postmaster.pid").read_text().split()[0])
    children = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == postmaster:
            children.append(int(stat.parent.name))
    return [postmaster, *children]


class Servers:
    """redis-server and gunicorn, each in its own process group, stopped on exit."""

    def __init__(self, tmp):
        self.tmp = tmp
        self.processes = []

    def start_gunicorn(self, port, env, workers=WORKERS):
        """gunicorn (`workers` sync workers) on 127.0.0.1:`port`, logging to gunicorn.log, once it answers."""
        process = self.start("gunicorn", [
            sys.executable, "-m", "gunicorn", "renewz.wsgi", "--workers", str(workers), "--worker-class", "sync",
            "--timeout", str(GUNICORN_TIMEOUT), "--bind", f"127.0.0.1:{port}", "--chdir", str(ROOT),
        ], env=env)
        wait_until_answering(port, process, self.tmp / "gunicorn.log")
        return process

    def start(self, name, command, env=None):
        log = open(self.tmp / f"{name}.log", "wb")
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        self.processes.append(process)
        return process

    def stop_all(self):
        for process in reversed(self.processes):
            if process.poll() is not None:
                continue
            for sig, wait in ((signal.SIGTERM, 15), (signal.SIGKILL, 5)):
                try:
                    os.killpg(process.pid, sig)
                except ProcessLookupError:
                    break
                try:
                    process.wait(timeout=wait)
                    break
                except subprocess.TimeoutExpired:
                    pass


def wait_until_answering(port, process, log, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"faults: {log.name} exited:\n{log.read_text()[-3000:]}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"faults: nothing answers on port {port}:\n{log.read_text()[-3000:]}")


def get(port, path):
    """(status or error name, milliseconds, started at)."""
    started = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        response.read()
        status = response.status
    except ConnectionResetError:
        status = "reset"
    except (OSError, http.client.HTTPException) as error:
        status = type(error).__name__
    finally:
        conn.close()
    return status, (time.monotonic() - started) * 1000, started


def load(port, paths, seconds, connections):
    """GET the paths round-robin from `connections` threads for `seconds`; every result."""
    results, lock = [], threading.Lock()
    rotation = itertools.cycle(paths)
    until = time.monotonic() + seconds

    def worker():
        while time.monotonic() < until:
            with lock:
                path = next(rotation)
            result = get(port, path() if callable(path) else path)
            with lock:
                results.append(result)

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def percentile(values, share):
    values = sorted(values)
    return values[min(len(values) - 1, int(share * len(values)))] if values else float("nan")


def row(scenario, stream, results):
    statuses = Counter(str(status) for status, _, _ in results)
    latencies = [ms for _, ms, _ in results]
    return {
        "scenario": scenario, "stream": stream, "requests": len(results),
        "statuses": ", ".join(f"{status}×{count}" for status, count in sorted(statuses.items())),
        "p50": percentile(latencies, 0.5), "p99": percentile(latencies, 0.99),
        "max": max(latencies, default=float("nan")),
    }


class DrippingAPI:
    """A price API on 127.0.0.1 that sends its answer a byte every `seconds`."""

    def __init__(self, seconds):
        stop = self.stop_event = threading.Event()

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = b'{"bitcoin": {"eur": 87412.5}}'
                head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
                try:
                    self.wfile.write(head.encode())
                    for byte in body:
                        if stop.wait(seconds):
                            return
                        self.wfile.write(bytes([byte]))
                except OSError:
                    pass  # the refresh gave up

            def log_message(self, format, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/api/v3"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True)
        self.thread.start()

    def close(self):
        self.stop_event.set()
        self.server.shutdown()
        self.server.server_close()


class Faults:
    def __init__(self, args, tmp, servers):
        self.args = args
        self.tmp = tmp
        self.servers = servers
        self.rows = []
        self.verdicts = []  # (ok, text)
        self.database_url = os.environ["DATABASE_URL"]
        self.redis_port = free_port()
        self.port = free_port()
        self.env = server_environment(tmp, self.redis_port)

    def check(self, ok, text):
        self.verdicts.append((ok, text))

    def manage(self, *args, env=None, timeout=600):
        return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env or self.env,
                              capture_output=True, text=True, timeout=timeout)

    def setup(self):
        say("redis-server, migrate, demo content, gunicorn …")
        redis = self.servers.start("redis", [shutil.which("redis-server") or "/usr/bin/redis-server",
                                             "--bind", "127.0.0.1", "--port", str(self.redis_port), "--save", "",
                                             "--appendonly", "no", "--dir", str(self.tmp)])
        wait_until_answering(self.redis_port, redis, self.tmp / "redis.log")
        self.redis = redis
        for command in (["migrate", "--noinput"], ["collectstatic", "--noinput"], ["load_demo"]):
            result = self.manage(*command)
            if result.returncode != 0:
                raise SystemExit(f"faults: manage.py {' '.join(command)} failed:\n{result.stdout}{result.stderr}")
        self.gunicorn = self.servers.start_gunicorn(self.port, self.env)
        home = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        home.request("GET", "/")
        html = home.getresponse().read().decode()
        articles = sorted(set(re.findall(r'href="(/artikel/[^"]+/)"', html)))[:10]
        self.cached = ["/", *articles]
        counter = itertools.count()
        # The same home page, but a path the page cache has never seen: rendered, from the database.
        self.uncached = [lambda: f"/?frisch={next(counter)}"]
        for path in self.cached * WORKERS:
            get(self.port, path)

    def run(self):
        self.setup()
        seconds, connections = self.args.seconds, self.args.connections
        say("baseline …")
        self.load_streams("baseline", 5)

        say(f"PostgreSQL frozen for {seconds} s …")
        pids = postgres_pids(self.database_url)
        retry = int(os.environ.get("DATABASE_RETRY_SECONDS", "10"))
        bound = float(os.environ.get("DATABASE_STATEMENT_TIMEOUT", "5")) + 1
        freeze_at = [None]

        def freeze():
            time.sleep(1)
            with Frozen(pids):
                freeze_at[0] = time.monotonic()
                time.sleep(seconds)

        freezer = threading.Thread(target=freeze)
        freezer.start()
        results = self.load_streams(None, seconds + 1, record=False)
        freezer.join()
        thawed_at = time.monotonic()
        # Requests that started and ended while the database was frozen.
        during = {name: [r for r in rs if r[2] >= freeze_at[0] and r[2] + r[1] / 1000 <= thawed_at]
                  for name, rs in results.items()}
        for name, rs in during.items():
            self.rows.append(row("PostgreSQL frozen", name, rs))
        uncached = during["uncached"]
        self.check(bool(uncached) and all(status == 503 for status, _, _ in uncached),
                   f"PostgreSQL frozen: every uncached page a 503 ({row('', '', uncached)['statuses']})")
        self.check(max((ms for _, ms, _ in uncached), default=0) < (bound + 3) * 1000,
                   f"PostgreSQL frozen: no request waits longer than the bound ({bound:.0f} s) and queueing")
        self.check(all(status == 200 for status, _, _ in during["cached"]),
                   f"PostgreSQL frozen: cached pages stay 200 ({row('', '', during['cached'])['statuses']})")

        recovered = None
        while time.monotonic() - thawed_at < retry + bound + 10:
            status, _, _ = get(self.port, self.uncached[0]())
            if status == 200:
                recovered = time.monotonic() - thawed_at
                break
            time.sleep(0.2)
        self.check(recovered is not None,
                   f"PostgreSQL back: uncached pages 200 again after {recovered or float('nan'):.1f} s by themselves")
        self.load_streams("PostgreSQL back", 5)
        log = (self.tmp / "gunicorn.log").read_text(errors="replace")
        timeouts, boots = log.count("WORKER TIMEOUT"), log.count("Booting worker")
        self.check(timeouts == 0 and boots == WORKERS,
                   f"no gunicorn worker killed ({timeouts} worker timeouts, {boots - WORKERS} workers restarted; "
                   f"{log.count('PostgreSQL did not answer')} waits cut at the bound)")

        say(f"Redis frozen for {seconds} s …")
        before = self.load_streams("Redis up, 1 reader", 5, connections=1)
        uncached_p50 = percentile([ms for _, ms, _ in before["uncached"]], 0.5)
        with Frozen([self.redis.pid]):
            time.sleep(0.2)
            # One reader per stream and worker: the time a page takes, not its queue.
            results = self.load_streams("Redis frozen", seconds, connections=1)
        p50 = percentile([ms for _, ms, _ in results["cached"]], 0.5)
        self.check(all(status == 200 for rs in results.values() for status, _, _ in rs),
                   "Redis frozen: every page 200")
        # On a busy machine even a page rendered without any cache takes longer than 100 ms; what a
        # hung Redis must not add is a timeout per cache call (2.3 s a page).
        self.check(p50 < max(100, 1.5 * uncached_p50),
                   f"Redis frozen: pages under 100 ms, or no slower than uncached pages with Redis up "
                   f"(p50 {p50:.0f} ms; uncached with Redis up {uncached_p50:.0f} ms)")

        self.dripping_api()

    def load_streams(self, scenario, seconds, record=True, connections=None):
        """Cached and uncached pages at the same time, `connections` readers each."""
        results = {}

        def stream(name, paths):
            results[name] = load(self.port, paths, seconds, connections or self.args.connections)

        threads = [threading.Thread(target=stream, args=args)
                   for args in (("cached", self.cached), ("uncached", self.uncached))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        if record:
            for name in ("cached", "uncached"):
                self.rows.append(row(scenario, name, results[name]))
        return results

    def dripping_api(self):
        deadline = float(os.environ.get("TICKER_REFRESH_DEADLINE", "20"))
        say(f"price API dripping a byte every 3 s, refresh deadline {deadline:.0f} s …")
        api = DrippingAPI(3)
        try:
            env = dict(self.env, TICKER_API_URL=api.url, TICKER_REFRESH_DEADLINE=str(deadline))
            started = time.monotonic()
            first = subprocess.Popen([sys.executable, "manage.py", "refresh_tickers"], cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            time.sleep(1)
            second_started = time.monotonic()
            second = self.manage("refresh_tickers", env=env, timeout=120)
            second_seconds = time.monotonic() - second_started
            output = first.communicate(timeout=deadline + 60)[0]
            first_seconds = time.monotonic() - started
        finally:
            api.close()
        last_line = (output.strip().splitlines() or [""])[-1]
        refused = (second.stdout + second.stderr).strip().splitlines()[-1:] or [""]
        self.rows.append({"scenario": "price API dripping", "stream": "refresh_tickers", "requests": 1,
                          "statuses": f"exit {first.returncode}", "p50": first_seconds * 1000,
                          "p99": first_seconds * 1000, "max": first_seconds * 1000})
        self.rows.append({"scenario": "price API dripping", "stream": "second refresh meanwhile", "requests": 1,
                          "statuses": f"exit {second.returncode}", "p50": second_seconds * 1000,
                          "p99": second_seconds * 1000, "max": second_seconds * 1000})
        # The refused run is Python and Django starting, and nothing else: the first run's start-up
        # takes as long, and its deadline only counts from then.
        self.check(first.returncode != 0 and first_seconds - second_seconds < deadline + 2,
                   f"price API dripping: refresh ended after {first_seconds:.1f} s, {second_seconds:.1f} s of it "
                   f"starting up (deadline {deadline:.0f} s): {last_line}")
        self.check(second.returncode != 0 and "läuft noch" in refused[0] and second_seconds < first_seconds - 1,
                   f"second refresh refused at once, while the first still ran: {refused[0]}")

    def report(self):
        lines = [
            f"# RENEWZ faults: {WORKERS} gunicorn workers (sync, timeout {GUNICORN_TIMEOUT} s), "
            f"{self.args.connections} readers per stream (Redis frozen: 1), faults of {self.args.seconds} s, "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs",
            "",
            "| scenario | stream | requests | status | p50 ms | p99 ms | max ms |",
            "|---|---|---:|---|---:|---:|---:|",
        ]
        for r in self.rows:
            lines.append(f"| {r['scenario']} | {r['stream']} | {r['requests']} | {r['statuses']} | "
                         f"{r['p50']:.0f} | {r['p99']:.0f} | {r['max']:.0f} |")
        lines.append("")
        lines += [f"- {'ok' if ok else 'FAILED'}: {text}" for ok, text in self.verdicts]
        return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("FAULT_SECONDS") or 15),
                        help="how long PostgreSQL and Redis are frozen (default 15)")
    parser.add_argument("--connections", type=int, default=2, help="concurrent readers per stream (default 2)")
    args = parser.parse_args(argv)
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")) or "@127.0.0.1:" not in database_url:
        sys.exit("faults: run me inside the throwaway server: "
                 "python tests/postgres_server.py -- .venv/bin/python -m bench.faults (or `make faults`)")
    if not shutil.which("redis-server") and not Path("/usr/bin/redis-server").exists():
        sys.exit("faults: redis-server not found; `make faults` installs it")

    def stop(signum, frame):
        raise SystemExit(128 + signum)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, stop)

    tmp = Path(tempfile.mkdtemp(prefix="renewz-faults-"))
    servers = Servers(tmp)
    faults = Faults(args, tmp, servers)
    try:
        faults.run()
    finally:
        Frozen.thaw_all()
        servers.stop_all()
        shutil.rmtree(tmp, ignore_errors=True)
    print(faults.report())
    return 0 if all(ok for ok, _ in faults.verdicts) else 1


if __name__ == "__main__":
    sys.exit(main())
