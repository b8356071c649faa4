"""Roles and the status workflow in the article admin (Autor/in, Redaktion, Administration)."""


class WorkflowAdminMixin:
    pass
