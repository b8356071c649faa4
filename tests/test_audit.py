"""`make audit` fails on a known vulnerability of a pinned package, and names it.

The audit's recipe in the Makefile runs here as it is (`make audit`, only with its `install`
step taken as done: these tests run inside that installation), with the real pip-audit, against
a local server that answers like OSV's API (`POST /v1/query`, OSV schema 1.x: what pip-audit's
`_service/osv.py` sends and reads). The real services cannot be reached from the test machines,
and would not report a vulnerability on demand.
"""
import json
import os
import re
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from packaging.utils import canonicalize_name
from packaging.version import Version

PROJECT = Path(__file__).resolve().parents[1]
ADVISORY = "PYSEC-0000-RENEWZ-TEST"  # made up for this test; no real advisory has this id
ALIAS = "CVE-0000-0001"


def pins():
    """constraints.txt as {canonical name: version}."""
    lines = (PROJECT / "constraints.txt").read_text().splitlines()
    return {canonicalize_name(name): version for name, version in (line.split("==") for line in lines if "==" in line)}


def advisory_for(name, version):
    """An OSV record of a vulnerability in `version` of `name`, fixed in the next patch release."""
    release = Version(version).release
    fixed = ".".join(map(str, (*release[:-1], release[-1] + 1)))
    return {
        "schema_version": "1.6.0",
        "id": ADVISORY,
        "aliases": [ALIAS],
        "published": "2026-11-30T12:00:00Z",
        "modified": "2026-11-30T12:00:00Z",
        "summary": f"Test advisory: {name} {version} is vulnerable",
        "affected": [
            {
                "package": {"name": name, "ecosystem": "PyPI"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}, {"fixed": fixed}]}],
                "versions": [version],
            }
        ],
    }, fixed


class OsvServer:
    """OSV's query API on 127.0.0.1: reports the records in `vulnerable` ({(name, version): record})
    and nothing for every other package; remembers what it was asked."""

    def __init__(self, vulnerable):
        self.vulnerable, self.queries = vulnerable, []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                if self.path != "/v1/query":
                    self.send_error(404)
                    return
                package = (body["package"]["name"], body["version"])
                server.queries.append((body["package"]["ecosystem"], *package))
                record = server.vulnerable.get(package)
                answer = json.dumps({"vulns": [record]} if record else {}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args):
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.http.server_port}/v1/query"

    def __enter__(self):
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.http.shutdown()
        self.http.server_close()


def make_audit(osv_url, tmp_path, *variables):
    """`make audit AUDIT_SERVICE=osv` with pip-audit asking `osv_url`, in this installation."""
    environment = {**os.environ, "PIP_AUDIT_OSV_URL": osv_url, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    return subprocess.run(
        ["make", "--no-print-directory", "-o", "install", "audit", "AUDIT_SERVICE=osv", f"VENV={sys.prefix}", *variables],
        cwd=PROJECT, env=environment, capture_output=True, text=True, timeout=300,
    )


@pytest.fixture(scope="module")
def pinned():
    assert (Path(sys.prefix) / "bin" / "pip-audit").exists(), "pip-audit is installed by `make install`"
    return pins()


def test_the_audit_fails_on_a_known_vulnerability_of_a_pin_and_names_it(pinned, tmp_path):
    version = pinned["django"]
    record, fixed = advisory_for("django", version)
    with OsvServer({("django", version): record}) as osv:
        result = make_audit(osv.url, tmp_path)

    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    assert "Found 1 known vulnerability in 1 package" in output
    row = next(line for line in output.splitlines() if line.startswith("django "))
    assert re.split(r"\s+", row.strip()) == ["django", version, ADVISORY, fixed], row
    # Every pin was asked about, none skipped, and nothing else was asked.
    assert sorted((name, v) for _, name, v in osv.queries) == sorted(pinned.items())
    assert {ecosystem for ecosystem, _, _ in osv.queries} == {"PyPI"}


def test_the_audit_passes_when_no_pin_has_a_known_vulnerability(pinned, tmp_path):
    with OsvServer({}) as osv:
        result = make_audit(osv.url, tmp_path, "AUDIT_STRICT=1")

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "No known vulnerabilities found" in output and "Skip Reason" not in output
    assert len(osv.queries) == len(pinned)


def test_the_audit_fails_when_its_service_cannot_be_reached(pinned, tmp_path):
    with OsvServer({}) as osv:
        closed = osv.url  # the server stops before the audit asks it
    result = make_audit(closed, tmp_path)

    assert result.returncode != 0
    assert "No known vulnerabilities found" not in result.stdout + result.stderr
