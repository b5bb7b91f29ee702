// <tocsin-bell server="https://tocsin.example.com" token="USER_TOKEN"></tocsin-bell>
//
// A standard custom element (no framework, no build step). Its public face (docs/bell.md):
//   attributes  server (Tocsin's base URL; default: where this script came from), token,
//               locale (BCP 47), theme (light | dark | auto),
//               badge ("unread", the default, or "unseen": what the badge counts),
//               push-worker (the URL of tocsin-sw.js as the page's own origin serves it: turns on
//               the panel's browser push opt-in; see docs/push-and-webhooks.md)
//   properties  unreadCount (read-only); token, server, locale, theme, strings (settable)
//   events      tocsin-notification (detail: the notification), tocsin-unread (detail: the count),
//               tocsin-click (cancelable; detail: the notification), tocsin-token-expired
//   CSS parts   bell, badge, toast, panel, item (data-read="true|false"), mark-all-read, view-all,
//               push (the opt-in button, data-on="true|false")
// Theme it with the --tocsin-* custom properties listed in docs/bell.md.

import EN from "./locales/en.js";

// Languages with a table under ./locales/; anything else falls back to its base language, then English.
export const LANGUAGES = ["en", "de"];
const SCRIPT_SERVER = new URL("..", import.meta.url).href.replace(/\/$/, "");
const PAGE_SIZE = 20;
const TOAST_MS = 6000;
const MAX_TOASTS = 3;
const BACKOFF_MS = [1000, 2000, 4000, 8000, 15000, 30000];
const NAVIGATE_WAIT_MS = 2000;
const HEARTBEAT_MS = 25000; // a silent network drop is found by an unanswered ping
const HEARTBEAT_GRACE_MS = 10000;
const SHEET_BELOW_PX = 480; // narrower windows get the panel as a full-width sheet
const EDGE_PX = 8; // the panel keeps this far from the window's edges
const GAP_PX = 8; // between the bell and the panel
const PROPERTIES = ["token", "server", "locale", "theme", "strings"];

const CSS = `
:host {
  /* Light theme. Every text colour keeps 4.5:1 or more against the backgrounds it sits on. */
  --_accent: var(--tocsin-accent, #1d4ed8);
  --_bg: var(--tocsin-bg, #ffffff);
  --_fg: var(--tocsin-fg, #111827);
  --_muted: var(--tocsin-muted, #4b5563);
  --_read-fg: var(--tocsin-read-fg, #4b5563);
  --_border: var(--tocsin-border, #e5e7eb);
  --_hover: var(--tocsin-hover, #f3f4f6);
  --_unread-bg: var(--tocsin-unread-bg, #eff4ff);
  --_badge-bg: var(--tocsin-badge-bg, #dc2626);
  --_badge-fg: var(--tocsin-badge-color, #ffffff);
  --_bell-hover: var(--tocsin-bell-hover, rgba(127, 127, 127, .14));
  --_shadow: var(--tocsin-shadow, 0 12px 32px rgba(15, 23, 42, .14), 0 2px 6px rgba(15, 23, 42, .08));
  --_radius: var(--tocsin-radius, 12px);
  --_font: var(--tocsin-font, inherit);
  color-scheme: light;
  display: inline-block;
  position: relative;
  font-family: var(--_font);
  line-height: 1.4;
  color: var(--_fg);
}
:host([theme="dark"]) {
  --_accent: var(--tocsin-accent, #93c5fd);
  --_bg: var(--tocsin-bg, #111827);
  --_fg: var(--tocsin-fg, #f3f4f6);
  --_muted: var(--tocsin-muted, #a7afbb);
  --_read-fg: var(--tocsin-read-fg, #c4cad3);
  --_border: var(--tocsin-border, #374151);
  --_hover: var(--tocsin-hover, #1f2937);
  --_unread-bg: var(--tocsin-unread-bg, #172033);
  --_bell-hover: var(--tocsin-bell-hover, rgba(255, 255, 255, .12));
  --_shadow: var(--tocsin-shadow, 0 12px 32px rgba(0, 0, 0, .5), 0 2px 6px rgba(0, 0, 0, .35));
  color-scheme: dark;
}
@media (prefers-color-scheme: dark) {
  :host([theme="auto"]) {
    --_accent: var(--tocsin-accent, #93c5fd);
    --_bg: var(--tocsin-bg, #111827);
    --_fg: var(--tocsin-fg, #f3f4f6);
    --_muted: var(--tocsin-muted, #a7afbb);
    --_read-fg: var(--tocsin-read-fg, #c4cad3);
    --_border: var(--tocsin-border, #374151);
    --_hover: var(--tocsin-hover, #1f2937);
    --_unread-bg: var(--tocsin-unread-bg, #172033);
    --_bell-hover: var(--tocsin-bell-hover, rgba(255, 255, 255, .12));
    --_shadow: var(--tocsin-shadow, 0 12px 32px rgba(0, 0, 0, .5), 0 2px 6px rgba(0, 0, 0, .35));
    color-scheme: dark;
  }
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
button { font: inherit; color: inherit; }
.bell {
  position: relative; display: inline-flex; align-items: center; justify-content: center;
  width: var(--tocsin-bell-button-size, 40px); height: var(--tocsin-bell-button-size, 40px);
  padding: 0; border: 0; border-radius: 999px; background: transparent; cursor: pointer;
  color: var(--tocsin-bell-color, currentColor);
  transition: background-color .15s ease;
}
.bell:hover, .bell[aria-expanded="true"] { background: var(--_bell-hover); }
.bell:focus-visible, .panel button:focus-visible, .panel a:focus-visible, .toast button:focus-visible {
  outline: 2px solid var(--_accent); outline-offset: 2px;
}
.bell svg { width: var(--tocsin-bell-size, 22px); height: var(--tocsin-bell-size, 22px); }
.bell[data-state="offline"] svg { opacity: .55; }
.badge {
  position: absolute; top: 2px; right: 0; min-width: 18px; height: 18px; padding: 0 5px;
  border-radius: 9px; background: var(--_badge-bg); color: var(--_badge-fg);
  font-size: 11px; font-weight: 700; line-height: 18px; text-align: center;
  box-shadow: 0 0 0 2px var(--tocsin-badge-ring, var(--_bg)); font-variant-numeric: tabular-nums;
}
/* The panel and the toasts are popovers: in the top layer no ancestor's overflow, transform or
   z-index can clip or cover them, and fixed coordinates are the window's. */
.panel {
  position: fixed; inset: auto; margin: 0; padding: 0; z-index: var(--tocsin-z-index, 1000);
  display: flex; flex-direction: column;
  width: var(--tocsin-panel-width, 380px); max-width: calc(100vw - ${2 * EDGE_PX}px);
  background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border);
  border-radius: var(--_radius); box-shadow: var(--_shadow); overflow: hidden; text-align: left;
  font-family: var(--_font); line-height: 1.4;
}
.panel[popover]:not(:popover-open) { display: none; }
.panel[data-sheet] { width: 100vw; max-width: none; border-width: 0 0 1px; border-radius: 0 0 var(--_radius) var(--_radius); }
.panel[data-sheet][data-side="top"] { border-width: 1px 0 0; border-radius: var(--_radius) var(--_radius) 0 0; }
.head {
  display: flex; align-items: center; justify-content: space-between; gap: 12px;
  padding: 14px 16px 12px; border-bottom: 1px solid var(--_border);
}
.head h2 { margin: 0; font-size: 15px; font-weight: 650; outline: none; }
.linkish {
  border: 0; background: none; padding: 2px 4px; border-radius: 6px; cursor: pointer;
  color: var(--_accent); font-size: 13px; font-weight: 550; text-decoration: none;
}
.linkish:hover { text-decoration: underline; }
.linkish:disabled { color: var(--_muted); cursor: default; text-decoration: none; }
.list {
  list-style: none; margin: 0; padding: 0; max-height: var(--tocsin-panel-max-height, 420px);
  overflow-y: auto; flex: 0 1 auto; min-height: 0; overscroll-behavior: contain;
}
.item { border-bottom: 1px solid var(--_border); }
.item:last-child { border-bottom: 0; }
.item > a, .item > button {
  display: flex; gap: 10px; width: 100%; padding: 12px 16px; border: 0; background: transparent;
  color: inherit; text-decoration: none; text-align: left; cursor: pointer;
}
.item > a:hover, .item > button:hover { background: var(--_hover); }
.item > a:focus-visible, .item > button:focus-visible { outline-offset: -2px; }
.item[data-read="false"] { background: var(--_unread-bg); }
.item[data-read="true"] .title { color: var(--_read-fg); }
.dot { flex: none; width: 8px; height: 8px; margin-top: 6px; border-radius: 50%; background: transparent; }
.item[data-read="false"] .dot { background: var(--_accent); }
.text { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.title { font-size: 14px; font-weight: 400; overflow-wrap: anywhere; }
.item[data-read="false"] .title { font-weight: 650; }
.body {
  font-size: 13px; color: var(--_muted); overflow-wrap: anywhere;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
}
.time { font-size: 12px; color: var(--_muted); }
.state { padding: 28px 16px; text-align: center; color: var(--_muted); font-size: 14px; }
.state strong { display: block; color: var(--_fg); font-weight: 600; margin-bottom: 2px; }
.foot { padding: 10px 16px; border-top: 1px solid var(--_border); text-align: center; }
.push { margin-left: 12px; }
.toasts {
  position: fixed; inset: auto 16px 16px auto; margin: 0; padding: 0; border: 0; background: transparent;
  overflow: visible; z-index: var(--tocsin-z-index, 1000);
  display: flex; flex-direction: column; gap: 8px; width: min(360px, calc(100vw - 32px));
  pointer-events: none; font-family: var(--_font); line-height: 1.4; color: var(--_fg);
}
.toasts[popover]:not(:popover-open) { display: none; }
.toast {
  display: flex; gap: 10px; align-items: flex-start; padding: 12px 12px 12px 14px;
  background: var(--tocsin-toast-bg, var(--_bg)); color: var(--tocsin-toast-fg, var(--_fg));
  border: 1px solid var(--_border); border-left: 4px solid var(--_accent);
  border-radius: var(--_radius); box-shadow: var(--_shadow); pointer-events: auto;
  animation: tocsin-in .18s ease-out;
}
.toast[data-urgent="true"] { border-left-color: var(--_badge-bg); }
.acts { display: flex; gap: 6px; flex-wrap: wrap; padding: 0 14px 10px 32px; }
.toast { flex-wrap: wrap; }
.toast .acts { padding: 0; flex-basis: 100%; }
.act {
  font: inherit; font-size: 12px; font-weight: 600; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--_border, #d0d7de); background: transparent; color: var(--_fg);
}
.act[data-style="primary"] { background: var(--tocsin-accent, #2563eb); border-color: transparent; color: #fff; }
.act[data-style="danger"] { color: #b42318; border-color: #f3b8b2; }
.act:disabled { opacity: .6; cursor: default; }
.outcome { font-size: 12px; font-weight: 600; color: var(--_muted, #57606a); padding: 0 14px 10px 32px; }
.toast .outcome { padding: 0; flex-basis: 100%; }
.toast .open { flex: 1; min-width: 0; border: 0; background: none; padding: 0; text-align: left; cursor: pointer; }
.toast .title { font-weight: 650; }
.toast .close {
  flex: none; width: 24px; height: 24px; border: 0; border-radius: 6px; background: none;
  color: var(--_muted); cursor: pointer; font-size: 18px; line-height: 1;
}
.toast .close:hover { background: var(--_hover); color: var(--_fg); }
@keyframes tocsin-in { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .toast { animation: none; } .bell { transition: none; } }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;

const BELL_ICON = `<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8"
  stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
  <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9"/><path d="M13.73 21a2 2 0 0 1-3.46 0"/></svg>`;

const TEMPLATE = `
<button part="bell" class="bell" type="button" aria-haspopup="dialog" aria-expanded="false"
  data-l10n-label="bell.label">${BELL_ICON}<span part="badge" class="badge" hidden></span></button>
<div part="panel" class="panel" role="dialog" data-l10n-label="bell.heading">
  <div class="head">
    <h2 tabindex="-1" data-l10n="bell.heading"></h2>
    <button part="mark-all-read" class="linkish mark-all" type="button" data-l10n="bell.markAllRead"></button>
  </div>
  <div class="state" role="status" hidden></div>
  <ul class="list" data-l10n-label="bell.list"></ul>
  <div class="foot"><a part="view-all" class="linkish view-all" target="_blank" rel="noopener" data-l10n="bell.viewAll"></a>
    <button part="push" class="linkish push" type="button" hidden></button></div>
</div>
<div class="toasts" role="region" aria-live="polite" data-l10n-label="bell.toasts"></div>
`;

let sheet = null;
function styles() {
  // Constructable stylesheets are not subject to the host page's style-src CSP, unlike <style>.
  if (sheet === null && "adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

const formatters = new Map();
function formats(locale) {
  if (!formatters.has(locale)) {
    let tag = locale;
    try {
      Intl.getCanonicalLocales(tag);
    } catch {
      tag = "en";
    }
    formatters.set(locale, {
      relative: new Intl.RelativeTimeFormat(tag, { numeric: "auto" }),
      date: new Intl.DateTimeFormat(tag, { month: "short", day: "numeric" }),
      full: new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" }),
    });
  }
  return formatters.get(locale);
}

/** "just now", "5 minutes ago", "vor 5 Minuten", or a short date past six days; in `locale`. */
export function relativeTime(iso, now = Date.now(), { locale = "en", justNow = EN["time.justNow"] } = {}) {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return "";
  const { relative, date } = formats(locale);
  const seconds = Math.round((then - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return justNow;
  if (abs < 45 * 60) return relative.format(Math.round(seconds / 60), "minute");
  if (abs < 22 * 3600) return relative.format(Math.round(seconds / 3600), "hour");
  if (abs < 6 * 86400) return relative.format(Math.round(seconds / 86400), "day");
  return date.format(then);
}

/** Date and time in full, in `locale` (for tooltips and the history page). */
export function fullTime(iso, locale = "en") {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? "" : formats(locale).full.format(then);
}

/** The shipped table for `locale` (its language's, else English), merged over English. */
export async function loadStrings(locale) {
  const language = String(locale || "en").toLowerCase().split(/[-_]/)[0];
  if (language === "en" || !LANGUAGES.includes(language)) return { ...EN };
  try {
    const table = await import(new URL(`./locales/${language}.js`, import.meta.url).href);
    return { ...EN, ...table.default };
  } catch {
    return { ...EN };
  }
}

/** `template` with its `{name}` placeholders filled from `values`. */
export function fill(template, values = {}) {
  return String(template).replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

// Only web links are followed: an entity URL must never run script in the host page.
function safeHref(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function el(tag, attrs = {}, text = null) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== null) node.textContent = text;
  return node;
}

class AuthProblem extends Error {}

function tokenClaims(token) {
  try {
    const part = String(token).split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

function keyBytes(base64url) {
  const padded = base64url.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (base64url.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

// A registration's own worker, activated (its scope need not cover this page, so
// `navigator.serviceWorker.ready` might never settle).
function activated(registration) {
  const worker = registration.installing || registration.waiting;
  if (!worker || registration.active) return Promise.resolve(registration);
  return new Promise((resolve) => {
    worker.addEventListener("statechange", () => {
      if (worker.state === "activated") resolve(registration);
    });
  });
}

const POPOVER = typeof HTMLElement.prototype.showPopover === "function";

export class TocsinBell extends HTMLElement {
  static observedAttributes = ["server", "token", "locale", "theme", "badge"];

  #root;
  #ui;
  #token = null; // null: follow the attribute; a string: set through the property
  #overrides = {};
  #strings = { ...EN };
  #language = "en"; // the locale the strings were loaded for
  #count = 0;
  #countKnown = false;
  #reads = 0; // reads made here (a click, mark all): a count asked for before one may be stale
  #unseen = 0;
  #items = [];
  #loaded = false;
  #loading = null;
  #generation = 0;
  #socket = null;
  #source = null;
  #mode = "websocket"; // becomes "sse" when WebSocket cannot connect but HTTP can
  #attempt = 0;
  #retryTimer = null;
  #clockTimer = null;
  #heartbeat = null;
  #authFailed = false;
  #open = false;
  #live = false; // between connectedCallback and disconnectedCallback
  #push = null; // {registration, subscription, key} once the opt-in is offered
  #documentClick = (event) => this.#onDocumentClick(event);
  #reposition = () => {
    if (this.#open) this.#place();
  };
  #online = () => {
    // Back online: skip the rest of the backoff wait.
    if (this.#retryTimer !== null && !this.#authFailed) {
      this.#attempt = 0;
      this.#connect();
    }
  };

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: "open" });
    const adopted = styles();
    if (adopted) this.#root.adoptedStyleSheets = [adopted];
    else this.#root.append(el("style", {}, CSS));
    const wrap = document.createElement("template");
    wrap.innerHTML = TEMPLATE;
    this.#root.append(wrap.content.cloneNode(true));
    const q = (s) => this.#root.querySelector(s);
    this.#ui = {
      bell: q(".bell"),
      badge: q(".badge"),
      panel: q(".panel"),
      heading: q(".head h2"),
      markAll: q(".mark-all"),
      state: q(".state"),
      list: q(".list"),
      viewAll: q(".view-all"),
      push: q(".push"),
      toasts: q(".toasts"),
    };
    if (POPOVER) {
      this.#ui.panel.popover = "manual";
      this.#ui.toasts.popover = "manual";
    } else {
      this.#ui.panel.hidden = true;
    }
    this.#applyStrings();
    this.#ui.bell.addEventListener("click", () => this.#toggle());
    this.#ui.markAll.addEventListener("click", () => this.#markAllRead());
    this.#ui.push.addEventListener("click", () => this.#togglePush());
    this.#ui.viewAll.addEventListener("click", () => this.#close({ focusBell: false }));
    this.#ui.panel.addEventListener("keydown", (e) => this.#onPanelKey(e));
    this.#ui.bell.addEventListener("keydown", (e) => {
      if (e.key === "Escape") this.#close();
      if (e.key === "ArrowDown" && !this.#open) {
        e.preventDefault();
        this.#show();
      }
    });
  }

  /** The user's unread count, as last reported by the server. */
  get unreadCount() {
    return this.#count;
  }

  /** The user token. Setting it (a fresh token) reconnects without reloading the page. */
  get token() {
    return this.#currentToken;
  }

  set token(value) {
    const next = value == null ? "" : String(value).trim();
    if (next === this.#currentToken && this.#token !== null && !this.#authFailed) return;
    this.#token = next;
    this.#restart();
  }

  get server() {
    return this.#server;
  }

  set server(value) {
    if (value == null || value === "") this.removeAttribute("server");
    else this.setAttribute("server", String(value));
  }

  get locale() {
    return this.getAttribute("locale") || "";
  }

  set locale(value) {
    if (value == null || value === "") this.removeAttribute("locale");
    else this.setAttribute("locale", String(value));
  }

  get theme() {
    return this.getAttribute("theme") || "light";
  }

  set theme(value) {
    if (value == null || value === "") this.removeAttribute("theme");
    else this.setAttribute("theme", String(value));
  }

  /** Overrides of the texts by key (see locales/en.js), merged over the locale's table. */
  get strings() {
    return { ...this.#strings };
  }

  set strings(value) {
    this.#overrides = value && typeof value === "object" ? { ...value } : {};
    this.#loadLocale();
  }

  connectedCallback() {
    // A framework may have set properties before this element was defined: take them over.
    for (const name of PROPERTIES) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        if (name !== "token") this[name] = value;
        else this.#token = value == null ? "" : String(value).trim();
      }
    }
    document.addEventListener("click", this.#documentClick, true);
    window.addEventListener("online", this.#online);
    window.addEventListener("resize", this.#reposition);
    document.addEventListener("scroll", this.#reposition, { capture: true, passive: true });
    this.#live = true;
    this.#loadLocale();
    this.#stop();
    this.#start();
  }

  disconnectedCallback() {
    document.removeEventListener("click", this.#documentClick, true);
    window.removeEventListener("online", this.#online);
    window.removeEventListener("resize", this.#reposition);
    document.removeEventListener("scroll", this.#reposition, { capture: true });
    this.#live = false;
    this.#close({ focusBell: false });
    this.#clearToasts();
    this.#stop();
  }

  attributeChangedCallback(name, previous, value) {
    if (name === "badge") return this.#paintBadge();
    // During an upgrade the attributes are reported before connectedCallback, which connects once.
    if (previous === value || !this.#live) return;
    if (name === "locale") {
      this.#loadLocale();
    } else if (name === "theme") {
      // Colours follow the attribute through CSS alone.
    } else {
      if (name === "token") this.#token = null; // the attribute speaks again
      this.#restart();
    }
  }

  get #server() {
    return (this.getAttribute("server") || SCRIPT_SERVER).replace(/\/+$/, "");
  }

  get #currentToken() {
    return this.#token !== null ? this.#token : (this.getAttribute("token") || "").trim();
  }

  get #locale() {
    return this.getAttribute("locale") || document.documentElement.lang || "en";
  }

  // --- texts --------------------------------------------------------------------------------

  #t(key, values) {
    return fill(this.#strings[key] ?? EN[key] ?? key, values);
  }

  async #loadLocale() {
    const locale = this.#locale;
    const table = await loadStrings(locale);
    if (locale !== this.#locale) return; // a later change won
    this.#language = locale;
    this.#strings = { ...table, ...this.#overrides };
    this.#applyStrings();
    this.#linkViewAll();
  }

  #applyStrings() {
    for (const node of this.#root.querySelectorAll("[data-l10n]")) node.textContent = this.#t(node.dataset.l10n);
    for (const node of this.#root.querySelectorAll("[data-l10n-label]")) {
      node.setAttribute("aria-label", this.#t(node.dataset.l10nLabel));
    }
    if (this.#authFailed) this.#expiredState();
    else if (!this.#currentToken && this.#live) this.#noTokenState();
    else this.#labelBell();
    this.#render();
    for (const close of this.#ui.toasts.querySelectorAll(".close")) close.setAttribute("aria-label", this.#t("bell.dismissToast"));
  }

  // --- connection ---------------------------------------------------------------------------

  #restart() {
    if (!this.#live) return;
    this.#stop();
    this.#start();
  }

  #start() {
    this.#generation += 1;
    this.#authFailed = false;
    this.#items = [];
    this.#loaded = false;
    this.#ui.bell.removeAttribute("data-state");
    this.#ui.state.hidden = true;
    this.#linkViewAll();
    if (!this.#currentToken) {
      this.#noTokenState();
      return;
    }
    this.#labelBell();
    this.#connect();
    if (this.#open) this.#load();
  }

  #stop() {
    this.#generation += 1;
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    if (this.#socket) this.#dropSocket(this.#socket);
    if (this.#source) this.#source.close();
    this.#socket = null;
    this.#source = null;
  }

  #connect() {
    clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
    if (this.#mode === "websocket" && typeof WebSocket === "function") this.#openSocket(this.#generation);
    else this.#openEventSource(this.#generation);
  }

  #openSocket(generation) {
    const url = `${this.#server.replace(/^http/, "ws")}/v1/me/stream?token=${encodeURIComponent(this.#currentToken)}`;
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
      opened = true;
      heard = Date.now();
      this.#connected();
      clearInterval(this.#heartbeat);
      this.#heartbeat = setInterval(() => {
        if (Date.now() - heard > HEARTBEAT_MS + HEARTBEAT_GRACE_MS) {
          // No answer: the connection is dead even if the browser has not noticed yet.
          this.#dropSocket(socket);
          this.#scheduleReconnect();
        } else if (socket.readyState === WebSocket.OPEN) {
          socket.send('{"type":"ping"}');
        }
      }, HEARTBEAT_MS);
    };
    socket.onmessage = (e) => {
      if (generation !== this.#generation) return;
      heard = Date.now();
      this.#receive(e.data);
    };
    socket.onclose = (e) => {
      if (generation !== this.#generation) return;
      this.#dropSocket(socket);
      if (e.code === 4401) this.#authFailure();
      else if (opened) this.#scheduleReconnect();
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
    const url = `${this.#server}/v1/me/events?token=${encodeURIComponent(this.#currentToken)}`;
    let opened = false;
    const source = new EventSource(url);
    this.#source = source;
    source.onopen = () => {
      if (generation !== this.#generation) return source.close();
      opened = true;
      this.#connected();
    };
    source.onmessage = (e) => {
      if (generation === this.#generation) this.#receive(e.data);
    };
    // The server ends the stream of a dead token (expired, revoked) with this event.
    source.addEventListener("unauthorized", () => generation === this.#generation && this.#authFailure());
    for (const type of ["hello", "notification", "read"]) {
      source.addEventListener(type, (e) => {
        if (generation === this.#generation) this.#receive(e.data, type);
      });
    }
    source.onerror = () => {
      if (generation !== this.#generation) return;
      // Reconnection is ours (with backoff and a resync), not EventSource's own.
      source.close();
      this.#source = null;
      if (opened) this.#scheduleReconnect();
      else this.#afterFailedOpen(generation);
    };
  }

  async #afterFailedOpen(generation) {
    // The stream did not open: is the token refused, is the server down, or is only the
    // stream blocked (a proxy without WebSocket)? One plain HTTP request tells them apart.
    let probe = "down";
    try {
      const answer = await this.#api("GET", "/v1/me/notifications/unread-count");
      if (generation !== this.#generation) return;
      this.#setCounts(answer);
      probe = "ok";
    } catch (err) {
      if (generation !== this.#generation) return;
      if (err instanceof AuthProblem) return this.#authFailure();
    }
    if (probe === "ok" && this.#mode === "websocket") {
      this.#mode = "sse";
      this.#connect();
      return;
    }
    this.#scheduleReconnect();
  }

  #scheduleReconnect() {
    if (this.#authFailed) return;
    this.#ui.bell.setAttribute("data-state", "offline");
    const base = BACKOFF_MS[Math.min(this.#attempt, BACKOFF_MS.length - 1)];
    this.#attempt += 1;
    const delay = base / 2 + Math.random() * (base / 2); // jitter: tabs do not reconnect in step
    clearTimeout(this.#retryTimer);
    this.#retryTimer = setTimeout(() => this.#connect(), delay);
  }

  #connected() {
    this.#attempt = 0;
    this.#ui.bell.removeAttribute("data-state");
    // The "hello" message that follows carries the current count; the list is refetched so
    // notifications that arrived while disconnected show up.
    if (this.#loaded) this.#load();
  }

  #authFailure() {
    if (this.#authFailed) return;
    this.#authFailed = true;
    this.#stop();
    this.#setCount(0);
    this.#expiredState();
    // The embedding page may answer with a fresh token (`bell.token = ...`), which reconnects.
    this.dispatchEvent(new CustomEvent("tocsin-token-expired", { bubbles: true, composed: true }));
  }

  #expiredState() {
    this.#offline(this.#t("bell.expired.label"), this.#t("bell.expired.text"));
  }

  #noTokenState() {
    this.#offline(this.#t("bell.noToken.label"), this.#t("bell.noToken.text"));
  }

  #offline(label, message) {
    this.#ui.bell.setAttribute("data-state", "offline");
    this.#ui.bell.setAttribute("aria-label", label);
    this.#ui.bell.title = message;
    this.#showState(message, this.#t("bell.unavailable"));
    this.#ui.list.replaceChildren();
    this.#ui.markAll.disabled = true;
  }

  // The history page in a new tab, signed in and in this bell's language.
  #linkViewAll() {
    const fragment = new URLSearchParams({ token: this.#currentToken });
    if (this.getAttribute("locale")) fragment.set("locale", this.#locale);
    this.#ui.viewAll.href = `${this.#server}/inbox#${fragment}`;
  }

  #labelBell() {
    const n = this.#count;
    this.#ui.bell.setAttribute("aria-label", n === 0 ? this.#t("bell.label") : this.#t("bell.label.unread", { count: n }));
    this.#ui.bell.removeAttribute("title");
  }

  // --- messages -----------------------------------------------------------------------------

  #receive(raw, eventName = null) {
    let message;
    try {
      message = JSON.parse(raw);
    } catch {
      return;
    }
    if (!message || typeof message !== "object") return;
    const type = message.type || eventName;
    if (type === "hello") {
      this.#setCounts(message);
    } else if (type === "notification" && message.notification) {
      const n = message.notification;
      if (this.#loaded && !this.#items.some((i) => i.id === n.id)) {
        this.#items.unshift(n);
        this.#render();
      }
      this.#setCounts(message);
      this.dispatchEvent(new CustomEvent("tocsin-notification", { detail: n, bubbles: true, composed: true }));
      // With the panel open the new item is already in view at its top: no toast over it.
      if (!message.silent && !this.#open) this.#toast(n);
    } else if (type === "read" && Array.isArray(message.ids)) {
      this.#markLocal(message.ids);
      this.#setCounts(message);
    } else if (type === "seen" && Array.isArray(message.ids)) {
      this.#markSeenLocal(message.ids);
      this.#setCounts(message);
    } else if (type === "resolved" && Array.isArray(message.ids)) {
      // Someone decided the request (another approver): the outcome replaces the buttons.
      this.#resolveLocal(message.ids, message.resolution || {});
      this.#setCounts(message);
    }
  }

  // --- seen: items shown in the open panel; the badge may count those never shown -----------

  #setCounts(message) {
    if (Number.isFinite(message.unseen)) this.#unseen = Math.max(0, Math.trunc(message.unseen));
    this.#setCount(message.unread);
    this.#paintBadge();
  }

  #paintBadge() {
    const n = this.getAttribute("badge") === "unseen" ? this.#unseen : this.#count;
    this.#ui.badge.hidden = n === 0;
    this.#ui.badge.textContent = n > 99 ? "99+" : String(n);
  }

  #markSeenLocal(ids) {
    const wanted = new Set(ids);
    const now = new Date().toISOString();
    for (const item of this.#items) if (wanted.has(item.id) && !item.seen_at) item.seen_at = now;
  }

  async #markShownSeen() {
    const ids = this.#items.filter((i) => !i.seen_at && !i.read_at).map((i) => i.id);
    if (ids.length === 0) return;
    this.#markSeenLocal(ids); // once per item, even while the request is on its way
    const reads = this.#reads;
    try {
      const response = await fetch(`${this.#server}/v1/me/notifications/seen`, {
        method: "POST",
        headers: { Authorization: `Bearer ${this.#currentToken}`, "Content-Type": "application/json" },
        body: JSON.stringify({ ids }),
        credentials: "omit",
      });
      if (response.ok) {
        const counts = await response.json();
        // Counted before a read made here meanwhile (a click right after the panel opened), its
        // unread count is stale: the read's own answer and stream message carry the right one.
        this.#setCounts(reads === this.#reads ? counts : { unseen: counts.unseen, unread: this.#count });
      }
    } catch {
      // Not seen on the server this time: the next opening of the panel tries again.
    }
  }

  #setCount(value) {
    const n = Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : 0;
    if (this.#countKnown && n === this.#count) return;
    this.#count = n;
    this.#countKnown = true;
    this.#paintBadge();
    if (!this.#authFailed) this.#labelBell();
    this.#ui.markAll.disabled = n === 0 && !this.#items.some((i) => !i.read_at);
    this.dispatchEvent(new CustomEvent("tocsin-unread", { detail: n, bubbles: true, composed: true }));
  }

  #resolveLocal(ids, resolution) {
    const wanted = new Set(ids);
    const now = new Date().toISOString();
    for (const item of this.#items) {
      if (!wanted.has(item.id)) continue;
      item.resolved_at = item.resolved_at || now;
      item.resolution = resolution;
      item.read_at = item.read_at || now;
    }
    for (const toast of this.#ui.toasts.querySelectorAll(".toast")) {
      if (wanted.has(Number(toast.dataset.id))) this.#paintDecision(toast, { resolution, resolved_at: now });
    }
    this.#render();
  }

  // The outcome of a notification that offered actions: who decided what, or what this user chose.
  #outcome(n) {
    if (n.resolution && n.resolved_at) {
      const decision = String(n.resolution.decision || "resolved");
      const word = this.#t(`bell.decision.${decision}`) === `bell.decision.${decision}` ? decision : this.#t(`bell.decision.${decision}`);
      const who = n.resolution.by_name || n.resolution.by;
      const text = who ? this.#t("bell.resolvedBy", { decision: word, name: who }) : word;
      return text.charAt(0).toUpperCase() + text.slice(1);
    }
    if (n.action && n.acted_at) {
      const chosen = (n.actions || []).find((a) => a.id === n.action);
      return this.#t("bell.youChose", { action: chosen ? chosen.label : n.action });
    }
    return null;
  }

  // Buttons for the actions a notification offers, or its outcome once decided.
  #decision(n) {
    const outcome = this.#outcome(n);
    if (outcome) return el("div", { part: "outcome", class: "outcome", role: "status" }, outcome);
    const actions = Array.isArray(n.actions) ? n.actions.slice(0, 3) : [];
    if (!actions.length) return null;
    const row = el("div", { class: "acts", role: "group" });
    for (const a of actions) {
      const style = ["primary", "secondary", "danger"].includes(a.style) ? a.style : "secondary";
      const button = el("button", { type: "button", part: "action", class: "act", "data-action": a.id, "data-style": style }, a.label);
      button.addEventListener("click", (e) => {
        e.stopPropagation();
        this.#takeAction(n, a.id, row);
      });
      row.append(button);
    }
    return row;
  }

  #paintDecision(container, n) {
    const old = container.querySelector(":scope > .acts, :scope > .outcome");
    const next = this.#decision(n);
    if (old && next) old.replaceWith(next);
    else if (next) container.append(next);
    else old?.remove();
  }

  async #takeAction(n, action, row) {
    for (const b of row.querySelectorAll("button")) b.disabled = true;
    const path = `/v1/me/notifications/${encodeURIComponent(n.id)}/actions/${encodeURIComponent(action)}`;
    try {
      const response = await fetch(`${this.#server}${path}`, {
        method: "POST",
        headers: { Authorization: `Bearer ${this.#currentToken}` },
        credentials: "omit",
      });
      if (response.status === 401) throw new AuthProblem("unauthorized");
      if (response.ok) {
        Object.assign(n, await response.json());
      } else if (response.status === 409) {
        // Decided meanwhile (by another approver, or in another tab): show what happened.
        const fresh = await this.#api("GET", `/v1/me/notifications?limit=${PAGE_SIZE}`);
        const found = (fresh.items || []).find((i) => i.id === n.id);
        if (found) Object.assign(n, found);
      } else {
        throw new Error(`HTTP ${response.status}`);
      }
      const mine = this.#items.find((i) => i.id === n.id);
      if (mine && mine !== n) Object.assign(mine, n);
      for (const toast of this.#ui.toasts.querySelectorAll(".toast")) {
        if (Number(toast.dataset.id) === n.id) this.#paintDecision(toast, n);
      }
      this.#render();
    } catch (err) {
      for (const b of row.querySelectorAll("button")) b.disabled = false;
      if (err instanceof AuthProblem) this.#authFailure();
    }
  }

  #markLocal(ids) {
    const wanted = new Set(ids);
    const now = new Date().toISOString();
    let changed = false;
    for (const item of this.#items) {
      if (wanted.has(item.id) && !item.read_at) {
        item.read_at = now;
        changed = true;
      }
    }
    if (changed) this.#render();
  }

  // --- browser push ------------------------------------------------------------------------
  // Offered only where it can work: the page names a service worker its own origin serves
  // (`push-worker`), the browser has the Push API, and the org has a VAPID key.

  async #offerPush() {
    const url = this.getAttribute("push-worker");
    if (!url || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;
    const workerUrl = new URL(url, document.baseURI);
    if (workerUrl.origin !== window.location.origin) return; // browsers refuse other origins' workers
    const org = tokenClaims(this.#currentToken)?.org;
    if (!org) return;
    this.#push = {};
    const response = await fetch(`${this.#server}/v1/webpush/public-key?org=${encodeURIComponent(org)}`, {
      credentials: "omit",
    });
    if (!response.ok) return;
    const key = (await response.json()).public_key;
    const registration = await navigator.serviceWorker.register(workerUrl.href);
    await activated(registration);
    const subscription = await registration.pushManager.getSubscription();
    this.#push = { registration, subscription, key };
    this.#handTokenToWorker();
    this.#paintPush();
  }

  #handTokenToWorker() {
    const registration = this.#push?.registration;
    const worker = registration && (registration.active || registration.waiting || registration.installing);
    if (worker) worker.postMessage({ type: "tocsin-token", server: this.#server, token: this.#currentToken });
  }

  #paintPush(problem = "") {
    const button = this.#ui.push;
    const on = Boolean(this.#push?.subscription);
    button.textContent = problem || this.#t(on ? "bell.push.disable" : "bell.push.enable");
    button.dataset.on = String(on);
    button.hidden = false;
  }

  async #togglePush() {
    const push = this.#push;
    if (!push?.registration) return;
    this.#ui.push.disabled = true;
    try {
      if (push.subscription) {
        await fetch(`${this.#server}/v1/me/push-subscriptions`, {
          method: "DELETE",
          headers: { Authorization: `Bearer ${this.#currentToken}`, "Content-Type": "application/json" },
          body: JSON.stringify({ endpoint: push.subscription.endpoint }),
          credentials: "omit",
        }).catch(() => null);
        await push.subscription.unsubscribe();
        push.subscription = null;
        return this.#paintPush();
      }
      if ((await Notification.requestPermission()) !== "granted") return this.#paintPush(this.#t("bell.push.blocked"));
      push.subscription = await push.registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(push.key),
      });
      const response = await fetch(`${this.#server}/v1/me/push-subscriptions`, {
        method: "POST",
        headers: { Authorization: `Bearer ${this.#currentToken}`, "Content-Type": "application/json" },
        body: JSON.stringify(push.subscription.toJSON()),
        credentials: "omit",
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.#handTokenToWorker();
      this.#paintPush();
    } catch {
      this.#paintPush(this.#t("bell.push.failed"));
    } finally {
      this.#ui.push.disabled = false;
    }
  }

  // --- REST ---------------------------------------------------------------------------------

  async #api(method, path, { keepalive = false } = {}) {
    const response = await fetch(`${this.#server}${path}`, {
      method,
      headers: { Authorization: `Bearer ${this.#currentToken}` },
      credentials: "omit",
      keepalive, // lets a request finish even if the page navigates away meanwhile
    });
    if (response.status === 401) throw new AuthProblem("unauthorized");
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.json();
  }

  async #load() {
    const generation = this.#generation;
    if (!this.#loaded) this.#showState(this.#t("bell.loading"));
    const request = this.#api("GET", `/v1/me/notifications?limit=${PAGE_SIZE}`);
    this.#loading = request;
    try {
      const page = await request;
      if (generation !== this.#generation || this.#loading !== request) return;
      this.#items = page.items;
      this.#loaded = true;
      this.#render();
    } catch (err) {
      if (generation !== this.#generation) return;
      if (err instanceof AuthProblem) this.#authFailure();
      else if (!this.#loaded) this.#showState(this.#t("bell.failed.text"), this.#t("bell.failed.title"));
    }
  }

  async #markAllRead() {
    const unread = this.#items.filter((i) => !i.read_at).map((i) => i.id);
    this.#reads += 1;
    this.#markLocal(unread);
    try {
      const answer = await this.#api("POST", "/v1/me/notifications/read-all");
      this.#setCounts(answer);
    } catch (err) {
      if (err instanceof AuthProblem) this.#authFailure();
    }
  }

  async #activate(notification, event) {
    const href = safeHref(notification.url);
    const wasUnread = !notification.read_at;
    const newTab = event && (event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1);
    if (event && !newTab) event.preventDefault();
    let marking = Promise.resolve();
    if (wasUnread) {
      this.#reads += 1;
      this.#markLocal([notification.id]);
      this.#setCount(this.#count - 1); // the server's "read" message confirms the real count
      const path = `/v1/me/notifications/${notification.id}/read`;
      marking = this.#api("POST", path, { keepalive: true }).catch((err) => {
        if (err instanceof AuthProblem) this.#authFailure();
      });
    }
    if (newTab) return;
    // A single-page CRM cancels this and routes itself: no reload, the panel just closes.
    const click = new CustomEvent("tocsin-click", { detail: notification, bubbles: true, composed: true, cancelable: true });
    if (!this.dispatchEvent(click)) {
      this.#close({ focusBell: false });
      return;
    }
    if (!href) return;
    // Wait briefly for the read to land before leaving the page; never block navigation on it.
    await Promise.race([marking, new Promise((resolve) => setTimeout(resolve, NAVIGATE_WAIT_MS))]);
    window.location.assign(href);
  }

  // --- panel --------------------------------------------------------------------------------

  #toggle() {
    if (this.#open) this.#close();
    else this.#show();
  }

  #show() {
    const { panel, bell } = this.#ui;
    this.#open = true;
    this.#clearToasts(); // toasts never lie over the open panel
    if (POPOVER) {
      if (!panel.matches(":popover-open")) panel.showPopover();
    } else {
      panel.hidden = false;
    }
    bell.setAttribute("aria-expanded", "true");
    this.#place();
    if (this.#authFailed || !this.#currentToken) return;
    this.#render();
    this.#load();
    if (this.#push === null) this.#offerPush().catch(() => {});
    this.#ui.heading.focus({ preventScroll: true });
    clearInterval(this.#clockTimer);
    this.#clockTimer = setInterval(() => this.#refreshTimes(), 30000);
  }

  #close({ focusBell = true } = {}) {
    if (!this.#open) return;
    const { panel, bell } = this.#ui;
    this.#open = false;
    if (POPOVER) {
      if (panel.matches(":popover-open")) panel.hidePopover();
    } else {
      panel.hidden = true;
    }
    bell.setAttribute("aria-expanded", "false");
    clearInterval(this.#clockTimer);
    if (focusBell) bell.focus();
  }

  // Fixed coordinates in the window: below the bell (above it when there is more room there),
  // right-aligned to it, else left-aligned, then clamped inside the window; a sheet when narrow.
  #place() {
    const { panel, bell, list } = this.#ui;
    const width = document.documentElement.clientWidth || window.innerWidth;
    const height = window.innerHeight;
    const anchor = bell.getBoundingClientRect();
    const sheet = width < SHEET_BELOW_PX;
    panel.toggleAttribute("data-sheet", sheet);
    panel.style.width = sheet ? `${width}px` : ""; // the window less any scrollbar, unlike 100vw
    panel.style.left = "0px";
    panel.style.top = "0px";
    panel.style.bottom = "auto";
    panel.style.maxHeight = "";
    list.style.maxHeight = "";
    const box = panel.getBoundingClientRect();
    let left = 0;
    if (!sheet) {
      left = anchor.right - box.width;
      if (left < EDGE_PX) left = anchor.left;
      left = Math.max(EDGE_PX, Math.min(left, width - EDGE_PX - box.width));
    }
    const below = height - anchor.bottom - GAP_PX - (sheet ? 0 : EDGE_PX);
    const above = anchor.top - GAP_PX - (sheet ? 0 : EDGE_PX);
    const up = below < Math.min(box.height, 240) && above > below;
    const room = Math.max(120, up ? above : below);
    panel.dataset.side = up ? "top" : "bottom";
    panel.style.left = `${Math.round(left)}px`;
    panel.style.maxHeight = `${Math.floor(room)}px`;
    if (up) {
      panel.style.top = "auto";
      panel.style.bottom = `${Math.round(height - anchor.top + GAP_PX)}px`;
    } else {
      panel.style.top = `${Math.round(anchor.bottom + GAP_PX)}px`;
    }
  }

  #onDocumentClick(event) {
    if (this.#open && !event.composedPath().includes(this)) this.#close({ focusBell: false });
  }

  #onPanelKey(event) {
    if (event.key === "Escape") {
      event.stopPropagation();
      this.#close();
      return;
    }
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const links = [...this.#ui.list.querySelectorAll(".item > a, .item > button")];
    if (!links.length) return;
    event.preventDefault();
    const index = links.indexOf(this.#root.activeElement);
    const step = event.key === "ArrowDown" ? 1 : -1;
    const next = index < 0 ? (step > 0 ? 0 : links.length - 1) : (index + step + links.length) % links.length;
    links[next].focus();
  }

  #showState(message, title = null) {
    const { state } = this.#ui;
    state.replaceChildren();
    if (title) state.append(el("strong", {}, title));
    state.append(document.createTextNode(message));
    state.hidden = false;
  }

  #render() {
    const { list, state, markAll } = this.#ui;
    if (this.#authFailed) return;
    if (!this.#loaded) {
      list.replaceChildren();
      return;
    }
    markAll.disabled = !this.#items.some((i) => !i.read_at) && this.#count === 0;
    if (this.#items.length === 0) {
      list.replaceChildren();
      this.#showState(this.#t("bell.empty.text"), this.#t("bell.empty.title"));
      return;
    }
    state.hidden = true;
    const now = Date.now();
    // A refresh must not take the keyboard focus away from the item the user is on.
    const focused = this.#root.activeElement?.closest?.(".item")?.dataset.id;
    list.replaceChildren(...this.#items.map((n) => this.#renderItem(n, now)));
    if (focused) list.querySelector(`.item[data-id="${focused}"] > a, .item[data-id="${focused}"] > button`)?.focus();
    if (this.#open) {
      this.#place();
      this.#markShownSeen();
    }
  }

  #renderItem(n, now) {
    const read = Boolean(n.read_at);
    const li = el("li", { part: "item", class: "item", "data-read": String(read), "data-id": String(n.id) });
    const href = safeHref(n.url);
    const target = href ? el("a", { href }) : el("button", { type: "button" });
    const text = el("span", { class: "text" });
    text.append(el("span", { class: "title" }, n.title));
    if (n.body) text.append(el("span", { class: "body" }, n.body));
    const time = el("time", { class: "time", datetime: n.created_at, title: fullTime(n.created_at, this.#language) });
    time.textContent = this.#relative(n.created_at, now);
    text.append(time);
    if (!read) text.append(el("span", { class: "sr-only" }, this.#t("bell.unread")));
    target.append(el("span", { class: "dot", "aria-hidden": "true" }), text);
    target.addEventListener("click", (e) => this.#activate(n, e));
    target.addEventListener("auxclick", (e) => {
      if (e.button === 1) this.#activate(n, e);
    });
    li.append(target);
    const decision = this.#decision(n);
    if (decision) li.append(decision);
    return li;
  }

  #relative(iso, now) {
    return relativeTime(iso, now, { locale: this.#language, justNow: this.#t("time.justNow") });
  }

  #refreshTimes() {
    const now = Date.now();
    for (const time of this.#ui.list.querySelectorAll("time")) {
      time.textContent = this.#relative(time.getAttribute("datetime"), now);
    }
  }

  // --- toasts -------------------------------------------------------------------------------

  #clearToasts() {
    const { toasts } = this.#ui;
    toasts.replaceChildren();
    if (POPOVER && toasts.matches(":popover-open")) toasts.hidePopover();
  }

  #removeToast(toast) {
    toast.remove();
    if (POPOVER && !this.#ui.toasts.children.length && this.#ui.toasts.matches(":popover-open")) {
      this.#ui.toasts.hidePopover();
    }
  }

  #toast(n) {
    const { toasts } = this.#ui;
    while (toasts.children.length >= MAX_TOASTS) toasts.firstElementChild.remove();
    const toast = el("div", { part: "toast", class: "toast", "data-urgent": String(Boolean(n.urgent)), "data-id": String(n.id) });
    const open = el("button", { type: "button", class: "open" });
    open.append(el("div", { class: "title" }, n.title));
    if (n.body) open.append(el("div", { class: "body" }, n.body));
    open.addEventListener("click", (e) => {
      this.#removeToast(toast);
      this.#activate(n, e);
    });
    const close = el("button", { type: "button", class: "close", "aria-label": this.#t("bell.dismissToast") }, "×");
    close.addEventListener("click", () => this.#removeToast(toast));
    toast.append(open, close);
    const decision = this.#decision(n);
    if (decision) toast.append(decision);
    toasts.append(toast);
    if (POPOVER && this.isConnected && !toasts.matches(":popover-open")) toasts.showPopover();
    // Hovering or focusing a toast keeps it: nobody should race a timer to read it.
    let timer = setTimeout(() => this.#removeToast(toast), TOAST_MS);
    const hold = () => clearTimeout(timer);
    const release = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.#removeToast(toast), TOAST_MS / 2);
    };
    toast.addEventListener("mouseenter", hold);
    toast.addEventListener("focusin", hold);
    toast.addEventListener("mouseleave", release);
    toast.addEventListener("focusout", release);
  }
}

if (!customElements.get("tocsin-bell")) customElements.define("tocsin-bell", TocsinBell);
