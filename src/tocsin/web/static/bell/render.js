// The bell's DOM: list items, toasts, action buttons and outcomes, the panel's placement. Each
// function builds nodes from a notification and callbacks; none holds state.

import { EDGE_PX } from "./styles.js";
import { fullTime, relativeTime } from "./text.js";

export const POPOVER = typeof HTMLElement.prototype.showPopover === "function";
const SHEET_BELOW_PX = 480; // narrower windows get the panel as a full-width sheet
const GAP_PX = 8; // between the bell and the panel

export function el(tag, attrs = {}, text = null) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== null) node.textContent = text;
  return node;
}

// Only web links are followed: an entity URL must never run script in the host page.
export function safeHref(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url, document.baseURI);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function relative(iso, now, t, language) {
  return relativeTime(iso, now, { locale: language, justNow: t("time.justNow") });
}

/** The outcome of a notification that offered actions: who decided what, or what this user chose. */
export function outcomeText(n, t) {
  if (n.resolution && n.resolved_at) {
    const decision = String(n.resolution.decision || "resolved");
    const word = t(`bell.decision.${decision}`) === `bell.decision.${decision}` ? decision : t(`bell.decision.${decision}`);
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

/** Buttons for the actions a notification offers, or its outcome once decided; null if neither. */
export function decisionNode(n, t, onAction) {
  const outcome = outcomeText(n, t);
  if (outcome) return el("div", { part: "outcome", class: "outcome", role: "status" }, outcome);
  const actions = Array.isArray(n.actions) ? n.actions.slice(0, 3) : [];
  if (!actions.length) return null;
  const row = el("div", { class: "acts", role: "group" });
  for (const a of actions) {
    const style = ["primary", "secondary", "danger"].includes(a.style) ? a.style : "secondary";
    const button = el("button", { type: "button", part: "action", class: "act", "data-action": a.id, "data-style": style }, a.label);
    button.addEventListener("click", (e) => {
      e.stopPropagation();
      onAction(n, a.id, row);
    });
    row.append(button);
  }
  return row;
}

/** Replaces the buttons or outcome inside `container` with the current ones. */
export function paintDecision(container, decision) {
  const old = container.querySelector(":scope > .acts, :scope > .outcome");
  if (old && decision) old.replaceWith(decision);
  else if (decision) container.append(decision);
  else old?.remove();
}

/** One list item: a link (or a button without a URL), its text, time and decision. */
export function itemNode(n, { now, t, language, onActivate, decision }) {
  const read = Boolean(n.read_at);
  const li = el("li", { part: "item", class: "item", "data-read": String(read), "data-id": String(n.id) });
  const href = safeHref(n.url);
  const target = href ? el("a", { href }) : el("button", { type: "button" });
  const text = el("span", { class: "text" });
  text.append(el("span", { class: "title" }, n.title));
  if (n.body) text.append(el("span", { class: "body" }, n.body));
  const time = el("time", { class: "time", datetime: n.created_at, title: fullTime(n.created_at, language) });
  time.textContent = relative(n.created_at, now, t, language);
  text.append(time);
  if (!read) text.append(el("span", { class: "sr-only" }, t("bell.unread")));
  target.append(el("span", { class: "dot", "aria-hidden": "true" }), text);
  target.addEventListener("click", (e) => onActivate(n, e));
  target.addEventListener("auxclick", (e) => {
    if (e.button === 1) onActivate(n, e);
  });
  li.append(target);
  if (decision) li.append(decision);
  return li;
}

/** A toast: the notification as a button that opens it, a close button, its decision. */
export function toastNode(n, { t, onOpen, onClose, decision }) {
  const toast = el("div", { part: "toast", class: "toast", "data-urgent": String(Boolean(n.urgent)), "data-id": String(n.id) });
  const open = el("button", { type: "button", class: "open" });
  open.append(el("div", { class: "title" }, n.title));
  if (n.body) open.append(el("div", { class: "body" }, n.body));
  open.addEventListener("click", (e) => onOpen(e));
  const close = el("button", { type: "button", class: "close", "aria-label": t("bell.dismissToast") }, "×");
  close.addEventListener("click", () => onClose());
  toast.append(open, close);
  if (decision) toast.append(decision);
  return toast;
}

/** A message in the panel's state line, with an optional bold title. */
export function showState(state, message, title = null) {
  state.replaceChildren();
  if (title) state.append(el("strong", {}, title));
  state.append(document.createTextNode(message));
  state.hidden = false;
}

// Fixed coordinates in the window: below the bell (above it when there is more room there),
// right-aligned to it, else left-aligned, then clamped inside the window; a sheet when narrow.
export function place({ panel, bell, list }) {
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
