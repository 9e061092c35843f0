// Never lose what a director typed: every keystroke is kept in this browser (localStorage) until
// the server has the same text; after a lost session, the text is offered back on the next visit.
(function () {
  "use strict";
  var form = document.getElementById("editeur-rubrique");
  var area = document.getElementById("texte");
  if (!form || !area || !window.localStorage) {
    return;
  }
  var key = "portail." + form.dataset.brouillon;
  var box = document.getElementById("brouillon-local");
  var lost = document.getElementById("session-perdue");
  var stored = null;
  try {
    stored = window.localStorage.getItem(key);
  } catch (e) {
    return;
  }
  // With the Markdown editor (markdown.js) the textarea is hidden: the cursor goes to the editor.
  function focusText() {
    var editor = area.parentNode.querySelector(".CodeMirror");
    if (editor && editor.CodeMirror) {
      editor.CodeMirror.focus();
    } else {
      area.focus();
    }
  }
  if (form.dataset.enregistre === "oui" || stored === null || stored === area.value) {
    window.localStorage.removeItem(key);
  } else if (box) {
    box.hidden = false;
    document.getElementById("restaurer").addEventListener("click", function () {
      area.value = stored;
      box.hidden = true;
      area.dispatchEvent(new Event("input", { bubbles: true }));
      focusText();
    });
    document.getElementById("ignorer").addEventListener("click", function () {
      window.localStorage.removeItem(key);
      box.hidden = true;
      focusText();
    });
  }
  area.addEventListener("input", function () {
    try {
      window.localStorage.setItem(key, area.value);
    } catch (e) {
      // Storage full or refused: the server-side autosave still runs.
    }
  });
  function failed() {
    if (lost) {
      lost.hidden = false;
    }
  }
  document.body.addEventListener("htmx:responseError", failed);
  document.body.addEventListener("htmx:sendError", failed);
  document.body.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail && event.detail.successful && lost) {
      lost.hidden = true;
    }
  });
})();

// A document over 5 MB is refused before it is sent, with the same words as the server.
(function () {
  "use strict";
  var form = document.getElementById("form-document");
  var input = document.getElementById("document");
  var message = document.getElementById("document-trop-lourd");
  if (!form || !input || !message) {
    return;
  }
  form.addEventListener("submit", function (event) {
    var file = input.files && input.files[0];
    if (file && file.size > 5 * 1024 * 1024) {
      event.preventDefault();
      message.hidden = false;
      input.setAttribute("aria-describedby", "document-trop-lourd");
      input.focus();
    }
  });
  input.addEventListener("change", function () {
    message.hidden = true;
  });
})();
