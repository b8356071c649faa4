// Autosave of the article form (articles/admin/autosave.py): while the form is open, what the
// editor typed is posted as a copy of their own every few seconds (if it changed) and when the
// page is left; the article itself changes only when the editor saves. Reopening the form offers
// the copy back. Leaving with unsaved changes asks first.
"use strict";
(function () {
  // Publication state, bookkeeping and files are never autosaved or restored.
  const SKIPPED = /^(csrfmiddlewaretoken|loaded_lock_version|overwrite_lock_version|autosave_token|status|published_at(_\d)?|mark_corrected|_.*)$|-(TOTAL_FORMS|INITIAL_FORMS|MIN_NUM_FORMS|MAX_NUM_FORMS|DELETE|clear|id|article)$|__prefix__/;
  const NOT_SAVED = "Automatisches Speichern gerade nicht möglich – Ihre Eingaben stehen weiter im Formular.";

  function bodyEditor() {
    const body = document.getElementById("id_body");
    const view = body && body.closest(".prose-editor") && body.closest(".prose-editor").querySelector(".ProseMirror[contenteditable]");
    return view ? view.editor : null;  // Tiptap puts itself on its view's element
  }

  function fieldsOf(form) {
    const fields = {};
    const labels = {};
    for (const element of form.elements) {
      if (!element.name || SKIPPED.test(element.name) || element.disabled
          || ["file", "hidden", "submit", "button", "reset"].includes(element.type)) {
        continue;
      }
      if (element.type === "checkbox") {
        fields[element.name] = element.checked;
      } else if (element.type === "radio") {
        if (element.checked) fields[element.name] = element.value;
      } else if (element.tagName === "SELECT") {
        const chosen = Array.from(element.selectedOptions);
        fields[element.name] = element.multiple ? chosen.map((option) => option.value) : (chosen[0] ? chosen[0].value : "");
        // Autocomplete selects hold only their chosen options: remember their labels to put them back.
        labels[element.name] = Object.fromEntries(chosen.map((option) => [option.value, option.textContent]));
      } else {
        fields[element.name] = element.value;
      }
    }
    return { fields: fields, labels: labels };
  }

  function fill(form, copy) {
    const editor = bodyEditor();
    for (const [name, value] of Object.entries(copy.fields)) {
      const element = form.elements.namedItem(name);
      if (!element || SKIPPED.test(name)) continue;
      if (element instanceof RadioNodeList) {
        element.forEach((radio) => { radio.checked = radio.value === value; });
        continue;
      }
      if (element.type === "checkbox") {
        element.checked = value === true;
      } else if (element.tagName === "SELECT") {
        const values = Array.isArray(value) ? value : [value];
        const names = (copy.labels || {})[name] || {};
        values.forEach((chosen) => {
          if (chosen && names[chosen] && !Array.from(element.options).some((option) => option.value === chosen)) {
            element.add(new Option(names[chosen], chosen));
          }
        });
        Array.from(element.options).forEach((option) => { option.selected = values.includes(option.value); });
      } else if (name === "body" && editor) {
        editor.commands.setContent(value);  // updates the textarea too
        element.value = value;
      } else {
        element.value = value;
      }
      element.dispatchEvent(new Event("input", { bubbles: true }));
      element.dispatchEvent(new Event("change", { bubbles: true }));
    }
    // Autocomplete (select2) widgets show their select's new value only when told through jQuery.
    if (window.django && window.django.jQuery) {
      window.django.jQuery(form).find("select.admin-autocomplete").trigger("change");
    }
  }

  function start() {
    const box = document.getElementById("autosave");
    const form = document.getElementById("article_form");
    if (!box || !form || !window.fetch) return;
    const status = document.getElementById("autosave-status");
    const tokenInput = form.elements.namedItem("autosave_token");
    const lockInput = form.elements.namedItem("loaded_lock_version");
    let token = box.dataset.token;
    // A form shown again after an error holds input that was not saved.
    let dirty = "unsaved" in box.dataset;  // leaving asks first
    let unsaved = dirty;                   // changed since the last autosave
    let submitting = false;

    function payload(extra) {
      const data = new FormData();
      const csrf = form.elements.namedItem("csrfmiddlewaretoken");
      data.append("csrfmiddlewaretoken", csrf ? csrf.value : "");
      data.append("token", token);
      data.append("lock_version", lockInput ? lockInput.value : "");
      Object.entries(extra).forEach(([key, value]) => data.append(key, value));
      return data;
    }

    function say(text) {
      if (status) status.textContent = text;
    }

    async function post(data, keepalive) {
      const response = await fetch(box.dataset.url, { method: "POST", body: data, credentials: "same-origin", keepalive: keepalive });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error || NOT_SAVED);
      return answer;
    }

    async function autosave(keepalive) {
      if (!unsaved || submitting) return;
      unsaved = false;
      try {
        const text = JSON.stringify(fieldsOf(form));
        // keepalive (the request outlives a page closed meanwhile) refuses bodies over 64 kB.
        say((await post(payload({ data: text }), keepalive && text.length < 60000)).saved);
      } catch (error) {
        unsaved = true;
        say(error.message && error.message !== "Failed to fetch" ? error.message : NOT_SAVED);
      }
    }

    function changed() {
      dirty = true;
      unsaved = true;
    }

    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    form.addEventListener("submit", function () { submitting = true; });
    setInterval(autosave, (Number(box.dataset.seconds) || 30) * 1000);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden") autosave(true);
    });
    window.addEventListener("beforeunload", function (event) {
      if (dirty && !submitting) {
        event.preventDefault();
        event.returnValue = "";  // older browsers need a value to ask
      }
    });
    window.addEventListener("pagehide", function () {
      if (unsaved && !submitting && navigator.sendBeacon) {
        // A beacon outlives the page; fetch's keepalive would refuse a body over 64 kB as well.
        if (navigator.sendBeacon(box.dataset.url, payload({ data: JSON.stringify(fieldsOf(form)) }))) unsaved = false;
      }
    });
    window.addEventListener("pageshow", function (event) {
      if (event.persisted) submitting = false;
    });

    const offer = document.getElementById("autosave-offer");
    const copyData = document.getElementById("autosave-copy");
    if (!offer || !copyData) return;
    const copy = JSON.parse(copyData.textContent);
    offer.hidden = false;
    document.getElementById("autosave-restore").addEventListener("click", function () {
      if (copy.token && !lockInput) {
        token = copy.token;  // a new article: keep writing (and on saving, delete) that copy
        if (tokenInput) tokenInput.value = token;
      }
      if (lockInput && copy.lock_version !== null) {
        // Saving the restored text meets the edit-conflict check against the version it was typed on.
        lockInput.value = String(copy.lock_version);
        const softLock = document.getElementById("soft-lock");
        if (softLock) softLock.dataset.lockVersion = lockInput.value;
      }
      fill(form, copy);
      changed();
      offer.hidden = true;
      say("Die automatisch gespeicherte Fassung steht jetzt im Formular. Speichern Sie, um sie zu übernehmen.");
    });
    document.getElementById("autosave-discard").addEventListener("click", async function () {
      try {
        const data = payload({ action: "discard" });
        data.set("token", copy.token || token);
        await post(data, false);
        offer.hidden = true;
        say("Die automatisch gespeicherte Fassung wurde verworfen.");
      } catch (error) {
        say(NOT_SAVED);
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
