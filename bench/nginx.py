"""
Debian's nginx with RENEWZ's site file (deploy/nginx/renewz.conf), on 127.0.0.1, for the tests,
`make bench` and `make soak`.

The site file is rendered from the deploy template with plain HTTP on free ports of 127.0.0.1
(the HTTPS server block without its TLS lines; the plain-HTTP one still redirects), inside a
generated nginx.conf whose pid file, logs, microcache and temporary files all live in one
temporary folder. nginx runs in the foreground as a child process, as an unprivileged user when
started by root, and is stopped (and its folder removed) when the `with` block ends.

    with Front(app="127.0.0.1:8000", static_root=…, media_root=…, private_media_root=…) as front:
        urllib.request.urlopen(front.url + "/")
"""
import importlib.util
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEMPLATE_RENDERER = ROOT / "deploy" / "nginx" / "render.py"
NGINX = "/usr/sbin/nginx"
UNPRIVILEGED_USER = "nobody"
# The site file's internal location for PRIVATE_MEDIA_ROOT: the app behind the front is started
# with RENEWZ_PRIVATE_MEDIA_ACCEL_REDIRECT set to it.
PRIVATE_MEDIA_PREFIX = "/_bilddateien/"
# The log levels that mean something went wrong; nginx writes notices and warnings too.
ERROR_LINE = re.compile(r"^\S+ \S+ \[(?:error|crit|alert|emerg)\]", re.MULTILINE)

MAIN_CONFIG = """\
worker_processes {workers};
daemon off;
pid {folder}/nginx.pid;
error_log {folder}/error.log notice;
events {{
    worker_connections 4096;
}}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    access_log {folder}/access.log combined buffer=64k flush=1s;
    client_body_temp_path {folder}/tmp/client;
    proxy_temp_path {folder}/tmp/proxy;
    fastcgi_temp_path {folder}/tmp/fastcgi;
    uwsgi_temp_path {folder}/tmp/uwsgi;
    scgi_temp_path {folder}/tmp/scgi;
    include {folder}/renewz.conf;
{extra}}}
"""

# For `make bench`: nginx's own ceiling, a static file served by the same nginx.
CEILING_SERVER = """\
    server {{
        listen 127.0.0.1:{port};
        root {root};
        location / {{
            try_files $uri $uri/index.html =404;
        }}
    }}
"""


def installed():
    return os.access(NGINX, os.X_OK)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def render_site(**values):
    spec = importlib.util.spec_from_file_location("renewz_nginx_render", TEMPLATE_RENDERER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.render(**values)


class Front:
    """nginx in front of the app server at `app` ("127.0.0.1:port"); see the module docstring.

    `folder` is made at once, so that callers can put files nginx serves into it before it starts
    (nginx's user must be able to read static_root, media_root and private_media_root, which is
    the app's PRIVATE_MEDIA_ROOT). `ceiling_root`: a folder of static files served by a second
    server at `ceiling_url` (nginx alone, no app behind it).
    """

    def __init__(self, app, static_root, media_root, private_media_root, workers=1, ceiling_root=None):
        self.app = app
        self.static_root = Path(static_root)
        self.media_root = Path(media_root)
        self.private_media_root = Path(private_media_root)
        self.workers = workers
        self.ceiling_root = ceiling_root
        self.folder = Path(tempfile.mkdtemp(prefix="renewz-nginx-"))
        self.folder.chmod(0o755)
        self.process = None

    def __enter__(self):
        if not installed():
            raise RuntimeError(f"{NGINX} is missing: `make test`, `make bench` and `make soak` install Debian's nginx "
                               "(apt-get install nginx)")
        for name in ("cache", "tmp", "acme"):
            (self.folder / name).mkdir()
        self.port, self.http_port = free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.http_url = f"http://127.0.0.1:{self.http_port}"
        (self.folder / "renewz.conf").write_text(render_site(
            app=self.app, cache_dir=self.folder / "cache", server_name="127.0.0.1 localhost",
            static_root=str(self.static_root).rstrip("/"), media_root=str(self.media_root).rstrip("/"),
            private_media_root=str(self.private_media_root).rstrip("/"),
            acme_root=self.folder / "acme", listen_http=f"127.0.0.1:{self.http_port}",
            listen_https=f"listen 127.0.0.1:{self.port};",
            tls="# Plain HTTP on 127.0.0.1: rendered by bench/nginx.py for tests and benchmarks.",
        ))
        extra = ""
        if self.ceiling_root is not None:
            self.ceiling_port = free_port()
            self.ceiling_url = f"http://127.0.0.1:{self.ceiling_port}"
            extra = CEILING_SERVER.format(port=self.ceiling_port, root=self.ceiling_root)
        (self.folder / "nginx.conf").write_text(MAIN_CONFIG.format(folder=self.folder, workers=self.workers,
                                                                   extra=extra))
        user = {}
        if os.geteuid() == 0:
            account = pwd.getpwnam(UNPRIVILEGED_USER)
            for path in [self.folder, *self.folder.rglob("*")]:
                os.chown(path, account.pw_uid, account.pw_gid)
            user = {"user": account.pw_uid, "group": account.pw_gid, "extra_groups": []}
        self.process = subprocess.Popen(
            [NGINX, "-p", str(self.folder), "-c", str(self.folder / "nginx.conf"), "-e", str(self.error_log)],
            stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT, start_new_session=True, **user,
        )
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.remove()
                raise RuntimeError(f"nginx exited ({self.process.returncode}):\n{self.error_text()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"nginx did not listen on 127.0.0.1:{self.port}:\n{self.error_text()}")

    def __exit__(self, *exc):
        self.stop()

    @property
    def error_log(self):
        return self.folder / "error.log"

    def error_text(self):
        try:
            return self.error_log.read_text()
        except OSError:
            return ""

    def errors(self):
        """The lines of nginx's error log at level error or above."""
        text = self.error_text()
        return [line for line in text.splitlines() if ERROR_LINE.match(line)]

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            for sig, wait in ((signal.SIGQUIT, 10), (signal.SIGKILL, 5)):
                try:
                    os.killpg(self.process.pid, sig)
                    self.process.wait(timeout=wait)
                    break
                except ProcessLookupError:
                    break
                except subprocess.TimeoutExpired:
                    continue
        self.remove()

    def remove(self):
        # What the error log said, for a caller that scans it after the stop (make soak).
        if self.folder.exists():
            self.final_errors = self.errors()
            shutil.rmtree(self.folder, ignore_errors=True)
