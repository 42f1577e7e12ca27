-- POST /v1/customers with a fresh Idempotency-Key on every request, one tenant.
-- wrk -t2 -c64 -d20s --latency -s post.lua http://127.0.0.1:PORT/v1/customers -- [sk_test_key]
-- Keys are unique across threads and across wrk runs against the same server (time + thread +
-- random prefix, then a counter), so no request is ever an idempotent replay.
local counter = 0
local prefix
tid = 0

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  math.randomseed(os.time() * 1000 + tid)
  prefix = string.format("bench-%d-%d-%d-", os.time(), tid, math.random(1, 1000000000))
  wrk.method = "POST"
  wrk.body = '{"email":"a@example.com"}'
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. (args[1] or "sk_test_bench_post")
end

function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = prefix .. counter
  return wrk.format()
end
