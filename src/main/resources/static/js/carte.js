// Shows an establishment on a map when tiles can load; otherwise the address alone stays.
(function () {
  "use strict";
  var el = document.getElementById("carte");
  if (!el || typeof L === "undefined") {
    return;
  }
  var lat = parseFloat(el.dataset.lat);
  var lng = parseFloat(el.dataset.lng);
  if (isNaN(lat) || isNaN(lng)) {
    return;
  }
  el.hidden = false;
  L.Icon.Default.imagePath = "/webjars/leaflet/dist/images/";
  var map = L.map(el, { scrollWheelZoom: false, keyboard: true }).setView([lat, lng], 16);
  map.attributionControl.setPrefix(false);
  var loaded = 0;
  var failed = 0;
  var tiles = L.tileLayer(el.dataset.tuiles, { maxZoom: 19, attribution: el.dataset.attribution });
  tiles.on("tileload", function () { loaded++; });
  tiles.on("tileerror", function () {
    failed++;
    if (loaded === 0 && failed >= 2) {
      fallback();
    }
  });
  tiles.addTo(map);
  L.marker([lat, lng], { title: el.dataset.nom, alt: el.dataset.nom }).addTo(map);
  // Tiles that never answer (offline, blocked) count as failed after a while.
  window.setTimeout(function () {
    if (loaded === 0) {
      fallback();
    }
  }, 8000);

  function fallback() {
    map.remove();
    el.hidden = true;
    var note = document.getElementById("carte-indisponible");
    if (note) {
      note.hidden = false;
    }
  }
})();
