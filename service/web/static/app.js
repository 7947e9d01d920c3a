// Progressive enhancement for the guided form. Without this file every button still works as a
// plain form post; with it, the live panel follows the answers (debounced) and a few choices
// keep themselves consistent. No library, nothing fetched from elsewhere.
(function () {
  "use strict";
  var DELAY = 600; // ms of quiet before re-evaluating: one request per pause, not per keystroke

  function ready(fn) {
    if (document.readyState !== "loading") fn(); else document.addEventListener("DOMContentLoaded", fn);
  }

  ready(function () {
    var form = document.getElementById("bentham-form");
    var panel = document.getElementById("live-panel");
    var status = document.getElementById("live-status");
    if (!form || !panel) return;

    var timer = null, seq = 0, controller = null;

    function evaluate() {
      var mine = ++seq;
      if (controller) controller.abort(); // only the newest answers matter
      controller = window.AbortController ? new AbortController() : null;
      var body = new URLSearchParams(new FormData(form));
      body.delete("action");
      panel.setAttribute("aria-busy", "true");
      status.textContent = "Updating…";
      fetch("/web/live", {
        method: "POST", body: body, credentials: "same-origin",
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
        signal: controller ? controller.signal : undefined
      }).then(function (response) {
        return response.text().then(function (html) { return { ok: response.ok, html: html }; });
      }).then(function (r) {
        if (mine !== seq) return; // a newer request is on its way
        panel.removeAttribute("aria-busy");
        if (!r.ok) { status.textContent = "The result could not be updated; use “Check now”."; return; }
        panel.innerHTML = r.html; // server-rendered and escaped by Jinja2
        var verdict = panel.querySelector("[data-verdict] strong");
        var fix = panel.querySelector(".live-errors");
        status.textContent = fix ? "Some answers need fixing." :
          (verdict ? "Updated: verdict " + verdict.textContent + "." : "Updated.");
      }).catch(function (err) {
        if (err && err.name === "AbortError") return;
        panel.removeAttribute("aria-busy");
        status.textContent = "The result could not be updated; use “Check now”.";
      });
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(evaluate, DELAY);
    }

    // Multiple choices: "None of these" and "I don't know" exclude the other ticks.
    function tidySet(box) {
      var group = box.closest(".set");
      if (!group) return;
      var boxes = group.querySelectorAll("input[type=checkbox]");
      var special = box.value === "unknown" || box.value === "_none";
      if (box.checked) {
        boxes.forEach(function (b) {
          if (b === box) return;
          if (special || b.value === "unknown" || b.value === "_none") b.checked = false;
        });
      } else if (!Array.prototype.some.call(boxes, function (b) { return b.checked; })) {
        var unknown = group.querySelector("input[value=unknown]");
        if (unknown) unknown.checked = true;
      }
    }

    // Lawful bases: show a row only for the purposes ticked (or already answered).
    function showBases() {
      var ticked = {};
      form.querySelectorAll("input[name=purposes]:checked").forEach(function (b) { ticked[b.value] = true; });
      form.querySelectorAll("[data-basis-for]").forEach(function (row) {
        var select = row.querySelector("select");
        var answered = select && select.value !== "unknown";
        row.hidden = !(ticked[row.getAttribute("data-basis-for")] || answered);
      });
    }

    form.addEventListener("change", function (e) {
      if (e.target.type === "checkbox") tidySet(e.target);
      if (e.target.name === "purposes") showBases();
      schedule();
    });
    form.addEventListener("input", function (e) {
      if (e.target.type === "text" || e.target.tagName === "TEXTAREA") schedule();
    });
    showBases();
    document.documentElement.classList.add("js");
  });
})();
