/* Show or hide conditional questions as the person answers (the server re-checks). */
(function () {
  "use strict";
  var form = document.querySelector("[data-avis-questionnaire]");
  if (!form) { return; }
  var live = form.querySelector("[data-avis-live]");
  var blocks = Array.prototype.slice.call(form.querySelectorAll(".avis-question"));

  function answerOf(code) {
    var inputs = form.querySelectorAll('[name="q-' + code + '"]');
    var values = [];
    Array.prototype.forEach.call(inputs, function (input) {
      if (input.type === "radio" || input.type === "checkbox") {
        if (input.checked) { values.push(input.value); }
      } else if (input.value.trim() !== "") {
        values.push(input.value.trim());
      }
    });
    return values;
  }

  function update(announce) {
    var visible = {};
    var changed = 0;
    blocks.forEach(function (block) {
      var rules = block.getAttribute("data-avis-rules");
      var show = true;
      if (rules) {
        JSON.parse(rules).forEach(function (rule) {
          if (!visible[rule.on] || answerOf(rule.on).indexOf(rule.value) === -1) { show = false; }
        });
      }
      if (block.hidden === show) { changed += 1; }
      block.hidden = !show;
      visible[block.getAttribute("data-code")] = show;
    });
    if (announce && changed && live) {
      // Sentences come translated from the template (data attributes).
      live.textContent = changed === 1 ? live.getAttribute("data-one")
        : live.getAttribute("data-many").replace("{count}", changed);
    }
  }

  form.classList.add("avis-questionnaire--live");
  update(false);
  form.addEventListener("change", function () { update(true); });
  form.addEventListener("input", function (event) {
    if (event.target.type === "text") { update(true); }
  });
}());
