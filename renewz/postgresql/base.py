"""Django's PostgreSQL backend, with a bound on how long a reader waits for the server.

PostgreSQL enforces statement_timeout itself, so a server that hangs (a frozen process, a host
that keeps its TCP connections but stops answering) never enforces it. TCP keepalives and
tcp_user_timeout do not notice either, because the server's kernel still acknowledges every packet
(measured in `make faults`). So in the web process (renewz.wsgi calls `bound_reader_waits()`)
every wait for the server, Django's health check included, ends after DATABASE_STATEMENT_TIMEOUT
plus a second: the connection is dropped and `DatabaseUnreachable` raised (readers get the 503
page). Then the database counts as unavailable for DATABASE_RETRY_SECONDS in this process:
requests fail at once instead of each waiting out the bound, and the first one after that
tries again.

Commands (migrate, imports, the bench's loader) are not bounded: they may run long statements
on purpose.
"""
import logging

import psycopg
from circuitbreaker import CircuitBreaker
from django.conf import settings
from django.db.backends.postgresql import base
from psycopg.errors import _WaitTimeout  # what Connection.wait(timeout=…) raises

logger = logging.getLogger(__name__)

# A statement the server cancels itself (statement_timeout) gets this much longer on the
# client, so that a slow query ends with the server's own error, not a dropped connection.
CLIENT_GRACE_SECONDS = 1.0


class DatabaseUnreachable(psycopg.OperationalError):
    """The server refused or did not answer in time; Django raises it as OperationalError."""


class _Bounds:
    wait_seconds = None  # None: unbounded (commands)
    breaker = None


def bound_reader_waits(enabled=True):
    """Bound every wait for the server in this process (the web process; tests switch it on).

    DATABASE_STATEMENT_TIMEOUT=0 switches the bounds off."""
    if not enabled or settings.DATABASE_STATEMENT_TIMEOUT <= 0:
        _Bounds.wait_seconds = _Bounds.breaker = None
        return
    _Bounds.wait_seconds = settings.DATABASE_STATEMENT_TIMEOUT + CLIENT_GRACE_SECONDS
    _Bounds.breaker = CircuitBreaker(
        failure_threshold=1,
        recovery_timeout=settings.DATABASE_RETRY_SECONDS,
        expected_exception=DatabaseUnreachable,
        name="postgresql",
    )


def retry_after_seconds():
    """Seconds until this process asks the database again (for the 503's Retry-After)."""
    breaker = _Bounds.breaker
    remaining = breaker.open_remaining if breaker is not None and breaker.opened else 0
    return max(1, remaining or settings.DATABASE_RETRY_SECONDS)


class BoundedConnection(psycopg.Connection):
    def wait(self, gen, interval=0.1, timeout=None):
        limit, breaker = _Bounds.wait_seconds, _Bounds.breaker
        if limit is None:
            return super().wait(gen, interval=interval, timeout=timeout)
        with breaker:
            try:
                return super().wait(gen, interval=interval, timeout=limit if timeout is None else min(timeout, limit))
            except _WaitTimeout:
                # Half-way through the protocol: the connection cannot be used again.
                self.pgconn.finish()
                logger.warning("PostgreSQL did not answer within %.1f s; connection dropped", limit)
                raise DatabaseUnreachable(f"the database server did not answer within {limit:.1f} s") from None


class _Psycopg:
    """The psycopg module as Django's backend uses it, except that connect() makes a BoundedConnection."""

    def __getattr__(self, name):
        return getattr(psycopg, name)

    @staticmethod
    def connect(*args, **kwargs):
        return BoundedConnection.connect(*args, **kwargs)


class DatabaseWrapper(base.DatabaseWrapper):
    Database = _Psycopg()

    def get_connection_params(self):
        params = super().get_connection_params()
        if _Bounds.wait_seconds is not None and settings.DATABASE_STATEMENT_TIMEOUT > 0:
            statement_timeout = f"-c statement_timeout={round(settings.DATABASE_STATEMENT_TIMEOUT * 1000)}"
            params["options"] = f"{params.get('options', '')} {statement_timeout}".strip()
        return params

    def get_new_connection(self, conn_params):
        breaker = _Bounds.breaker
        if breaker is None:
            return super().get_new_connection(conn_params)
        if breaker.opened:
            raise DatabaseUnreachable(f"the database was unavailable; next try in {breaker.open_remaining} s")
        with breaker:
            try:
                return super().get_new_connection(conn_params)
            except DatabaseUnreachable:
                raise
            except psycopg.OperationalError as error:
                # Refused, or no answer within connect_timeout.
                raise DatabaseUnreachable(str(error).strip()) from error
