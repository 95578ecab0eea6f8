-- wrk script: the browse mix of PRODUCTION.md — list 3 : shop page 2 : products 1 : health 1.
-- SHOP_IDS (comma list, env) are the shops to open; "products" is the shop's availability (stock-sensitive part).
local shops = {}
for id in string.gmatch(os.getenv("SHOP_IDS") or "1", "[^,]+") do shops[#shops + 1] = id end
local paths = {}
local counter = 0

request = function()
  counter = counter + 1
  local slot = counter % 7
  local shop = shops[(counter % #shops) + 1]
  local path
  if slot < 3 then
    path = "/public/sellers?page=" .. ((counter % 3) + 1) .. "&per_page=20"
  elseif slot < 5 then
    path = "/public/sellers/" .. shop
  elseif slot < 6 then
    path = "/public/sellers/" .. shop .. "/availability"
  else
    path = "/health/live"
  end
  return wrk.format("GET", path, { ["Accept"] = "application/json" })
end

local errors = 0
response = function(status, headers, body)
  if status >= 400 then errors = errors + 1 end
end

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d socket_errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    non2xx, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
