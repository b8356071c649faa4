"""What a locked-out person sees at the admin login (django-axes, settings „login protection“).

Axes counts failed logins per account and per address and, past the limit, answers every
login of that account or from that address with `lockout_response` until the wait is over
or the Administration deletes the attempt under „Zugriffsversuche“.
"""
from axes.helpers import get_client_username, get_cool_off, get_failure_limit
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone


def lockout_response(request, credentials=None):
    """The admin's login page again (the name kept, no password) with a German note on why
    the login was refused, until when, and who can lift the lock sooner."""
    cool_off = get_cool_off()
    # This attempt was counted too and restarted the wait, so it ends a full cool-off from now.
    until = timezone.localtime(timezone.now() + cool_off)
    context = {
        **admin.site.each_context(request),
        "title": "Anmelden",
        "app_path": request.get_full_path(),
        "username": request.user.get_username(),
        "form": (admin.site.login_form or AdminAuthenticationForm)(
            request, initial={"username": get_client_username(request, credentials)}
        ),
        REDIRECT_FIELD_NAME: request.POST.get(REDIRECT_FIELD_NAME)
        or request.GET.get(REDIRECT_FIELD_NAME)
        or reverse("admin:index"),
        "lockout": {
            "failure_limit": get_failure_limit(request, credentials),
            "minutes": round(cool_off.total_seconds() / 60),
            "until": until,
        },
    }
    return render(request, "admin/login.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
