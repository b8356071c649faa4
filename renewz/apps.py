from axes.apps import AppConfig as AxesConfig
from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig
from taggit.apps import TaggitAppConfig


class RenewzConfig(AppConfig):
    name = "renewz"
    verbose_name = "RENEWZ"


class LoginProtectionConfig(AxesConfig):
    """django-axes under a German name in the admin („Anmeldeschutz“)."""

    verbose_name = "Anmeldeschutz"


class AdminConfig(DjangoAdminConfig):
    """Django's admin, whose site asks for the second factor (renewz.admin_site, renewz.two_factor)."""

    default_site = "renewz.admin_site.AdminSite"


class TagsConfig(TaggitAppConfig):
    """django-taggit under German names in the admin: „Schlagwörter“, not „Taggit“ and „Tags“
    (its German translation leaves both open, and „89 tags“, „Ausgewählte tags löschen“)."""

    verbose_name = "Schlagwörter"

    def ready(self):
        super().ready()
        # Only the displayed names: the migration state is read from `original_attrs`, so
        # this asks for no migration of taggit's.
        tag = self.get_model("Tag")
        tag._meta.verbose_name = "Schlagwort"
        tag._meta.verbose_name_plural = "Schlagwörter"
