// On a collectivité's page: gives each iframe of the portal (iframe[data-monenfant-iframe]) the
// height of its content, as the page inside reports it.
(function () {
  'use strict';
  var portal = new URL(document.currentScript.src).origin;
  window.addEventListener('message', function (event) {
    if (event.origin !== portal || !event.data || event.data.type !== 'monenfant:hauteur') { return; }
    document.querySelectorAll('iframe[data-monenfant-iframe]').forEach(function (frame) {
      if (frame.contentWindow === event.source) {
        frame.style.height = Math.max(80, Number(event.data.hauteur) || 0) + 'px';
      }
    });
  });
})();
