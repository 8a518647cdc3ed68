-- wrk script of InboxLoadBench. Arguments after "--": the mode, a file, the number of wrk threads.
--   get:    GET /api/tasks as a random reviewer; the file holds one bearer token per line
--   submit: POST /api/applications/{id}/submit, each draft once (spread over the threads); the file holds
--           "draft-id bearer-token" per line. A thread that runs out starts again from its first draft, whose
--           second submit is refused (409) and counted as an error: give it more drafts than it can send.
-- Prints one line that the benchmark parses.
local requests = {}
local sent = 0
local counter = 0

setup = function(thread)
  thread:set("index", counter)
  counter = counter + 1
end

init = function(args)
  local mode, file, threads = args[1], args[2], tonumber(args[3])
  local line_number = 0
  for line in io.lines(file) do
    if mode == "get" then
      requests[#requests + 1] = wrk.format("GET", "/api/tasks", { ["Authorization"] = "Bearer " .. line })
    elseif line_number % threads == index then
      local id, token = line:match("^(%d+) (.+)$")
      requests[#requests + 1] = wrk.format("POST", "/api/applications/" .. id .. "/submit",
        { ["Authorization"] = "Bearer " .. token, ["Content-Length"] = "0" })
    end
    line_number = line_number + 1
  end
  random = mode == "get"
  -- each thread has its own Lua state: its table's address tells the threads' random sequences apart
  math.randomseed(os.time() + tonumber(tostring(requests):match("0x(%x+)") or "0", 16) % 100000)
end

request = function()
  if random then
    return requests[math.random(#requests)]
  end
  sent = sent + 1
  return requests[(sent - 1) % #requests + 1]
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("WRK requests=%d duration_us=%d non2xx=%d socket_errors=%d p50_us=%d p95_us=%d p99_us=%d max_us=%d\n",
    summary.requests, summary.duration, errors.status, errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
