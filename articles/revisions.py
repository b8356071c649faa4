"""Article revisions (django-reversion): what a revision holds, and how two states of an article differ.

Every save of an article through the admin is a revision: the article's fields plus its bylines,
tag assignments and „Lesen Sie auch“ links, with the user and the time. This module reads
revisions back as `ArticleState`s – what an editor saw at one point, as readable text – so the
admin can compare two of them and explain an edit conflict.
"""
import difflib
import json
import re
from dataclasses import dataclass, field

import reversion
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Exists, Max, OuterRef
from django.utils import formats, timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from reversion.models import Version
from taggit.models import Tag

from .link_rows import batches
from .models import Article, Author, Byline, FrontPage, FrontPageSlot, RelatedLink, TaggedArticle

# The reverse accessors of an article's own rows; reverting a revision restores them with it.
ARTICLE_FOLLOW = ("bylines", "related_links", "taggedarticle_set")


def register_article_revisions():
    """Register the article and its rows with django-reversion (once).

    The search vector is left out: it is derived from the text and rebuilt on save, and its
    serialised form cannot be written back. `lock_version` stays in, because an edit conflict
    is explained by finding the revision the other editor had loaded.
    """
    for model in (Byline, RelatedLink, TaggedArticle):
        if not reversion.is_registered(model):
            reversion.register(model)
    if not reversion.is_registered(Article):
        reversion.register(Article, follow=ARTICLE_FOLLOW, exclude=("search_vector",))
    # The front page's placement: its slots are kept with it, so a revision brings them all back.
    if not reversion.is_registered(FrontPageSlot):
        reversion.register(FrontPageSlot)
    if not reversion.is_registered(FrontPage):
        reversion.register(FrontPage, follow=("slots",))


register_article_revisions()


def article_versions(article_pk):
    """The stored versions of one article, newest first, with who saved them."""
    return (
        Version.objects.get_for_object_reference(Article, article_pk)
        .select_related("revision", "revision__user")
        .order_by("-revision__date_created", "-pk")
    )


def editor_name(user):
    if user is None:
        return "unbekannt"
    return user.get_full_name() or user.get_username()


def local_time(moment, fmt="d.m.Y H:i"):
    return formats.date_format(timezone.localtime(moment), fmt)


# ---------------------------------------------------------------------------------------------
# The state of an article, read from the database or from a revision.

def compared_fields():
    """The fields an editor fills in; derived ones (search vector, renditions, counters) are left out."""
    return [
        model_field for model_field in Article._meta.concrete_fields
        if model_field.editable and not model_field.primary_key
    ]


def _readable(model_field, value, names):
    """A field's value as an editor would write it; `names` resolves foreign keys."""
    if value is None or value == "":
        return ""
    if model_field.is_relation:
        return names.get((model_field.related_model, value), f"#{value} (gelöscht)")
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.DateTimeField):
        return local_time(value)
    if isinstance(model_field, models.BooleanField):
        return "ja" if value else "nein"
    if isinstance(model_field, models.FileField):
        return str(value)
    if isinstance(model_field, (models.FloatField, models.DecimalField)):
        return formats.localize(value)
    if isinstance(model_field, models.JSONField):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def _names_of(model, ids, attribute=None):
    """{(model, pk): name} of the objects that still exist; `attribute` defaults to str(obj)."""
    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return {}
    return {
        (model, pk): str(getattr(obj, attribute) if attribute else obj)
        for pk, obj in model._default_manager.in_bulk(ids).items()
    }


def _relation_names(fields, raw):
    names = {}
    for model_field in fields:
        if model_field.is_relation:
            names |= _names_of(model_field.related_model, [raw[model_field.name]])
    return names


def _link_label(title, url, target_title):
    if url:
        return f"{title} – {url}" if title else url
    return title or target_title


@dataclass(frozen=True)
class ArticleState:
    """An article at one point in time, as readable text: its fields and its related rows."""

    values: dict  # field name → readable value; a field missing from an old revision is absent
    authors: tuple = ()
    tags: tuple = ()
    links: tuple = ()
    lock_version: int | None = None

    @classmethod
    def of_article(cls, article):
        """The article as it is stored now."""
        bylines = article.bylines.select_related("author").order_by("position", "id")
        links = article.related_links.select_related("target").order_by("position", "id")
        fields = compared_fields()
        raw = {f.name: f.value_from_object(article) for f in fields}
        names = _relation_names(fields, raw)
        return cls(
            values={f.name: _readable(f, raw[f.name], names) for f in fields},
            authors=tuple(byline.author.name for byline in bylines),
            tags=tuple(sorted((tag.name for tag in article.tags.all()), key=str.casefold)),
            links=tuple(_link_label(link.title, link.url, link.target.title if link.target else "") for link in links),
            lock_version=article.lock_version,
        )

    @classmethod
    def of_revision(cls, revision, article_pk):
        """The article as the given revision recorded it (None if the revision does not hold it).

        Reads the stored JSON rather than deserialising it, so a revision stays readable after a
        tag was merged away or an author deleted; such names show as „#12 (gelöscht)“.
        """
        article_pk = str(article_pk)
        content_types = ContentType.objects.get_for_models(Article, Byline, RelatedLink, TaggedArticle)
        rows = {model: [] for model in content_types}
        by_type = {content_type.pk: model for model, content_type in content_types.items()}
        article_fields = None
        for version in Version.objects.filter(revision=revision, content_type__in=list(by_type)).order_by("pk"):
            model = by_type[version.content_type_id]
            data = json.loads(version.serialized_data)[0]["fields"]
            if model is Article:
                if version.object_id == article_pk:
                    article_fields = data
            elif str(data.get("content_object" if model is TaggedArticle else "article")) == article_pk:
                rows[model].append((int(version.object_id), data))
        if article_fields is None:
            return None

        fields = [f for f in compared_fields() if f.name in article_fields]
        raw = {f.name: f.to_python(article_fields[f.name]) if not f.is_relation else article_fields[f.name] for f in fields}
        bylines = sorted(rows[Byline], key=lambda row: (row[1].get("position", 0), row[0]))
        links = sorted(rows[RelatedLink], key=lambda row: (row[1].get("position", 0), row[0]))
        names = _relation_names(fields, raw)
        author_names = _names_of(Author, [data["author"] for _, data in bylines], "name")
        tag_names = _names_of(Tag, [data["tag"] for _, data in rows[TaggedArticle]], "name")
        target_titles = _names_of(Article, [data.get("target") for _, data in links], "title")
        return cls(
            values={f.name: _readable(f, raw[f.name], names) for f in fields},
            authors=tuple(author_names.get((Author, data["author"]), f"#{data['author']} (gelöscht)") for _, data in bylines),
            tags=tuple(sorted(
                (tag_names.get((Tag, data["tag"]), f"#{data['tag']} (gelöscht)") for _, data in rows[TaggedArticle]),
                key=str.casefold,
            )),
            links=tuple(
                _link_label(data.get("title", ""), data.get("url", ""),
                            target_titles.get((Article, data.get("target")), f"#{data.get('target')} (gelöscht)"))
                for _, data in links
            ),
            lock_version=article_fields.get("lock_version"),
        )


# ---------------------------------------------------------------------------------------------
# What changed between two states.

# Block ends in body HTML: a diff by line then shows changed paragraphs, not one changed line.
BLOCK_END = re.compile(r"(</(?:p|h[1-6]|li|ul|ol|blockquote|figure|figcaption)>)", re.IGNORECASE)


def _diff_lines(text):
    """The text's lines, with HTML blocks on lines of their own; blank lines and indentation,
    which readers never see, do not count."""
    return [line.strip() for line in BLOCK_END.sub("\\1\n", text).splitlines() if line.strip()]


def _marked_words(old_line, new_line):
    """Two versions of a line as HTML, the words that differ in <del> and <ins> (unless the
    line was rewritten altogether, where marking every word would only add noise)."""
    old_words, new_words = re.split(r"(\s+)", old_line), re.split(r"(\s+)", new_line)
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    if matcher.ratio() < 0.5:
        return escape(old_line), escape(new_line)
    old_html, new_html = [], []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        old_part, new_part = escape("".join(old_words[i1:i2])), escape("".join(new_words[j1:j2]))
        if tag == "equal":
            old_html.append(old_part)
            new_html.append(new_part)
            continue
        if old_part:
            old_html.append(f"<del>{old_part}</del>")
        if new_part:
            new_html.append(f"<ins>{new_part}</ins>")
    return "".join(old_html), "".join(new_html)


def unified_diff_html(old, new):
    """A unified diff of two texts as HTML (every line escaped), for a <pre> block.

    A changed line shows as removed and added; when lines were replaced one for one, the words
    that differ are marked, so a changed word in a long paragraph is easy to spot.
    """
    lines, removed, added = [], [], []

    def flush():
        if len(removed) == len(added):
            pairs = [_marked_words(old_line, new_line) for old_line, new_line in zip(removed, added)]
            old_html, new_html = [pair[0] for pair in pairs], [pair[1] for pair in pairs]
        else:
            old_html, new_html = [escape(line) for line in removed], [escape(line) for line in added]
        lines.extend(f'<span class="diff-removed">-{line}</span>' for line in old_html)
        lines.extend(f'<span class="diff-added">+{line}</span>' for line in new_html)
        removed.clear()
        added.clear()

    for line in difflib.unified_diff(_diff_lines(old), _diff_lines(new), lineterm="", n=1):
        if line.startswith(("---", "+++")):
            continue
        if line.startswith("-"):
            if added:
                flush()
            removed.append(line[1:])
            continue
        if line.startswith("+"):
            added.append(line[1:])
            continue
        flush()
        if line.startswith("@@"):
            # Between two changed places: "…" stands for the unchanged lines.
            if lines:
                lines.append('<span class="diff-hunk">…</span>')
            continue
        lines.append(f'<span class="diff-context">{escape(line)}</span>')
    flush()
    # Each span is a block of its own (revisions.css); no newlines in between, or <pre> doubles them.
    return mark_safe("".join(lines))


@dataclass(frozen=True)
class FieldChange:
    label: str
    old: str
    new: str
    is_text: bool = False

    @property
    def diff(self):
        return unified_diff_html(self.old, self.new) if self.is_text else ""


@dataclass(frozen=True)
class ListChange:
    label: str
    added: tuple
    removed: tuple
    reordered: bool = False


@dataclass(frozen=True)
class ArticleChanges:
    fields: list = field(default_factory=list)
    lists: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.fields or self.lists)


def _list_change(label, old, new):
    added = tuple(item for item in new if item not in old)
    removed = tuple(item for item in old if item not in new)
    reordered = not added and not removed and tuple(old) != tuple(new)
    if added or removed or reordered:
        return ListChange(label, added, removed, reordered)
    return None


def article_changes(old, new):
    """What changed from state `old` to state `new`: fields (old → new) and added/removed rows."""
    changes = []
    for model_field in compared_fields():
        name = model_field.name
        if name not in old.values or name not in new.values or old.values[name] == new.values[name]:
            continue
        is_text = isinstance(model_field, models.TextField)
        if is_text and _diff_lines(old.values[name]) == _diff_lines(new.values[name]):
            continue
        changes.append(FieldChange(capfirst(model_field.verbose_name), old.values[name], new.values[name], is_text))
    lists = [
        _list_change("Autor/innen", old.authors, new.authors),
        _list_change("Schlagwörter", old.tags, new.tags),
        _list_change("„Lesen Sie auch“-Links", old.links, new.links),
    ]
    return ArticleChanges(changes, [change for change in lists if change])


# ---------------------------------------------------------------------------------------------
# Edit conflicts: what others saved since an editor loaded the form.

@dataclass(frozen=True)
class Save:
    """One save of the article by someone: who and when."""

    name: str
    at: object  # aware datetime

    @property
    def time(self):
        return local_time(self.at, "H:i")

    @property
    def when(self):
        return local_time(self.at)


@dataclass(frozen=True)
class EditConflict:
    """The article was saved by others after an editor loaded it (lock_version `loaded`)."""

    loaded_version: int
    current_version: int
    saves: list  # of Save, oldest first; empty when no revision records them
    changes: ArticleChanges | None  # None when the loaded state is not in any revision

    @property
    def editors(self):
        names = []
        for save in self.saves:
            if save.name not in names:
                names.append(save.name)
        return names

    @property
    def editors_text(self):
        names = self.editors
        if not names:
            return "jemand anderem"
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " und " + names[-1]

    @property
    def message(self):
        if self.saves:
            last = self.saves[-1]
            saved = f"{self.editors_text} hat diesen Artikel gespeichert (zuletzt am {last.when} Uhr), nachdem Sie ihn geöffnet haben."
        else:
            saved = "Dieser Artikel wurde gespeichert, nachdem Sie ihn geöffnet haben."
        return (
            f"{saved} Ihre Änderungen wurden nicht gespeichert, damit nichts überschrieben wird; "
            "Ihre Eingaben stehen weiter im Formular. Prüfen Sie die Änderungen unten und speichern Sie erneut."
        )


def edit_conflict(article_pk, loaded_version, current_version):
    """Explain why the stored article (lock_version `current_version`) differs from the copy an
    editor loaded (`loaded_version`).

    The loaded state is the revision that recorded `loaded_version`; every later revision names
    someone who saved in between. The current state is the newest revision when it recorded
    `current_version` (it does after any admin save), else the stored article.
    """
    saves = []
    loaded_state = current_state = None
    for version in article_versions(article_pk)[:100]:
        recorded = json.loads(version.serialized_data)[0]["fields"].get("lock_version")
        if not saves and recorded == current_version:
            current_state = ArticleState.of_revision(version.revision, article_pk)
        if recorded is None or recorded <= loaded_version:
            if recorded == loaded_version:
                loaded_state = ArticleState.of_revision(version.revision, article_pk)
            break
        saves.append(Save(editor_name(version.revision.user), version.revision.date_created))
    saves.reverse()
    if current_state is None:
        current_state = ArticleState.of_article(Article.objects.get(pk=article_pk))
    changes = article_changes(loaded_state, current_state) if loaded_state else None
    return EditConflict(loaded_version, current_version, saves, changes)


def latest_save(article):
    """Who saved the article last, and when (from its newest revision, else its timestamp)."""
    version = article_versions(article.pk).first()
    if version is None:
        return Save("jemand anderes", article.updated_at)
    return Save(editor_name(version.revision.user), version.revision.date_created)


# ---------------------------------------------------------------------------------------------
# Recording and restoring.

def article_revisions_record(article_pks, user, comment, *, backdated=False):
    """Store one revision per article (with its rows), e.g. after a bulk action or before deleting.

    One revision each, because restoring a revision restores everything in it. `backdated`
    dates each revision at the article's last change instead of now.
    """
    for article in _in_batches(article_pks, Article.objects.prefetch_related(*ARTICLE_FOLLOW)):
        with reversion.create_revision():
            reversion.set_user(user)
            reversion.set_comment(comment)
            if backdated:
                reversion.set_date_created(article.updated_at)
            reversion.add_to_revision(article)


UNVERSIONED_COMMENT = "Stand vor dieser Bearbeitung (war noch nicht als Fassung gespeichert)"


def article_record_unversioned(article_pks):
    """Keep the stored state of articles that no revision holds yet, before they are changed.

    Articles created or changed outside the admin (demo content, imports, scripts) have no
    revision of their current state; without this, their first edit in the admin could neither
    be undone nor explained in an edit conflict.
    """
    unversioned = []
    for batch in batches(article_pks):
        stored = dict(Article.objects.filter(pk__in=batch).values_list("pk", "lock_version"))
        latest = (
            Version.objects.get_for_model(Article)
            .filter(object_id__in=[str(pk) for pk in stored])
            .values("object_id")
            .annotate(latest=Max("pk"))
            .values("latest")
        )
        recorded = {
            int(version.object_id): json.loads(version.serialized_data)[0]["fields"].get("lock_version")
            for version in Version.objects.filter(pk__in=latest)
        }
        unversioned += [pk for pk, lock_version in stored.items() if recorded.get(pk) != lock_version]
    article_revisions_record(unversioned, None, UNVERSIONED_COMMENT, backdated=True)


def stored_lock_versions(article_pks):
    """(pk, lock_version) of the given articles that still exist."""
    for batch in batches(article_pks):
        yield from Article.objects.filter(pk__in=batch).values_list("pk", "lock_version")


def _in_batches(pks, queryset):
    for batch in batches(pks):
        yield from queryset.filter(pk__in=batch)


def article_forget_deleted_references(article):
    """After an old revision was written back: drop what it pointed at and is gone since.

    A tag merged into another, a linked article or an author deleted, an account removed: the
    restored rows would point nowhere and the save would fail.
    """
    for model_field in Article._meta.concrete_fields:
        if model_field.is_relation and model_field.null:
            related_id = getattr(article, model_field.attname)
            if related_id is not None and not model_field.related_model._default_manager.filter(pk=related_id).exists():
                setattr(article, model_field.attname, None)
    TaggedArticle.objects.filter(content_object=article.pk).filter(~Exists(Tag.objects.filter(pk=OuterRef("tag_id")))).delete()
    RelatedLink.objects.filter(article=article.pk, target__isnull=False).filter(
        ~Exists(Article.objects.filter(pk=OuterRef("target_id")))
    ).delete()
    Byline.objects.filter(article=article.pk).filter(~Exists(Author.objects.filter(pk=OuterRef("author_id")))).delete()


# ---------------------------------------------------------------------------------------------
# Deleted articles, as their last revision recorded them.

@dataclass(frozen=True)
class DeletedArticle:
    """A deleted article: the version the recover list offers, and the article as it recorded it.

    `article` is unsaved and holds only what the roles ask (status, dates, creator); who its byline
    named is read from the same revision, because the byline rows were deleted with it.
    """

    version: Version
    article: Article
    byline_user_ids: frozenset = frozenset()

    def is_owned_by(self, user):
        return self.article.created_by_id == user.pk or user.pk in self.byline_user_ids


def deleted_articles(version_pk=None):
    """The deleted articles (their latest versions), newest first; only `version_pk`'s if given.

    Three queries per 500 of them: their versions, their revisions' bylines, those authors' users.
    """
    versions = Version.objects.get_deleted(Article).select_related("revision__user").order_by("-pk")
    if version_pk is not None:
        versions = versions.filter(pk=version_pk)
    versions = list(versions)
    byline_authors = {}  # (revision id, article id as text) → ids of the authors its byline named
    for batch in batches(sorted({version.revision_id for version in versions})):
        for byline in Version.objects.get_for_model(Byline).filter(revision_id__in=batch).only("revision_id", "serialized_data"):
            data = json.loads(byline.serialized_data)[0]["fields"]
            byline_authors.setdefault((byline.revision_id, str(data.get("article"))), set()).add(data.get("author"))
    user_of = {}
    for batch in batches(sorted(set().union(*byline_authors.values()))):
        user_of |= dict(Author.objects.filter(pk__in=batch, user__isnull=False).values_list("pk", "user_id"))
    return [
        DeletedArticle(
            version,
            _recorded_article(version),
            frozenset(user_of[pk] for pk in byline_authors.get((version.revision_id, version.object_id), ()) if pk in user_of),
        )
        for version in versions
    ]


def _recorded_article(version):
    """An unsaved article with the title, status, dates and creator the version recorded."""
    fields = json.loads(version.serialized_data)[0]["fields"]
    article = Article(pk=int(version.object_id), created_by_id=fields.get("created_by"))
    for name in ("title", "status", "published_at"):
        if name in fields:
            setattr(article, name, Article._meta.get_field(name).to_python(fields[name]))
    return article
