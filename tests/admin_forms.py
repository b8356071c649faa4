"""Fill in an admin form like a browser: read the rendered page, change fields, post it.

Tests build their POST data from the form the admin actually renders (hidden fields,
inline management forms, other engineers' additions included), so they keep working
when the form grows, and they post only what a person could have posted.
"""
from html.parser import HTMLParser

TEXT_INPUTS = {"text", "hidden", "number", "email", "url", "password", "date", "time", "search", "tel", ""}


class _AdminFormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.fields = []  # (name, value) in document order, as a browser submits them
        self.in_form = False
        self.select = None  # (name, multiple, options, selected)
        self.textarea = None  # (name, [text])
        self.option = None  # [value or None, text]

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and attrs.get("id", "").endswith("_form"):
            self.in_form = True
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name and "disabled" not in attrs:
            kind = attrs.get("type", "text").lower()
            if kind in TEXT_INPUTS:
                self.fields.append((name, attrs.get("value") or ""))
            elif kind in ("checkbox", "radio") and "checked" in attrs:
                self.fields.append((name, attrs.get("value", "on")))
        elif tag == "select" and name:
            self.select = (name, "multiple" in attrs, [], [])
        elif tag == "option" and self.select is not None:
            self.option = [attrs.get("value"), ""]
            if "selected" in attrs:
                self.select[3].append(self.option)
            self.select[2].append(self.option)
        elif tag == "textarea" and name:
            self.textarea = (name, [])

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1].append(data)
        if self.option is not None:
            self.option[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "option":
            self.option = None
        elif tag == "select" and self.select is not None:
            name, multiple, options, selected = self.select
            if not selected and not multiple and options:
                selected = options[:1]  # a browser submits the first option
            for value, text in selected:
                self.fields.append((name, text.strip() if value is None else value))
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            name, parts = self.textarea
            text = "".join(parts)
            self.fields.append((name, text[1:] if text.startswith("\n") else text))
            self.textarea = None


def admin_form_data(response, **changes):
    """The POST data of the admin form on `response`, with `changes` applied
    (a list for several values, None to leave a field out), saved with „Sichern“."""
    assert response.status_code == 200, response
    reader = _AdminFormReader()
    reader.feed(response.text)
    data = {}
    for name, value in reader.fields:
        if "__prefix__" not in name:  # the template rows for new inline entries
            data.setdefault(name, []).append(value)
    data["_save"] = ["Sichern"]
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value if isinstance(value, list) else [value]
    return data
