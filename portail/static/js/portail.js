/* Progressive enhancement only: every page works without JavaScript. */
(function () {
  "use strict";
  var toggle = document.querySelector(".main-nav__toggle");
  var list = document.getElementById("main-nav-list");
  if (toggle && list) {
    var mq = window.matchMedia("(max-width: 40rem)");
    var apply = function () {
      if (mq.matches) {
        toggle.hidden = false;
        list.classList.toggle("is-collapsed", toggle.getAttribute("aria-expanded") !== "true");
      } else {
        toggle.hidden = true;
        list.classList.remove("is-collapsed");
      }
    };
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", open ? "false" : "true");
      apply();
    });
    mq.addEventListener("change", apply);
    apply();
  }
})();
