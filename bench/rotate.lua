-- wrk script: each request takes the next path of a list file (one path a line; the file is
-- the argument after `--`), each thread from its own offset. Counts responses outside 2xx and
-- prints one line of JSON when done.  Usage: wrk -s bench/rotate.lua http://host:port -- paths.txt

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  paths = {}
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  position = (id * 7919) % #paths
  non2xx = 0
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local non2xx_total = 0
  for _, thread in ipairs(threads) do non2xx_total = non2xx_total + thread:get("non2xx") end
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "non2xx": %d, "socket_errors": %d, '
    .. '"timeouts": %d, "p50_us": %.0f, "p90_us": %.0f, "p99_us": %.0f, "mean_us": %.0f, "max_us": %.0f}\n',
    summary.requests, summary.duration, summary.bytes, non2xx_total,
    errors.connect + errors.read + errors.write + errors.timeout, errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.mean, latency.max))
end
