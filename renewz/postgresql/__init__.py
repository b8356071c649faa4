"""Django's PostgreSQL backend with a bound on how long a reader waits for the server (see base.py)."""
