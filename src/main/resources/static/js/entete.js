// The phone header: "Rechercher" and "Menu" open their panel (the search form, the menu) under the
// header row. Without this script they are links to the panel, which CSS shows when it is the
// page's target. With it they become buttons that say whether their panel is open, and opening the
// search puts the cursor in the search field at once (a tap, then typing).
(function () {
  "use strict";
  var toggles = document.querySelectorAll("a[data-ouvre]");
  toggles.forEach(function (toggle) {
    var panel = document.getElementById(toggle.getAttribute("data-ouvre"));
    if (!panel) {
      return;
    }
    toggle.setAttribute("role", "button");
    toggle.setAttribute("aria-controls", panel.id);
    toggle.setAttribute("aria-expanded", "false");

    function open(yes) {
      panel.classList.toggle("ouvert", yes);
      toggle.setAttribute("aria-expanded", yes ? "true" : "false");
    }

    function activate(event) {
      event.preventDefault();
      var opening = !panel.classList.contains("ouvert");
      toggles.forEach(function (other) {
        if (other !== toggle && other.getAttribute("aria-expanded") === "true") {
          other.click();
        }
      });
      open(opening);
      if (opening) {
        var target = toggle.getAttribute("data-focus");
        var focus = target ? document.getElementById(target) : panel.querySelector("a, input, button");
        if (focus) {
          focus.focus();
        }
      }
    }

    toggle.addEventListener("click", activate);
    // A link answers Enter, a button also answers Space.
    toggle.addEventListener("keydown", function (event) {
      if (event.key === " ") {
        activate(event);
      }
    });
    panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && panel.classList.contains("ouvert")
          && !(event.target.getAttribute && event.target.getAttribute("aria-expanded") === "true")) {
        open(false);
        toggle.focus();
      }
    });
  });
})();
