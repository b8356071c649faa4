from django.dispatch import Signal

# Sent after QuerySet.update() changed articles, which sends no post_save.
articles_bulk_changed = Signal()
