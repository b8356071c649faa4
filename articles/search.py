"""Search for readers: what a query may contain, how an article becomes searchable,
and how its excerpt is highlighted.

On PostgreSQL, each article stores a weighted German full-text document in
`Article.search_vector` (title A, lead B, body C, tag names D), refreshed whenever the
article (`Article.save`) or its tags (`articles.receivers`) change; queries match that
column through its GIN index. This module builds the expressions and imports no model. Other
databases (the embedded SQLite default) fall back to a plain word match.
"""
import html
import re
from contextlib import contextmanager

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector
from django.db import connections
from django.db.models import F, Func, TextField, Value
from django.db.models.functions import Concat
from django.utils.html import escape
from django.utils.safestring import mark_safe

SEARCH_CONFIG = "german"
# Longer queries are cut: nobody types more, and the database should not parse more.
MAX_QUERY_LENGTH = 200
# The fields whose text goes into the search document.
SEARCHED_FIELDS = frozenset({"title", "lead", "body"})

# ts_headline marks matches with these control characters; `highlight` turns them into
# <mark> tags only after everything else has been escaped.
MATCH_START, MATCH_STOP = "\x02", "\x03"


def clean_query(raw):
    """The reader's query as the database may see it.

    NUL bytes removed (PostgreSQL rejects them in text), whitespace collapsed, and cut
    to MAX_QUERY_LENGTH characters.
    """
    return " ".join(raw.replace("\x00", "").split())[:MAX_QUERY_LENGTH].strip()


@contextmanager
def planned_for_each_query(using="default"):
    """PostgreSQL plans the queries run inside for their actual words, every time.

    The site's queries are prepared (settings.DATABASES), and after five runs PostgreSQL
    may keep one generic plan for a prepared statement. For a full-text match that plan
    cannot see whether a word is rare or in every other article: at 100,000 articles it
    made a search six times slower (200 ms instead of 32 ms).
    """
    connection = connections[using]
    if connection.vendor != "postgresql":
        yield
        return
    connection.ensure_connection()
    threshold = connection.connection.prepare_threshold
    connection.connection.prepare_threshold = None  # psycopg: prepare nothing
    try:
        yield
    finally:
        connection.connection.prepare_threshold = threshold


def query_words(query):
    """The words of a query for the simple match: runs of letters and digits."""
    return re.findall(r"\w+", query)


def search_document(tag_names):
    """The weighted search vector of an article; `tag_names` is an expression of its tags."""
    return (
        SearchVector("title", config=SEARCH_CONFIG, weight="A")
        + SearchVector("lead", config=SEARCH_CONFIG, weight="B")
        + SearchVector("body", config=SEARCH_CONFIG, weight="C")
        + SearchVector(tag_names, config=SEARCH_CONFIG, weight="D")
    )


def full_text_query(query):
    """The reader's query in web-search syntax ("quotes", or, -minus), which never raises."""
    return SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")


def full_text_rank(search_query):
    return SearchRank(F("search_vector"), search_query)


def full_text_excerpt(search_query):
    """The lead and the body's text around the matches, with match markers.

    The body's tags are removed first (ts_headline's own removal is not guaranteed to
    catch all); the result is still raw text: `highlight` makes it HTML.
    """
    body_text = Func(F("body"), Value("<[^>]*>"), Value(" "), Value("g"), function="REGEXP_REPLACE", output_field=TextField())
    return SearchHeadline(
        Concat(F("lead"), Value(" "), body_text, output_field=TextField()),
        search_query,
        config=SEARCH_CONFIG,
        start_sel=MATCH_START,
        stop_sel=MATCH_STOP,
        max_words=35,
        min_words=15,
        max_fragments=2,
        fragment_delimiter=" … ",
    )


def highlight(headline):
    """Safe HTML from a `full_text_excerpt`: all text escaped, the matches in <mark>.

    The body's HTML entities are decoded first so they are escaped exactly once, and the
    whitespace left by removed tags is collapsed. Stray markers from the article text
    itself cannot open a second or an unclosed <mark>.
    """
    parts, marking = [], False
    for piece in re.split(f"([{MATCH_START}{MATCH_STOP}])", headline):
        if piece == MATCH_START and not marking:
            parts.append("<mark>")
            marking = True
        elif piece == MATCH_STOP and marking:
            parts.append("</mark>")
            marking = False
        elif piece not in (MATCH_START, MATCH_STOP):
            parts.append(escape(re.sub(r"\s+", " ", html.unescape(piece))))
    if marking:
        parts.append("</mark>")
    return mark_safe("".join(parts))
