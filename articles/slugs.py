from django.utils.text import slugify

GERMAN_TRANSLITERATION = str.maketrans({
    "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss",
    "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ẞ": "SS",
})


def german_slugify(text):
    """Slugify German text the way German readers spell it without umlauts.

    „Übergriffe auf Straßen“ becomes `uebergriffe-auf-strassen`, not `ubergriffe-auf-straen`.
    """
    return slugify(str(text).translate(GERMAN_TRANSLITERATION))


def unique_slug(model, text, *, max_length, instance_pk=None, reserved=None):
    """A slug for `text` that no other row of `model` uses, numbered if needed.

    `reserved`, if given, maps the base slug to further slugs starting with it that are
    taken, e.g. former addresses of other articles.
    """
    base = german_slugify(text)[:max_length].strip("-") or "artikel"
    taken = set(
        model._default_manager.filter(slug__startswith=base)
        .exclude(pk=instance_pk)
        .values_list("slug", flat=True)
    )
    if reserved is not None:
        taken.update(reserved(base))
    slug, number = base, 2
    while slug in taken:
        suffix = f"-{number}"
        slug = base[: max_length - len(suffix)].rstrip("-") + suffix
        number += 1
    return slug
