"""gunicorn settings for RENEWZ's metrics with several workers: `gunicorn -c python:renewz.gunicorn_conf renewz.wsgi`.

With PROMETHEUS_MULTIPROC_DIR set (an empty folder, emptied before each start), every worker
writes its figures there and `/metrics` adds them up; a worker that exits is marked dead, so
its gauges drop out (its counters stay counted).
"""
import os


def child_exit(server, worker):
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
