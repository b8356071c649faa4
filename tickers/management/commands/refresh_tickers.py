from django.core.management.base import BaseCommand, CommandError

from tickers.services import RefreshRunning, tickers_refresh


class Command(BaseCommand):
    help = (
        "Holt die aktuellen Euro-Kurse der aktiven Kurse (höchstens TICKER_REFRESH_DEADLINE Sekunden). "
        "Endet mit einem Fehler, wenn ein Kurs nicht aktualisiert wurde oder schon eine Aktualisierung läuft."
    )

    def handle(self, *args, **options):
        try:
            result = tickers_refresh()
        except RefreshRunning as running:
            raise CommandError(
                f"Eine andere Aktualisierung läuft noch (Sperre {running}); diese wurde nicht gestartet."
            ) from None
        if not result.updated and not result.failed:
            self.stdout.write("Keine aktiven Kurse, nichts zu aktualisieren.")
            return
        if result.updated:
            symbols = ", ".join(coin.symbol for coin in result.updated)
            self.stdout.write(self.style.SUCCESS(f"Aktualisiert: {symbols}"))
        if result.failed:
            by_reason = {}
            for symbol, reason in result.failed.items():
                by_reason.setdefault(reason, []).append(symbol)
            reasons = "; ".join(f"{', '.join(symbols)}: {reason}" for reason, symbols in by_reason.items())
            raise CommandError(f"Nicht aktualisiert (der letzte gute Kurs bleibt): {reasons}")
