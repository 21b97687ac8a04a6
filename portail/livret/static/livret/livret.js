/* Progressive enhancement for the livret pages: print buttons, guide ticks, FAQ anchors.
   Without JavaScript the print links jump to the title, ticks are saved by the form
   (signed-in) and FAQ answers open with a click. */
(function () {
  "use strict";
  document.querySelectorAll(".js-print").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      document.querySelectorAll("details").forEach(function (d) { d.open = true; });
      window.print();
    });
  });

  // FAQ: open the entry named in the address (#slug).
  var openFromHash = function () {
    if (!location.hash) { return; }
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.tagName === "DETAILS") { target.open = true; }
  };
  window.addEventListener("hashchange", openFromHash);
  openFromHash();

  // Guide: save each tick (signed-in) or keep it on this device (anonymous).
  var form = document.querySelector(".guide-checklist");
  if (!form) { return; }
  var status = document.querySelector(".guide-status");
  var saveUrl = form.getAttribute("data-save-url");
  var storageKey = "portail-guide-steps";
  var say = function (name) { if (status) { status.textContent = status.getAttribute("data-" + name) || ""; } };
  var readLocal = function () {
    try { return JSON.parse(window.localStorage.getItem(storageKey) || "{}"); } catch (e) { return {}; }
  };
  if (!saveUrl) {
    var saved = readLocal();
    form.querySelectorAll("input[type=checkbox]").forEach(function (box) {
      box.checked = Boolean(saved[box.value]);
    });
  }
  form.addEventListener("change", function (event) {
    var box = event.target;
    if (box.type !== "checkbox") { return; }
    if (!saveUrl) {
      var state = readLocal();
      if (box.checked) { state[box.value] = 1; } else { delete state[box.value]; }
      try { window.localStorage.setItem(storageKey, JSON.stringify(state)); } catch (e) { /* private mode */ }
      say(box.checked ? "local-on" : "off");
      return;
    }
    var data = new FormData();
    data.append("step", box.value);
    data.append("checked", box.checked ? "1" : "0");
    data.append("csrfmiddlewaretoken", form.querySelector("[name=csrfmiddlewaretoken]").value);
    fetch(saveUrl, { method: "POST", body: data, credentials: "same-origin",
                     headers: { "Accept": "application/json" } })
      .then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        say(box.checked ? "saved-on" : "saved-off");
      })
      .catch(function () { say("error"); });
  });
})();
