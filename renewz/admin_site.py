"""The newsroom's admin site: Django's, with the second factor of renewz.two_factor.

It is the default admin site (renewz.apps.AdminConfig), so `admin.site` everywhere is this one.
"""
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.views import View

from . import two_factor


class AdminSite(admin.AdminSite):
    login_form = two_factor.LoginForm

    def has_permission(self, request):
        # A session that began before its user switched the second factor on has shown no
        # code: it must log in again.
        return super().has_permission(request) and two_factor.session_is_verified(request)

    def login(self, request, extra_context=None):
        pending = super().has_permission(request) and not two_factor.session_is_verified(request)
        return super().login(request, {**(extra_context or {}), "two_factor_pending": pending})

    def get_urls(self):
        setup = self.admin_view(TwoFactorView.as_view(admin_site=self))
        return [path("zwei-faktor/", setup, name="two_factor"), *super().get_urls()]


class TwoFactorView(View):
    """„Zwei-Faktor-Anmeldung“ in the user tools: set up, confirm or switch off one's own
    second factor. It acts on `request.user` only and takes no user id: nobody can set it
    up or switch it off for someone else here (the Administration resets it: renewz/admin.py)."""

    admin_site = None
    template_name = "admin/two_factor.html"

    def get(self, request, form=None):
        device = two_factor.device_of(request.user)
        pending = None if device else two_factor.device_of(request.user, confirmed=False)
        if form is None and device:
            form = two_factor.SwitchOffForm(request.user, device)
        elif form is None and pending:
            form = two_factor.ConfirmSetupForm(pending)
        context = {**self.admin_site.each_context(request), "title": "Zwei-Faktor-Anmeldung", "device": device, "pending": pending, "form": form}
        if pending:
            context.update(secret=two_factor.secret_for_typing(pending), qr_code=two_factor.qr_code(pending))
        return TemplateResponse(request, self.template_name, context)

    def post(self, request):
        actions = {"start": self.start, "confirm": self.confirm, "cancel": self.cancel, "off": self.switch_off}
        return actions.get(request.POST.get("action"), self.back)(request)

    def back(self, request):
        return redirect("admin:two_factor")

    def start(self, request):
        if two_factor.device_of(request.user) is None:
            two_factor.start_setup(request.user)
        return self.back(request)

    def confirm(self, request):
        pending = two_factor.device_of(request.user, confirmed=False)
        if pending is None or two_factor.device_of(request.user):  # cancelled or confirmed in another tab
            return self.back(request)
        form = two_factor.ConfirmSetupForm(pending, request.POST)
        if not form.is_valid():
            return self.get(request, form)
        two_factor.confirm_setup(request, pending)
        messages.success(request, "Die Zwei-Faktor-Anmeldung ist eingeschaltet. Bei jeder Anmeldung fragt RENEWZ jetzt nach dem Code aus Ihrer App.")
        return self.back(request)

    def cancel(self, request):
        if two_factor.device_of(request.user) is None:
            two_factor.switch_off(request.user)
            messages.info(request, "Einrichtung abgebrochen: Die Zwei-Faktor-Anmeldung bleibt ausgeschaltet.")
        return self.back(request)

    def switch_off(self, request):
        device = two_factor.device_of(request.user)
        if device is None:
            return self.back(request)
        form = two_factor.SwitchOffForm(request.user, device, request.POST)
        if not form.is_valid():
            return self.get(request, form)
        two_factor.switch_off(request.user)
        messages.success(request, "Die Zwei-Faktor-Anmeldung ist ausgeschaltet: Sie melden sich wieder nur mit Ihrem Passwort an. Den Eintrag in der App können Sie löschen.")
        return self.back(request)
