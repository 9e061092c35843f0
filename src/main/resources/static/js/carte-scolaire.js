// On a phone the answer of the carte scolaire sits below the form, out of sight: the page moves to
// it, and its heading takes the focus so that a screen reader reads it. Nothing moves when the
// answer is already in view (a desktop).
(function () {
  "use strict";
  var title = document.getElementById("reponse");
  if (!title) {
    return;
  }
  var box = title.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight * 0.75) {
    return;
  }
  title.setAttribute("tabindex", "-1");
  title.focus({ preventScroll: true });
  title.scrollIntoView({ block: "start" });
})();
