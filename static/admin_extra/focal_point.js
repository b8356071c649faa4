/* The focal point of a library image (images admin): a click into the preview sets „Bildmittelpunkt
   waagrecht/senkrecht“ (0–1), and a cross marks it. Teaser cards are cropped around it. */
(function () {
  "use strict";

  function fields() {
    return [document.getElementById("id_focal_x"), document.getElementById("id_focal_y")];
  }

  function showMarker(picker) {
    const [x, y] = fields();
    const marker = picker.querySelector(".focal-point-picker__marker");
    if (!x || !y || !marker) return;
    const left = parseFloat(x.value.replace(",", "."));
    const top = parseFloat(y.value.replace(",", "."));
    marker.hidden = isNaN(left) && isNaN(top);
    marker.style.left = (isNaN(left) ? 50 : left * 100) + "%";
    marker.style.top = (isNaN(top) ? 50 : top * 100) + "%";
  }

  function setUp(picker) {
    const [x, y] = fields();
    if (!x || !y) return; // read-only for this user
    picker.style.cssText = "position:relative;display:inline-block;cursor:crosshair";
    picker.querySelector(".focal-point-picker__marker").style.cssText =
      "position:absolute;width:18px;height:18px;margin:-11px 0 0 -11px;border:2px solid #fff;" +
      "border-radius:50%;box-shadow:0 0 0 2px #b3122e,0 0 4px #000;pointer-events:none";
    picker.querySelector("img").addEventListener("click", function (event) {
      const box = event.target.getBoundingClientRect();
      x.value = Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)).toFixed(2);
      y.value = Math.min(1, Math.max(0, (event.clientY - box.top) / box.height)).toFixed(2);
      showMarker(picker);
    });
    [x, y].forEach(function (input) {
      input.addEventListener("input", function () { showMarker(picker); });
    });
    showMarker(picker);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll(".focal-point-picker").forEach(setUp);
  });
})();
