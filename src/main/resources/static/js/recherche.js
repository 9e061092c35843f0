// Suggestions under the search box, as an ARIA 1.2 combobox: arrows to move, Enter to open,
// Escape to close; what was typed is never replaced.
(function () {
  "use strict";
  var input = document.getElementById("q");
  var list = document.getElementById("q-suggestions");
  if (!input || !list) {
    return;
  }
  var timer = null;
  var active = -1;
  var items = [];
  var last = "";

  function close() {
    list.hidden = true;
    list.innerHTML = "";
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    items = [];
    active = -1;
  }

  function show(results) {
    list.innerHTML = "";
    items = results;
    active = -1;
    if (!results.length) {
      close();
      return;
    }
    results.forEach(function (r, i) {
      var li = document.createElement("li");
      li.id = "q-suggestion-" + i;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.textContent = r.title;
      li.addEventListener("mousedown", function (e) {
        e.preventDefault();
        window.location.href = r.url;
      });
      list.appendChild(li);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function move(delta) {
    if (!items.length) {
      return;
    }
    active = (active + delta + items.length) % items.length;
    Array.prototype.forEach.call(list.children, function (li, i) {
      li.setAttribute("aria-selected", i === active ? "true" : "false");
    });
    input.setAttribute("aria-activedescendant", "q-suggestion-" + active);
  }

  input.addEventListener("input", function () {
    var q = input.value.trim();
    window.clearTimeout(timer);
    if (q.length < 2) {
      close();
      return;
    }
    timer = window.setTimeout(function () {
      last = q;
      var url = input.dataset.suggest + "&q=" + encodeURIComponent(q);
      fetch(url, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (results) {
          if (input.value.trim() === last) {
            show(results);
          }
        })
        .catch(close);
    }, 120);
  });

  input.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      move(1);
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      move(-1);
    } else if (e.key === "Escape") {
      close();
    } else if (e.key === "Enter" && active >= 0) {
      e.preventDefault();
      window.location.href = items[active].url;
    }
  });

  input.addEventListener("blur", function () {
    window.setTimeout(close, 150);
  });
})();
