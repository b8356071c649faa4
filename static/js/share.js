/* The article page's "Link kopieren" button: shown only where the browser can copy.
   A file of its own, not inline, so the Content-Security-Policy allows no inline script. */
(function () {
  "use strict";
  var box = document.currentScript.parentNode;
  var input = box.querySelector(".share__url");
  var button = box.querySelector(".share__copy-button");
  var status = box.querySelector(".share__status");
  input.addEventListener("focus", function () { input.select(); });
  if (!navigator.clipboard) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.clipboard.writeText(input.value).then(function () {
      status.textContent = "Link kopiert.";
    }, function () {
      input.select();
      status.textContent = "Bitte den markierten Link mit Strg+C kopieren.";
    });
  });
})();
