/* The admin's Liveticker screen: Strg+Enter (Cmd+Enter) publishes the entry being written,
   deleting asks first, and the running ticker beside the form refreshes itself, so entries
   that colleagues post appear without a reload. A static file: the admin's CSP allows no
   inline script without its nonce. */
(function () {
  "use strict";
  var form = document.querySelector("[data-liveticker-form]");
  if (form) {
    // In the capture phase, before the editor (which would take Mod+Enter for a line break).
    form.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        event.stopPropagation();
        form.requestSubmit(form.querySelector("[data-liveticker-submit]"));
      }
    }, true);
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-liveticker-confirm]");
    if (button && !window.confirm(button.getAttribute("data-liveticker-confirm"))) {
      event.preventDefault();
    }
  });

  var list = document.querySelector("[data-liveticker-desk-entries]");
  if (!list || !window.fetch || !window.DOMParser) {
    return;
  }
  var refresh = function () {
    fetch(window.location.pathname, { headers: { Accept: "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("[data-liveticker-desk-entries]");
        if (fresh && fresh.textContent !== list.textContent) {
          list.innerHTML = fresh.innerHTML;
        }
      })
      .catch(function () {})
      .then(function () { window.setTimeout(refresh, 5000); });
  };
  window.setTimeout(refresh, 5000);
})();
