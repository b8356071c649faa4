import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from articles import roles


@pytest.fixture
def administration():
    """A logged-in client of a member of the Administration (a group, not a superuser)."""
    user = User.objects.create_user("ines", is_staff=True, first_name="Ines", last_name="Vogt")
    user.groups.add(Group.objects.get(name=roles.ADMINISTRATION))
    client = Client()
    client.force_login(user)
    return client
