// The preferences page (/preferences): event type × channel switches in groups (one switch per
// group and channel as well), only for the channels the org has set up; the webhook choice and
// the user's own quiet hours (inside the org's, which the page shows) and digest choices, saved
// through PUT /v1/me/preferences.

import { ApiError, announce, el, locale, startLanguage, startSession, t, typeName } from "./common.js";
import { pushConfigured, startPush } from "./push.js";

// The channel behind this page's browser push opt-in.
const PUSH_CHANNEL = "webpush";

const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";

// How the seeded event types are grouped; an org's own types go under "other".
const GROUPS = {
  leads: [
    "lead_assigned",
    "lead_stage_change",
    "lead_converted",
    "deal_stage_change",
    "deal_closed_won",
    "deal_closed_lost",
    "target_milestone",
    "sales_order_status_change",
  ],
  tasks: ["task_assigned", "task_due_soon", "task_overdue", "activity_reminder"],
  approvals: ["approval_requested", "approval_completed", "credit_limit_override", "escalation"],
  records: [
    "record_created",
    "record_reassigned",
    "record_updated",
    "note_added",
    "mention",
    "import_completed",
    "possible_duplicate",
  ],
  service: ["portal_activity", "sla_warning", "sla_breached"],
  team: ["absence_requested", "review_due", "user_locked_out", "broadcast", "manual", "workflow_notification"],
};
const GROUP_OF = Object.fromEntries(Object.entries(GROUPS).flatMap(([group, keys]) => keys.map((k) => [k, group])));

function dayNames() {
  // Monday first, as the API numbers days (0 = Monday); 2024-01-01 was a Monday.
  const format = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i)));
}

function channelName(channel) {
  return t(`channel.${channel}`);
}

await startLanguage();
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
  dndOrg: document.getElementById("dnd-org"),
  digestsCard: document.getElementById("digests-card"),
  digests: document.getElementById("digests"),
  save: document.getElementById("save"),
  discard: document.getElementById("discard"),
  saveState: document.getElementById("save-state"),
};
let saved = null; // the server's last answer

function cellId(type, channel) {
  return `cell-${type}-${channel}`;
}

function renderMatrix(prefs) {
  // Channels the org has not set up are left out: nobody can choose them.
  const channels = prefs.channels.filter(
    (c) => c === "in_app" || Object.values(prefs.event_types).some((row) => row[c]?.available),
  );
  const head = el("tr");
  head.append(el("th", { scope: "col", class: "type-col" }, t("prefs.notification")));
  for (const channel of channels) head.append(el("th", { scope: "col", "data-channel": channel }, channelName(channel)));
  const thead = el("thead");
  thead.append(head);
  const bodies = [];
  const byGroup = new Map([...Object.keys(GROUPS), "other"].map((g) => [g, []]));
  for (const key of Object.keys(prefs.event_types)) byGroup.get(GROUP_OF[key] || "other").push(key);
  for (const [group, keys] of byGroup) {
    if (!keys.length) continue;
    const body = el("tbody", { "data-group": group });
    const groupRow = el("tr", { class: "group-row" });
    groupRow.append(el("th", { scope: "rowgroup" }, t(`group.${group}`)));
    for (const channel of channels) groupRow.append(renderGroupCell(group, channel));
    body.append(groupRow);
    keys.sort((a, b) => typeName(a).localeCompare(typeName(b), locale));
    for (const key of keys) {
      const tr = el("tr", { "data-type": key });
      const label = el("th", { scope: "row" });
      label.append(el("span", { class: "type-name" }, typeName(key)));
      if (prefs.descriptions[key]) label.append(el("span", { class: "type-desc" }, prefs.descriptions[key]));
      tr.append(label);
      for (const channel of channels) tr.append(renderCell(key, channel, prefs.event_types[key][channel]));
      body.append(tr);
    }
    bodies.push(body);
  }
  ui.matrix.replaceChildren(thead, ...bodies);
  syncGroups();
}

function renderGroupCell(group, channel) {
  const td = el("td", { "data-channel": channel });
  const input = el("input", {
    type: "checkbox",
    role: "switch",
    class: "switch group-switch",
    id: `group-${group}-${channel}`,
    "aria-label": t("prefs.group", { channel: channelName(channel), group: t(`group.${group}`) }),
    "data-group": group,
    "data-channel": channel,
  });
  input.addEventListener("change", () => {
    const cells = ui.matrix.querySelectorAll(
      `tbody[data-group="${group}"] input.switch:not(.group-switch):not(:disabled)[data-channel="${channel}"]`,
    );
    for (const cell of cells) cell.checked = input.checked;
    dirtyCheck();
  });
  td.append(input);
  return td;
}

// A group's switch is on when all its changeable cells are, mixed when some are, and locked
// when none can be changed.
function syncGroups() {
  for (const input of ui.matrix.querySelectorAll("input.group-switch")) {
    const { group, channel } = input.dataset;
    const cells = [
      ...ui.matrix.querySelectorAll(
        `tbody[data-group="${group}"] input.switch:not(.group-switch)[data-channel="${channel}"]`,
      ),
    ];
    const open = cells.filter((c) => !c.disabled);
    const source = open.length ? open : cells;
    const on = source.filter((c) => c.checked).length;
    input.disabled = open.length === 0;
    input.checked = source.length > 0 && on === source.length;
    input.indeterminate = on > 0 && on < source.length;
  }
}

function renderCell(type, channel, cell) {
  const td = el("td", { "data-channel": channel });
  if (!cell) return td;
  const name = t("prefs.cell", { channel: channelName(channel), type: typeName(type) });
  if (!cell.available) {
    td.dataset.state = "unavailable";
    td.append(el("span", { class: "na", "aria-label": name }, "—"));
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
    td.title = channel === "in_app" ? t("prefs.alwaysOn") : t("prefs.byAdmin");
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
    ...dayNames().map((label, index) => {
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

function renderOrgDnd(prefs) {
  const org = prefs.org_dnd;
  if (!org || !org.enabled) {
    ui.dndOrg.textContent = t("prefs.dnd.orgOff");
    return;
  }
  const names = dayNames();
  const days = org.days.length === 7 ? t("prefs.dnd.everyDay") : org.days.map((d) => names[d]).join(", ");
  let text = t("prefs.dnd.org", { start: org.start, end: org.end, days, zone: org.timezone.replace(/_/g, " ") });
  if (prefs.urgent_bypasses_dnd) text += " " + t("prefs.dnd.urgent");
  ui.dndOrg.textContent = text;
  // A window of one's own starts from the org's, the nearest one inside its bounds.
  if (!(prefs.dnd && prefs.dnd.enabled)) {
    ui.dndStart.value = org.start;
    ui.dndEnd.value = org.end;
    for (const box of ui.dndDays.querySelectorAll("input")) box.checked = org.days.includes(Number(box.value));
  }
}

function renderDigests(prefs) {
  const entries = Object.entries(prefs.digests || {});
  ui.digestsCard.hidden = entries.length === 0;
  ui.digests.replaceChildren(
    ...entries.map(([type, choice]) => {
      const row = el("label", { class: "toggle-row" });
      const box = el("input", { type: "checkbox", role: "switch", class: "switch digest-switch" });
      box.dataset.type = type;
      box.checked = choice.on;
      box.addEventListener("change", dirtyCheck);
      const name = el("span", {}, typeName(type));
      const every = el("small", { class: "hint" }, " — " + t("prefs.digest.every", { minutes: choice.window_minutes }));
      row.append(box, name, every);
      return row;
    }),
  );
}

function render(prefs) {
  saved = prefs;
  renderMatrix(prefs);
  renderChoice(prefs);
  renderDnd(prefs);
  renderOrgDnd(prefs);
  renderDigests(prefs);
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
  for (const input of ui.matrix.querySelectorAll("input.switch:not(.group-switch):not(:disabled)")) {
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
  const digests = {};
  for (const box of ui.digests.querySelectorAll("input.digest-switch")) {
    if (saved.digests[box.dataset.type].on !== box.checked) digests[box.dataset.type] = box.checked;
  }
  if (Object.keys(digests).length) body.digests = digests;
  return body;
}

function dirtyCheck() {
  ui.dndFields.disabled = !ui.dndOwn.checked;
  syncGroups();
  const dirty = saved !== null && Object.keys(changes()).length > 0;
  ui.save.disabled = !dirty;
  ui.discard.hidden = !dirty;
  ui.save.closest(".savebar").dataset.dirty = String(dirty);
  if (dirty) setSaveState(t("prefs.unsaved"), "dirty");
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
  setSaveState(t("prefs.saving"), "busy");
  try {
    render(await api.call("PUT", "/v1/me/preferences", body));
    setSaveState(t("prefs.saved"), "saved");
    announce(t("prefs.savedAnnounce"));
  } catch (err) {
    if (err instanceof ApiError && err.status === 401) return;
    setSaveState(t("prefs.notSaved", { error: err.message }), "error");
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
    .then(async (prefs) => {
      render(prefs);
      if (pushConfigured(prefs, PUSH_CHANNEL)) {
        await startPush(api, api.token, document.getElementById("push-card")).catch(() => false);
      }
      document.body.setAttribute("data-ready", "true");
    })
    .catch((err) => {
      if (err.status !== 401) setSaveState(t("prefs.loadFailed", { error: err.message }), "error");
    });
}
