import time

import pytest
import time_machine

from readership import counting

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"


@pytest.fixture
def clock():
    """A fixed clock, moved on by the test: 5 seconds into a minute's counting window, early in
    the current hour (so that the next windows fall into the same hour)."""
    with time_machine.travel((int(time.time()) // 3600) * 3600 + 5 * 60 + 5, tick=False) as traveller:
        yield traveller


@pytest.fixture(autouse=True)
def _no_windows_left_from_other_tests():
    counting._due_windows.clear()
    yield
    counting._due_windows.clear()


@pytest.fixture
def reader(client):
    client.defaults["HTTP_USER_AGENT"] = BROWSER
    return client
