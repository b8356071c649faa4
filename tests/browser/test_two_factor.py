"""An editor switches on the two-factor login in Chromium, then logs in with a code from her app."""
import base64
import time

from django_otp.oath import TOTP
from playwright.sync_api import expect

from .helpers import axe_violations
from .test_security import open_recording, violations


def app_code(secret, steps_ahead=0):
    """What an authenticator app shows for the secret typed from the page."""
    totp = TOTP(base64.b32decode(secret.replace(" ", "")), step=30, t0=0, digits=6, drift=0)
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def log_in(page, code=None):
    page.goto("/admin/login/")
    page.get_by_label("Benutzername").fill("redakteur")
    page.get_by_label("Passwort").fill("renewz-demo-redakteur")
    if code is not None:
        page.get_by_label("Bestätigungscode aus der Authenticator-App").fill(code)
    page.get_by_role("button", name="Anmelden").click()


def test_an_editor_sets_up_the_second_factor_and_logs_in_with_a_code(new_page):
    page = open_recording(new_page)
    log_in(page)  # no second factor yet: the password is enough
    expect(page.get_by_role("heading", name="Übersicht")).to_be_visible()

    page.get_by_role("link", name="Zwei-Faktor-Anmeldung").click()
    expect(page.locator("#two-factor-state")).to_contain_text("ausgeschaltet")
    page.get_by_role("button", name="Zwei-Faktor-Anmeldung einrichten").click()
    qr = page.get_by_role("img", name="QR-Code mit dem Schlüssel für Ihre Authenticator-App")
    expect(qr).to_be_visible()
    box = qr.locator("svg").bounding_box()
    assert box["width"] >= 150 and abs(box["width"] - box["height"]) < 1  # big and square enough to scan
    secret = page.locator("#two-factor-secret").inner_text()
    assert axe_violations(page, context="#content-main") == ""

    page.get_by_label("Bestätigungscode aus der App").fill(app_code(secret))
    page.get_by_role("button", name="Bestätigen und einschalten").click()
    expect(page.locator(".messagelist .success")).to_contain_text("Die Zwei-Faktor-Anmeldung ist eingeschaltet.")
    expect(page.locator("#two-factor-state")).to_contain_text("eingeschaltet")
    page.get_by_role("button", name="Abmelden").click()

    log_in(page)  # the password alone no longer does
    expect(page.get_by_role("alert")).to_contain_text("Bitte geben Sie auch den 6-stelligen Bestätigungscode")
    expect(page.get_by_role("heading", name="Übersicht")).not_to_be_visible()
    assert axe_violations(page, context="#content") == ""

    log_in(page, code=app_code(secret, 1))  # the next code: the one used to confirm is spent
    expect(page.get_by_role("heading", name="Übersicht")).to_be_visible()
    assert violations(page) == []  # login and setup page under the admin's Content-Security-Policy
