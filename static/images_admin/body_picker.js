/* „Bild aus der Bibliothek einfügen“: a button under the body editor's toolbar opens a dialog
   that searches the media library (images.admin picker_view, JSON) and inserts the chosen image
   as a figure. On save the figure is written anew from the library (images.body): responsive
   srcset, lazy loading, width and height, caption and „Foto von …“. */
(function () {
  "use strict";

  function element(tag, props, children) {
    const node = Object.assign(document.createElement(tag), props || {});
    (children || []).forEach(function (child) { node.append(child); });
    return node;
  }

  function escapeHtml(text) {
    return String(text || "").replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c];
    });
  }

  function figureHtml(image) {
    const caption = [image.caption, image.credit ? "Foto von " + image.credit : ""].filter(Boolean).join(" ");
    return '<figure><img src="' + escapeHtml(image.src) + '" alt="' + escapeHtml(image.alt) + '">' +
      (caption ? "<figcaption>" + escapeHtml(caption) + "</figcaption>" : "") + "</figure><p></p>";
  }

  function openDialog(editor, url) {
    const search = element("input", { type: "search", placeholder: "Alternativtext, Bildunterschrift, Bildnachweis oder Dateiname", className: "vTextField" });
    search.setAttribute("aria-label", "Bilder suchen");
    const results = element("ul", { className: "library-picker__results" });
    const status = element("p", { className: "help", role: "status" });
    const close = element("button", { type: "button", className: "button", textContent: "Abbrechen" });
    const dialog = element("dialog", { className: "library-picker" }, [
      element("h2", { textContent: "Bild aus der Bibliothek einfügen" }), search, status, results, close,
    ]);
    dialog.setAttribute("aria-label", "Bild aus der Bibliothek einfügen");
    document.body.append(dialog);
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () { dialog.remove(); });

    let timer = null;
    function load() {
      status.textContent = "Suche …";
      fetch(url + "?q=" + encodeURIComponent(search.value), { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (response) {
          if (!response.ok) throw new Error(response.status === 403 ? "Keine Berechtigung für die Bildbibliothek." : "Fehler " + response.status);
          return response.json();
        })
        .then(function (answer) {
          results.replaceChildren();
          status.textContent = answer.bilder.length ? answer.bilder.length + " Bilder" : "Keine Bilder gefunden.";
          answer.bilder.forEach(function (image) {
            const label = image.alt || "(ohne Alternativtext)";
            const button = element("button", { type: "button", className: "library-picker__choice" }, [
              element("img", { src: image.vorschau, alt: "" }), element("span", { textContent: label }),
            ]);
            button.setAttribute("aria-label", "Einfügen: " + label);
            button.addEventListener("click", function () {
              if (!image.alt) {
                status.textContent = "Dieses Bild hat noch keinen Alternativtext. Bitte ihn zuerst in der Bibliothek ergänzen.";
                return;
              }
              editor.chain().focus().insertContent(figureHtml(image)).run();
              dialog.close();
            });
            results.append(element("li", {}, [button]));
          });
        })
        .catch(function (error) { status.textContent = error.message; });
    }
    search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(load, 250); });
    dialog.showModal();
    load();
  }

  document.addEventListener("prose-editor:ready", function (event) {
    const textarea = event.detail.textarea;
    const url = textarea.dataset.imagePickerUrl;
    if (!url) return;
    const button = element("button", { type: "button", className: "button library-picker__open", textContent: "Bild aus der Bibliothek einfügen" });
    button.addEventListener("click", function () { openDialog(event.detail.editor, url); });
    const container = textarea.closest(".prose-editor") || textarea.parentElement;
    container.parentElement.insertBefore(button, container);
  });
})();
