from axes.apps import AppConfig as AxesConfig
from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig


class RenewzConfig(AppConfig):
    name = "renewz"
    verbose_name = "RENEWZ"


class LoginProtectionConfig(AxesConfig):
    """django-axes under a German name in the admin („Anmeldeschutz“)."""

    verbose_name = "Anmeldeschutz"


class AdminConfig(DjangoAdminConfig):
    """Django's admin, whose site asks for the second factor (renewz.admin_site, renewz.two_factor)."""

    default_site = "renewz.admin_site.AdminSite"
