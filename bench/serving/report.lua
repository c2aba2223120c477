-- wrk script of ./maillage bench: optional random ids for a path with {id} (env IDS, the file; env PATH_TEMPLATE),
-- and one summary line at the end: requests/s p50 p90 p99 p99.9 (ms) errors requests.
-- Errors are socket errors (connect, read, write, timeout) and answers other than 2xx.
local ids = {}
local template = os.getenv("PATH_TEMPLATE")
local file = os.getenv("IDS")
if file and file ~= "" then
  for line in io.lines(file) do
    if line ~= "" then ids[#ids + 1] = line end
  end
end
math.randomseed(os.time())

request = function()
  if #ids > 0 then
    local path = template:gsub("{id}", ids[math.random(#ids)])
    return wrk.format(nil, path)
  end
  return wrk.format(nil)
end

done = function(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, errors, summary.requests))
  io.write(string.format("DETAIL\tconnect=%d read=%d write=%d timeout=%d status=%d\n", e.connect, e.read, e.write, e.timeout, e.status))
end
