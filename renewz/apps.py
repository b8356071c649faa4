from axes.apps import AppConfig as AxesConfig
from django.apps import AppConfig


class RenewzConfig(AppConfig):
    name = "renewz"
    verbose_name = "RENEWZ"


class LoginProtectionConfig(AxesConfig):
    """django-axes under a German name in the admin („Anmeldeschutz“)."""

    verbose_name = "Anmeldeschutz"
