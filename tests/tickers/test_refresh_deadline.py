"""A refresh ends by its deadline however slowly the API answers, and never runs twice at once."""
import subprocess
import sys
import time
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tickers.models import Coin

from .utils import recorded


def db_state():
    return {c.symbol: (c.price_eur, c.change_24h, c.updated_at) for c in Coin.objects.all()}


def refresh_command():
    out = StringIO()
    call_command("refresh_tickers", stdout=out)
    return out.getvalue()


@pytest.mark.parametrize("what", ["body", "headers"])
def test_dripping_api_ends_by_the_deadline_and_keeps_prices(price_api, priced_coins, settings, what):
    # A byte every 0.2 s never trips the 2 s socket timeout: the whole answer would take a minute.
    price_api.drip_every(0.2, what)
    settings.TICKER_REFRESH_DEADLINE = 1.0
    before = db_state()

    started = time.monotonic()
    with pytest.raises(CommandError) as error:
        refresh_command()
    elapsed = time.monotonic() - started

    assert elapsed < 2.5, f"the refresh ran {elapsed:.1f} s"
    assert "Nicht aktualisiert (der letzte gute Kurs bleibt)" in str(error.value)
    assert "keine vollständige Antwort innerhalb der Frist von 1.0 s" in str(error.value)
    assert db_state() == before


def test_an_answer_within_the_deadline_is_written(price_api, priced_coins, settings):
    price_api.respond(recorded("ok.json"), delay=0.3)
    settings.TICKER_REFRESH_DEADLINE = 5.0

    assert "Aktualisiert: BTC, ETH, LTC" in refresh_command()


@pytest.fixture
def running_refresh(refresh_lock_file):
    """Another process holding the refresh's lock, as a refresh_tickers still running does."""
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, sys; f = open(sys.argv[1], 'a'); fcntl.flock(f, fcntl.LOCK_EX); print('held', flush=True); "
         "sys.stdin.read()",
         str(refresh_lock_file)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout.readline().strip() == "held"
    yield holder
    holder.stdin.close()  # it exits, and the kernel drops its lock
    holder.wait(timeout=10)


def test_a_second_refresh_is_refused_while_one_runs(price_api, priced_coins, running_refresh):
    before = db_state()

    with pytest.raises(CommandError) as error:
        refresh_command()

    assert "Eine andere Aktualisierung läuft noch" in str(error.value)
    assert price_api.requests == []
    assert db_state() == before


def test_the_next_refresh_runs_once_the_other_has_ended(price_api, priced_coins, running_refresh):
    running_refresh.stdin.close()
    running_refresh.wait(timeout=10)

    assert "Aktualisiert: BTC, ETH, LTC" in refresh_command()
