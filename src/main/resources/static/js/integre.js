// Inside an iframe of a collectivité's site: tells the host page the height of the content (so
// that integration-iframe.js can size the iframe), and opens links that leave the embedded zone in
// the whole window rather than in the frame.
(function () {
  'use strict';
  var base = document.body.getAttribute('data-base') || '';
  document.querySelectorAll('a[href]').forEach(function (a) {
    var url = new URL(a.getAttribute('href'), location.href);
    if (url.origin !== location.origin || url.pathname.indexOf(base + '/') !== 0) {
      a.target = '_top';
    }
  });
  if (window.parent === window) { return; }
  var last = 0;
  function send() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'monenfant:hauteur', hauteur: height }, '*');
    }
  }
  if (window.ResizeObserver) { new ResizeObserver(send).observe(document.documentElement); }
  window.addEventListener('load', send);
  send();
})();
