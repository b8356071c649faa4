// The article change form's heartbeat (a soft lock, like WordPress's): every few seconds tell
// the server this editor still has the article open, and show who else has – and whether
// someone saved it meanwhile. Without JavaScript the notice is still shown when the form renders.
"use strict";
(function () {
  const box = document.getElementById("soft-lock");
  if (!box || !window.fetch) {
    return;
  }
  const form = document.getElementById("article_form");
  const editors = document.getElementById("soft-lock-editors");
  const stale = document.getElementById("soft-lock-stale");
  const seconds = Number(box.dataset.seconds) || 30;
  let submitting = false;

  function payload(state) {
    const data = new FormData();
    const token = form && form.querySelector("[name=csrfmiddlewaretoken]");
    data.append("csrfmiddlewaretoken", token ? token.value : "");
    data.append("state", state);
    data.append("page", box.dataset.page || "");
    data.append("lock_version", box.dataset.lockVersion || "");
    return data;
  }

  function show(element, text) {
    element.textContent = text;
    element.hidden = !text;
  }

  async function beat() {
    try {
      const response = await fetch(box.dataset.url, {
        method: "POST", body: payload("open"), credentials: "same-origin",
      });
      if (!response.ok) {
        return;
      }
      const data = await response.json();
      show(editors, data.editors.join(" "));
      show(stale, data.stale);
    } catch (error) {
      // Offline for a moment: the next beat tries again.
    }
  }

  setInterval(beat, seconds * 1000);
  if (form) {
    form.addEventListener("submit", function () { submitting = true; });
  }
  // Leaving without saving frees the article at once instead of after the timeout.
  window.addEventListener("pagehide", function () {
    if (!submitting && navigator.sendBeacon) {
      navigator.sendBeacon(box.dataset.url, payload("closed"));
    }
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) {
      submitting = false;
      beat();
    }
  });
})();
