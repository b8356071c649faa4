"""The admin login stops password guessing: lockouts per account and per address (django-axes)."""
import datetime
import os
import subprocess
import sys
from pathlib import Path

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.contrib.auth.models import Group, User
from django.test import Client
from django.utils import timezone

from articles import roles

pytestmark = pytest.mark.django_db

PROJECT = Path(__file__).resolve().parents[2]
LOGIN = "/admin/login/?next=/admin/"
ATTACKER = "203.0.113.7"
OFFICE = "198.51.100.20"
PASSWORD = "renewz-demo-redakteur"
LOCKED_NOTE = "Anmeldung vorübergehend gesperrt."


def staff(username, role, password=PASSWORD):
    user = User.objects.create_user(username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def redakteur():
    return staff("redakteur", roles.EDITOR)


@pytest.fixture
def administration():
    """A logged-in client of the Administration (a group, not a superuser)."""
    client = Client(REMOTE_ADDR=OFFICE)
    client.force_login(staff("admin", roles.ADMINISTRATION, password="renewz-demo-admin"))
    return client


def log_in(client, username, password, address=ATTACKER, **headers):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address, **headers)


def is_logged_in(client):
    return client.get("/admin/").status_code == 200


def guess(client, username, times, address=ATTACKER):
    return [log_in(client, username, f"falsch-{attempt}", address) for attempt in range(times)]


def test_twenty_wrong_passwords_lock_the_account_with_a_german_message(client, redakteur):
    responses = guess(client, "redakteur", 20)

    limit = settings.AXES_FAILURE_LIMIT
    assert 1 < limit <= 20
    before, locked = responses[: limit - 1], responses[limit - 1 :]
    assert all(r.status_code == 200 and LOCKED_NOTE not in r.text for r in before)
    assert all(r.status_code == 429 and LOCKED_NOTE in r.text for r in locked)
    page = locked[-1].text
    assert f"Nach {limit} fehlgeschlagenen" in page
    # The wait is counted from the last attempt, in the newsroom's time.
    expected = timezone.localtime(timezone.now() + settings.AXES_COOLOFF_TIME)
    shown = {(expected - datetime.timedelta(minutes=m)).strftime("%H:%M") for m in (0, 1)}
    assert any(f"ab {hh_mm} Uhr wieder" in page for hh_mm in shown), page
    assert "Administration" in page and "Zugriffsversuche" in page
    # The login form is still there, for after the wait, and says nothing of the password.
    assert 'id="login-form"' in page and "falsch-19" not in page


def test_the_right_password_fails_too_while_the_account_is_locked(client, redakteur):
    guess(client, "redakteur", 20)

    response = log_in(client, "redakteur", PASSWORD)
    assert response.status_code == 429 and LOCKED_NOTE in response.text
    assert not is_logged_in(client)
    # The account itself is locked: the right password from another address fails as well.
    elsewhere = Client()
    assert log_in(elsewhere, "redakteur", PASSWORD, address=OFFICE).status_code == 429
    assert not is_logged_in(elsewhere)


def test_the_lock_ends_by_itself_after_the_wait(client, redakteur, settings):
    guess(client, "redakteur", 20)
    AccessAttempt.objects.update(attempt_time=timezone.now() - settings.AXES_COOLOFF_TIME - datetime.timedelta(seconds=1))

    assert log_in(client, "redakteur", PASSWORD).status_code == 302
    assert is_logged_in(client)


def test_administration_unlocks_the_account_in_the_admin(client, redakteur, administration):
    guess(client, "redakteur", 20)

    changelist = administration.get("/admin/axes/accessattempt/")
    assert changelist.status_code == 200
    assert "redakteur" in changelist.text and ATTACKER in changelist.text and "gesperrt" in changelist.text
    assert "Ausgewählte Zugriffsversuche löschen" in changelist.text
    attempts = list(AccessAttempt.objects.filter(username="redakteur").values_list("pk", flat=True))
    response = administration.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": attempts, "post": "yes"},
    )
    assert response.status_code == 302

    assert log_in(client, "redakteur", PASSWORD).status_code == 302
    assert is_logged_in(client)


def test_the_administration_finds_the_login_protection_in_german(client, redakteur, administration):
    guess(client, "redakteur", 2)
    index = administration.get("/admin/").text
    for label in ("Anmeldeschutz", "Zugriffsversuche", "Fehlgeschlagene Zugriffe", "Zugriffslogs"):
        assert label in index
    attempts = administration.get("/admin/axes/accessattempt/").text
    assert f"noch {settings.AXES_FAILURE_LIMIT - 2} Versuche" in attempts
    assert "Abgelaufene Zugriffsversuche aufräumen" in attempts
    for english in ("Locked Out", "Attempt Remaining", "Clean up expired attempts"):
        assert english not in attempts


def test_the_newsroom_cannot_unlock_or_read_the_logs(redakteur):
    editor = Client()
    editor.force_login(redakteur)
    for page in ("/admin/axes/accessattempt/", "/admin/axes/accessfailurelog/", "/admin/axes/accesslog/"):
        assert editor.get(page).status_code == 403


def test_another_user_from_another_address_is_not_locked(client, redakteur):
    staff("autorin", roles.AUTHOR, password="renewz-demo-autorin")
    guess(client, "redakteur", 20)

    colleague = Client()
    assert log_in(colleague, "autorin", "renewz-demo-autorin", address=OFFICE).status_code == 302
    assert is_logged_in(colleague)


def test_an_address_that_tried_many_accounts_is_locked_for_all(client, redakteur):
    staff("autorin", roles.AUTHOR, password="renewz-demo-autorin")
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, f"konto-{attempt}", "falsch")

    response = log_in(client, "autorin", "renewz-demo-autorin")
    assert response.status_code == 429 and LOCKED_NOTE in response.text
    assert log_in(Client(), "autorin", "renewz-demo-autorin", address=OFFICE).status_code == 302


def test_a_successful_login_forgets_earlier_typos(client, redakteur):
    limit = settings.AXES_FAILURE_LIMIT
    guess(client, "redakteur", limit - 1)
    assert log_in(client, "redakteur", PASSWORD).status_code == 302
    client.logout()

    guess(client, "redakteur", limit - 1)
    assert log_in(client, "redakteur", PASSWORD).status_code == 302


def test_failures_are_logged_for_the_administration_without_passwords(client, redakteur, administration):
    guess(client, "redakteur", 3)
    log_in(client, "niemand", "auch-falsch")

    logged = AccessFailureLog.objects.order_by("attempt_time")
    assert [(f.username, f.ip_address) for f in logged] == [("redakteur", ATTACKER)] * 3 + [("niemand", ATTACKER)]
    page = administration.get("/admin/axes/accessfailurelog/")
    assert page.status_code == 200
    assert "redakteur" in page.text and "niemand" in page.text and ATTACKER in page.text
    stored = "".join(AccessAttempt.objects.values_list("post_data", flat=True))
    assert "falsch-0" not in stored and "auch-falsch" not in stored


def test_the_login_page_and_the_lockout_are_never_cached(client, redakteur, settings):
    settings.PAGE_CACHE_ENABLED = True
    for response in (client.get(LOGIN), client.get(LOGIN), *guess(client, "redakteur", settings.AXES_FAILURE_LIMIT)[-1:]):
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_forged_address_headers_do_not_dodge_the_lock_without_a_proxy(client, redakteur):
    def forged(number):
        return {"HTTP_X_FORWARDED_FOR": f"192.0.2.{number}", "HTTP_X_REAL_IP": f"192.0.2.{number}"}

    for attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, f"konto-{attempt}", "falsch", **forged(attempt))

    assert log_in(client, "redakteur", PASSWORD, **forged(99)).status_code == 429


def test_behind_a_proxy_each_person_is_counted_by_the_address_it_passes_on(client, redakteur, settings):
    settings.AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_REAL_IP",)
    proxy = "127.0.0.1"
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        log_in(client, f"konto-{attempt}", "falsch", address=proxy, HTTP_X_REAL_IP=ATTACKER)

    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {ATTACKER}
    assert log_in(client, "redakteur", PASSWORD, address=proxy, HTTP_X_REAL_IP=ATTACKER).status_code == 429
    colleague = Client()
    assert log_in(colleague, "redakteur", PASSWORD, address=proxy, HTTP_X_REAL_IP=OFFICE).status_code == 302


def test_the_client_address_header_and_the_numbers_come_from_the_environment():
    code = (
        "from django.conf import settings; "
        "print(settings.AXES_IPWARE_META_PRECEDENCE_ORDER, settings.AXES_FAILURE_LIMIT, settings.AXES_COOLOFF_TIME)"
    )
    base = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "RENEWZ_"))}
    outputs = {}
    for environment in (
        {},
        {"RENEWZ_CLIENT_IP_HEADER": "X-Real-IP", "RENEWZ_LOGIN_FAILURE_LIMIT": "5", "RENEWZ_LOGIN_LOCKOUT_MINUTES": "60"},
    ):
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=PROJECT, capture_output=True, text=True, timeout=60,
            env={**base, **environment, "DJANGO_SETTINGS_MODULE": "renewz.settings", "DJANGO_SECRET_KEY": "x" * 50},
        )
        assert result.returncode == 0, result.stderr
        outputs[bool(environment)] = result.stdout.strip()
    assert outputs == {
        False: "('REMOTE_ADDR',) 10 0:30:00",
        True: "('HTTP_X_REAL_IP',) 5 1:00:00",
    }
