"""The optional second factor of the admin login: codes from an authenticator app (TOTP, django-otp).

A staff user switches it on for herself („Zwei-Faktor-Anmeldung“, renewz/admin_site.py): she
scans the QR code (or types the secret), and confirms with one code. From then on the admin
login wants a current code besides her password, and every admin session of hers must have
shown one. A missing or wrong code is a failed login for django-axes like a wrong password.
The Administration can reset it for someone who lost her phone (renewz/admin.py); nobody can
set it up for someone else.
"""
import base64
from io import BytesIO

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils.safestring import mark_safe
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import login as mark_session_verified
from django_otp.plugins.otp_totp.models import TOTPDevice

DEVICE_NAME = "Authenticator-App"
RESET_PERMISSION = "otp_totp.delete_totpdevice"


def device_of(user, confirmed=True):
    """The user's app (confirmed: in use; unconfirmed: set up, awaiting its first code), or None."""
    if user is None or not user.is_authenticated:
        return None
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).order_by("pk").first()


def with_two_factor(users):
    """Users annotated with `has_two_factor`, in the same query."""
    return users.annotate(has_two_factor=Exists(TOTPDevice.objects.filter(user=OuterRef("pk"), confirmed=True)))


def session_is_verified(request):
    """Whether this session may use the admin: the user has no second factor, or this
    session's login showed a code of the app she has now. Asked several times per admin
    request, so remembered on the request (one query)."""
    if not hasattr(request, "_two_factor_verified"):
        device = device_of(request.user)
        request._two_factor_verified = device is None or request.session.get(DEVICE_ID_SESSION_KEY) == device.persistent_id
    return request._two_factor_verified


def verify(device, code):
    """Whether `code` is a current code of the device's app, used for the first time.

    django-otp accepts the codes of the previous, the current and the next 30 seconds, each
    only once (it keeps the time step of the last one used). The row is locked, so that two
    logins with the same code at the same moment cannot both succeed.
    """
    code = "".join((code or "").split())  # apps show "123 456"
    if not (code.isdigit() and len(code) == device.digits):
        return False
    with transaction.atomic():
        locked = TOTPDevice.objects.select_for_update().filter(pk=device.pk).first()
        return locked is not None and locked.verify_token(code)


def start_setup(user):
    """A new secret for the user's app, to be confirmed with a code (replaces an unconfirmed one)."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user, confirmed=False).delete()
        return TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


def confirm_setup(request, device):
    """Switch it on; this session has just shown a code, so it stays in."""
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    mark_session_verified(request, device)


def switch_off(user):
    TOTPDevice.objects.filter(user=user).delete()


def may_reset(user):
    """Reset another person's second factor: the Administration (README „Rollen“)."""
    return user.has_perm(RESET_PERMISSION)


def reset(users):
    """Remove the apps of these users; returns the names of those who had it switched on."""
    with transaction.atomic():
        had_it = list(with_two_factor(users).filter(has_two_factor=True).order_by("username"))
        TOTPDevice.objects.filter(user__in=users).delete()
    return had_it


def secret_for_typing(device):
    """The secret as authenticator apps want it typed: base32, in groups of four."""
    secret = base64.b32encode(device.bin_key).decode()
    return " ".join(secret[start : start + 4] for start in range(0, len(secret), 4))


def qr_code(device):
    """The device's otpauth:// address as an inline SVG (made here: the secret never leaves
    the site), on white so that it scans in the admin's dark theme too."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathFillImage, box_size=15)
    svg = BytesIO()
    image.save(svg)
    markup = svg.getvalue().decode()
    return mark_safe(markup[markup.index("<svg") :])


# ------------------------------------------------------------------------------ forms

CODE_WIDGET_ATTRS = {"autocomplete": "one-time-code", "inputmode": "numeric", "autocapitalize": "none", "spellcheck": "false"}


class LoginForm(AdminAuthenticationForm):
    """The admin login: name, password and, for whoever switched it on, a code of her app."""

    otp_token = forms.CharField(
        label="Bestätigungscode aus der Authenticator-App",
        required=False,
        max_length=16,
        help_text="Nur wenn Sie die Zwei-Faktor-Anmeldung eingeschaltet haben: der 6-stellige Code, den die App gerade zeigt.",
        widget=forms.TextInput(attrs=CODE_WIDGET_ATTRS),
    )
    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "code_missing": "Für dieses Konto ist die Zwei-Faktor-Anmeldung eingeschaltet: Bitte geben Sie auch "
        "den 6-stelligen Bestätigungscode aus Ihrer Authenticator-App ein.",
        "code_wrong": "Der Bestätigungscode ist falsch, abgelaufen oder wurde schon verwendet. Bitte geben Sie "
        "den Code ein, den Ihre Authenticator-App jetzt anzeigt – jeder Code gilt nur einmal.",
    }

    def clean(self):
        cleaned_data = super().clean()  # password, active, staff; a wrong password never gets here
        user = self.get_user()
        device = device_of(user)
        if device is not None:
            if not cleaned_data.get("otp_token"):
                self.refuse("code_missing")
            if not verify(device, cleaned_data["otp_token"]):
                self.refuse("code_wrong")
            user.otp_device = device  # django-otp marks the session as verified when it logs in
        return cleaned_data

    def refuse(self, reason):
        # The password was right, but the login fails: django-axes counts it like a wrong password,
        # for the account and for the address, so guessing codes runs into the same lockout.
        user_login_failed.send(sender=__name__, credentials={"username": self.cleaned_data.get("username")}, request=self.request)
        raise ValidationError(self.error_messages[reason], code=reason)


class ConfirmSetupForm(forms.Form):
    otp_token = forms.CharField(
        label="Bestätigungscode aus der App", max_length=16, widget=forms.TextInput(attrs=CODE_WIDGET_ATTRS)
    )

    def __init__(self, device, *args, **kwargs):
        self.device = device
        super().__init__(*args, **kwargs)

    def clean_otp_token(self):
        if not verify(self.device, self.cleaned_data["otp_token"]):
            raise ValidationError(
                f"Dieser Code passt nicht. Prüfen Sie, ob die App das Konto „{settings.OTP_TOTP_ISSUER}“ zeigt und "
                "die Uhr Ihres Telefons stimmt, und geben Sie den aktuellen Code ein.",
                code="code_wrong",
            )
        return self.cleaned_data["otp_token"]


class SwitchOffForm(forms.Form):
    proof = forms.CharField(
        label="Aktueller Bestätigungscode oder Ihr Passwort",
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, device, *args, **kwargs):
        self.user, self.device = user, device
        super().__init__(*args, **kwargs)

    def clean_proof(self):
        proof = self.cleaned_data["proof"]
        if not (verify(self.device, proof) or self.user.check_password(proof)):
            raise ValidationError(
                "Das ist weder ein gültiger Bestätigungscode noch Ihr Passwort: Die Zwei-Faktor-Anmeldung bleibt eingeschaltet.",
                code="proof_wrong",
            )
        return proof
