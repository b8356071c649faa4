from django.apps import AppConfig


class RenewzConfig(AppConfig):
    name = "renewz"
    verbose_name = "RENEWZ"
