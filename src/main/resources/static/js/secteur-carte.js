// A home shown on the map, or the phone's position, looked up among the drawn sectors.
(function () {
  "use strict";
  function go(base, lat, lng) {
    var niveau = document.getElementById("niveau");
    window.location.href = base + "?lat=" + lat.toFixed(6) + "&lon=" + lng.toFixed(6)
      + (niveau && niveau.value ? "&niveau=" + niveau.value : "");
  }
  var button = document.getElementById("ma-position");
  if (button && navigator.geolocation) {
    button.addEventListener("click", function () {
      navigator.geolocation.getCurrentPosition(function (p) {
        go(button.dataset.url, p.coords.latitude, p.coords.longitude);
      });
    });
  } else if (button) {
    button.hidden = true;
  }
  var el = document.getElementById("carte-secteurs");
  if (!el || typeof L === "undefined") {
    return;
  }
  var started = false;
  var details = el.closest("details");
  function start() {
    if (started) {
      return;
    }
    started = true;
    var map = L.map(el, { scrollWheelZoom: false }).setView([parseFloat(el.dataset.lat), parseFloat(el.dataset.lng)], 13);
    map.attributionControl.setPrefix(false);
    var loaded = 0;
    var tiles = L.tileLayer(el.dataset.tuiles, { maxZoom: 19, attribution: el.dataset.attribution });
    tiles.on("tileload", function () { loaded++; });
    tiles.on("tileerror", function () {
      if (loaded === 0) {
        document.getElementById("carte-secteurs-note").hidden = false;
      }
    });
    tiles.addTo(map);
    map.on("click", function (e) { go(el.dataset.url, e.latlng.lat, e.latlng.lng); });
  }
  if (details) {
    details.addEventListener("toggle", function () { if (details.open) { start(); } });
  } else {
    start();
  }
})();
