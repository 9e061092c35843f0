-- wrk mix for bench/soak.sh: public pages, feeds and JSON API calls of two demo collectivités.
-- Counts answers by status class per thread; done() prints the totals and the latency percentiles.
local paths = {
  "/fougeres", "/fougeres/questions", "/fougeres/actualites", "/fougeres/ecoles",
  "/fougeres/ecoles/0350256N", "/fougeres/agenda", "/fougeres/services", "/fougeres/services/tarifs",
  "/fougeres/recherche?q=cantine", "/fougeres/services/carte-scolaire?adresse=rue+nationale",
  "/fougeres/theme.css", "/fougeres/actualites.rss", "/fougeres/agenda.ics", "/fougeres/sitemap.xml",
  "/rennes", "/rennes/questions", "/rennes/actualites.atom",
  "/api/v1/fougeres/fiches", "/api/v1/fougeres/actualites", "/api/v1/fougeres/etablissements",
  "/api/v1/fougeres/recherche?q=inscription+cantine", "/api/v1/fougeres/suggestions?q=cant",
  "/api/v1/fougeres/carte-scolaire?adresse=2+rue+nationale&niveau=elementaire",
  "/api/v1/fougeres/quotient-familial?revenus=30000&prestations=2000&adultes=2&enfants=2&methode=caf",
  "/api/v1/fougeres/tarifs?qf=800", "/api/v1/fougeres/agenda", "/api/v1/rennes/fiches",
}

local counter = 0
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  ok, redirect, client, server, other = 0, 0, 0, 0, 0
  counter = id
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status < 300 then ok = ok + 1
  elseif status < 400 then redirect = redirect + 1
  elseif status < 500 then client = client + 1
  elseif status < 600 then server = server + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local t = { ok = 0, redirect = 0, client = 0, server = 0, other = 0 }
  for _, thread in ipairs(threads) do
    for k, _ in pairs(t) do t[k] = t[k] + thread:get(k) end
  end
  local errors = summary.errors
  io.write(string.format("SOAK requests=%d 2xx=%d 3xx=%d 4xx=%d 5xx=%d socket_errors=%d timeouts=%d\n",
    summary.requests, t.ok, t.redirect, t.client, t.server,
    errors.connect + errors.read + errors.write, errors.timeout))
  io.write(string.format("SOAK rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
