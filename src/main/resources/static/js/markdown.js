// A Markdown field (textarea[data-markdown]) gets a toolbar and a preview (EasyMDE, served by the
// portal). Without this script the textarea and the server's preview work as before; the textarea
// stays the field the form sends, kept in step on every change.
(function () {
  "use strict";
  if (!window.EasyMDE) {
    return;
  }

  // French text on every button: no icon font is loaded (it would come from a CDN).
  function button(name, action, text, extra) {
    var b = { name: name, action: action, text: text, title: text };
    Object.keys(extra || {}).forEach(function (k) {
      b[k] = extra[k];
    });
    return b;
  }

  function toolbar(livePreview) {
    var items = [
      button("bold", EasyMDE.toggleBold, "Gras"),
      button("italic", EasyMDE.toggleItalic, "Italique"),
      button("heading-3", EasyMDE.toggleHeading3, "Intertitre"),
      button("unordered-list", EasyMDE.toggleUnorderedList, "Liste à puces"),
      button("ordered-list", EasyMDE.toggleOrderedList, "Liste numérotée"),
      button("link", EasyMDE.drawLink, "Lien"),
      button("preview", EasyMDE.togglePreview, "Aperçu", { noDisable: true })
    ];
    if (livePreview) {
      items.push(button("side-by-side", EasyMDE.toggleSideBySide, "Aperçu à côté", { noDisable: true, noMobile: true }));
    }
    return items;
  }

  // The live preview renders what the agent typed in their own browser: raw HTML in it loses its
  // scripts, frames and event attributes (the page's CSP forbids them too).
  function sanitize(html) {
    var doc = new DOMParser().parseFromString("<body>" + html + "</body>", "text/html");
    doc.body.querySelectorAll("script, style, iframe, object, embed, form").forEach(function (el) {
      el.remove();
    });
    doc.body.querySelectorAll("*").forEach(function (el) {
      Array.prototype.slice.call(el.attributes).forEach(function (a) {
        if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) {
          el.removeAttribute(a.name);
        }
      });
    });
    return doc.body.innerHTML;
  }

  function enhance(area) {
    var field = area.closest(".field") || area.parentNode;
    var label = document.querySelector('label[for="' + area.id + '"]');
    var editor = new EasyMDE({
      element: area,
      autoDownloadFontAwesome: false,
      spellChecker: false,
      nativeSpellcheck: true,
      status: false,
      forceSync: false,
      sideBySideFullscreen: false,
      minHeight: (Number(area.getAttribute("rows")) || 8) * 1.5 + "em",
      toolbar: toolbar(!document.getElementById("apercu")),
      unorderedListStyle: "-",
      insertTexts: { link: ["[", "](https://)"] },
      renderingConfig: { sanitizerFunction: sanitize },
      previewClass: "editor-preview"
    });
    var cm = editor.codemirror;
    var container = cm.getWrapperElement().closest(".EasyMDEContainer");
    // A text editor, not an application: screen readers keep their usual keys.
    container.removeAttribute("role");
    container.dataset.editeurDe = area.id;

    // Tab leaves the text (no keyboard trap); the toolbar is in the tab order, named by its text.
    cm.setOption("extraKeys", Object.assign({}, cm.getOption("extraKeys"), { Tab: false, "Shift-Tab": false }));
    var bar = editor.toolbar_div;
    bar.setAttribute("aria-label", "Mise en forme" + (label ? " : " + label.firstChild.textContent.trim() : ""));
    bar.querySelectorAll("button").forEach(function (b) {
      b.tabIndex = 0;
    });

    // The text area is named by the field's label and keeps the field's description.
    var input = cm.getInputField();
    if (label) {
      label.id = label.id || area.id + "-libelle";
      input.setAttribute("aria-labelledby", label.id);
      label.addEventListener("click", function (event) {
        event.preventDefault();
        cm.focus();
      });
    }
    if (area.getAttribute("aria-describedby")) {
      input.setAttribute("aria-describedby", area.getAttribute("aria-describedby"));
    }
    if (area.getAttribute("aria-invalid")) {
      input.setAttribute("aria-invalid", area.getAttribute("aria-invalid"));
    }
    if (field.classList) {
      field.classList.add("avec-editeur");
    }

    // The form's listeners (autosave, server preview, draft kept in the browser) hear every change…
    var syncing = false;
    cm.on("change", function () {
      cm.save();
      syncing = true;
      area.dispatchEvent(new Event("input", { bubbles: true }));
      syncing = false;
    });
    // …and a text put back into the textarea by a script (a restored draft) shows in the editor.
    area.addEventListener("input", function () {
      if (!syncing && area.value !== cm.getValue()) {
        cm.setValue(area.value);
      }
    });
  }

  document.querySelectorAll("textarea[data-markdown]").forEach(function (area) {
    if (area.dataset.markdown !== "au-besoin") {
      enhance(area);
      return;
    }
    // A page of many short fields (local data) gets the editor on the field the agent enters, not a
    // toolbar on each of them.
    area.addEventListener("focus", function () {
      enhance(area);
      area.closest(".field").querySelector(".CodeMirror").CodeMirror.focus();
    }, { once: true });
  });
})();
