"""django-axes' admin („Anmeldeschutz“) with German labels where axes ships none, and the
user list with the second factor (renewz.two_factor).

Importing axes.admin and django-otp's admin first registers their ModelAdmins (this module is
discovered before them, as renewz comes first in INSTALLED_APPS); they are then replaced.
"""
from axes import admin as axes_admin
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.auth import admin as auth_admin
from django.contrib.auth.models import Group, User
from django.core.exceptions import PermissionDenied
from django_otp.plugins.otp_totp import admin as totp_admin

from articles import roles

from . import two_factor


class LockedOutFilter(axes_admin.IsLockedOutFilter):
    title = "gesperrt"

    def lookups(self, request, model_admin):
        return (("yes", "Ja"), ("no", "Nein"))


class AccessAttemptAdmin(axes_admin.AccessAttemptAdmin):
    """Lift a lockout by deleting its attempts („Ausgewählte Zugriffsversuche löschen“)."""

    list_filter = ["attempt_time", "path_info", LockedOutFilter]
    actions = ["cleanup_expired_attempts"]

    @admin.action(description="Abgelaufene Zugriffsversuche aufräumen")
    def cleanup_expired_attempts(self, request, queryset):
        count = self.handler.clean_expired_user_attempts(request=request)
        self.message_user(request, f"{count} abgelaufene Zugriffsversuche gelöscht.")

    @admin.display(description="läuft ab")
    def expiration(self, obj):
        return obj.expiration.expires_at if hasattr(obj, "expiration") else "nicht gesetzt"

    @admin.display(description="Status")
    def status(self, obj):
        remaining = settings.AXES_FAILURE_LIMIT - obj.failures_since_start
        if remaining <= 0:
            return "gesperrt"
        return f"noch {remaining} Versuch{'e' if remaining != 1 else ''}"


admin.site.unregister(AccessAttempt)
admin.site.register(AccessAttempt, AccessAttemptAdmin)


class TwoFactorFilter(admin.SimpleListFilter):
    title = "Zwei-Faktor-Anmeldung"
    parameter_name = "zwei_faktor"

    def lookups(self, request, model_admin):
        return (("an", "eingeschaltet"), ("aus", "ausgeschaltet"))

    def queryset(self, request, queryset):
        if self.value() in ("an", "aus"):
            return queryset.filter(has_two_factor=self.value() == "an")
        return queryset


# Django names the permissions it creates in English ("Can add Artikel"); the two-box picker of
# users and groups shows them in German. Permissions of our own models are named in German already.
PERMISSION_ACTIONS = {"add": "hinzufügen", "change": "ändern", "delete": "löschen", "view": "ansehen"}


def permission_label(permission):
    """„Redaktion | Artikel | Kann Artikel ändern“ for Django's "Can change Artikel"."""
    model = permission.content_type.model_class()
    action, _, model_name = permission.codename.partition("_")
    name = permission.name
    if model is not None and action in PERMISSION_ACTIONS and model_name == model._meta.model_name:
        name = f"Kann {model._meta.verbose_name} {PERMISSION_ACTIONS[action]}"
    app = model._meta.app_config.verbose_name if model is not None else permission.content_type.app_label
    model_label = model._meta.verbose_name if model is not None else permission.content_type.model
    return f"{app} | {model_label} | {name}"


class GermanPermissionsMixin:
    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.name in ("permissions", "user_permissions") and field is not None:
            field.label_from_instance = permission_label
        return field


class GroupAdmin(GermanPermissionsMixin, auth_admin.GroupAdmin):
    pass


class UserAdmin(GermanPermissionsMixin, auth_admin.UserAdmin):
    """Benutzer: who has the second factor on; the Administration resets it for someone who
    lost her phone („Zwei-Faktor-Anmeldung zurücksetzen“). Setting it up is her own business
    (renewz.admin_site.TwoFactorView), so there is nothing here to set it up with."""

    # First and last name in one column: with the role the list fits a 1024 px laptop.
    list_display = ("username", "full_name", "email", "is_staff", "role", "two_factor")
    list_filter = (*auth_admin.UserAdmin.list_filter, TwoFactorFilter)
    actions = ["reset_two_factor"]

    def get_queryset(self, request):
        return two_factor.with_two_factor(super().get_queryset(request)).prefetch_related("groups")

    @admin.display(description="Name", ordering="last_name")
    def full_name(self, user):
        return user.get_full_name() or "–"

    @admin.display(description="Rolle")
    def role(self, user):
        """The newsroom roles (articles/roles.py) among the user's groups; other groups are no role."""
        names = [group.name for group in user.groups.all() if group.name in roles.ROLE_PERMISSIONS]
        if names:
            return ", ".join(sorted(names))
        return "Superuser (alle Rechte)" if user.is_superuser else "–"

    @admin.display(description="Zwei-Faktor", boolean=True, ordering="has_two_factor")
    def two_factor(self, user):
        return user.has_two_factor

    def has_reset_two_factor_permission(self, request):
        return two_factor.may_reset(request.user)

    @admin.action(description="Zwei-Faktor-Anmeldung der ausgewählten Benutzer zurücksetzen", permissions=["reset_two_factor"])
    def reset_two_factor(self, request, queryset):
        if not self.has_reset_two_factor_permission(request):  # Django checked too; this is the rule
            raise PermissionDenied
        reset = two_factor.reset(queryset)
        for user in reset:
            self.log_change(request, user, "Zwei-Faktor-Anmeldung zurückgesetzt.")
        if not reset:
            self.message_user(request, "Keiner der ausgewählten Benutzer hatte die Zwei-Faktor-Anmeldung eingeschaltet.", messages.WARNING)
            return
        names = ", ".join(user.get_username() for user in reset)
        self.message_user(
            request,
            f"Zwei-Faktor-Anmeldung zurückgesetzt: {names}. Die Anmeldung geht jetzt nur mit dem Passwort; "
            "unter „Zwei-Faktor-Anmeldung“ lässt sie sich mit dem neuen Telefon wieder einrichten.",
            messages.SUCCESS,
        )


admin.site.unregister(User)
admin.site.register(User, UserAdmin)
admin.site.unregister(Group)
admin.site.register(Group, GroupAdmin)
# django-otp's admin of the apps lets whoever may add one make it for any user and read its
# secret: here nobody sets up someone else's second factor.
admin.site.unregister(totp_admin.TOTPDevice)
