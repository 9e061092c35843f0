// On a collectivité's page: renders a zone of the portal into each <div data-monenfant="{slug}"
// data-zone="{zone}">, inside a shadow root so that no style leaks either way. Links of the zone
// are followed in place (and, when the page's address carries ?monenfant=…, the same content is
// shown again on reload or when the address is shared); links elsewhere open the portal.
(function () {
  'use strict';
  var script = document.currentScript;
  var portal = new URL(script.src).origin;
  var ZONES = {
    'questions': '/questions', 'recherche': '/recherche', 'carte-scolaire': '/services/carte-scolaire',
    'services': '/services', 'agenda': '/agenda', 'actualites': '/actualites', 'ecoles': '/ecoles'
  };

  function mount(host) {
    if (host.shadowRoot) { return; }
    var slug = host.getAttribute('data-monenfant');
    var start = host.getAttribute('data-chemin') || ZONES[host.getAttribute('data-zone') || 'questions'] || '/questions';
    var fragments = '/' + slug + '/fragment';
    var root = host.attachShadow({ mode: 'open' });
    ['/css/portail.css', '/' + slug + '/theme.css', '/css/integration.css'].forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = portal + href;
      root.appendChild(link);
    });
    var container = document.createElement('div');
    container.className = 'monenfant';
    container.setAttribute('tabindex', '-1');
    root.appendChild(container);
    var firstOnPage = document.querySelectorAll('[data-monenfant]')[0] === host;

    function hostUrl(path) {
      var base = host.getAttribute('data-base');
      var url = new URL(base || location.href, location.href);
      url.hash = '';
      url.searchParams.set('monenfant', path);
      return url.toString();
    }

    // Only a page of the portal's public zones, never a path that climbs out of the fragments.
    function safe(path) {
      if (typeof path !== 'string' || !/^\/(questions|recherche|services|agenda|actualites|ecoles)(\/[\w\-.\/]*)?(\?[^#]*)?$/.test(path)) { return null; }
      var pathOnly = path.split('?')[0];
      if (pathOnly.indexOf('..') >= 0 || /%2e|%2f|%5c|\\/i.test(pathOnly)) { return null; }
      var url = new URL(portal + fragments + path);
      return url.pathname.indexOf(fragments + '/') === 0 ? url : null;
    }

    function load(path, body, push, focus) {
      var url = safe(path) || safe(start);
      if (!url) { return; }
      var options = body ? { method: 'POST', body: body } : {};
      fetch(url.toString(), options)
        .then(function (response) {
          var type = response.headers.get('Content-Type') || '';
          return response.ok && type.indexOf('text/html') === 0 ? response.text() : Promise.reject(response.status);
        })
        .then(function (html) {
          // Parsed in an inert template first: a stylesheet or an image of the zone must be fetched from the
          // portal, not from the town's site, which the browser would ask as soon as the HTML is in the page.
          var inert = document.createElement('template');
          inert.innerHTML = html;
          inert.content.querySelectorAll('link[href]').forEach(function (link) {
            link.setAttribute('href', new URL(link.getAttribute('href'), portal + '/').toString());
          });
          inert.content.querySelectorAll('img[src]').forEach(function (img) {
            img.setAttribute('src', new URL(img.getAttribute('src'), portal + '/').toString());
          });
          container.replaceChildren(inert.content);
          rewrite();
          if (push && firstOnPage) { history.pushState({ monenfant: path }, '', hostUrl(path)); }
          if (focus) { container.focus(); }
          host.dispatchEvent(new CustomEvent('monenfant:charge', { detail: { chemin: path } }));
        })
        .catch(function () {
          container.textContent = '';
          var p = document.createElement('p');
          var a = document.createElement('a');
          a.href = portal + '/' + slug + path;
          a.textContent = 'Ouvrir cette page sur le portail';
          p.appendChild(document.createTextNode('Ce contenu ne peut pas être affiché ici. '));
          p.appendChild(a);
          container.appendChild(p);
        });
    }

    function inZone(url) {
      return url.origin === portal && url.pathname.indexOf(fragments + '/') === 0;
    }

    function rewrite() {
      container.querySelectorAll('a[href]').forEach(function (a) {
        if (a.getAttribute('href').charAt(0) === '#') { return; }
        var url = new URL(a.getAttribute('href'), portal + '/');
        if (url.protocol !== 'https:' && url.protocol !== 'http:' && url.protocol !== 'mailto:' && url.protocol !== 'tel:') {
          a.removeAttribute('href');
          return;
        }
        if (inZone(url)) {
          var path = url.pathname.substring(fragments.length) + url.search;
          a.setAttribute('data-monenfant-chemin', path);
          a.href = hostUrl(path);
        } else {
          a.href = url.toString();
        }
      });
      container.querySelectorAll('img[src]').forEach(function (img) {
        img.src = new URL(img.getAttribute('src'), portal + '/').toString();
      });
    }

    container.addEventListener('click', function (event) {
      // Links to a part of the page (error summaries, tables of contents) point inside the shadow root.
      var local = event.target.closest ? event.target.closest('a[href^="#"]') : null;
      if (local) {
        var target = root.getElementById(decodeURIComponent(local.getAttribute('href').substring(1)));
        if (target) {
          event.preventDefault();
          if (!target.hasAttribute('tabindex') && !/^(INPUT|SELECT|TEXTAREA|BUTTON|A)$/.test(target.tagName)) { target.setAttribute('tabindex', '-1'); }
          target.focus();
          target.scrollIntoView({ block: 'center' });
        }
        return;
      }
      var a = event.target.closest ? event.target.closest('a[data-monenfant-chemin]') : null;
      if (!a || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) { return; }
      event.preventDefault();
      load(a.getAttribute('data-monenfant-chemin'), null, true, true);
    });
    container.addEventListener('submit', function (event) {
      var form = event.target;
      var action = new URL(form.getAttribute('action') || '', portal + '/');
      if (!inZone(action)) { return; }
      event.preventDefault();
      var path = action.pathname.substring(fragments.length);
      var data = new URLSearchParams(new FormData(form));
      if ((form.getAttribute('method') || 'get').toLowerCase() === 'post') {
        load(path, data, false, true);
      } else {
        // What a parent typed (an address, a search) is not put in the town's address bar: it would reach the town's logs.
        load(path + '?' + data.toString(), null, false, true);
      }
    });
    if (firstOnPage) {
      window.addEventListener('popstate', function () {
        var asked = new URLSearchParams(location.search).get('monenfant');
        load(asked && asked.charAt(0) === '/' ? asked : start, null, false, false);
      });
    }
    var asked = firstOnPage ? new URLSearchParams(location.search).get('monenfant') : null;
    load(asked && asked.charAt(0) === '/' ? asked : start, null, false, false);
  }

  document.querySelectorAll('[data-monenfant]').forEach(mount);
})();
