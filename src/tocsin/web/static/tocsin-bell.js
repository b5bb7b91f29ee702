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
//
// This file is the element: it wires the modules under ./bell/ (imported by relative URL, so the
// one script tag a CRM includes brings them from the same server): connection (the live stream
// and its back-off), http (reads that honour Retry-After), state, render, push, styles, text.

import { Stream } from "./bell/connection.js";
import { AuthProblem, call } from "./bell/http.js";
import { PushOptIn } from "./bell/push.js";
import { POPOVER, decisionNode, el, itemNode, paintDecision, place, relative, safeHref, showState, toastNode } from "./bell/render.js";
import { BellState } from "./bell/state.js";
import { CSS, TEMPLATE, styles } from "./bell/styles.js";
import { EN, fill, loadStrings } from "./bell/text.js";

export { LANGUAGES, fill, fullTime, loadStrings, relativeTime } from "./bell/text.js";

const SCRIPT_SERVER = new URL("..", import.meta.url).href.replace(/\/$/, "");
const PAGE_SIZE = 20;
const TOAST_MS = 6000;
const MAX_TOASTS = 3;
const NAVIGATE_WAIT_MS = 2000;
const PROPERTIES = ["token", "server", "locale", "theme", "strings"];

export class TocsinBell extends HTMLElement {
  static observedAttributes = ["server", "token", "locale", "theme", "badge"];

  #root;
  #ui;
  #token = null; // null: follow the attribute; a string: set through the property
  #overrides = {};
  #strings = { ...EN };
  #language = "en"; // the locale the strings were loaded for
  #state = new BellState();
  #loading = null;
  #generation = 0;
  #stream;
  #push;
  #clockTimer = null;
  #authFailed = false;
  #open = false;
  #live = false; // between connectedCallback and disconnectedCallback
  #documentClick = (event) => this.#onDocumentClick(event);
  #reposition = () => {
    if (this.#open) place(this.#ui);
  };
  #online = () => {
    if (!this.#authFailed) this.#stream.resume();
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
      pushPrompt: q(".push-prompt"),
      toasts: q(".toasts"),
    };
    const bell = this;
    this.#push = new PushOptIn(
      {
        get server() {
          return bell.#server;
        },
        get token() {
          return bell.#currentToken;
        },
        get workerUrl() {
          return bell.getAttribute("push-worker");
        },
        t: (key, values) => this.#t(key, values),
      },
      this.#ui.push,
      this.#ui.pushPrompt,
    );
    this.#stream = new Stream({
      onOpen: () => this.#connected(),
      onMessage: (raw, eventName) => this.#receive(raw, eventName),
      onAuthFailure: () => this.#authFailure(),
      onDown: (delay) => this.#disconnected(delay),
      probe: async (wanted) => this.#setCounts(await this.#api("GET", "/v1/me/notifications/unread-count", { wanted })),
    });
    if (POPOVER) {
      this.#ui.panel.popover = "manual";
      this.#ui.toasts.popover = "manual";
    } else {
      this.#ui.panel.hidden = true;
    }
    this.#applyStrings();
    this.#ui.bell.addEventListener("click", () => this.#toggle());
    this.#ui.markAll.addEventListener("click", () => this.#markAllRead());
    this.#ui.push.addEventListener("click", () => this.#push.toggle());
    this.#ui.pushPrompt.querySelector(".push-allow").addEventListener("click", () => this.#push.allow());
    this.#ui.pushPrompt.querySelector(".push-later").addEventListener("click", () => this.#push.later());
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
    return this.#state.count;
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
    this.#state.reset();
    this.#ui.bell.removeAttribute("data-state");
    this.#ui.state.hidden = true;
    this.#linkViewAll();
    if (!this.#currentToken) {
      this.#noTokenState();
      return;
    }
    this.#labelBell();
    this.#stream.open(this.#server, this.#currentToken);
    if (this.#open) this.#load();
  }

  #stop() {
    this.#generation += 1;
    this.#stream.close();
  }

  #connected() {
    this.#ui.bell.removeAttribute("data-state");
    this.#ui.bell.removeAttribute("data-retry-ms");
    // The "hello" message that follows carries the current count; the list is refetched so
    // notifications that arrived while disconnected show up.
    if (this.#state.loaded) this.#load();
  }

  #disconnected(delay) {
    this.#ui.bell.setAttribute("data-state", "offline");
    // The wait chosen, for the page and its tests: how spread out the reconnects are.
    this.#ui.bell.setAttribute("data-retry-ms", String(delay));
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
    showState(this.#ui.state, message, this.#t("bell.unavailable"));
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
    const n = this.#state.count;
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
      if (this.#state.add(n)) this.#render();
      this.#setCounts(message);
      this.dispatchEvent(new CustomEvent("tocsin-notification", { detail: n, bubbles: true, composed: true }));
      // With the panel open the new item is already in view at its top: no toast over it.
      if (!message.silent && !this.#open) this.#toast(n);
    } else if (type === "read" && Array.isArray(message.ids)) {
      if (this.#state.markRead(message.ids)) this.#render();
      this.#setCounts(message);
    } else if (type === "seen" && Array.isArray(message.ids)) {
      this.#state.markSeen(message.ids);
      this.#setCounts(message);
    } else if (type === "resolved" && Array.isArray(message.ids)) {
      // Someone decided the request (another approver): the outcome replaces the buttons.
      this.#resolveLocal(message.ids, message.resolution || {});
      this.#setCounts(message);
    }
  }

  // --- counts: the badge counts unread, or unseen (items never shown in the open panel) --------

  #setCounts(message) {
    this.#state.setUnseen(message.unseen);
    this.#setCount(message.unread);
    this.#paintBadge();
  }

  #paintBadge() {
    const n = this.#state.badge(this.getAttribute("badge"));
    this.#ui.badge.hidden = n === 0;
    this.#ui.badge.textContent = n > 99 ? "99+" : String(n);
  }

  async #markShownSeen() {
    const ids = this.#state.unseenIds();
    if (ids.length === 0) return;
    this.#state.markSeen(ids); // once per item, even while the request is on its way
    const reads = this.#state.reads;
    try {
      const counts = await this.#api("POST", "/v1/me/notifications/seen", { body: { ids } });
      // Counted before a read made here meanwhile (a click right after the panel opened), its
      // unread count is stale: the read's own answer and stream message carry the right one.
      this.#setCounts(reads === this.#state.reads ? counts : { unseen: counts.unseen, unread: this.#state.count });
    } catch {
      // Not seen on the server this time: the next opening of the panel tries again.
    }
  }

  #setCount(value) {
    if (!this.#state.setCount(value)) return;
    const n = this.#state.count;
    this.#paintBadge();
    if (!this.#authFailed) this.#labelBell();
    this.#ui.markAll.disabled = n === 0 && !this.#state.hasUnread();
    this.dispatchEvent(new CustomEvent("tocsin-unread", { detail: n, bubbles: true, composed: true }));
  }

  #resolveLocal(ids, resolution) {
    const now = new Date().toISOString();
    this.#state.resolve(ids, resolution, now);
    const wanted = new Set(ids);
    for (const toast of this.#ui.toasts.querySelectorAll(".toast")) {
      if (wanted.has(Number(toast.dataset.id))) paintDecision(toast, this.#decision({ resolution, resolved_at: now }));
    }
    this.#render();
  }

  #decision(n) {
    return decisionNode(n, (key, values) => this.#t(key, values), (item, action, row) => this.#takeAction(item, action, row));
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
      const mine = this.#state.find(n.id);
      if (mine && mine !== n) Object.assign(mine, n);
      for (const toast of this.#ui.toasts.querySelectorAll(".toast")) {
        if (Number(toast.dataset.id) === n.id) paintDecision(toast, this.#decision(n));
      }
      this.#render();
    } catch (err) {
      for (const b of row.querySelectorAll("button")) b.disabled = false;
      if (err instanceof AuthProblem) this.#authFailure();
    }
  }

  // --- REST ---------------------------------------------------------------------------------

  #api(method, path, options = {}) {
    const generation = this.#generation;
    return call(this.#server, this.#currentToken, method, path, { wanted: () => generation === this.#generation, ...options });
  }

  async #load() {
    const generation = this.#generation;
    if (!this.#state.loaded) showState(this.#ui.state, this.#t("bell.loading"));
    const request = this.#api("GET", `/v1/me/notifications?limit=${PAGE_SIZE}`);
    this.#loading = request;
    try {
      const page = await request;
      if (generation !== this.#generation || this.#loading !== request) return;
      this.#state.setPage(page.items);
      this.#render();
    } catch (err) {
      if (generation !== this.#generation) return;
      if (err instanceof AuthProblem) this.#authFailure();
      else if (!this.#state.loaded) showState(this.#ui.state, this.#t("bell.failed.text"), this.#t("bell.failed.title"));
    }
  }

  async #markAllRead() {
    const unread = this.#state.unreadIds();
    this.#state.reads += 1;
    if (this.#state.markRead(unread)) this.#render();
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
      this.#state.reads += 1;
      if (this.#state.markRead([notification.id])) this.#render();
      this.#setCount(this.#state.count - 1); // the server's "read" message confirms the real count
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
    place(this.#ui);
    if (this.#authFailed || !this.#currentToken) return;
    this.#render();
    this.#load();
    if (!this.#push.offered) this.#push.offer().catch(() => {});
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

  #render() {
    const { list, state, markAll } = this.#ui;
    const { items, loaded } = this.#state;
    if (this.#authFailed) return;
    if (!loaded) {
      list.replaceChildren();
      return;
    }
    markAll.disabled = !this.#state.hasUnread() && this.#state.count === 0;
    if (items.length === 0) {
      list.replaceChildren();
      showState(state, this.#t("bell.empty.text"), this.#t("bell.empty.title"));
      return;
    }
    state.hidden = true;
    const now = Date.now();
    const t = (key, values) => this.#t(key, values);
    const onActivate = (n, e) => this.#activate(n, e);
    // A refresh must not take the keyboard focus away from the item the user is on.
    const focused = this.#root.activeElement?.closest?.(".item")?.dataset.id;
    list.replaceChildren(...items.map((n) => itemNode(n, { now, t, language: this.#language, onActivate, decision: this.#decision(n) })));
    if (focused) list.querySelector(`.item[data-id="${focused}"] > a, .item[data-id="${focused}"] > button`)?.focus();
    if (this.#open) {
      place(this.#ui);
      this.#markShownSeen();
    }
  }

  #refreshTimes() {
    const now = Date.now();
    const t = (key, values) => this.#t(key, values);
    for (const time of this.#ui.list.querySelectorAll("time")) {
      time.textContent = relative(time.getAttribute("datetime"), now, t, this.#language);
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
    const toast = toastNode(n, {
      t: (key, values) => this.#t(key, values),
      onOpen: (e) => {
        this.#removeToast(toast);
        this.#activate(n, e);
      },
      onClose: () => this.#removeToast(toast),
      decision: this.#decision(n),
    });
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
