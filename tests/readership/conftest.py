import pytest
import time_machine
from django.utils import timezone

from readership import counting

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"


@pytest.fixture
def clock():
    """A fixed clock at the start of a counting window, moved on by the test."""
    window = counting.current_window() + 1
    with time_machine.travel(window * 60 + 5, tick=False) as traveller:
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


def now():
    return timezone.now()
