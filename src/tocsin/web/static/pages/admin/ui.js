// Small building blocks shared by the console's sections: notices, errors, form fields, cards.

import { ApiError, announce, el, humanize, t } from "../common.js";
import { api } from "./session.js";

/** A channel's name for people: the page's translation where it has one, else its key humanized,
 * so a channel added to the server needs no change here. */
export function channelName(channel) {
  const key = `channel.${channel}`;
  const label = t(key);
  return label === key ? humanize(channel) : label;
}

export function notice(panel, message, kind = "ok") {
  let box = panel.querySelector(":scope > .notice");
  if (!box) {
    box = el("p", { class: "notice", role: kind === "error" ? "alert" : "status" });
    panel.prepend(box);
  }
  box.setAttribute("role", kind === "error" ? "alert" : "status");
  box.dataset.kind = kind;
  box.textContent = message;
  box.hidden = false;
  if (kind !== "error") announce(message);
}

export function errorText(err) {
  return err instanceof ApiError ? err.message : String(err?.message || err);
}

/** Show an API error in `panel` and mark the input named by its field, if any. */
export function showError(panel, err, scope = panel) {
  for (const marked of scope.querySelectorAll("[aria-invalid]")) marked.removeAttribute("aria-invalid");
  if (err instanceof ApiError && err.field) {
    const name = err.field.split(".").pop();
    const input = scope.querySelector(`[name="${CSS.escape(err.field)}"], [name="${CSS.escape(name)}"]`);
    if (input) {
      input.setAttribute("aria-invalid", "true");
      input.focus();
    }
  }
  notice(panel, errorText(err), "error");
}

export function clearNotice(panel) {
  const box = panel.querySelector(":scope > .notice");
  if (box) box.hidden = true;
}

export function button(label, attrs = {}) {
  return el("button", { type: "button", class: "button", ...attrs }, label);
}

export function field(label, input, hint = null) {
  const wrap = el("label", { class: "field" });
  wrap.append(el("span", {}, label), input);
  if (hint) wrap.append(el("small", { class: "hint" }, hint));
  return wrap;
}

export function card(title, hint = null) {
  const section = el("section", { class: "card" });
  const head = el("div", { class: "card-head" });
  head.append(el("h2", {}, title));
  if (hint) head.append(el("p", { class: "hint" }, hint));
  const body = el("div", { class: "card-body" });
  section.append(head, body);
  return [section, body];
}

/** A log table with its column headings, in a wrapper that scrolls sideways on narrow screens:
 * `{ table, tbody, wrap }` (rows go in `tbody`, `wrap` goes in the page). */
export function logTable(label, headings) {
  const table = el("table", { class: "log", "aria-label": label });
  const head = el("tr");
  for (const h of headings) head.append(el("th", { scope: "col" }, h));
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  table.append(thead, tbody);
  const wrap = el("div", { class: "table-wrap" });
  wrap.append(table);
  return { table, tbody, wrap };
}

export function select(name, options, value, label) {
  const node = el("select", { class: "select", name, "aria-label": label });
  for (const [optionValue, text] of options) {
    const option = el("option", { value: optionValue }, text);
    if (String(optionValue) === String(value ?? "")) option.selected = true;
    node.append(option);
  }
  return node;
}

export function isoFromLocal(value) {
  return value ? new Date(value).toISOString() : null;
}

export function localInput(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== "") search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

export function shown(value) {
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

// A filtered log read page by page (the delivery log, the event history): `load()` reads the first
// page for the filters' current values, `load(true)` appends the next; errors are shown on the panel.
export function pagedLog({ panel, filters, path, params, tbody, row, more, empty }) {
  let cursor = null;
  return async function load(append = false) {
    try {
      const page = await api.call("GET", `${path}${query({ ...params(), cursor: append ? cursor : null, limit: 50 })}`);
      if (!append) tbody.replaceChildren();
      for (const item of page.items) tbody.append(row(item));
      cursor = page.next_cursor;
      more.hidden = !cursor;
      empty.hidden = tbody.children.length > 0;
      clearNotice(panel);
      for (const marked of filters.querySelectorAll("[aria-invalid]")) marked.removeAttribute("aria-invalid");
    } catch (err) {
      showError(panel, err, filters);
    }
  };
}
