"""Newsroom people the article tests share."""
import pytest
from django.contrib.auth.models import Permission, User

from tests.factories import newsroom_member


@pytest.fixture
def editor(client):
    """A staff member with the newsroom's permissions, but not a superuser."""
    user = User.objects.create_user("redaktion", password="geheim-genug-123", is_staff=True)
    user.user_permissions.set(Permission.objects.filter(content_type__app_label__in=["articles", "images", "taggit"]))
    client.force_login(user)
    return user


@pytest.fixture
def lena():
    return newsroom_member("lena", "Lena", "Hartmann")


@pytest.fixture
def jonas():
    return newsroom_member("jonas", "Jonas", "Becker")
