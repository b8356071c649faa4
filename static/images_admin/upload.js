/* Drag and drop (or pick) several images at once; each becomes a library image. The server
   answers per file, so one bad file shows its German message and the others are saved. */
(function () {
  "use strict";

  function resultRow(result) {
    const row = document.createElement("li");
    if (result.ok) {
      const image = document.createElement("img");
      image.src = result.vorschau;
      image.alt = "";
      const link = document.createElement("a");
      link.href = result.bearbeiten;
      link.textContent = result.name + " – hochgeladen; Alternativtext und Bildunterschrift ergänzen";
      row.append(image, link);
    } else {
      row.className = "is-error";
      row.textContent = (result.name ? result.name + ": " : "") + result.fehler;
    }
    return row;
  }

  function upload(form, files) {
    if (!files.length) return;
    const list = form.querySelector(".image-upload__results");
    const data = new FormData();
    data.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
    Array.from(files).forEach(function (file) { data.append("dateien", file); });
    const waiting = document.createElement("li");
    waiting.textContent = files.length + " Datei(en) werden hochgeladen …";
    list.prepend(waiting);
    fetch(form.dataset.uploadUrl, { method: "POST", body: data, headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status === 403 ? "Keine Berechtigung zum Hochladen." : "Fehler " + response.status);
        return response.json();
      })
      .then(function (answer) {
        waiting.remove();
        answer.ergebnisse.slice().reverse().forEach(function (result) { list.prepend(resultRow(result)); });
      })
      .catch(function (error) {
        waiting.textContent = "Hochladen fehlgeschlagen: " + error.message;
        waiting.className = "is-error";
      });
  }

  document.addEventListener("DOMContentLoaded", function () {
    const form = document.querySelector(".image-upload");
    if (!form) return;
    const zone = form.querySelector(".image-upload__zone");
    const input = form.querySelector(".image-upload__input");
    input.addEventListener("change", function () { upload(form, input.files); input.value = ""; });
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (event) { event.preventDefault(); zone.classList.add("is-over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove("is-over"); });
    });
    zone.addEventListener("drop", function (event) {
      event.preventDefault();
      upload(form, event.dataTransfer.files);
    });
  });
})();
