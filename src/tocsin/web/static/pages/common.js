// What the notification pages share: the user token, API calls, problems shown to the user.
//
// The token arrives in the URL fragment (#token=...). Browsers never send a fragment to a
// server, so it cannot reach an access log; it is moved to sessionStorage (this tab only) and
// removed from the address bar so it is not bookmarked, shared or kept in history.

const STORAGE_KEY = "tocsin.token";
export const API_BASE = new URL(".", window.location.href).href.replace(/\/$/, "");

let memoryToken = null; // when sessionStorage is unavailable (some privacy modes)

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

export function takeToken() {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ""));
  const fresh = fragment.get("token");
  if (fresh) {
    store(fresh);
    fragment.delete("token");
    const rest = fragment.toString();
    const clean = window.location.pathname + window.location.search + (rest ? `#${rest}` : "");
    window.history.replaceState(window.history.state, "", clean);
  }
  return stored();
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

const PROBLEMS = {
  missing: [
    "Open this page from your CRM",
    "This page needs a sign-in link. Use “View all” in the notification bell of your CRM.",
  ],
  expired: [
    "Your link has expired",
    "Links to your notifications are valid for a limited time. Open this page again from your CRM " +
      "(the notification bell’s “View all”) to get a fresh one.",
  ],
  invalid: [
    "This link is not valid",
    "The sign-in link could not be verified. Open this page again from your CRM.",
  ],
};

export function showProblem(kind, detail = null) {
  const [title, message] = PROBLEMS[kind] || ["Something went wrong", detail || ""];
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
export function startSession() {
  const token = takeToken();
  if (!token) {
    showProblem("missing");
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
