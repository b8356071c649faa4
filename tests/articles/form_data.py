"""Submit an admin form as a browser would: with every value the page filled in.

Tests that change one field of an existing object read the change form, alter that
field and post everything else unchanged, so they keep working when other fields,
inlines or hidden inputs are added to the form.
"""
from html.parser import HTMLParser


class _FormParser(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.data = {}
        self._select = None
        self._option = None
        self._textarea = None

    def _add(self, name, value):
        self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = attrs.get("type", "text").lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self._add(name, attrs.get("value", "on" if kind in ("checkbox", "radio") else ""))
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select:
            self._option = attrs if "selected" in attrs else None
            if self._option is not None and "value" in attrs:
                self._add(self._select, attrs["value"])
                self._option = None
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data
        elif self._option is not None:
            self._add(self._select, data.strip())
            self._option = None

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, value = self._textarea
            # Browsers drop the one newline that follows <textarea>.
            self._add(name, value[1:] if value.startswith("\n") else value)
            self._textarea = None


def form_data(html, form_id):
    """The values the form with `form_id` would submit, as a dict for Django's test client."""
    parser = _FormParser(form_id)
    parser.feed(html)
    return {name: values if len(values) > 1 else values[0] for name, values in parser.data.items()}


def changed_form(client, url, form_id, **changes):
    """The data of the admin form at `url` with `changes` applied, ready to post back."""
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    data = form_data(response.text, form_id)
    data.update(changes)
    data.setdefault("_save", "Sichern")
    return data
