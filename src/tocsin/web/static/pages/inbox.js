// The history page (/inbox): every notification of the user, newest first, keyset-paginated,
// with Unread and type filters, text search, mark read and dismiss (with undo). Live: new
// notifications appear at the top, and reads from other tabs or devices show at once.

import {
  announce,
  el,
  liveStream,
  safeHref,
  startLanguage,
  startSession,
  t,
  typeName,
  when,
  whenFull,
} from "./common.js";

const PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 250;
const NAVIGATE_WAIT_MS = 2000;
const UNDO_MS = 6000; // how long a dismissal can be taken back before it is sent

await startLanguage();
const api = startSession();
const ui = {
  list: document.getElementById("list"),
  empty: document.getElementById("empty"),
  more: document.getElementById("more"),
  type: document.getElementById("type"),
  q: document.getElementById("q"),
  markAll: document.getElementById("mark-all"),
  summary: document.getElementById("summary"),
  statusButtons: [...document.querySelectorAll("[data-status]")],
  undo: document.getElementById("undo"),
  undoText: document.getElementById("undo-text"),
  undoButton: document.getElementById("undo-button"),
};
const state = { status: "all", type: "", q: "", cursor: null, sequence: 0, unread: 0 };
let pending = null; // the dismissal that can still be undone: { n, li, timer }

function query(cursor) {
  const params = new URLSearchParams({ status: state.status, limit: String(PAGE_SIZE) });
  if (state.type) params.set("type", state.type);
  if (state.q) params.set("q", state.q);
  if (cursor) params.set("cursor", cursor);
  return `/v1/me/notifications?${params}`;
}

async function load({ append = false } = {}) {
  const sequence = ++state.sequence; // a later filter change wins over an earlier slow answer
  ui.list.setAttribute("aria-busy", "true");
  ui.more.disabled = true;
  try {
    const page = await api.call("GET", query(append ? state.cursor : null));
    if (sequence !== state.sequence) return;
    const now = Date.now();
    const rows = page.items.filter((n) => n.id !== pending?.n.id).map((n) => row(n, now));
    if (append) ui.list.append(...rows);
    else ui.list.replaceChildren(...rows);
    state.cursor = page.next_cursor;
    ui.more.hidden = !state.cursor;
    showEmpty();
  } catch (err) {
    if (sequence === state.sequence && err.status !== 401) announce(t("inbox.loadFailed", { error: err.message }));
  } finally {
    if (sequence === state.sequence) {
      ui.list.setAttribute("aria-busy", "false");
      ui.more.disabled = false;
    }
  }
}

function visibleRows() {
  return ui.list.querySelectorAll(".row:not([hidden])").length;
}

function showEmpty() {
  const empty = visibleRows() === 0;
  ui.empty.hidden = !empty;
  if (!empty) return;
  const filtered = state.status !== "all" || state.type || state.q;
  ui.empty.replaceChildren(
    el("strong", {}, t(filtered ? "inbox.nothing.title" : "inbox.empty.title")),
    el("span", {}, t(filtered ? "inbox.nothing.text" : "inbox.empty.text")),
  );
}

async function refreshCount() {
  try {
    const { unread } = await api.call("GET", "/v1/me/notifications/unread-count");
    serverCount(unread);
  } catch {
    /* the list still works without the count */
  }
}

/** A count from the server, less a dismissal still waiting for its undo offer to end. */
function serverCount(unread) {
  setCount(unread - (pending && !pending.n.read_at ? 1 : 0));
}

function setCount(unread) {
  state.unread = Math.max(0, unread);
  ui.summary.textContent = state.unread === 0 ? t("inbox.caughtUp") : t("inbox.unreadCount", { count: state.unread });
  ui.markAll.disabled = state.unread === 0;
}

// The notifications on the page by id, for live changes that need more than a row's dataset.
const rows = new Map();

function row(n, now) {
  rows.set(n.id, n);
  const read = Boolean(n.read_at);
  const li = el("li", { class: "row", "data-id": String(n.id), "data-read": String(read) });
  const content = el("div", { class: "content" });
  const href = safeHref(n.url);
  const title = href ? el("a", { class: "title", href }, n.title) : el("span", { class: "title" }, n.title);
  if (href) title.addEventListener("click", (e) => open(e, n, li, href));
  content.append(title);
  if (n.body) content.append(el("p", { class: "body" }, n.body));
  const meta = el("div", { class: "meta" });
  meta.append(el("span", { class: "chip" }, typeName(n.type)));
  meta.append(el("time", { datetime: n.created_at, title: whenFull(n.created_at) }, when(n.created_at, now)));
  if (n.actor) meta.append(el("span", { class: "actor" }, t("inbox.by", { actor: n.actor })));
  content.append(meta);
  const decision = decisionOf(n, li);
  if (decision) content.append(decision);

  const actions = el("div", { class: "actions" });
  const markRead = el("button", { type: "button", class: "button small read", hidden: read }, t("inbox.markRead"));
  markRead.addEventListener("click", () => markOne(n, li));
  const dismiss = el("button", { type: "button", class: "button small ghost dismiss" }, t("inbox.dismiss"));
  dismiss.setAttribute("aria-label", t("inbox.dismissLabel", { title: n.title }));
  dismiss.addEventListener("click", () => dismissOne(n, li));
  actions.append(markRead, dismiss);

  li.append(el("span", { class: "dot", "aria-hidden": "true" }), content, actions);
  if (!read) li.append(el("span", { class: "sr-only unread-mark" }, t("inbox.unread")));
  return li;
}

// The buttons a notification offers (approve, reject, ...), or its outcome once decided: by this
// user, or by someone else (another approver), as "Approved by Sam".
function outcomeOf(n) {
  if (n.resolution && n.resolved_at) {
    const decision = String(n.resolution.decision || "resolved");
    const key = `bell.decision.${decision}`;
    const word = t(key) === key ? decision : t(key);
    const who = n.resolution.by_name || n.resolution.by;
    const text = who ? t("bell.resolvedBy", { decision: word, name: who }) : word;
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  if (n.action && n.acted_at) {
    const chosen = (n.actions || []).find((a) => a.id === n.action);
    return t("bell.youChose", { action: chosen ? chosen.label : n.action });
  }
  return null;
}

function decisionOf(n, li) {
  const outcome = outcomeOf(n);
  if (outcome) return el("p", { class: "outcome", role: "status" }, outcome);
  const offered = Array.isArray(n.actions) ? n.actions.slice(0, 3) : [];
  if (!offered.length) return null;
  const group = el("div", { class: "decide", role: "group" });
  for (const a of offered) {
    const style = a.style === "primary" ? "" : a.style === "danger" ? " danger" : " ghost";
    const button = el("button", { type: "button", class: `button small${style}`, "data-action": a.id }, a.label);
    button.addEventListener("click", () => takeAction(n, li, a.id, group));
    group.append(button);
  }
  return group;
}

function repaintDecision(n, li) {
  const old = li.querySelector(".decide, .outcome");
  const next = decisionOf(n, li);
  if (old && next) old.replaceWith(next);
  else if (next) li.querySelector(".content").append(next);
}

async function takeAction(n, li, action, group) {
  for (const b of group.querySelectorAll("button")) b.disabled = true;
  try {
    const wasUnread = !n.read_at;
    Object.assign(n, await api.call("POST", `/v1/me/notifications/${n.id}/actions/${encodeURIComponent(action)}`));
    if (wasUnread && li.dataset.read === "false") setCount(state.unread - 1);
    showRead(n, li);
  } catch (err) {
    if (err.status === 409) {
      const page = await api.call("GET", `/v1/me/notifications?limit=${PAGE_SIZE}`).catch(() => null);
      const found = page?.items?.find((i) => i.id === n.id);
      if (found) Object.assign(n, found);
    } else {
      for (const b of group.querySelectorAll("button")) b.disabled = false;
      if (err.status !== 401) announce(err.message);
      return;
    }
  }
  repaintDecision(n, li);
  announce(outcomeOf(n) || "");
}

function showRead(n, li) {
  n.read_at = n.read_at || new Date().toISOString();
  li.dataset.read = "true";
  li.querySelector(".read").hidden = true;
  li.querySelector(".unread-mark")?.remove();
}

async function markOne(n, li) {
  try {
    await api.call("POST", `/v1/me/notifications/${n.id}/read`, undefined, { keepalive: true });
    // The live "read" message may have come first and set the count already.
    const wasUnread = li.dataset.read === "false";
    showRead(n, li);
    if (wasUnread) setCount(state.unread - 1);
    announce(t("inbox.markedRead"));
  } catch (err) {
    if (err.status !== 401) announce(t("inbox.markFailed", { error: err.message }));
  }
}

// Dismissing hides the row at once and offers Undo; the dismissal is sent when the offer ends,
// when another one starts, or when the page goes away (keepalive lets that request finish).
function dismissOne(n, li) {
  commitPending();
  const next = li.nextElementSibling || li.previousElementSibling;
  li.hidden = true;
  if (!n.read_at) setCount(state.unread - 1);
  showEmpty();
  pending = { n, li, timer: setTimeout(commitPending, UNDO_MS) };
  ui.undoText.textContent = t("inbox.dismissed");
  ui.undo.hidden = false;
  (next?.querySelector(".dismiss") || ui.undoButton).focus();
}

function undoPending() {
  if (!pending) return;
  const { n, li, timer } = pending;
  pending = null;
  clearTimeout(timer);
  ui.undo.hidden = true;
  li.hidden = false;
  if (!n.read_at) setCount(state.unread + 1);
  showEmpty();
  li.querySelector(".dismiss")?.focus();
  announce(t("inbox.restored"));
}

function commitPending() {
  if (!pending) return Promise.resolve();
  const { n, li, timer } = pending;
  pending = null;
  clearTimeout(timer);
  ui.undo.hidden = true;
  return api
    .call("POST", `/v1/me/notifications/${n.id}/dismiss`, undefined, { keepalive: true })
    .then(() => li.remove())
    .catch((err) => {
      li.hidden = false;
      showEmpty();
      if (err.status !== 401) announce(t("inbox.dismissFailed", { error: err.message }));
    });
}

async function open(event, n, li, href) {
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
    if (!n.read_at) markOne(n, li);
    return;
  }
  event.preventDefault();
  if (!n.read_at) {
    const marking = markOne(n, li);
    await Promise.race([marking, new Promise((resolve) => setTimeout(resolve, NAVIGATE_WAIT_MS))]);
  }
  window.location.assign(href);
}

function markAllShown() {
  for (const li of ui.list.querySelectorAll('.row[data-read="false"]')) {
    li.dataset.read = "true";
    li.querySelector(".read").hidden = true;
    li.querySelector(".unread-mark")?.remove();
  }
}

async function markAll() {
  await commitPending();
  try {
    const { unread } = await api.call("POST", "/v1/me/notifications/read-all");
    markAllShown();
    setCount(unread);
    announce(t("inbox.allMarked"));
  } catch (err) {
    if (err.status !== 401) announce(t("inbox.markAllFailed", { error: err.message }));
  }
}

// --- live ------------------------------------------------------------------------------------

function matchesFilters(n) {
  if (state.status === "unread" && n.read_at) return false;
  if (state.type && n.type !== state.type) return false;
  if (state.q) {
    const needle = state.q.toLocaleLowerCase();
    return `${n.title}\n${n.body || ""}`.toLocaleLowerCase().includes(needle);
  }
  return true;
}

function receive(message) {
  if (message.type === "hello") {
    serverCount(message.unread);
  } else if (message.type === "notification" && message.notification) {
    const n = message.notification;
    serverCount(message.unread);
    if (!matchesFilters(n) || ui.list.querySelector(`.row[data-id="${n.id}"]`)) return;
    const li = row(n, Date.now());
    li.classList.add("fresh");
    ui.list.prepend(li);
    showEmpty();
    announce(t("inbox.new", { title: n.title }));
  } else if (message.type === "read" && Array.isArray(message.ids)) {
    for (const id of message.ids) {
      const li = ui.list.querySelector(`.row[data-id="${id}"]`);
      if (li && li.dataset.read === "false") {
        li.dataset.read = "true";
        li.querySelector(".read").hidden = true;
        li.querySelector(".unread-mark")?.remove();
      }
    }
    serverCount(message.unread);
  } else if (message.type === "resolved" && Array.isArray(message.ids)) {
    for (const id of message.ids) {
      const li = ui.list.querySelector(`.row[data-id="${id}"]`);
      const n = li && rows.get(id);
      if (!n) continue;
      n.resolved_at = n.resolved_at || new Date().toISOString();
      n.resolution = message.resolution || {};
      if (li.dataset.read === "false") showRead(n, li);
      repaintDecision(n, li);
    }
    serverCount(message.unread);
  }
}

async function loadTypes() {
  try {
    const prefs = await api.call("GET", "/v1/me/preferences");
    const keys = Object.keys(prefs.event_types).sort((a, b) => typeName(a).localeCompare(typeName(b)));
    ui.type.append(...keys.map((key) => el("option", { value: key }, typeName(key))));
  } catch {
    /* the type filter stays at "All types" */
  }
}

if (api) {
  for (const button of ui.statusButtons) {
    button.addEventListener("click", () => {
      state.status = button.dataset.status;
      for (const b of ui.statusButtons) b.setAttribute("aria-pressed", String(b === button));
      load();
    });
  }
  ui.type.addEventListener("change", () => {
    state.type = ui.type.value;
    load();
  });
  let searchTimer = null;
  ui.q.addEventListener("input", () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => {
      state.q = ui.q.value.trim();
      load();
    }, SEARCH_DELAY_MS);
  });
  ui.more.addEventListener("click", () => load({ append: true }));
  ui.markAll.addEventListener("click", markAll);
  ui.undoButton.addEventListener("click", undoPending);
  window.addEventListener("pagehide", () => commitPending());
  load().then(() => document.body.setAttribute("data-ready", "true"));
  refreshCount();
  loadTypes();
  liveStream(api, {
    onMessage: receive,
    onReconnect: () => {
      load();
      refreshCount();
    },
  });
}
