/* Two-click embeds (articles.embeds): the page holds a local placeholder per embed; only when
   the reader clicks „Inhalt von … laden“ does the browser contact the provider, by loading its
   player in an iframe. „Inhalte von … immer laden“ is remembered in this browser only
   (localStorage, never sent to us) and can be undone under each embed loaded that way. */
(function () {
  "use strict";

  const STORAGE_KEY = "renewz.embeds.immer-laden";

  function remembered() {
    try {
      const value = JSON.parse(window.localStorage.getItem(STORAGE_KEY) || "[]");
      return Array.isArray(value) ? value : [];
    } catch (error) {
      return [];  // storage blocked or garbled: ask again
    }
  }

  function remember(provider, always) {
    const providers = remembered().filter(function (key) { return key !== provider; });
    if (always) providers.push(provider);
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(providers));
    } catch (error) {
      /* storage blocked: this click still loads, the next page asks again */
    }
  }

  function load(figure, automatically) {
    const source = figure.dataset.embedSrc || "";
    if (!/^https:\/\//.test(source)) return;
    const name = figure.dataset.embedName;
    const frame = document.createElement("iframe");
    frame.className = "embed__frame";
    frame.src = source;
    frame.title = figure.dataset.embedTitle || "Inhalt von " + name;
    frame.setAttribute("allow", "fullscreen; picture-in-picture");
    frame.setAttribute("allowfullscreen", "");
    frame.setAttribute("referrerpolicy", "strict-origin-when-cross-origin");
    frame.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation");
    figure.querySelector(".embed__placeholder").replaceWith(frame);
    figure.classList.add("embed--loaded");
    if (automatically) {
      const stop = document.createElement("button");
      stop.type = "button";
      stop.className = "embed__forget";
      stop.textContent = "Inhalte von " + name + " nicht mehr automatisch laden";
      stop.addEventListener("click", function () {
        remember(figure.dataset.embedProvider, false);
        stop.replaceWith(Object.assign(document.createElement("p"), {
          className: "embed__forgotten",
          textContent: "Inhalte von " + name + " werden ab dem nächsten Aufruf nicht mehr automatisch geladen.",
        }));
      });
      figure.append(stop);
    } else {
      frame.focus();
    }
  }

  const always = remembered();
  document.querySelectorAll("figure.embed[data-embed-src]").forEach(function (figure) {
    if (always.indexOf(figure.dataset.embedProvider) !== -1) {
      load(figure, true);
      return;
    }
    const actions = figure.querySelector(".embed__actions");
    const button = figure.querySelector(".embed__load");
    const checkbox = figure.querySelector(".embed__always-input");
    if (!actions || !button) return;
    actions.hidden = false;
    button.addEventListener("click", function () {
      if (checkbox && checkbox.checked) remember(figure.dataset.embedProvider, true);
      load(figure, false);
    });
  });
})();
