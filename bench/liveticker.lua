-- wrk script for bench.liveticker: readers polling a Liveticker's update check.
-- Each connection stands for many readers: it waits `delay` ms between requests, so that all
-- connections together make the readers' rate. A request carries the ETag the thread saw last
-- (a reader whose page is up to date, answered 304 while nothing changed); every Nth one none
-- (a reader who just opened the page, answered 200).
-- Usage: wrk -s bench/liveticker.lua http://host:port -- /artikel/x/liveticker/ <delay ms> <N>

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  path = args[1]
  pause = tonumber(args[2])
  fresh_every = tonumber(args[3])
  etag = nil
  sent = 0
  ok200 = 0
  ok304 = 0
  other = 0
end

function delay()
  return pause
end

function request()
  sent = sent + 1
  local headers = { ["Accept"] = "application/json" }
  if etag ~= nil and sent % fresh_every ~= 0 then
    headers["If-None-Match"] = etag
  end
  return wrk.format("GET", path, headers)
end

function response(status, headers, body)
  if status == 200 then
    ok200 = ok200 + 1
    etag = headers["ETag"] or headers["Etag"] or headers["etag"]
  elseif status == 304 then
    ok304 = ok304 + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local s200, s304, bad = 0, 0, 0
  for _, thread in ipairs(threads) do
    s200 = s200 + thread:get("ok200")
    s304 = s304 + thread:get("ok304")
    bad = bad + thread:get("other")
  end
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "status_200": %d, "status_304": %d, "other_status": %d, '
    .. '"socket_errors": %d, "p50_us": %.0f, "p99_us": %.0f, "max_us": %.0f}\n',
    summary.requests, summary.duration, s200, s304, bad,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
