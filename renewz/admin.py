"""django-axes' admin („Anmeldeschutz“) with German labels where axes ships none.

Importing axes.admin first registers its ModelAdmins (this module is discovered before it,
as renewz comes first in INSTALLED_APPS); the list of attempts is then registered anew.
"""
from axes import admin as axes_admin
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib import admin


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
