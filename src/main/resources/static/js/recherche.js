// Suggestion lists under text boxes, as ARIA 1.2 comboboxes: arrows to move, Enter to choose,
// Escape to close; what was typed is kept until a suggestion is chosen. Each input with
// role="combobox" and data-suggest (a URL to which "&q=…" is added) gets one. The answer is a list
// of {title, url} (choosing opens the page) or of strings (choosing fills the box).
(function () {
  "use strict";
  document.querySelectorAll('input[role="combobox"][data-suggest]').forEach(setUp);

  function setUp(input) {
    var list = document.getElementById(input.getAttribute("aria-controls"));
    if (!list) {
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

    function choose(item) {
      if (typeof item === "string") {
        input.value = item;
        close();
      } else {
        window.location.href = item.url;
      }
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
        li.id = list.id.replace(/s$/, "") + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.textContent = typeof r === "string" ? r : r.title;
        li.addEventListener("mousedown", function (e) {
          e.preventDefault();
          choose(r);
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
      input.setAttribute("aria-activedescendant", list.id.replace(/s$/, "") + "-" + active);
      // A long list scrolls inside itself: the chosen street stays in sight.
      if (list.children[active] && list.children[active].scrollIntoView) {
        list.children[active].scrollIntoView({ block: "nearest" });
      }
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
        fetch(input.dataset.suggest + "&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
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
        choose(items[active]);
      }
    });

    input.addEventListener("blur", function () {
      window.setTimeout(close, 150);
    });
  }
})();
