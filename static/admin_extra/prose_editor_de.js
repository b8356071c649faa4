/* German labels for the body editor: django-prose-editor names its toolbar in English,
   and its link dialog only partly through Django's JavaScript catalog. */
(function () {
  "use strict";

  // Dialog texts go through gettext(); the admin's catalog (jsi18n) is merged with these.
  const django = (window.django = window.django || {});
  django.catalog = django.catalog || {};
  Object.assign(django.catalog, {
    "Edit Link": "Link bearbeiten",
    "URL": "Adresse (https://…, mailto:…)",
    "Title": "Titel (optional)",
    "Update": "Übernehmen",
    "Insert": "Einfügen",
  });

  // Toolbar buttons and the paragraph/heading picker are labelled in plain English.
  const labels = {
    "paragraph": "Absatz",
    "Paragraph": "Absatz",
    "Heading 2": "Zwischenüberschrift",
    "Heading 3": "Unterüberschrift",
    "Heading 4": "Kleine Überschrift",
    "unordered list": "Aufzählung",
    "ordered list": "Nummerierte Liste",
    "List properties": "Listen-Einstellungen",
    "blockquote": "Zitat",
    "bold": "Fett",
    "italic": "Kursiv",
    "insert link": "Link einfügen",
    "remove link": "Link entfernen",
    "undo": "Rückgängig",
    "redo": "Wiederholen",
  };

  function german(text) {
    return Object.prototype.hasOwnProperty.call(labels, text) ? labels[text] : null;
  }

  function translate(menubar) {
    menubar.querySelectorAll("[title], [aria-label]").forEach(function (element) {
      ["title", "aria-label"].forEach(function (attribute) {
        const label = german(element.getAttribute(attribute));
        if (label) element.setAttribute(attribute, label);
      });
    });
    menubar.querySelectorAll(".prose-menubar__option > *").forEach(function (element) {
      const label = german(element.textContent);
      if (label) element.textContent = label;
    });
  }

  // The editor builds (and updates) its toolbar after this script has run.
  new MutationObserver(function (mutations) {
    const menubars = new Set();
    mutations.forEach(function (mutation) {
      const node = mutation.target.nodeType === 1 ? mutation.target : mutation.target.parentElement;
      const menubar = node && (node.closest(".prose-menubar") || node.querySelector(".prose-menubar"));
      if (menubar) menubars.add(menubar);
    });
    menubars.forEach(translate);
  }).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["title"] });
})();
