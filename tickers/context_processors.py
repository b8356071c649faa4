from .models import Coin


def ticker(request):
    """The coins for the header ticker: at most one query per page, none when cached."""
    return {"ticker_coins": Coin.objects.for_header()}
