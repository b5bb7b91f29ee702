// Routing: the event type x channel matrix, and the org's own event types.

import { el } from "../common.js";
import { api } from "./session.js";
import { button, card, channelName, field, notice, showError } from "./ui.js";

// A type switched off is stored when its events come and notifies nobody: saved at once.
function typeSwitch(panel, key, on, row) {
  const wrap = el("label", { class: "override type-switch" });
  const box = el("input", { type: "checkbox", role: "switch", class: "switch", "aria-label": `Event type ${key} on`, "data-type-enabled": key });
  box.checked = on;
  row.classList.toggle("type-off", !on);
  const words = el("span", { "aria-hidden": "true" }, on ? "on" : "off");
  wrap.append(box, words);
  box.addEventListener("change", async () => {
    try {
      const out = await api.call("PATCH", `/v1/admin/event-types/${encodeURIComponent(key)}`, { enabled: box.checked });
      words.textContent = out.enabled ? "on" : "off";
      row.classList.toggle("type-off", !out.enabled);
      notice(panel, `Event type ${key} switched ${out.enabled ? "on" : "off"}`);
    } catch (err) {
      box.checked = !box.checked;
      showError(panel, err);
    }
  });
  return wrap;
}

export default async function routingSection(panel) {
  const [routing, types, external] = await Promise.all([
    api.call("GET", "/v1/admin/routing"),
    api.call("GET", "/v1/admin/event-types"),
    api.call("GET", "/v1/admin/channels"),
  ]);
  // A routed channel the admin cannot configure (in-app) is always on: shown, never switched.
  const configurable = new Set(external.map((c) => c.name));
  const fixed = (channel) => !configurable.has(channel);
  const descriptions = Object.fromEntries(types.map((t) => [t.key, t.description]));
  const enabled = Object.fromEntries(types.map((t) => [t.key, t.enabled !== false]));
  const [matrixCard, matrixBody] = card("Routing", "Which channels each event type uses, and where users may change that in their preferences.");
  const table = el("table", { class: "matrix admin-matrix", "aria-label": "Event types by channel" });
  const head = el("tr");
  head.append(el("th", { scope: "col", class: "type-col" }, "Event type"));
  for (const channel of routing.channels) head.append(el("th", { scope: "col" }, channelName(channel)));
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  for (const key of Object.keys(routing.matrix).sort()) {
    const tr = el("tr", { "data-type": key });
    const label = el("th", { scope: "row" });
    label.append(el("span", { class: "type-name" }, key));
    if (descriptions[key]) label.append(el("span", { class: "type-desc" }, descriptions[key]));
    label.append(typeSwitch(panel, key, enabled[key] !== false, tr));
    tr.append(label);
    for (const channel of routing.channels) {
      const cell = routing.matrix[key][channel] || { on: false, overridable: false };
      const td = el("td", { "data-channel": channel });
      const on = el("input", { type: "checkbox", role: "switch", class: "switch", "aria-label": `${channelName(channel)} for ${key}`, "data-cell": "on" });
      on.checked = cell.on;
      td.append(on);
      if (fixed(channel)) {
        on.disabled = true;
        on.title = `${channelName(channel)} notifications are always on`;
      } else {
        const over = el("label", { class: "override" });
        const box = el("input", { type: "checkbox", "aria-label": `Users may override ${channelName(channel)} for ${key}`, "data-cell": "overridable" });
        box.checked = cell.overridable;
        over.append(box, el("span", { "aria-hidden": "true" }, "users may override"));
        td.append(over);
      }
      tr.append(td);
    }
    tbody.append(tr);
  }
  table.append(thead, tbody);
  const wrap = el("div", { class: "table-wrap" });
  wrap.append(table);
  const save = button("Save routing", { class: "button primary" });
  const bar = el("div", { class: "form-actions pad" });
  bar.append(save);
  matrixBody.append(wrap, bar);
  save.addEventListener("click", async () => {
    const matrix = {};
    for (const tr of tbody.querySelectorAll("tr")) {
      const key = tr.dataset.type;
      for (const td of tr.querySelectorAll("td")) {
        const channel = td.dataset.channel;
        if (fixed(channel)) continue;
        const before = routing.matrix[key][channel] || { on: false, overridable: false };
        const cell = { on: td.querySelector('[data-cell="on"]').checked, overridable: td.querySelector('[data-cell="overridable"]').checked };
        if (cell.on !== before.on || cell.overridable !== before.overridable) (matrix[key] ||= {})[channel] = cell;
      }
    }
    if (!Object.keys(matrix).length) {
      notice(panel, "Nothing to save");
      return;
    }
    try {
      const out = await api.call("PUT", "/v1/admin/routing", { matrix });
      routing.matrix = out.matrix;
      notice(panel, "Routing saved");
    } catch (err) {
      showError(panel, err);
    }
  });

  const [typeCard, typeBody] = card("Add an event type", "Your own event types, sent by your CRM like the built-in ones.");
  const form = el("form", { class: "form-grid", "aria-label": "Add an event type", novalidate: true });
  const key = el("input", { name: "key", class: "input", placeholder: "site_visit", required: true, autocomplete: "off" });
  const description = el("input", { name: "description", class: "input", autocomplete: "off" });
  const add = button("Add event type", { class: "button", type: "submit" });
  form.append(field("Key (lowercase, digits, _)", key), field("Description", description), add);
  typeBody.append(form);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await api.call("PUT", `/v1/admin/event-types/${encodeURIComponent(key.value.trim())}`, { description: description.value.trim() || null });
      const added = key.value.trim();
      await routingSection(panel);
      notice(panel, `Event type ${added} added`);
    } catch (err) {
      showError(panel, err, form);
    }
  });
  panel.replaceChildren(matrixCard, typeCard);
}
