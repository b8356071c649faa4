"""The newsroom's roles (Django groups) and what each may do with an article.

The groups and their permissions are created by migration 0004 (`sync_roles`); the rules
that depend on a single article (whose it is, which status it has) are the functions
below, which the admin asks (articles/admin/workflow.py). A role only works for staff
users: the admin lets nobody in without `is_staff`.
"""
from functools import reduce
from operator import or_

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Q

AUTHOR = "Autor/in"
EDITOR = "Redaktion"
ADMINISTRATION = "Administration"

PUBLISH = "articles.publish_article"
CHANGE_OTHERS = "articles.change_others_article"


def model_permissions(model, actions=("add", "change", "delete", "view")):
    """`"articles.byline"` → `["articles.add_byline", …, "articles.view_byline"]`."""
    app_label, model_name = model.split(".")
    return [f"{app_label}.{action}_{model_name}" for action in actions]


# Permission names as in `user.has_perm()`; "app.*" is every permission of the app.
ROLE_PERMISSIONS = {
    AUTHOR: [
        # Articles: add any, but change and delete only their own drafts (see below).
        *model_permissions("articles.article"),
        *model_permissions("articles.byline"),
        *model_permissions("articles.relatedlink"),
        *model_permissions("articles.livetickerentry"),
        # The media library: upload, describe and pick images; deleting them is the Redaktion's.
        *model_permissions("images.image", actions=("add", "change", "view")),
        "articles.view_bodyimage",
        # Picking authors, sections and tags in the article form needs view permission.
        "articles.view_author",
        "articles.view_section",
        "taggit.view_tag",
    ],
    EDITOR: [
        *model_permissions("articles.article"),
        PUBLISH,
        CHANGE_OTHERS,
        *model_permissions("articles.byline"),
        *model_permissions("articles.relatedlink"),
        *model_permissions("articles.livetickerentry"),
        *model_permissions("articles.previewlink"),
        *model_permissions("articles.slugredirect"),
        *model_permissions("articles.tagredirect"),
        *model_permissions("taggit.tag"),
        # Running the front page: its one row is changed, never added or deleted (admin/front_page.py).
        *model_permissions("articles.frontpage", actions=("change", "view")),
        *model_permissions("articles.frontpageslot"),
        *model_permissions("articles.breakingnews"),  # Eilmeldungen
        *model_permissions("images.image"),  # the media library, deleting unused images included
        "articles.view_bodyimage",
        "articles.view_author",
        "articles.view_section",
        "tickers.view_coin",
    ],
    ADMINISTRATION: [
        "articles.*",
        "images.*",
        "taggit.*",
        "tickers.*",
        "pages.*",  # site settings and legal pages (Impressum, Datenschutz, ...)
        *model_permissions("auth.user"),
        *model_permissions("auth.group"),
        # Login protection (django-axes): lift a lockout by deleting its attempt; read who
        # logged in and which logins failed. The logs are evidence, so they stay read-only.
        *model_permissions("axes.accessattempt", actions=("view", "delete")),
        *model_permissions("axes.accessattemptexpiration", actions=("view", "delete")),  # deleted with it
        "axes.view_accesslog",
        "axes.view_accessfailurelog",
        # Two-factor login (django-otp): see who has it on, and reset it for someone who lost her
        # phone. Nobody may add or change another person's app (renewz/two_factor.py).
        *model_permissions("otp_totp.totpdevice", actions=("view", "delete")),
    ],
}


def sync_roles(apps=global_apps, using=DEFAULT_DB_ALIAS):
    """Create the three groups and give each exactly the permissions of ROLE_PERMISSIONS.

    Called by migration 0004 with the historical app registry, where permissions do not
    exist yet on a fresh database (Django creates them after all migrations), so they are
    created here first. A permission whose model (or app) does not exist in `apps` is skipped:
    a later migration that adds models to a role calls this again.
    """
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_labels = {name.split(".")[0] for names in ROLE_PERMISSIONS.values() for name in names}
    for app_label in app_labels:
        try:
            app_config = apps.get_app_config(app_label)
        except LookupError:  # the app's first migration has not run yet
            continue
        if apps is global_apps:
            create_permissions(app_config, verbosity=0, using=using, apps=apps)
        else:  # the historical registry's app configs have no models module; pretend they do
            app_config.models_module = True
            create_permissions(app_config, verbosity=0, using=using, apps=apps)
            app_config.models_module = None

    for role, names in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.using(using).get_or_create(name=role)
        group.permissions.set(Permission.objects.using(using).filter(reduce(or_, map(permission_lookup, names))))


def permission_lookup(name):
    app_label, codename = name.split(".")
    if codename == "*":
        return Q(content_type__app_label=app_label)
    return Q(content_type__app_label=app_label, codename=codename)


# ------------------------------------------------------------ rules for one article


def can_publish(user):
    """Publish, schedule, unpublish and correct articles (Redaktion, Administration)."""
    return user.has_perm(PUBLISH)


def can_run_front_page(user):
    """Place articles on the home page (Redaktion, Administration)."""
    return user.has_perm("articles.change_frontpage")


def can_change_others(user):
    return user.has_perm(CHANGE_OTHERS)


def _owns(user, article, owned):
    return article.is_owned_by(user) if owned is None else owned


def may_view(user, article, owned=None):
    """Authors see their own articles and what readers see anyway; editors see all.

    `owned` says whether the article is the user's where the database cannot: a deleted
    article, judged on the state its last revision recorded (its byline rows are gone).
    """
    return can_change_others(user) or article.is_public or _owns(user, article, owned)


def may_change(user, article):
    """Authors edit their own articles only while they are drafts: once submitted for
    review the article is the editors' until they send it back („Entwurf“).

    Writing an old revision back is a change like any other, judged on the article as it
    is stored now."""
    if can_change_others(user):
        return True
    if not article.is_owned_by(user):
        return False
    return can_publish(user) or article.status == article.Status.DRAFT


def may_delete(user, article, owned=None):
    """Authors delete their own drafts; published articles only editors (better: unpublish)."""
    if can_change_others(user):
        return True
    return article.status == article.Status.DRAFT and _owns(user, article, owned)


def may_recover(user, article, owned):
    """Whoever may delete an article may bring it back (an author: her own drafts), judged on
    the state it was deleted in; `owned` as for `may_view`."""
    return may_delete(user, article, owned)


# ------------------------------------------------------------ rules for a Liveticker


def may_post_entry(user, article):
    """Post and prepare entries: whoever may edit the article, and its own Autor/innen also
    once it is published (reporters write the ticker from where it happens)."""
    if not (article.is_liveticker and user.has_perm("articles.add_livetickerentry")):
        return False
    return may_change(user, article) or article.is_owned_by(user)


def may_change_entry(user, entry):
    """Edit, publish or delete an entry: its author (who posted it) and the Redaktion."""
    if can_change_others(user):
        return user.has_perm("articles.change_livetickerentry")
    return entry.created_by_id == user.pk and user.has_perm("articles.change_livetickerentry")


def may_end_liveticker(user, article):
    """End a Liveticker (or take it up again): the Redaktion."""
    return article.is_liveticker and can_publish(user) and may_change(user, article)
