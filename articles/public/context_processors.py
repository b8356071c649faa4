from django.utils.functional import SimpleLazyObject

from ..models import Section


def menu(request):
    """The Ressorts of the header and footer menus, on every page.

    Lazy: pages that don't show the menu (the admin) never look it up.
    """
    return {"nav_sections": SimpleLazyObject(Section.objects.navigation)}
