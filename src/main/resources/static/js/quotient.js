// The quotient calculator works as a plain form (POST, page reload). With JavaScript, the answer
// replaces the result in place, without reloading, and focus moves to it so that it is read out.
(function () {
  'use strict';
  document.querySelectorAll('form[data-qf-form]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.fetch || !window.DOMParser) { return; }
      event.preventDefault();
      var button = form.querySelector('button[type="submit"]');
      if (button) { button.disabled = true; }
      fetch(form.action, { method: 'POST', body: new URLSearchParams(new FormData(form)), credentials: 'same-origin' })
        .then(function (response) {
          if (!response.ok) { throw new Error(String(response.status)); }
          return response.text();
        })
        .then(function (html) {
          var page = new DOMParser().parseFromString(html, 'text/html');
          ['qf-messages', 'qf-resultat'].forEach(function (id) {
            var fresh = page.getElementById(id);
            var current = document.getElementById(id);
            if (fresh && current) { current.innerHTML = fresh.innerHTML; }
          });
          // The fields' error messages and states come from the fresh page too.
          document.querySelectorAll('form[data-qf-form] .field').forEach(function (field, i) {
            var fresh = page.querySelectorAll('form[data-qf-form] .field')[i];
            if (!fresh) { return; }
            field.className = fresh.className;
            var oldError = field.querySelector('.error-message');
            if (oldError) { oldError.remove(); }
            var newError = fresh.querySelector('.error-message');
            var input = field.querySelector('input, select, textarea');
            var freshInput = fresh.querySelector('input, select, textarea');
            if (input && freshInput) {
              ['aria-describedby', 'aria-invalid'].forEach(function (name) {
                if (freshInput.hasAttribute(name)) { input.setAttribute(name, freshInput.getAttribute(name)); } else { input.removeAttribute(name); }
              });
            }
            if (newError && input) { input.parentNode.insertBefore(document.importNode(newError, true), input); }
          });
          var target = document.getElementById('erreurs') || document.getElementById('qf-titre');
          if (target) { target.focus(); target.scrollIntoView({ block: 'start' }); }
        })
        .catch(function () { form.submit(); })
        .finally(function () { if (button) { button.disabled = false; } });
    });
  });
})();
