// What the notification pages share: the user token, the language, API calls, live updates,
// problems shown to the user.
//
// The token arrives in the URL fragment (#token=...). Browsers never send a fragment to a
// server, so it cannot reach an access log; it is moved to sessionStorage (this tab only) and
// removed from the address bar so it is not bookmarked, shared or kept in history. A `locale`
// in the fragment (the bell's "View all" passes its own) is kept the same way.

import EN from "../locales/en.js";
import { fill, fullTime, loadStrings, relativeTime } from "../bell/text.js";

const STORAGE_KEY = "tocsin.token";
const LOCALE_KEY = "tocsin.locale";
const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000, 30000];
const PING_MS = 25000;
export const API_BASE = new URL(".", window.location.href).href.replace(/\/$/, "");

let memoryToken = null; // when sessionStorage is unavailable (some privacy modes)
let memoryLocale = null;

function store(token) {
  memoryToken = token;
  try {
    if (token) sessionStorage.setItem(STORAGE_KEY, token);
    else sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    /* the in-memory copy serves this page */
  }
}

function stored() {
  try {
    return sessionStorage.getItem(STORAGE_KEY) || memoryToken;
  } catch {
    return memoryToken;
  }
}

function remember(key, value) {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    /* this page only */
  }
}

function recall(key) {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function takeToken() {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  const fresh = fragment.get("token");
  const locale = fragment.get("locale");
  if (locale) {
    memoryLocale = locale;
    remember(LOCALE_KEY, locale);
  }
  if (fresh) store(fresh);
  if (fresh || locale) {
    fragment.delete("token");
    fragment.delete("locale");
    const rest = fragment.toString();
    const clean = window.location.pathname + window.location.search + (rest ? `#${rest}` : "");
    window.history.replaceState(window.history.state, "", clean);
  }
  return stored();
}

// --- language ------------------------------------------------------------------------------

let strings = EN;
export let locale = "en";

/** A text of this page in the user's language, with `{name}` filled from `values`. */
export function t(key, values) {
  return fill(strings[key] ?? key, values);
}

/** Texts for elements marked `data-l10n` (content), `data-l10n-label`, `-placeholder`, `-title`. */
export function translate(root = document) {
  for (const node of root.querySelectorAll("[data-l10n]")) node.textContent = t(node.dataset.l10n);
  for (const node of root.querySelectorAll("[data-l10n-label]")) node.setAttribute("aria-label", t(node.dataset.l10nLabel));
  for (const node of root.querySelectorAll("[data-l10n-placeholder]")) node.placeholder = t(node.dataset.l10nPlaceholder);
  for (const node of root.querySelectorAll("[data-l10n-title]")) node.title = t(node.dataset.l10nTitle);
}

/** The page in the language of the fragment's `locale` (kept for this tab), else the browser's. */
export async function startLanguage() {
  takeToken();
  locale = recall(LOCALE_KEY) || memoryLocale || navigator.language || "en";
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    locale = "en";
  }
  strings = await loadStrings(locale);
  document.documentElement.lang = locale;
  translate();
  const title = document.body.dataset.title;
  if (title) document.title = `${t(title)} · Tocsin`;
}

export function when(iso, now = Date.now()) {
  return relativeTime(iso, now, { locale, justNow: t("time.justNow") });
}

export function whenFull(iso) {
  return fullTime(iso, locale);
}

export function typeName(key) {
  return strings[`type.${key}`] ?? humanize(key);
}

/** The claims of a JWT, unverified: for display only (the server checks every request). */
export function claims(token) {
  try {
    const part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    const bytes = Uint8Array.from(atob(part), (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return null;
  }
}

export class ApiError extends Error {
  constructor(status, message, field = null) {
    super(message);
    this.status = status;
    this.field = field;
  }
}

const PROBLEMS = ["missing", "expired", "invalid", "adminMissing", "notAdmin"];

export function showProblem(kind, detail = null) {
  const known = PROBLEMS.includes(kind);
  const title = t(known ? `problem.${kind}.title` : "problem.other.title");
  const message = known ? t(`problem.${kind}.text`) : detail || "";
  const box = document.getElementById("problem");
  box.replaceChildren();
  const h = document.createElement("h1");
  h.textContent = title;
  const p = document.createElement("p");
  p.textContent = message;
  box.append(h, p);
  box.hidden = false;
  box.dataset.kind = kind;
  document.getElementById("app").hidden = true;
  document.getElementById("who").textContent = "";
}

function authProblem(message) {
  store(null);
  showProblem(/expired/i.test(message || "") ? "expired" : "invalid");
}

export class Api {
  constructor(token) {
    this.token = token;
  }

  async call(method, path, body = undefined, { keepalive = false } = {}) {
    const headers = { Authorization: `Bearer ${this.token}` };
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(`${API_BASE}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      keepalive, // a request that must finish even if the page navigates away meanwhile
    });
    const data = response.status === 204 ? null : await response.json().catch(() => null);
    if (response.status === 401) {
      const message = data?.error?.message || "unauthorized";
      authProblem(message);
      throw new ApiError(401, message);
    }
    if (!response.ok) {
      throw new ApiError(response.status, data?.error?.message || `HTTP ${response.status}`, data?.error?.field);
    }
    return data;
  }
}

/** The page's API client, or null after showing why there is none. */
export function startSession({ missing = "missing" } = {}) {
  const token = takeToken();
  if (!token) {
    showProblem(missing);
    return null;
  }
  const who = claims(token);
  if (!who || typeof who.sub !== "string") {
    store(null);
    showProblem("invalid");
    return null;
  }
  document.getElementById("who").textContent = who.sub;
  return new Api(token);
}

export function humanize(key) {
  const text = String(key || "").replace(/_/g, " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function safeHref(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function el(tag, attrs = {}, text = null) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined && value !== false) node.setAttribute(name, value === true ? "" : value);
  }
  if (text !== null) node.textContent = text;
  return node;
}

export function announce(message) {
  const live = document.getElementById("status");
  live.textContent = "";
  // A fresh text node after a tick makes screen readers announce a repeated message too.
  setTimeout(() => {
    live.textContent = message;
  }, 30);
}

/** Live messages of the user's stream (WebSocket), reconnecting with backoff. `onMessage` gets
 * each parsed message; `onReconnect` runs when a connection comes back after a drop, so the page
 * can fetch what it missed. A refused token shows the expired-link page. */
export function liveStream(api, { onMessage, onReconnect }) {
  let attempt = 0;
  let everOpened = false;
  let ping = null;
  const connect = () => {
    const url = `${API_BASE.replace(/^http/, "ws")}/v1/me/stream?token=${encodeURIComponent(api.token)}`;
    const socket = new WebSocket(url);
    socket.onopen = () => {
      attempt = 0;
      if (everOpened) onReconnect();
      everOpened = true;
      document.body.dataset.live = "true";
      clearInterval(ping);
      ping = setInterval(() => socket.readyState === WebSocket.OPEN && socket.send('{"type":"ping"}'), PING_MS);
    };
    socket.onmessage = (e) => {
      try {
        onMessage(JSON.parse(e.data));
      } catch {
        /* not a message of ours */
      }
    };
    socket.onclose = (e) => {
      clearInterval(ping);
      document.body.dataset.live = "false";
      if (e.code === 4401) {
        api.call("GET", "/v1/me/notifications/unread-count").catch(() => {}); // shows why
        return;
      }
      const base = BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)];
      attempt += 1;
      setTimeout(connect, base / 2 + Math.random() * (base / 2));
    };
  };
  connect();
}
