"""Staff can switch on a second factor for the admin login: a code from an authenticator app (TOTP)."""
import base64
import re

import pytest
from axes.models import AccessAttempt, AccessFailureLog
from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.test import Client
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from articles import roles

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"
SETUP = "/admin/zwei-faktor/"
USERS = "/admin/auth/user/"
PASSWORD = "renewz-demo-redakteur"
ADDRESS = "198.51.100.20"
CODE_MISSING = "Bitte geben Sie auch den 6-stelligen Bestätigungscode"
CODE_WRONG = "Der Bestätigungscode ist falsch, abgelaufen oder wurde schon verwendet."
LOCKED_NOTE = "Anmeldung vorübergehend gesperrt."


def staff(username, role, password=PASSWORD):
    user = User.objects.create_user(username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


def code(device, steps_ahead=0):
    """What her app shows now (or `steps_ahead` × 30 seconds later)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time += steps_ahead * device.step
    return f"{totp.token():06d}"


def wrong_code(device):
    valid = {code(device, steps) for steps in (-1, 0, 1)}
    return next(candidate for candidate in ("000000", "111111", "222222", "333333") if candidate not in valid)


def switched_on(user):
    return TOTPDevice.objects.create(user=user, name="Authenticator-App", confirmed=True)


def log_in(client, username, password=PASSWORD, otp_token=None):
    data = {"username": username, "password": password}
    if otp_token is not None:
        data["otp_token"] = otp_token
    return client.post(LOGIN, data, REMOTE_ADDR=ADDRESS)


def is_in_admin(client):
    return client.get("/admin/").status_code == 200


@pytest.fixture
def redakteur():
    return staff("redakteur", roles.EDITOR)


@pytest.fixture
def signed_in(redakteur):
    client = Client()
    client.force_login(redakteur)
    return client


def test_a_staff_member_switches_it_on_for_herself_with_a_qr_code_and_one_code(signed_in, redakteur):
    index = signed_in.get("/admin/").text
    assert f'<a href="{SETUP}">Zwei-Faktor-Anmeldung</a>' in index  # in the user tools of every admin page
    page = signed_in.get(SETUP)
    assert page.status_code == 200 and "Die Zwei-Faktor-Anmeldung ist ausgeschaltet" in page.text
    assert not TOTPDevice.objects.exists()  # looking writes nothing

    assert signed_in.post(SETUP, {"action": "start"}).status_code == 302
    page = signed_in.get(SETUP).text
    device = TOTPDevice.objects.get(user=redakteur)
    assert not device.confirmed and "wird eingerichtet" in page
    # The QR code is drawn on this page (an inline SVG, nothing loaded from elsewhere) ...
    assert re.search(r'<div id="two-factor-qr" role="img" aria-label="[^"]+"><svg[^>]*>.*</svg></div>', page, re.S)
    # ... and the secret is there to type, in groups of four.
    typed = re.search(r'<code id="two-factor-secret">([A-Z2-7 ]+)</code>', page).group(1)
    assert base64.b32decode(typed.replace(" ", "")) == device.bin_key
    assert "otpauth://" not in page  # the address is only inside the picture

    refused = signed_in.post(SETUP, {"action": "confirm", "otp_token": wrong_code(device)})
    assert refused.status_code == 200 and "Dieser Code passt nicht." in refused.text
    assert not TOTPDevice.objects.get(pk=device.pk).confirmed

    confirmed = signed_in.post(SETUP, {"action": "confirm", "otp_token": code(device)}, follow=True)
    assert "Die Zwei-Faktor-Anmeldung ist eingeschaltet." in confirmed.text
    assert TOTPDevice.objects.get(pk=device.pk).confirmed
    assert "two-factor-secret" not in confirmed.text  # once on, the secret is never shown again
    assert is_in_admin(signed_in)  # this session has just shown a code


def test_the_setup_can_be_cancelled_before_it_is_confirmed(signed_in, redakteur):
    signed_in.post(SETUP, {"action": "start"})
    page = signed_in.post(SETUP, {"action": "cancel"}, follow=True)
    assert "Einrichtung abgebrochen" in page.text and "ist ausgeschaltet" in page.text
    assert not TOTPDevice.objects.exists()
    # An unconfirmed app asks nothing at the login.
    signed_in.post(SETUP, {"action": "start"})
    assert log_in(Client(), "redakteur").status_code == 302


def test_once_on_the_login_asks_for_the_code_and_refuses_without_it(redakteur):
    switched_on(redakteur)
    form = Client().get(LOGIN).text
    assert "Bestätigungscode aus der Authenticator-App" in form and 'autocomplete="one-time-code"' in form

    client = Client()
    response = log_in(client, "redakteur")
    assert response.status_code == 200 and CODE_MISSING in response.text
    assert not is_in_admin(client)
    # It counts as a failed login, for the account and the address, and is in the log.
    assert AccessAttempt.objects.get(username="redakteur").failures_since_start == 1
    assert AccessFailureLog.objects.filter(username="redakteur", ip_address=ADDRESS).count() == 1


def test_a_wrong_code_is_refused_and_counted(redakteur):
    device = switched_on(redakteur)
    client = Client()
    response = log_in(client, "redakteur", otp_token=wrong_code(device))
    assert response.status_code == 200 and CODE_WRONG in response.text
    assert not is_in_admin(client)
    assert AccessAttempt.objects.get(username="redakteur").failures_since_start == 1


def test_the_right_password_and_code_let_her_in_and_forget_the_failures(redakteur):
    device = switched_on(redakteur)
    log_in(Client(), "redakteur", otp_token=wrong_code(device))

    client = Client()
    response = log_in(client, "redakteur", otp_token=code(device))
    assert response.status_code == 302 and response["Location"] == "/admin/"
    assert is_in_admin(client) and "Übersicht" in client.get("/admin/").text
    assert not AccessAttempt.objects.filter(username="redakteur").exists()  # AXES_RESET_ON_SUCCESS
    # The code as some apps show it, with a space, works as well (here: the next one).
    client.post("/admin/logout/")
    assert log_in(Client(), "redakteur", otp_token=code(device, 1)[:3] + " " + code(device, 1)[3:]).status_code == 302


def test_a_code_cannot_be_used_twice(redakteur):
    device = switched_on(redakteur)
    used = code(device)
    first = Client()
    assert log_in(first, "redakteur", otp_token=used).status_code == 302

    # Someone who saw it (over her shoulder, in a phishing page) tries it straight after.
    replay = Client()
    response = log_in(replay, "redakteur", otp_token=used)
    assert response.status_code == 200 and CODE_WRONG in response.text
    assert not is_in_admin(replay)
    # Nor does an older code of the same half minute's window work after a newer one.
    assert log_in(Client(), "redakteur", otp_token=code(device, -1)).status_code == 200


def test_a_wrong_password_with_the_right_code_is_a_plain_wrong_password(redakteur):
    device = switched_on(redakteur)
    response = log_in(Client(), "redakteur", password="falsch", otp_token=code(device))
    assert response.status_code == 200 and "Benutzername" in response.text and CODE_WRONG not in response.text
    # The code was not spent on a failed login.
    assert log_in(Client(), "redakteur", otp_token=code(device)).status_code == 302


def test_users_without_it_log_in_as_before(redakteur):
    client = Client()
    assert log_in(client, "redakteur").status_code == 302
    assert is_in_admin(client)
    # A code typed out of habit changes nothing.
    assert log_in(Client(), "redakteur", otp_token="123456").status_code == 302


def test_wrong_codes_lock_the_account_like_wrong_passwords(redakteur):
    device = switched_on(redakteur)
    limit = settings.AXES_FAILURE_LIMIT
    responses = [log_in(Client(), "redakteur", otp_token=wrong_code(device)) for _ in range(limit + 2)]
    assert all(r.status_code == 200 and CODE_WRONG in r.text for r in responses[: limit - 1])
    assert all(r.status_code == 429 and LOCKED_NOTE in r.text for r in responses[limit - 1 :])
    # The lockout page keeps the code field for after the wait.
    assert "Bestätigungscode aus der Authenticator-App" in responses[-1].text

    # Now even the right password with the right code waits for the lock to end.
    client = Client()
    assert log_in(client, "redakteur", otp_token=code(device)).status_code == 429
    assert not is_in_admin(client)


def test_sessions_from_before_it_was_switched_on_must_log_in_again(redakteur):
    elsewhere = Client()
    elsewhere.force_login(redakteur)  # e.g. left open on a shared computer
    assert is_in_admin(elsewhere)
    switched_on(redakteur)

    response = elsewhere.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    login_page = elsewhere.get(response["Location"]).text
    assert "diese Sitzung" in login_page and "Bestätigungscode" in login_page
    assert elsewhere.get(SETUP).status_code == 302  # nor can that session switch it off


def test_she_switches_it_off_with_a_current_code_or_her_password(redakteur):
    device = switched_on(redakteur)
    client = Client()
    log_in(client, "redakteur", otp_token=code(device))
    page = client.get(SETUP).text
    assert "ist eingeschaltet" in page and "Ausschalten" in page

    refused = client.post(SETUP, {"action": "off", "proof": "geraten"})
    assert refused.status_code == 200 and "weder ein gültiger Bestätigungscode noch Ihr Passwort" in refused.text
    assert TOTPDevice.objects.filter(user=redakteur).exists()

    page = client.post(SETUP, {"action": "off", "proof": code(device, 1)}, follow=True)
    assert "Die Zwei-Faktor-Anmeldung ist ausgeschaltet" in page.text
    assert not TOTPDevice.objects.exists()
    assert log_in(Client(), "redakteur").status_code == 302

    # With her password instead of a code.
    client.post(SETUP, {"action": "start"})
    pending = TOTPDevice.objects.get(user=redakteur)
    client.post(SETUP, {"action": "confirm", "otp_token": code(pending)})
    client.post(SETUP, {"action": "off", "proof": PASSWORD})
    assert not TOTPDevice.objects.exists()


@pytest.fixture
def administration():
    client = Client()
    client.force_login(staff("admin", roles.ADMINISTRATION, password="renewz-demo-admin"))
    return client


def test_the_administration_sees_who_has_it_on_and_resets_it_for_a_lost_phone(administration, redakteur):
    switched_on(redakteur)
    staff("autorin", roles.AUTHOR)

    users = administration.get(USERS)
    assert users.status_code == 200 and "Zwei-Faktor" in users.text
    rows = {name: row for name, row in re.findall(r'<tr[^>]*>.*?>(redakteur|autorin|admin)</a>(.*?)</tr>', users.text, re.S)}
    assert 'alt="True"' in rows["redakteur"] and 'alt="False"' in rows["autorin"]
    assert [u.username for u in administration.get(USERS, {"zwei_faktor": "an"}).context["cl"].result_list] == ["redakteur"]
    assert "Zwei-Faktor-Anmeldung der ausgewählten Benutzer zurücksetzen" in users.text

    response = administration.post(USERS, {"action": "reset_two_factor", "_selected_action": [redakteur.pk]}, follow=True)
    assert "Zwei-Faktor-Anmeldung zurückgesetzt: redakteur." in response.text
    assert not TOTPDevice.objects.filter(user=redakteur).exists()
    entry = LogEntry.objects.get(object_id=str(redakteur.pk))
    assert entry.user.username == "admin" and entry.get_change_message() == "Zwei-Faktor-Anmeldung zurückgesetzt."
    # She gets in with her password again, and can set it up with her new phone.
    assert log_in(Client(), "redakteur").status_code == 302


def test_nobody_else_can_reset_it_or_set_it_up_for_another_user(redakteur):
    device = switched_on(redakteur)
    colleague = staff("autorin", roles.AUTHOR)
    editor = staff("chef", roles.EDITOR)
    for user in (colleague, editor):
        client = Client()
        client.force_login(user)
        attempt = client.post(USERS, {"action": "reset_two_factor", "_selected_action": [redakteur.pk]})
        assert attempt.status_code == 403
        # django-otp's own list of apps, where one could make an app for anyone, is not there.
        assert client.get("/admin/otp_totp/totpdevice/").status_code == 404
        assert client.get(f"/admin/otp_totp/totpdevice/{device.pk}/change/").status_code == 404
        # The setup page acts on whoever is logged in, whatever else the request names.
        client.post(SETUP, {"action": "off", "proof": PASSWORD, "user": redakteur.pk})
        client.post(SETUP, {"action": "cancel", "user": redakteur.pk})
        client.post(SETUP, {"action": "start", "user": redakteur.pk})
        assert TOTPDevice.objects.get(pk=device.pk).confirmed
        assert not TOTPDevice.objects.filter(user=redakteur, confirmed=False).exists()
    assert set(TOTPDevice.objects.filter(confirmed=False).values_list("user__username", flat=True)) == {"autorin", "chef"}


def test_the_administration_cannot_set_it_up_for_another_user_either(administration, redakteur):
    assert administration.get("/admin/otp_totp/totpdevice/add/").status_code == 404
    administration.post(SETUP, {"action": "start", "user": redakteur.pk})
    assert not TOTPDevice.objects.filter(user=redakteur).exists()
