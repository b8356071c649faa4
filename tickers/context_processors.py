from django.utils.functional import SimpleLazyObject

from .models import Coin


def ticker(request):
    """The coins for the header ticker: at most one query per page, none when cached,
    and none on pages without the ticker (the admin)."""
    return {"ticker_coins": SimpleLazyObject(Coin.objects.for_header)}
