// The history page (/inbox): every notification of the user, newest first, keyset-paginated,
// with Unread and type filters, text search, mark read and dismiss.

import { relativeTime } from "../tocsin-bell.js";
import { announce, el, humanize, safeHref, startSession } from "./common.js";

const PAGE_SIZE = 25;
const SEARCH_DELAY_MS = 250;
const NAVIGATE_WAIT_MS = 2000;
const FULL = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });

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
};
const state = { status: "all", type: "", q: "", cursor: null, sequence: 0, unread: 0 };

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
    const rows = page.items.map((n) => row(n, now));
    if (append) ui.list.append(...rows);
    else ui.list.replaceChildren(...rows);
    state.cursor = page.next_cursor;
    ui.more.hidden = !state.cursor;
    showEmpty();
  } catch (err) {
    if (sequence === state.sequence && err.status !== 401) announce(`Could not load notifications: ${err.message}`);
  } finally {
    if (sequence === state.sequence) {
      ui.list.setAttribute("aria-busy", "false");
      ui.more.disabled = false;
    }
  }
}

function showEmpty() {
  const empty = ui.list.children.length === 0;
  ui.empty.hidden = !empty;
  if (!empty) return;
  const filtered = state.status !== "all" || state.type || state.q;
  ui.empty.replaceChildren(
    el("strong", {}, filtered ? "Nothing matches" : "No notifications yet"),
    el("span", {}, filtered ? "Try another filter or search." : "Notifications from your CRM will show up here."),
  );
}

async function refreshCount() {
  try {
    const { unread } = await api.call("GET", "/v1/me/notifications/unread-count");
    setCount(unread);
  } catch {
    /* the list still works without the count */
  }
}

function setCount(unread) {
  state.unread = unread;
  ui.summary.textContent = unread === 0 ? "You're all caught up." : `${unread} unread`;
  ui.markAll.disabled = unread === 0;
}

function row(n, now) {
  const read = Boolean(n.read_at);
  const li = el("li", { class: "row", "data-id": String(n.id), "data-read": String(read) });
  const content = el("div", { class: "content" });
  const href = safeHref(n.url);
  const title = href ? el("a", { class: "title", href }, n.title) : el("span", { class: "title" }, n.title);
  if (href) title.addEventListener("click", (e) => open(e, n, li, href));
  content.append(title);
  if (n.body) content.append(el("p", { class: "body" }, n.body));
  const meta = el("div", { class: "meta" });
  meta.append(el("span", { class: "chip" }, humanize(n.type)));
  const when = Date.parse(n.created_at);
  meta.append(el("time", { datetime: n.created_at, title: FULL.format(when) }, relativeTime(n.created_at, now)));
  if (n.actor) meta.append(el("span", { class: "actor" }, `by ${n.actor}`));
  content.append(meta);

  const actions = el("div", { class: "actions" });
  const markRead = el("button", { type: "button", class: "button small read", hidden: read }, "Mark read");
  markRead.addEventListener("click", () => markOne(n, li));
  const dismiss = el("button", { type: "button", class: "button small ghost dismiss" }, "Dismiss");
  dismiss.setAttribute("aria-label", `Dismiss “${n.title}”`);
  dismiss.addEventListener("click", () => dismissOne(n, li));
  actions.append(markRead, dismiss);

  li.append(el("span", { class: "dot", "aria-hidden": "true" }), content, actions);
  if (!read) li.append(el("span", { class: "sr-only" }, "Unread"));
  return li;
}

function showRead(n, li) {
  n.read_at = n.read_at || new Date().toISOString();
  li.dataset.read = "true";
  li.querySelector(".read").hidden = true;
  li.querySelector(".sr-only")?.remove();
}

async function markOne(n, li) {
  try {
    await api.call("POST", `/v1/me/notifications/${n.id}/read`, undefined, { keepalive: true });
    const wasUnread = !n.read_at;
    showRead(n, li);
    if (wasUnread) setCount(Math.max(0, state.unread - 1));
    announce("Marked as read");
  } catch (err) {
    if (err.status !== 401) announce(`Could not mark as read: ${err.message}`);
  }
}

async function dismissOne(n, li) {
  try {
    await api.call("POST", `/v1/me/notifications/${n.id}/dismiss`);
    const next = li.nextElementSibling || li.previousElementSibling;
    li.remove();
    if (!n.read_at) setCount(Math.max(0, state.unread - 1));
    showEmpty();
    announce("Notification dismissed");
    (next?.querySelector(".dismiss") || ui.q).focus();
  } catch (err) {
    if (err.status !== 401) announce(`Could not dismiss: ${err.message}`);
  }
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

async function markAll() {
  try {
    const { unread } = await api.call("POST", "/v1/me/notifications/read-all");
    for (const li of ui.list.querySelectorAll('.row[data-read="false"]')) {
      li.dataset.read = "true";
      li.querySelector(".read").hidden = true;
      li.querySelector(".sr-only")?.remove();
    }
    setCount(unread);
    announce("All notifications marked as read");
  } catch (err) {
    if (err.status !== 401) announce(`Could not mark all as read: ${err.message}`);
  }
}

async function loadTypes() {
  try {
    const prefs = await api.call("GET", "/v1/me/preferences");
    const keys = Object.keys(prefs.event_types).sort((a, b) => humanize(a).localeCompare(humanize(b)));
    ui.type.append(...keys.map((key) => el("option", { value: key }, humanize(key))));
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
  load().then(() => document.body.setAttribute("data-ready", "true"));
  refreshCount();
  loadTypes();
}
