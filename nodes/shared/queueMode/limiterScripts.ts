/**
 * The shared limiter's Redis scripts. Each runs atomically, so processes that ask at the same moment cannot both
 * take the last slot. Time is Redis's own clock (TIME), the same for every process.
 *
 * Per rate group (all keys share the group's hash tag): `pause` (no request before this time), `procs` (the
 * processes using the group, by last contact), and per documented window `w<i>` (this n8n's requests: member
 * `<sent ms>:<process>:<n>`, scored by when its answer came, or by a deadline while in flight), `w<i>:o` (requests
 * the server counted that no process of this n8n sent), `w<i>:since` (when such requests were first seen) and
 * `w<i>:lim` (a limit learnt from the server).
 */

const NOW = `local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)`;

/**
 * KEYS: pause, procs, then per window own, others, lim, since. ARGV: process, request number, in-flight deadline (ms),
 * window count, then per window limit, span (ms), shortest observation (ms) of another app's rate (see
 * reserveForOthers, which this follows). Returns {wait, window (0 = pause), processes, member}.
 */
export const ACQUIRE = `${NOW}
redis.call('ZADD', KEYS[2], now, ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - 60000)
redis.call('PEXPIRE', KEYS[2], 120000)
local processes = redis.call('ZCARD', KEYS[2])
local wait = math.max(0, tonumber(redis.call('GET', KEYS[1]) or '0') - now)
local reason = 0
local windows = tonumber(ARGV[4])
for i = 1, windows do
  local own, others, lim, since = KEYS[4 * i - 1], KEYS[4 * i], KEYS[4 * i + 1], KEYS[4 * i + 2]
  local limit, span = tonumber(ARGV[2 + 3 * i]), tonumber(ARGV[3 + 3 * i])
  local learnt = redis.call('GET', lim)
  if learnt then limit = tonumber(learnt) end
  redis.call('ZREMRANGEBYSCORE', own, '-inf', now - span)
  redis.call('ZREMRANGEBYSCORE', others, '-inf', now - span)
  local foreign = redis.call('ZCARD', others)
  local used = redis.call('ZCARD', own) + foreign
  local reserve = 0
  if foreign > 0 then
    local observed = math.min(span, math.max(tonumber(ARGV[4 + 3 * i]), now - tonumber(redis.call('GET', since) or now)))
    reserve = 2 + math.max(0, math.ceil(foreign * span / observed) - foreign)
  end
  local allowed = math.max(1, limit - reserve)
  if used >= allowed then
    local mustExpire = used - allowed + 1
    local scores = {}
    for _, key in ipairs({own, others}) do
      local entries = redis.call('ZRANGE', key, 0, mustExpire - 1, 'WITHSCORES')
      for j = 2, #entries, 2 do scores[#scores + 1] = tonumber(entries[j]) end
    end
    table.sort(scores)
    local oldest = scores[mustExpire]
    local windowWait = 20
    if oldest and oldest <= now then windowWait = math.max(1, oldest + span - now) end
    -- Held back only by the reserve: look again within RESERVE_RECHECK_MS (1 s), as the other app's estimated rate falls.
    if used < limit then windowWait = math.min(windowWait, 1000) end
    if windowWait > wait then
      wait = windowWait
      reason = i
    end
  end
end
if wait > 0 then return {wait, reason, processes, ''} end
local member = now .. ':' .. ARGV[1] .. ':' .. ARGV[2]
for i = 1, windows do
  redis.call('ZADD', KEYS[4 * i - 1], now + tonumber(ARGV[3]), member)
  redis.call('PEXPIRE', KEYS[4 * i - 1], tonumber(ARGV[3 + 3 * i]) + tonumber(ARGV[3]))
end
return {0, 0, processes, member}`;

/** KEYS: every window's own set. ARGV: member. From now on the request counts from its answer. */
export const ANSWERED = `${NOW}
for _, key in ipairs(KEYS) do redis.call('ZADD', key, 'XX', now, ARGV[1]) end
return 1`;

/**
 * The server's used/limit headers on the answer to ARGV[1]. KEYS: own, others, lim, since of the window they describe.
 * ARGV: member, used, limit learnt ('' if none), span. Requests the server counted before ours that no process
 * of ours sent belong to another app: they are added as foreign. Fewer is left alone, because answers from
 * several processes arrive out of order.
 */
export const OBSERVE = `${NOW}
local sentAt = tonumber(string.match(ARGV[1], '^(%d+):'))
local span = tonumber(ARGV[4])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - span)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now - span)
local before = 0
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local sent = tonumber(string.match(member, '^(%d+):'))
  if sent and sentAt and sent <= sentAt then before = before + 1 end
end
local foreign = tonumber(ARGV[2]) - before - redis.call('ZCARD', KEYS[2])
for k = 1, foreign do redis.call('ZADD', KEYS[2], now, now .. ':' .. k .. ':' .. ARGV[1]) end
if foreign > 0 then
  redis.call('PEXPIRE', KEYS[2], span)
  -- The other app's rate is measured from when it was first seen; two windows without it start the count again.
  redis.call('SET', KEYS[4], now, 'NX')
  redis.call('PEXPIRE', KEYS[4], 2 * span)
end
if ARGV[3] ~= '' then redis.call('SET', KEYS[3], ARGV[3], 'PX', 86400000) end
return foreign`;

/**
 * A 429. KEYS: pause, then own, others, lim of the shortest window. ARGV: wait (ms), '1' to pace that window at
 * what was counted when the server refused, its span.
 */
export const THROTTLED = `${NOW}
local untilAt = now + tonumber(ARGV[1])
if untilAt > tonumber(redis.call('GET', KEYS[1]) or '0') then redis.call('SET', KEYS[1], untilAt, 'PX', math.max(1, tonumber(ARGV[1]))) end
if ARGV[2] == '1' then
  local counted = redis.call('ZCARD', KEYS[2]) + redis.call('ZCARD', KEYS[3])
  redis.call('SET', KEYS[4], math.max(1, counted), 'PX', tonumber(ARGV[3]))
end
return 1`;

/**
 * Requests a process let go on its own while Redis was away. KEYS: every window's own set. ARGV: process, in-flight
 * deadline (ms), each window's span, '|', then how long ago each was answered (ms). They join every window they
 * still fall in.
 */
export const RECORD = `${NOW}
local windows = #KEYS
for i = 1, windows do
  local span = tonumber(ARGV[2 + i])
  for j = windows + 4, #ARGV do
    local age = tonumber(ARGV[j])
    if age < span then redis.call('ZADD', KEYS[i], now - age, (now - age) .. ':' .. ARGV[1] .. ':alone' .. j) end
  end
  redis.call('PEXPIRE', KEYS[i], span + tonumber(ARGV[2]))
end
return 1`;
