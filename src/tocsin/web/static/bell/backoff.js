// How long the bell waits before trying again: pure functions of an attempt number, a header or a
// close reason, and a random source (injectable, so the choices can be checked).
//
// Reconnects use full-jitter exponential back-off: after a server restart every bell on every
// page loses its stream at the same instant, and a random wait in [0, min(cap, base * 2^attempt)]
// spreads their returns over the whole window instead of a few synchronised waves.

export const RECONNECT_BASE_MS = 1000;
export const RECONNECT_CAP_MS = 30000;
export const READ_TRIES = 5; // a read that keeps answering 503/429 gives up after this many tries
const NO_HINT_MS = 1000; // a 503/429 that says nothing of how long: wait about this much

/** Full jitter: a random wait between 0 and min(cap, base * 2^attempt). */
export function reconnectDelay(attempt, { baseMs = RECONNECT_BASE_MS, capMs = RECONNECT_CAP_MS, random = Math.random } = {}) {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.floor(random() * ceiling);
}

/** A wait the server asked for, plus a random 0-100 % more, so the callers it sent away do not
 * all return in the same instant. */
export function politeDelay(hintMs, { random = Math.random } = {}) {
  return Math.round(hintMs * (1 + random()));
}

/** `Retry-After` in milliseconds (delta-seconds or an HTTP date), or null when absent or unreadable. */
export function retryAfterMs(value, now = Date.now()) {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/** The wait before reading again after a 503/429: Retry-After with jitter, else about a second. */
export function busyDelay(header, { random = Math.random, now = Date.now() } = {}) {
  return politeDelay(retryAfterMs(header, now) ?? NO_HINT_MS, { random });
}

/** A close reason's hint of when to come back, e.g. "restarting, retry in 5" (seconds): the
 * first number in it, in milliseconds, or null. */
export function closeHintMs(reason) {
  const found = /(\d+(?:\.\d+)?)/.exec(String(reason || ""));
  return found ? Number(found[1]) * 1000 : null;
}

// Close codes (WebSocket) that ask the client to come back later: service restart, try again later.
export const COME_BACK_LATER = new Set([1012, 1013]);
export const CLOSE_UNAUTHORIZED = 4401;

/** The wait before reconnecting after a stream closed with `code` and `reason` on `attempt`. A
 * server that asks for a later return (1012, 1013) with a hint, e.g. "server full; retry_after=10",
 * gets full jitter over the hinted window: the bells it turned away come back spread over it, not
 * all at its end. */
export function afterClose(code, reason, attempt, { random = Math.random } = {}) {
  const hint = COME_BACK_LATER.has(code) ? closeHintMs(reason) : null;
  return hint !== null ? Math.floor(random() * hint) : reconnectDelay(attempt, { random });
}
