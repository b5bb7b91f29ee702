// The bell's live stream: a WebSocket, or Server-Sent Events where only plain HTTP gets through
// (a proxy without WebSocket). It reconnects by itself with full-jitter back-off, honours a
// close code's request to come back later (1012, 1013, with a number of seconds in the reason if
// the server gives one: full jitter over that window), and hands a refused token (4401) back to
// the bell. The stream counts as open once its first message (hello) arrives.

import { CLOSE_UNAUTHORIZED, COME_BACK_LATER, afterClose, reconnectDelay } from "./backoff.js";
import { AuthProblem } from "./http.js";

const HEARTBEAT_MS = 25000; // a silent network drop is found by an unanswered ping
const HEARTBEAT_GRACE_MS = 10000;

export class Stream {
  /**
   * hooks: onOpen() once connected; onMessage(raw, eventName); onAuthFailure(); onDown() when a
   * wait before reconnecting begins; probe() an HTTP read that resolves if the server answers
   * (and throws AuthProblem if the token is refused).
   */
  constructor(hooks) {
    this.hooks = hooks;
    this.mode = "websocket"; // becomes "sse" when WebSocket cannot connect but HTTP can
    this.attempt = 0; // reconnects since the stream was last open
    this.lastDelayMs = null; // the wait chosen last (the bell shows it as data-retry-ms)
    this.#generation = 0;
  }

  #generation;
  #server = "";
  #token = "";
  #socket = null;
  #source = null;
  #retryTimer = null;
  #heartbeat = null;

  /** Connects to `server` with `token`, dropping any stream open before. */
  open(server, token) {
    this.close();
    this.#server = server;
    this.#token = token;
    this.#connect();
  }

  close() {
    this.#generation += 1;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    if (this.#socket) this.#dropSocket(this.#socket);
    if (this.#source) this.#source.close();
    this.#socket = null;
    this.#source = null;
  }

  /** Back online: skip the rest of the wait. */
  resume() {
    if (this.#retryTimer === null) return;
    this.attempt = 0;
    this.#connect();
  }

  #connect() {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    if (this.mode === "websocket" && typeof WebSocket === "function") this.#openSocket(this.#generation);
    else this.#openEventSource(this.#generation);
  }

  #opened() {
    this.attempt = 0;
    this.lastDelayMs = null;
    this.hooks.onOpen();
  }

  #openSocket(generation) {
    const url = `${this.#server.replace(/^http/, "ws")}/v1/me/stream?token=${encodeURIComponent(this.#token)}`;
    let opened = false;
    let socket;
    try {
      socket = new WebSocket(url);
    } catch {
      this.#afterFailedOpen(generation);
      return;
    }
    this.#socket = socket;
    let heard = Date.now();
    socket.onopen = () => {
      if (generation !== this.#generation) return socket.close(1000);
      heard = Date.now();
      clearInterval(this.#heartbeat);
      this.#heartbeat = setInterval(() => {
        if (Date.now() - heard > HEARTBEAT_MS + HEARTBEAT_GRACE_MS) {
          // No answer: the connection is dead even if the browser has not noticed yet.
          this.#dropSocket(socket);
          this.#retryIn(reconnectDelay(this.attempt));
        } else if (socket.readyState === WebSocket.OPEN) {
          socket.send('{"type":"ping"}');
        }
      }, HEARTBEAT_MS);
    };
    socket.onmessage = (e) => {
      if (generation !== this.#generation) return;
      heard = Date.now();
      // Open means the first message (hello) came: a server under pressure accepts, then closes
      // with 1013 before any, and that is no connection (no refetch, the back-off goes on).
      if (!opened) {
        opened = true;
        this.#opened();
      }
      this.hooks.onMessage(e.data, null);
    };
    socket.onclose = (e) => {
      if (generation !== this.#generation) return;
      this.#dropSocket(socket);
      if (e.code === CLOSE_UNAUTHORIZED) this.hooks.onAuthFailure();
      else if (opened || COME_BACK_LATER.has(e.code)) this.#retryIn(afterClose(e.code, e.reason, this.attempt));
      else this.#afterFailedOpen(generation);
    };
  }

  #dropSocket(socket) {
    clearInterval(this.#heartbeat);
    this.#heartbeat = null;
    socket.onopen = socket.onmessage = socket.onclose = null;
    if (socket.readyState === WebSocket.CONNECTING || socket.readyState === WebSocket.OPEN) socket.close(1000);
    if (this.#socket === socket) this.#socket = null;
  }

  #openEventSource(generation) {
    const url = `${this.#server}/v1/me/events?token=${encodeURIComponent(this.#token)}`;
    let opened = false;
    const source = new EventSource(url);
    this.#source = source;
    source.onopen = () => {
      if (generation !== this.#generation) return source.close();
      opened = true;
      this.#opened();
    };
    source.onmessage = (e) => {
      if (generation === this.#generation) this.hooks.onMessage(e.data, null);
    };
    for (const type of ["hello", "notification", "read"]) {
      source.addEventListener(type, (e) => {
        if (generation === this.#generation) this.hooks.onMessage(e.data, type);
      });
    }
    // The server ends the stream of a dead token (expired, revoked) with this event: no retry,
    // the bell asks for a new token as on a WebSocket's 4401.
    source.addEventListener("unauthorized", () => {
      if (generation !== this.#generation) return;
      source.close();
      this.#source = null;
      this.hooks.onAuthFailure();
    });
    source.onerror = () => {
      if (generation !== this.#generation) return;
      // Reconnection is ours (with back-off and a resync), not EventSource's own.
      source.close();
      this.#source = null;
      if (opened) this.#retryIn(reconnectDelay(this.attempt));
      else this.#afterFailedOpen(generation);
    };
  }

  async #afterFailedOpen(generation) {
    // The stream did not open: is the token refused, is the server down, or is only the
    // stream blocked (a proxy without WebSocket)? One plain HTTP request tells them apart.
    let answered = false;
    try {
      await this.hooks.probe(() => generation === this.#generation);
      answered = true;
    } catch (err) {
      if (generation !== this.#generation) return;
      if (err instanceof AuthProblem) return this.hooks.onAuthFailure();
    }
    if (generation !== this.#generation) return;
    if (answered && this.mode === "websocket") {
      this.mode = "sse";
      this.#connect();
      return;
    }
    this.#retryIn(reconnectDelay(this.attempt));
  }

  #retryIn(delay) {
    this.attempt += 1;
    this.lastDelayMs = delay;
    this.hooks.onDown(delay);
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.#connect(), delay);
  }
}
