// The preferences page (/preferences): event type × channel switches, the webhook choice and
// the user's own quiet hours, saved through PUT /v1/me/preferences.

import { ApiError, announce, el, humanize, startSession } from "./common.js";

const CHANNEL_LABELS = {
  in_app: "In-app",
  email: "Email",
  sms: "SMS",
  whatsapp: "WhatsApp",
  webpush: "Browser push",
  webhook: "Webhook",
};
const DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

const api = startSession();
const ui = {
  matrix: document.getElementById("matrix"),
  choice: document.getElementById("choice"),
  dndOwn: document.getElementById("dnd-own"),
  dndFields: document.getElementById("dnd-fields"),
  dndStart: document.getElementById("dnd-start"),
  dndEnd: document.getElementById("dnd-end"),
  dndDays: document.getElementById("dnd-days"),
  dndZone: document.getElementById("dnd-zone"),
  save: document.getElementById("save"),
  discard: document.getElementById("discard"),
  saveState: document.getElementById("save-state"),
};
let saved = null; // the server's last answer

function cellId(type, channel) {
  return `cell-${type}-${channel}`;
}

function renderMatrix(prefs) {
  const channels = prefs.channels;
  const available = Object.fromEntries(
    channels.map((c) => [c, Object.values(prefs.event_types).some((row) => row[c]?.available)]),
  );
  const head = el("tr");
  head.append(el("th", { scope: "col", class: "type-col" }, "Notification"));
  for (const channel of channels) {
    const th = el("th", { scope: "col", "data-channel": channel });
    th.append(el("span", {}, CHANNEL_LABELS[channel] || humanize(channel)));
    if (!available[channel]) th.append(el("span", { class: "unavailable-note" }, "Not set up"));
    head.append(th);
  }
  const body = el("tbody");
  const keys = Object.keys(prefs.event_types).sort((a, b) => humanize(a).localeCompare(humanize(b)));
  for (const key of keys) {
    const tr = el("tr", { "data-type": key });
    const label = el("th", { scope: "row" });
    label.append(el("span", { class: "type-name" }, humanize(key)));
    if (prefs.descriptions[key]) label.append(el("span", { class: "type-desc" }, prefs.descriptions[key]));
    tr.append(label);
    for (const channel of channels) tr.append(renderCell(key, channel, prefs.event_types[key][channel]));
    body.append(tr);
  }
  const thead = el("thead");
  thead.append(head);
  ui.matrix.replaceChildren(thead, body);
}

function renderCell(type, channel, cell) {
  const td = el("td", { "data-channel": channel });
  if (!cell) return td;
  const name = `${CHANNEL_LABELS[channel] || channel} for ${humanize(type)}`;
  if (!cell.available) {
    td.dataset.state = "unavailable";
    td.title = "Your organisation has not set up this channel";
    td.append(el("span", { class: "na", "aria-label": `${name}: not available` }, "—"));
    return td;
  }
  const input = el("input", {
    type: "checkbox",
    role: "switch",
    class: "switch",
    id: cellId(type, channel),
    "aria-label": name,
    "data-type": type,
    "data-channel": channel,
  });
  input.checked = cell.on;
  input.disabled = cell.locked;
  input.addEventListener("change", dirtyCheck);
  const inner = el("span", { class: "cell" });
  inner.append(input);
  td.append(inner);
  if (cell.locked) {
    td.dataset.state = "locked";
    td.title = channel === "in_app" ? "In-app notifications are always on" : "Set by your administrator";
    inner.append(el("span", { class: "lock", "aria-hidden": "true" }));
  }
  return td;
}

function renderChoice(prefs) {
  for (const input of ui.choice.querySelectorAll("input[name=delivery_choice]")) {
    input.checked = input.value === prefs.delivery_choice;
  }
}

function renderDnd(prefs) {
  const dnd = prefs.dnd;
  ui.dndOwn.checked = Boolean(dnd && dnd.enabled);
  ui.dndStart.value = dnd?.start || "20:00";
  ui.dndEnd.value = dnd?.end || "08:00";
  const days = new Set(dnd?.days ?? [0, 1, 2, 3, 4, 5, 6]);
  ui.dndDays.replaceChildren(
    ...DAYS.map((label, index) => {
      const wrap = el("label", { class: "day" });
      const box = el("input", { type: "checkbox", value: String(index) });
      box.checked = days.has(index);
      box.addEventListener("change", dirtyCheck);
      wrap.append(box, el("span", {}, label));
      return wrap;
    }),
  );
  const zone = dnd?.timezone || LOCAL_ZONE;
  if (![...ui.dndZone.options].some((o) => o.value === zone)) ui.dndZone.append(el("option", { value: zone }, zone));
  ui.dndZone.value = zone;
  ui.dndFields.disabled = !ui.dndOwn.checked;
}

function render(prefs) {
  saved = prefs;
  renderMatrix(prefs);
  renderChoice(prefs);
  renderDnd(prefs);
  dirtyCheck();
}

function currentDnd() {
  if (!ui.dndOwn.checked) return null;
  return {
    enabled: true,
    start: ui.dndStart.value,
    end: ui.dndEnd.value,
    days: [...ui.dndDays.querySelectorAll("input:checked")].map((b) => Number(b.value)),
    timezone: ui.dndZone.value,
  };
}

/** What differs from the saved answer, as a PUT body (empty when nothing does). */
function changes() {
  const body = {};
  const cells = {};
  for (const input of ui.matrix.querySelectorAll("input.switch:not(:disabled)")) {
    const { type, channel } = input.dataset;
    if (saved.event_types[type][channel].on !== input.checked) {
      cells[type] = { ...(cells[type] || {}), [channel]: input.checked };
    }
  }
  if (Object.keys(cells).length) body.event_types = cells;
  const choice = ui.choice.querySelector("input[name=delivery_choice]:checked")?.value;
  if (choice && choice !== saved.delivery_choice) body.delivery_choice = choice;
  const dnd = currentDnd();
  const before = saved.dnd && saved.dnd.enabled ? saved.dnd : null;
  if (JSON.stringify(dnd) !== JSON.stringify(before && { ...before, enabled: true })) body.dnd = dnd;
  return body;
}

function dirtyCheck() {
  ui.dndFields.disabled = !ui.dndOwn.checked;
  const dirty = saved !== null && Object.keys(changes()).length > 0;
  ui.save.disabled = !dirty;
  ui.discard.hidden = !dirty;
  ui.save.closest(".savebar").dataset.dirty = String(dirty);
  if (dirty) setSaveState("Unsaved changes", "dirty");
  else if (ui.saveState.dataset.state === "dirty") setSaveState("", "");
}

function setSaveState(text, kind) {
  ui.saveState.textContent = text;
  ui.saveState.dataset.state = kind;
}

async function save() {
  const body = changes();
  if (!Object.keys(body).length) return;
  ui.save.disabled = true;
  setSaveState("Saving…", "busy");
  try {
    render(await api.call("PUT", "/v1/me/preferences", body));
    setSaveState("Saved", "saved");
    announce("Preferences saved");
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return;
    setSaveState(`Not saved: ${err.message}`, "error");
    ui.save.disabled = false;
  }
}

function fillZones() {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [LOCAL_ZONE];
  const all = zones.includes("UTC") ? zones : ["UTC", ...zones];
  ui.dndZone.replaceChildren(...all.map((z) => el("option", { value: z }, z.replace(/_/g, " "))));
}

if (api) {
  fillZones();
  ui.choice.addEventListener("change", dirtyCheck);
  for (const input of [ui.dndOwn, ui.dndStart, ui.dndEnd, ui.dndZone]) input.addEventListener("change", dirtyCheck);
  ui.save.addEventListener("click", save);
  ui.discard.addEventListener("click", () => {
    render(saved);
    setSaveState("", "");
  });
  window.addEventListener("beforeunload", (e) => {
    if (saved && Object.keys(changes()).length) e.preventDefault();
  });
  api
    .call("GET", "/v1/me/preferences")
    .then((prefs) => {
      render(prefs);
      document.body.setAttribute("data-ready", "true");
    })
    .catch((err) => {
      if (err.status !== 401) setSaveState(`Could not load your preferences: ${err.message}`, "error");
    });
}
