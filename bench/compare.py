"""
`make bench-compare`: this checkout against an earlier revision, under the same load, interleaved.

    python tests/postgres_server.py -- .venv/bin/python -m bench.compare --base 94f7247 --articles 100000

`make bench` measures one revision; two runs on a machine that is doing other work differ by
more than a change is worth. This runs both revisions at once, on one corpus in one throwaway
PostgreSQL server (the schema must be the same: it migrates with this checkout), each in its own
gunicorn (2 sync workers, production settings), and drives them with wrk in turns: for every
mode and page type, base then this checkout, then the other way round, `--rounds` times, each
after its own ceiling. Noise from elsewhere falls on both sides alike. Writes
bench/results/<date>-compare-<base>-N<N>.md and prints it.
"""
import argparse
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from .probe import PAGES
from .run import MODES, ROOT, Bench, Server, percent_of, rate, say

COMPARED_MODES = ("cold", "warm", "bare")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[1].strip())
    parser.add_argument("--base", required=True, help="the earlier revision (a git commit)")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=2, help="turns per side, page and mode")
    parser.add_argument("--duration", type=int, default=4, help="seconds per wrk run")
    parser.add_argument("--warmup", type=int, default=1)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--results", default=str(ROOT / "bench" / "results"))
    args = parser.parse_args(argv)
    base = subprocess.run(["git", "rev-parse", "--short", args.base], cwd=ROOT, check=True,
                          stdout=subprocess.PIPE, text=True).stdout.strip()
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, check=True,
                          stdout=subprocess.PIPE, text=True).stdout.strip()
    tmp = Path(tempfile.mkdtemp(prefix="renewz-compare-"))
    checkout = tmp / "base"
    subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(checkout), base], cwd=ROOT, check=True)
    try:
        report = Comparison(args, tmp, checkout, base, head).run()
    finally:
        Server.stop_all()
        subprocess.run(["git", "worktree", "remove", "--force", str(checkout)], cwd=ROOT)
        subprocess.run(["rm", "-rf", str(tmp)])
    out = Path(args.results) / f"{date.today().isoformat()}-compare-{base}-N{args.articles}.md"
    out.write_text(report)
    print(report)
    say(f"written to {out}")


class Comparison(Bench):
    def __init__(self, args, tmp, checkout, base, head):
        super().__init__(args, tmp)
        self.sides = {base: checkout, f"{head} (this checkout)": ROOT}
        self.rps = {}  # (mode, page, side) -> [requests/s]

    def side_env(self, folder, mode):
        name = "head" if folder == ROOT else "base"
        return dict(self.env, **MODES[mode], PYTHONPATH=str(folder), DJANGO_STATIC_ROOT=str(self.tmp / f"static-{name}"))

    def run(self):
        self.setup()
        for folder in self.sides.values():
            subprocess.run([sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
                           cwd=folder, env=self.side_env(folder, "cold"), check=True)
        say(f"corpus to {self.args.articles:,} articles …")
        self.corpus(self.args.articles)
        urls = self.tmp / "urls"
        self.probe(self.args.articles, "cold", urls, False)
        ceiling = self.tmp / "ceiling.txt"
        ceiling.write_text("/__bench__/ceiling/\n")
        for mode in COMPARED_MODES:
            say(f"wrk {mode}: {', '.join(self.sides)} in turns …")
            servers = {}
            try:
                for side, folder in self.sides.items():
                    servers[side] = Server(self.side_env(folder, mode), self.tmp / f"gunicorn-{mode}-{len(servers)}.log")
                    servers[side].__enter__()
                for page in ("ceiling", *PAGES):
                    paths = ceiling if page == "ceiling" else urls / f"{page}.txt"
                    if mode != "bare" and page != "ceiling":
                        for server in servers.values():
                            server.prime(paths.read_text().split())
                    order = list(servers)
                    for turn in range(2 * self.args.rounds):
                        for side in (order if turn % 2 == 0 else order[::-1]):
                            stats = self.wrk(servers[side], paths)
                            if stats is None or stats["socket_errors"] or stats["non2xx"]:
                                raise SystemExit(f"bench.compare: {page} ({mode}) failed on {side}: {stats}")
                            self.rps.setdefault((mode, page, side), []).append(stats["rps"])
            finally:
                for server in servers.values():
                    server.stop()
        return self.markdown()

    def markdown(self):
        base, head = self.sides
        lines = [
            f"# RENEWZ benchmark, {date.today().isoformat()}: {head} against {base}, N = {self.args.articles:,}",
            "",
            f"- Both revisions at once on one corpus and PostgreSQL server, gunicorn with 2 sync workers each, "
            f"`wrk -t{self.args.threads} -c{self.args.connections} -d{self.args.duration}s` after "
            f"{self.args.warmup} s of warm-up, in turns (base, this, this, base …), {2 * self.args.rounds} runs "
            f"per side, page and mode; the medians are shown. % = share of that side's ceiling (a fixed 30 KB "
            f"page) in the same mode. Modes as in `make bench` (cold: fragments only; warm: page cache; bare: "
            f"no cache).",
            "",
            f"| mode | page | {base} req/s | % | {head} req/s | % | share this / base |",
            "|---|---|--:|--:|--:|--:|--:|",
        ]
        for mode in COMPARED_MODES:
            ceilings = {side: statistics.median(self.rps[(mode, "ceiling", side)]) for side in self.sides}
            for page in ("ceiling", *PAGES):
                cells, shares = [], []
                for side in self.sides:
                    rps = statistics.median(self.rps[(mode, page, side)])
                    shares.append(rps / ceilings[side])
                    cells += [rate(rps), f"{percent_of(rps, ceilings[side])} %"]
                lines.append(f"| {mode} | {page} | {' | '.join(cells)} | {shares[1] / shares[0]:.2f} |")
        return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
