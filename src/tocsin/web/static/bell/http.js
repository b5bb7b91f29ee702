// The bell's HTTP calls to Tocsin: the user token as a bearer, no cookies. Reads (the first page,
// the counts) answered 503 or 429 wait as the server asks (Retry-After, plus jitter) and try
// again, a bounded number of times; writes are never repeated here.

import { READ_TRIES, busyDelay } from "./backoff.js";

export class AuthProblem extends Error {}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `method` `path` on `server` with `token`; the JSON answer. 401 throws AuthProblem. A GET is
 * retried after 503/429 while `wanted()` holds (the bell has not moved on to another token).
 */
export async function call(server, token, method, path, { keepalive = false, body = undefined, wanted = () => true } = {}) {
  const read = method === "GET";
  for (let tries = 1; ; tries += 1) {
    const headers = { Authorization: `Bearer ${token}` };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(`${server}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "omit",
      keepalive, // lets a request finish even if the page navigates away meanwhile
    });
    if (response.status === 401) throw new AuthProblem("unauthorized");
    const busy = response.status === 503 || response.status === 429;
    if (busy && read && tries < READ_TRIES && wanted()) {
      await sleep(busyDelay(response.headers.get("Retry-After")));
      if (!wanted()) throw new Error("abandoned");
      continue;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }
}
