"""The settings module refuses to start insecurely, and reads its knobs from the environment."""
import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]


def load_settings(**environment):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    env.update(environment)
    return subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.DEBUG, settings.DATABASES['default']['ENGINE'], settings.ALLOWED_HOSTS)"],
        cwd=PROJECT, env={**env, "DJANGO_SETTINGS_MODULE": "renewz.settings"},
        capture_output=True, text=True, timeout=60,
    )


def test_missing_secret_key_is_a_clear_error_when_debug_is_off():
    result = load_settings()
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is not set" in result.stderr


def test_debug_is_off_and_sqlite_is_the_default():
    result = load_settings(DJANGO_SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[:2] == ["False", "django.db.backends.sqlite3"]


def test_environment_chooses_debug_hosts_and_database():
    result = load_settings(
        DJANGO_DEBUG="1",
        DJANGO_ALLOWED_HOSTS="renewz.de, www.renewz.de",
        DATABASE_URL="postgres://renewz@db.internal:5432/renewz",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True renewz.postgresql ['renewz.de', 'www.renewz.de']"


def test_fragment_cache_is_local_memory_unless_switched_off():
    code = "from django.conf import settings; print(settings.CACHES['template_fragments']['BACKEND'])"
    base = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "RENEWZ_", "REDIS_URL"))}
    backends = {}
    for switch in ("1", "0"):
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=60,
            env={**base, "DJANGO_SETTINGS_MODULE": "renewz.settings", "DJANGO_SECRET_KEY": "x" * 50,
                 "REDIS_URL": "redis://127.0.0.1:1/0", "RENEWZ_FRAGMENT_CACHE": switch},
        )
        assert result.returncode == 0, result.stderr
        backends[switch] = result.stdout.strip()
    # Local memory even with Redis: fingerprinted fragments never go stale, so no sharing is needed.
    assert backends == {
        "1": "django.core.cache.backends.locmem.LocMemCache",
        "0": "django.core.cache.backends.dummy.DummyCache",
    }


def test_postgresql_sends_parameters_apart_so_page_queries_are_prepared():
    code = "from django.conf import settings; print(settings.DATABASES['default'].get('OPTIONS', {}))"
    base = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=60,
        env={**base, "DJANGO_SETTINGS_MODULE": "renewz.settings", "DJANGO_SECRET_KEY": "x" * 50,
             "DATABASE_URL": "postgres://renewz@db.internal:5432/renewz"},
    )
    assert result.returncode == 0, result.stderr
    assert "'server_side_binding': True" in result.stdout
    assert "'prepare_threshold': 2" in result.stdout
