"""What the site's database holds, for the commands that must not overwrite it (load_demo,
restore_site) and for checking that a restore brought everything back (backup_site)."""
from django.contrib.auth import get_user_model
from django.db import connection
from reversion.models import Revision, Version
from taggit.models import Tag

from articles.models import Article, Author, Byline, RelatedLink, Section, TaggedArticle
from tickers.models import Coin


def counted_models():
    """The rows that make up the site's content, by the name a backup's manifest uses."""
    return {
        "articles": Article,
        "sections": Section,
        "authors": Author,
        "bylines": Byline,
        "tags": Tag,
        "tag_assignments": TaggedArticle,
        "related_links": RelatedLink,
        "revisions": Revision,
        "versions": Version,
        "coins": Coin,
        "users": get_user_model(),
    }


def row_counts():
    """How many rows of each kind the database holds (0 for a table not yet created)."""
    tables = set(connection.introspection.table_names())
    return {
        name: model._base_manager.count() if model._meta.db_table in tables else 0
        for name, model in counted_models().items()
    }


def holds_content():
    """Whether the database holds anything a reader, an editor or a login would miss: an
    empty or freshly migrated database does not (migrations create only the role groups)."""
    tables = set(connection.introspection.table_names())
    return any(
        model._meta.db_table in tables and model._base_manager.exists() for model in counted_models().values()
    )
