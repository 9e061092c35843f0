-- Public pages a parent opens, as a phone's browser (MODE=on) or one that sends Sec-GPC: 1 (MODE=off).
local paths = {
  "/fougeres/", "/fougeres/questions", "/fougeres/actualites", "/fougeres/agenda", "/fougeres/services",
  "/fougeres/ecoles", "/fougeres/recherche?q=cantine", "/rennes/", "/rennes/questions", "/vitre/agenda"
}
local off = os.getenv("MODE") == "off"
local i = 0
request = function()
  i = i + 1
  local headers = {
    ["User-Agent"] = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36",
    ["Accept"] = "text/html"
  }
  if off then headers["Sec-GPC"] = "1" end
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end
