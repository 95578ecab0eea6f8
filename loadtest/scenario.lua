-- wrk script for loadtest/run: one read scenario per run, chosen by SCENARIO (env):
--   list          the catalogue list, pages 1-10 x 7 filters/sorts (20 a page)
--   shop          the shop page, round robin over every shop in SHOP_IDS
--   availability  a shop's availability, round robin over SHOP_IDS
--   search        searches that the cache has never seen (a number unique to the request, which also
--                 matches shop names of the generated data)
--   mix           list 3 : shop page 2 : availability 1 : search 1 (PRODUCT.md's browse mix with searches)
-- SHOP_IDS and DISTRICT_IDS (comma lists) come from loadtest/Seed.java.
local function ids(name)
  local out = {}
  for id in string.gmatch(os.getenv(name) or "", "[^,]+") do out[#out + 1] = id end
  return out
end
local shops = ids("SHOP_IDS")
local districts = ids("DISTRICT_IDS")
local scenario = os.getenv("SCENARIO") or "mix"
local filters = { "", "&sort_price=asc", "&sort_price=desc", "&sort_mode=all_city", "&delivery_type=pickup",
  "&free_delivery=true", "&district_id=" }
local counter = 0
local thread_no = 0
local threads = {}

setup = function(thread)
  thread:set("thread_no", #threads)
  threads[#threads + 1] = thread
end

init = function(args)
  thread_no = tonumber(wrk.thread:get("thread_no")) or 0
end

local function list(n)
  local f = filters[(n % #filters) + 1]
  if f == "&district_id=" then
    f = #districts > 0 and (f .. districts[(n % #districts) + 1]) or ""
  end
  local page = (math.floor(n / #filters) % 10) + 1
  return "/public/sellers?page=" .. page .. "&per_page=20" .. f
end

local function shop(n) return "/public/sellers/" .. shops[(n % #shops) + 1] end
local function availability(n) return "/public/sellers/" .. shops[(n % #shops) + 1] .. "/availability" end
local function search(n) return "/public/sellers?per_page=20&search=" .. (thread_no * 1000003 + n) end

request = function()
  counter = counter + 1
  local path
  if scenario == "list" then path = list(counter)
  elseif scenario == "shop" then path = shop(counter)
  elseif scenario == "availability" then path = availability(counter)
  elseif scenario == "search" then path = search(counter)
  else
    local slot = counter % 7
    if slot < 3 then path = list(counter)
    elseif slot < 5 then path = shop(counter)
    elseif slot < 6 then path = availability(counter)
    else path = search(counter) end
  end
  return wrk.format("GET", path, { ["Accept"] = "application/json" })
end

-- the RESULT line loadtest/run parses: ping.lua's reporter (LOADTEST_DIR is set by loadtest/run)
dofile((os.getenv("LOADTEST_DIR") or "loadtest") .. "/ping.lua")
