-- The memory soak: 1000 tenants (keys sk_test_rss_0 .. sk_test_rss_999), taken in turn. Each
-- thread goes round the tenants again and again; in every fourth round (and whenever it knows no
-- customer of the tenant yet) it creates a customer (POST with a fresh Idempotency-Key), in the
-- other rounds it retrieves the tenant's last created customer (GET). So 25 % POST, 75 % GET.
-- Each thread stops after its share of the requests:
-- wrk -t2 -c64 -d600s -s mixed.lua http://127.0.0.1:PORT -- TOTAL_REQUESTS THREADS [POST_EVERY]
-- POST_EVERY (default 4) sets the rounds between creations: 1 000 000 makes it GET-only after the
-- first round, which isolates what each request costs from what each created customer costs.
local TENANTS = 1000
local ids = {}
local sent, done, limit, every = 0, 0, 0, 4
local prefix
tid = 0

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  local total = tonumber(args[1] or "100000")
  local nthreads = tonumber(args[2] or "2")
  limit = math.ceil(total / nthreads)
  every = tonumber(args[3] or "4")
  math.randomseed(os.time() * 1000 + tid)
  prefix = string.format("rss-%d-%d-%d-", os.time(), tid, math.random(1, 1000000000))
end

function request()
  sent = sent + 1
  -- Threads start half the ring apart, so that they rarely use the same tenant at once.
  local t = (sent + tid * (TENANTS / 2)) % TENANTS
  local round = math.floor(sent / TENANTS)
  local headers = { ["Authorization"] = "Bearer sk_test_rss_" .. t }
  local id = ids[t]
  if id == nil or round % every == 0 then
    headers["Content-Type"] = "application/json"
    headers["Idempotency-Key"] = prefix .. sent
    return wrk.format("POST", "/v1/customers", headers, '{"email":"t' .. t .. '@example.com"}')
  end
  return wrk.format("GET", "/v1/customers/" .. id, headers, nil)
end

function response(status, headers, body)
  done = done + 1
  local id, t = string.match(body, '"id":"(cus_%w+)".-"email":"t(%d+)@')
  if id then
    ids[tonumber(t)] = id
  end
  if done >= limit then
    wrk.thread:stop()
  end
end
