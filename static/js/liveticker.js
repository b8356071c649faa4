/* A running Liveticker on the article page: asks every few seconds whether anything changed
   (the update check, answered from the page cache with 304 while nothing did) and, if so,
   fetches the page anew and puts in its entries, keeping the reader's place on the page.
   "3 neue Einträge" is announced politely (role=status). Without JavaScript a reload does
   the same. A file of its own, not inline: the Content-Security-Policy allows no inline script. */
(function () {
  "use strict";
  var ticker = document.querySelector("[data-liveticker-updates]");
  if (!ticker || !window.fetch || !window.DOMParser) {
    return;
  }
  var updatesUrl = ticker.getAttribute("data-liveticker-updates");
  var stand = ticker.getAttribute("data-liveticker-stand");
  var wait = (Number(ticker.getAttribute("data-liveticker-poll-seconds")) || 8) * 1000;
  var notice = ticker.querySelector("[data-liveticker-notice]");
  var running = true;

  function entryIds(root) {
    var ids = {};
    Array.prototype.forEach.call(root.querySelectorAll("[data-liveticker-entry]"), function (entry) {
      ids[entry.id] = true;
    });
    return ids;
  }

  // The first entry at or below the top of the window: the reader's place.
  function placeOfReader() {
    var entries = ticker.querySelectorAll("[data-liveticker-entry]");
    for (var i = 0; i < entries.length; i += 1) {
      var top = entries[i].getBoundingClientRect().top;
      if (top >= 0) {
        return { id: entries[i].id, top: top };
      }
    }
    return null;
  }

  function announce(fresh) {
    notice.textContent = "";
    if (!fresh.length) {
      notice.textContent = "Einträge aktualisiert";
      return;
    }
    var link = document.createElement("a");
    link.href = "#" + fresh[0];
    link.textContent = fresh.length === 1 ? "1 neuer Eintrag" : fresh.length + " neue Einträge";
    notice.appendChild(link);
  }

  function showPage(html) {
    var page = new DOMParser().parseFromString(html, "text/html");
    var fresh = page.querySelector("[data-liveticker-content]");
    var current = ticker.querySelector("[data-liveticker-content]");
    if (!fresh || !current) {
      return;
    }
    var known = entryIds(current);
    var added = Object.keys(entryIds(fresh)).filter(function (id) { return !known[id]; });
    var place = placeOfReader();
    current.replaceWith(document.adoptNode(fresh));
    if (place && place.top < window.innerHeight) {
      var same = document.getElementById(place.id);
      if (same) {
        window.scrollBy(0, same.getBoundingClientRect().top - place.top);
      }
    }
    var freshTicker = page.querySelector("#liveticker");
    stand = freshTicker ? freshTicker.getAttribute("data-liveticker-stand") : null;
    running = Boolean(stand);
    announce(added);
  }

  function check() {
    fetch(updatesUrl, { headers: { Accept: "application/json" } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("update check: " + response.status);
        }
        return response.json();
      })
      .then(function (state) {
        if (state.stand === stand) {
          return null;
        }
        return fetch(window.location.pathname).then(function (response) {
          return response.ok ? response.text().then(showPage) : null;
        });
      })
      .catch(function () {
        // Offline or a server hiccup: try again at the next turn.
      })
      .then(function () {
        if (running) {
          window.setTimeout(check, wait);
        }
      });
  }

  window.setTimeout(check, wait);
})();
