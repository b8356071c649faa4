// Aids in the article form: live word and character counts for title, lead and text, length
// hints at the lengths search engines show, a live preview of the search result and the shared
// link (templates/admin/articles/article/includes/snippet_preview.html), and two shortcuts:
// Strg+S saves („Sichern und weiter bearbeiten“), Strg+K opens the text's link dialog.
"use strict";
(function () {
  // What the article page puts out (templates/articles/article_detail.html, components/meta_article.html):
  // <title>„Titel – RENEWZ“</title>, a description of the lead cut at 160 characters, og:description at 300.
  const SEARCH_TITLE_CHARACTERS = 60;  // about what Google shows of a title (600 px) before „…“
  const SEARCH_DESCRIPTION_CHARACTERS = 160;
  const CARD_DESCRIPTION_CHARACTERS = 300;
  const number = (value) => value.toLocaleString("de-DE");

  function cut(text, length) {
    // Django's truncatechars: at most `length` characters, the last one „…“.
    return text.length > length ? text.slice(0, length - 1).trimEnd() + "…" : text;
  }

  function counts(text) {
    const words = text.trim() ? text.trim().split(/\s+/).length : 0;
    return `${number(words)} ${words === 1 ? "Wort" : "Wörter"} · ${number(text.length)} Zeichen`;
  }

  function bodyText(html) {
    // Parsed inertly (no scripts run, nothing loads): only the text is read.
    const text = new DOMParser().parseFromString(html, "text/html").body;
    text.querySelectorAll("p, h2, h3, h4, li, blockquote, figcaption, br").forEach((node) => node.append(" "));
    return text.textContent.replace(/\s+/g, " ").trim();
  }

  function bodyEditor() {
    const body = document.getElementById("id_body");
    const wrapper = body && body.closest(".prose-editor");
    const view = wrapper && wrapper.querySelector(".ProseMirror[contenteditable]");
    return view ? view.editor : null;  // Tiptap puts itself on its view's element
  }

  function aidFor(field, name) {
    const aid = document.createElement("div");
    aid.className = "help editor-aid";  // indented like the field's help text
    aid.id = `editor-aid-${name}`;
    const place = field.closest(".flex-container") || field.parentElement;
    place.after(aid);
    field.setAttribute("aria-describedby", `${field.getAttribute("aria-describedby") || ""} ${aid.id}`.trim());
    return aid;
  }

  function show(aid, text, warning) {
    aid.textContent = text;
    aid.classList.toggle("editor-aid--warning", Boolean(warning));
  }

  function start() {
    const form = document.getElementById("article_form");
    if (!form || !form.elements.namedItem("title")) return;  // a read-only view: nothing typed here
    const title = form.elements.namedItem("title");
    const lead = form.elements.namedItem("lead");
    const body = form.elements.namedItem("body");
    const slug = form.elements.namedItem("slug");
    const preview = document.getElementById("snippet-preview");
    const siteName = preview ? preview.dataset.siteName : "";
    const aids = {
      title: title && aidFor(title, "title"),
      lead: lead && aidFor(lead, "lead"),
      body: body && aidFor(body, "body"),
    };

    function update() {
      const titleText = title ? title.value.trim() : "";
      const leadText = lead ? lead.value.trim().replace(/\s+/g, " ") : "";
      const pageTitle = siteName ? `${titleText} – ${siteName}` : titleText;
      if (aids.title) {
        const over = pageTitle.length > SEARCH_TITLE_CHARACTERS;
        show(aids.title, `${counts(titleText)}. ` + (over
          ? `Zu lang für Suchergebnisse: Der Seitentitel „${cut(pageTitle, 40)}“ hat ${number(pageTitle.length)} Zeichen, Suchmaschinen zeigen etwa ${SEARCH_TITLE_CHARACTERS} – der Rest wird abgeschnitten.`
          : `Seitentitel in Suchergebnissen (mit „– ${siteName}“): ${number(pageTitle.length)} von ${SEARCH_TITLE_CHARACTERS} Zeichen.`), over);
      }
      if (aids.lead) {
        const over = leadText.length > SEARCH_DESCRIPTION_CHARACTERS;
        show(aids.lead, `${counts(leadText)}. ` + (over
          ? `Zu lang für die Beschreibung in Suchergebnissen: ${number(leadText.length)} von ${SEARCH_DESCRIPTION_CHARACTERS} Zeichen – Suchmaschinen zeigen nur den Anfang.`
          : `Beschreibung in Suchergebnissen: ${number(leadText.length)} von ${SEARCH_DESCRIPTION_CHARACTERS} Zeichen.`), over);
      }
      if (aids.body) show(aids.body, `${counts(bodyText(body.value))}.`, false);
      if (preview) updatePreview(titleText, leadText, pageTitle);
    }

    function updatePreview(titleText, leadText, pageTitle) {
      const origin = preview.dataset.origin;
      const path = slug && slug.value ? `${preview.dataset.path}${slug.value}/` : `${preview.dataset.path}…/`;
      preview.hidden = false;
      document.getElementById("snippet-url").textContent = `${origin.replace(/^https?:\/\//, "")}${path}`;
      document.getElementById("snippet-title").textContent = cut(pageTitle, SEARCH_TITLE_CHARACTERS) || "(ohne Titel)";
      document.getElementById("snippet-description").textContent = cut(leadText, SEARCH_DESCRIPTION_CHARACTERS) || "(ohne Vorspann)";
      document.getElementById("snippet-domain").textContent = origin.replace(/^https?:\/\//, "").toUpperCase();
      document.getElementById("snippet-card-title").textContent = titleText || "(ohne Titel)";
      document.getElementById("snippet-card-description").textContent = cut(leadText, CARD_DESCRIPTION_CHARACTERS);
      updateImage();
    }

    function updateImage() {
      const note = document.getElementById("snippet-no-image");
      let image = document.getElementById("snippet-image");
      if (!image) {
        image = Object.assign(document.createElement("img"), { id: "snippet-image", alt: "", hidden: true });
        note.before(image);
      }
      // The hero is a library image: the saved one is previewed beside the picker.
      const stored = document.querySelector(".field-hero_preview img");
      const picker = form.elements.namedItem("hero_image");
      const current = picker ? picker.value : "";
      const changed = picker && current !== savedHero;
      const shown = stored && current && !changed;
      image.hidden = !shown;
      if (shown && image.getAttribute("src") !== stored.getAttribute("src")) image.src = stored.getAttribute("src");
      note.hidden = shown;
      note.textContent = current && changed ? "Das neu gewählte Aufmacherbild erscheint hier nach dem Speichern."
        : "Kein Aufmacherbild: der Link wird ohne Bild geteilt.";
    }

    const heroPicker = form.elements.namedItem("hero_image");
    const savedHero = heroPicker ? heroPicker.value : "";
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    update();

    document.addEventListener("keydown", function (event) {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === "s") {
        const save = form.querySelector('input[type="submit"][name="_continue"]');
        event.preventDefault();  // never the browser's „Seite speichern unter“
        if (save && !event.repeat) form.requestSubmit(save);
      } else if (key === "k") {
        const editor = bodyEditor();
        if (!editor) return;
        event.preventDefault();  // the browser's own Strg+K searches the web
        event.stopPropagation();  // the editor's own Strg+K would open a second dialog
        openLinkDialog(editor);
      }
    }, true);

    function openLinkDialog(editor) {
      const selection = editor.state.selection;
      if (selection.empty && !editor.isActive("link") && !editor.view.dom.contains(document.activeElement)) {
        editor.commands.focus();  // from another field: into the text first, where the link goes
        show(aids.body, "Im Text den Linktext markieren (oder den Cursor in ein Wort setzen), dann Strg+K.", true);
        return;
      }
      if (selection.empty && !editor.isActive("link")) {
        // As in word processors: no selection links the word at the cursor.
        const parent = selection.$from.parent;
        const text = parent.textBetween(0, parent.content.size, undefined, "\ufffc");
        let from = selection.$from.parentOffset;
        let to = from;
        while (from > 0 && /[\p{L}\p{N}_-]/u.test(text[from - 1])) from -= 1;
        while (to < text.length && /[\p{L}\p{N}_-]/u.test(text[to])) to += 1;
        if (from === to) {
          editor.commands.focus();
          show(aids.body, "Für einen Link zuerst den Text markieren (oder den Cursor in ein Wort setzen), dann Strg+K.", true);
          return;
        }
        const base = selection.$from.start();
        editor.chain().focus().setTextSelection({ from: base + from, to: base + to }).run();
      }
      editor.chain().focus().addLink().run();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
