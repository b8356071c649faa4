#!/usr/bin/env python3
"""Run a command against a throwaway PostgreSQL server (used by `make test`).

Usage:  python tests/postgres_server.py -- <command...>
e.g.    python tests/postgres_server.py -- .venv/bin/python -m pytest -q

Starts a private PostgreSQL cluster in a temporary directory on a free port of
127.0.0.1, creates the database `renewz`, runs the command with
DATABASE_URL=postgres://postgres@127.0.0.1:<port>/renewz in its environment,
then always stops the server and deletes the directory. Exits with the
command's exit code (1 if the server could not be set up). Stdlib only.
"""
import glob, os, pwd, shutil, signal, socket, subprocess, sys, tempfile

PG_USER = "renewz-pg"  # unprivileged account used when we run as root
DB_NAME = "renewz"
SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)


def die(msg):
    sys.exit(f"postgres_server: {msg}")


def find_bindir():
    """Directory holding initdb/pg_ctl: prefer 15, then pg_config, then any."""
    candidates = ["/usr/lib/postgresql/15/bin"]
    if shutil.which("pg_config"):
        candidates.append(subprocess.run(["pg_config", "--bindir"], capture_output=True,
                                         text=True).stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    return next((d for d in candidates if d and os.access(os.path.join(d, "initdb"), os.X_OK)
                 and os.access(os.path.join(d, "pg_ctl"), os.X_OK)), None)


def ensure_bindir():
    bindir = find_bindir()
    if bindir is None and os.geteuid() == 0:
        print("postgres_server: PostgreSQL not found, installing it with apt-get...", flush=True)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        for cmd in (["apt-get", "update"], ["apt-get", "install", "-y", "postgresql"]):
            if subprocess.run(cmd, env=env).returncode != 0:
                die(f"`{' '.join(cmd)}` failed")
        bindir = find_bindir()
    if bindir is None:
        die("PostgreSQL server binaries not found (install Debian's `postgresql` package)")
    return bindir


def server_user():
    """Return (run-as prefix, uid, gid). PostgreSQL refuses to run as root."""
    if os.geteuid() != 0:
        return [], os.getuid(), os.getgid()
    if PG_USER not in {p.pw_name for p in pwd.getpwall()}:
        subprocess.run(["useradd", "--system", "--no-create-home",
                        "--shell", "/usr/sbin/nologin", PG_USER], check=True)
    pw = pwd.getpwnam(PG_USER)
    return ["runuser", "-u", PG_USER, "--"], pw.pw_uid, pw.pw_gid


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main(argv):
    if "--" in argv:
        argv = argv[argv.index("--") + 1:]
    if not argv:
        die("usage: python tests/postgres_server.py -- <command...>")
    bindir = ensure_bindir()
    runas, uid, gid = server_user()

    # Ctrl-C/SIGTERM/SIGHUP: while a server tool runs, only note the signal
    # (killing initdb or pg_ctl half-way could leave files or a server behind)
    # and act on it once the tool is done; otherwise exit at once via
    # SystemExit so that the `finally` clean-up below runs.
    caught, deferring = [], [True]
    def on_signal(signum, frame):
        caught.append(signum)
        if not deferring[0]:
            raise SystemExit(128 + signum)
    for sig in SIGNALS:
        signal.signal(sig, on_signal)

    tmp = tempfile.mkdtemp(prefix="renewz-pg-")
    data, log = os.path.join(tmp, "data"), os.path.join(tmp, "log")
    child = None

    def pg(tool, *args, **kw):
        # Own session: a terminal Ctrl-C does not reach the tool. cwd=tmp: the
        # server user may not be allowed to read our cwd.
        res = subprocess.run(runas + [os.path.join(bindir, tool), *args], cwd=tmp,
                             start_new_session=True, **kw)
        if caught and deferring[0]:
            raise SystemExit(128 + caught[0])
        return res

    def fail(msg):
        if os.path.exists(log):
            sys.stderr.write(open(log, errors="replace").read())
        die(msg)

    try:
        os.chown(tmp, uid, gid)
        # initdb: UTF-8 with the C.UTF-8 locale, else plain C (older libcs).
        for locale in ("C.UTF-8", "C"):
            shutil.rmtree(data, ignore_errors=True)
            res = pg("initdb", "-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8",
                     f"--locale={locale}", capture_output=True, text=True)
            if res.returncode == 0:
                break
        else:
            sys.stderr.write(res.stdout + res.stderr)
            die("initdb failed")

        # Another process may grab the port between free_port() and the
        # server's bind(), so retry with a fresh port a few times.
        for _ in range(3):
            port = free_port()
            # random_page_cost as for production on SSDs, where the data lives in memory
            # (README „Produktion“); the default 4 is for spinning disks.
            opts = (f"-k {tmp} -p {port} -c listen_addresses=127.0.0.1"
                    " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                    " -c random_page_cost=1.1")
            if pg("pg_ctl", "-D", data, "-l", log, "-w", "-o", opts, "start",
                  stdout=subprocess.DEVNULL).returncode == 0:
                break
        else:
            fail("could not start the PostgreSQL server (log above)")
        if pg("createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres",
              DB_NAME).returncode != 0:
            fail(f"could not create database {DB_NAME}")

        version = pg("postgres", "--version", capture_output=True, text=True).stdout.split()[2]
        print(f"PostgreSQL {version} on 127.0.0.1:{port} (throwaway, {tmp})", flush=True)

        env = dict(os.environ, DATABASE_URL=f"postgres://postgres@127.0.0.1:{port}/{DB_NAME}")
        try:
            child = subprocess.Popen(argv, env=env)  # output streams straight through
        except OSError as e:
            die(f"cannot run {argv[0]}: {e}")
        deferring[0] = False
        if caught:
            raise SystemExit(128 + caught[0])
        rc = child.wait()
        return 128 - rc if rc < 0 else rc  # killed by signal N -> 128+N, like a shell
    finally:
        # Clean up exactly once: from here on, further signals are ignored.
        deferring[0] = False
        for sig in SIGNALS:
            signal.signal(sig, signal.SIG_IGN)
        if child is not None and child.poll() is None:
            # A terminal Ctrl-C reached the child too; forward other signals.
            if caught and caught[0] != signal.SIGINT:
                child.send_signal(caught[0])
            for stop in (lambda: None, child.terminate, child.kill):
                stop()
                try:
                    child.wait(timeout=5)
                    break
                except subprocess.TimeoutExpired:
                    pass
        # Test the pid file rather than remembering a successful start: a
        # failed `pg_ctl start` may still have left a server running.
        if os.path.exists(os.path.join(data, "postmaster.pid")):
            pg("pg_ctl", "-D", data, "-m", "fast", "-w", "stop", stdout=subprocess.DEVNULL)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except KeyboardInterrupt:  # Ctrl-C before our signal handlers were set up
        sys.exit(130)
