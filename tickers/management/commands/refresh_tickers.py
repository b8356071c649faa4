from django.core.management.base import BaseCommand, CommandError

from tickers.services import tickers_refresh


class Command(BaseCommand):
    help = "Fetch current EUR prices for the active coins. Exits non-zero if any coin was not updated."

    def handle(self, *args, **options):
        result = tickers_refresh()
        if not result.updated and not result.failed:
            self.stdout.write("No active coins, nothing to refresh.")
            return
        if result.updated:
            symbols = ", ".join(coin.symbol for coin in result.updated)
            self.stdout.write(self.style.SUCCESS(f"Updated: {symbols}"))
        if result.failed:
            by_reason = {}
            for symbol, reason in result.failed.items():
                by_reason.setdefault(reason, []).append(symbol)
            reasons = "; ".join(f"{', '.join(symbols)}: {reason}" for reason, symbols in by_reason.items())
            raise CommandError(f"Not updated (last good price kept): {reasons}")
