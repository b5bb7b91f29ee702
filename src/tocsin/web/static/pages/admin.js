// The admin console (/admin): one tab per section, each built from the admin API with the token
// of the URL fragment (an org API key or the user token of an admin). No build step; forms of
// channel settings come from the OpenAPI document, so a channel added to the server gets its tab
// and its form without a change here.

import { Api, ApiError, announce, el, humanize, showProblem, startLanguage, startSession, takeToken, whenFull } from "./common.js";

const CHANNEL_NAMES = { email: "Email", sms: "SMS", whatsapp: "WhatsApp", webpush: "Web push", webhook: "Webhook", in_app: "In-app" };
const READ_ONLY = new Set(["configured", "source", "status_callback_url", "public_key"]);
const STATUSES = ["pending", "deferred", "held", "sending", "sent", "delivered", "undelivered", "failed", "skipped"];
const MODULES = ["lead", "contact", "company", "opportunity", "task", "activity"];
const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const SETTING_LABELS = {
  urgent_bypasses_dnd: "Urgent events bypass quiet hours",
  email_subject_prefix: "Email subject prefix",
  email_batch_size: "Email batch size (messages per batch window)",
  email_batch_window_seconds: "Email batch window (seconds)",
  retention_days: "Keep notifications and deliveries for (days)",
  reminder_default_minutes: "Activity reminder default (minutes before; 0 = off)",
  reassignment_notifications: "Reassignment notifications, per module",
  notify_previous_owner: "Notify the previous owner, per module",
  manager_copy: "Send the owner's manager a copy of assignments",
  lockout_recipients: "Who hears of locked-out users (usernames, comma-separated)",
  credit_override_recipients: "Who hears of credit-limit overrides (usernames, comma-separated)",
};
// Module switches: what a module not listed means.
const MODULE_DEFAULTS = { reassignment_notifications: true, notify_previous_owner: false };

const channelName = (c) => CHANNEL_NAMES[c] || humanize(c);

// --- shared helpers ---------------------------------------------------------------------------

function notice(panel, message, kind = "ok") {
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

function errorText(err) {
  return err instanceof ApiError ? err.message : String(err?.message || err);
}

/** Show an API error in `panel` and mark the input named by its field, if any. */
function showError(panel, err, scope = panel) {
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

function clearNotice(panel) {
  const box = panel.querySelector(":scope > .notice");
  if (box) box.hidden = true;
}

function button(label, attrs = {}) {
  return el("button", { type: "button", class: "button", ...attrs }, label);
}

function field(label, input, hint = null) {
  const wrap = el("label", { class: "field" });
  wrap.append(el("span", {}, label), input);
  if (hint) wrap.append(el("small", { class: "hint" }, hint));
  return wrap;
}

function card(title, hint = null) {
  const section = el("section", { class: "card" });
  const head = el("div", { class: "card-head" });
  head.append(el("h2", {}, title));
  if (hint) head.append(el("p", { class: "hint" }, hint));
  const body = el("div", { class: "card-body" });
  section.append(head, body);
  return [section, body];
}

function select(name, options, value, label) {
  const node = el("select", { class: "select", name, "aria-label": label });
  for (const [optionValue, text] of options) {
    const option = el("option", { value: optionValue }, text);
    if (String(optionValue) === String(value ?? "")) option.selected = true;
    node.append(option);
  }
  return node;
}

function isoFromLocal(value) {
  return value ? new Date(value).toISOString() : null;
}

function localInput(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== "") search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

function shown(value) {
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

let openapi = null;
async function schemaDoc() {
  if (!openapi) {
    const response = await fetch("openapi.json", { cache: "no-store" });
    openapi = await response.json();
  }
  return openapi;
}

function resolve(doc, schema) {
  if (schema?.$ref) return doc.components.schemas[schema.$ref.split("/").pop()];
  return schema;
}

/** The properties of an operation's JSON body, each as {kind, values?}. */
function bodyFields(doc, path, method) {
  const op = doc.paths?.[path]?.[method];
  const schema = resolve(doc, op?.requestBody?.content?.["application/json"]?.schema);
  const out = {};
  for (const [name, prop] of Object.entries(schema?.properties || {})) {
    const variants = (prop.anyOf || [prop]).map((v) => resolve(doc, v)).filter((v) => v.type !== "null");
    const v = variants[0] || {};
    if (v.enum) out[name] = { kind: "enum", values: v.enum };
    else if (v.type === "boolean") out[name] = { kind: "boolean" };
    else if (v.type === "integer" || v.type === "number") out[name] = { kind: "number" };
    else if (v.type === "string") out[name] = { kind: "string" };
    else out[name] = { kind: "json" };
  }
  return out;
}

// --- the shell: tabs --------------------------------------------------------------------------

async function start() {
  try {
    await api.call("GET", "/v1/admin/channels");
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      showProblem("other", "This page is for your organisation's administrators: your account does not have the admin role.");
    } else if (!(err instanceof ApiError && err.status === 401)) {
      showProblem("other", errorText(err));
    }
    document.body.setAttribute("data-ready", "true");
    return;
  }
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const loaded = new Set();
  const show = async (tab, focus = false) => {
    for (const other of tabs) {
      const selected = other === tab;
      other.setAttribute("aria-selected", String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
    }
    if (focus) tab.focus();
    const section = tab.dataset.section;
    const panel = document.getElementById(`panel-${section}`);
    if (!loaded.has(section)) {
      loaded.add(section);
      try {
        await SECTIONS[section](panel);
      } catch (err) {
        showError(panel, err);
      }
    }
    document.body.dataset.section = section;
  };
  for (const tab of tabs) {
    tab.addEventListener("click", () => show(tab));
    tab.addEventListener("keydown", (e) => {
      const i = tabs.indexOf(tab);
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      show(tabs[(next + tabs.length) % tabs.length], true);
    });
  }
  await show(tabs[0]);
  document.body.setAttribute("data-ready", "true");
}

// --- channels ---------------------------------------------------------------------------------

async function channelsSection(panel) {
  const [channels, doc] = await Promise.all([api.call("GET", "/v1/admin/channels"), schemaDoc()]);
  const list = el("div", { class: "subtabs", role: "tablist", "aria-label": "Channels" });
  const bodies = el("div");
  panel.replaceChildren(list, bodies);
  const buttons = [];
  for (const channel of channels) {
    const tab = el("button", {
      type: "button",
      role: "tab",
      id: `channel-tab-${channel.name}`,
      "aria-controls": `channel-${channel.name}`,
      "aria-selected": "false",
      tabindex: "-1",
      "data-channel": channel.name,
    });
    tab.append(el("span", {}, channelName(channel.name)), stateChip(channel));
    const body = el("div", { id: `channel-${channel.name}`, role: "tabpanel", "aria-labelledby": tab.id, hidden: true, class: "channel" });
    buttons.push(tab);
    list.append(tab);
    bodies.append(body);
    tab.addEventListener("click", () => selectChannel(tab));
    tab.addEventListener("keydown", (e) => {
      const i = buttons.indexOf(tab);
      const next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 }[e.key];
      if (next === undefined) return;
      e.preventDefault();
      const target = buttons[(next + buttons.length) % buttons.length];
      selectChannel(target);
      target.focus();
    });
  }
  const built = new Set();
  async function selectChannel(tab) {
    for (const other of buttons) {
      const on = other === tab;
      other.setAttribute("aria-selected", String(on));
      other.tabIndex = on ? 0 : -1;
      document.getElementById(other.getAttribute("aria-controls")).hidden = !on;
    }
    const name = tab.dataset.channel;
    if (!built.has(name)) {
      built.add(name);
      const body = document.getElementById(`channel-${name}`);
      try {
        await channelForm(body, channels.find((c) => c.name === name), doc, (fresh) => {
          tab.querySelector(".chip").replaceWith(stateChip(fresh));
        });
      } catch (err) {
        showError(body, err);
      }
    }
  }
  if (buttons.length) await selectChannel(buttons[0]);
}

function stateChip(channel) {
  const state = !channel.admin || !channel.configured ? "unconfigured" : channel.enabled ? "on" : "off";
  const text = { unconfigured: "not configured", on: "on", off: "off" }[state];
  return el("span", { class: "chip", "data-state": state }, text);
}

async function channelForm(body, channel, doc, onState) {
  const name = channel.name;
  if (!channel.admin) {
    body.replaceChildren(
      el("p", { class: "empty-note", "data-state": "not-configured" }, `${channelName(name)} is not configured: this server has no ${channelName(name)} settings yet.`),
    );
    return;
  }
  const base = `/v1/admin/channels/${name}`;
  let current = await api.call("GET", base);
  let summary = channel;
  const fields = bodyFields(doc, base, "put");

  // State: enabled or not, held deliveries, enable/disable.
  const state = el("div", { class: "state-row" });
  const stateText = el("p", { class: "state-text", "data-role": "state" });
  const toggle = button("", { class: "button", "data-role": "toggle" });
  state.append(stateText, toggle);
  const renderState = () => {
    const held = summary.held ? ` · ${summary.held} deliver${summary.held === 1 ? "y" : "ies"} held` : "";
    stateText.textContent = !summary.configured ? "Not configured yet" : summary.enabled ? `Enabled${held}` : `Disabled${held}`;
    toggle.textContent = summary.enabled ? "Disable" : summary.held ? `Enable and send ${summary.held} held` : "Enable";
    toggle.disabled = !summary.configured;
    onState(summary);
  };
  const refreshSummary = async () => {
    summary = (await api.call("GET", "/v1/admin/channels")).find((c) => c.name === name);
    renderState();
  };
  toggle.addEventListener("click", async () => {
    try {
      const out = await api.call("POST", `${base}/${summary.enabled ? "disable" : "enable"}`);
      await refreshSummary();
      notice(body, out.enabled ? `${channelName(name)} enabled${out.released ? `; ${out.released} held sent` : ""}` : `${channelName(name)} disabled`);
    } catch (err) {
      showError(body, err);
    }
  });

  // The settings form, from the OpenAPI schema of PUT.
  const form = el("form", { class: "form-grid", "aria-label": `${channelName(name)} settings`, novalidate: true });
  const inputs = {};
  for (const [key, spec] of Object.entries(fields)) {
    if (key === "enabled" || READ_ONLY.has(key)) continue;
    const secret = channel.secret_fields.includes(key);
    const value = current[key];
    let input;
    if (spec.kind === "enum") {
      input = select(key, [["", "(server default)"], ...spec.values.map((v) => [v, v])], value, humanize(key));
    } else if (spec.kind === "boolean") {
      input = el("input", { type: "checkbox", name: key, class: "switch", role: "switch" });
      input.checked = Boolean(value);
    } else if (spec.kind === "number") {
      input = el("input", { type: "number", name: key, class: "input", value: value ?? "" });
    } else if (spec.kind === "json") {
      input = el("textarea", { name: key, class: "input code", rows: "4", spellcheck: "false" });
      input.value = value == null ? "" : JSON.stringify(value, null, 2);
    } else {
      input = el("input", { type: secret ? "password" : "text", name: key, class: "input", value: value ?? "", autocomplete: "off" });
    }
    inputs[key] = { input, spec };
    form.append(field(humanize(key), input, secret ? "Secret: stored encrypted, shown masked; leave as is to keep it." : null));
  }
  const info = el("p", { class: "hint read-only" });
  const renderInfo = () => {
    const parts = [...READ_ONLY].filter((k) => current[k] !== undefined && current[k] !== null).map((k) => `${humanize(k)}: ${shown(current[k])}`);
    info.textContent = parts.join(" · ");
  };
  renderInfo();
  const save = button("Save settings", { class: "button primary", type: "submit" });
  const actions = el("div", { class: "form-actions" });
  actions.append(save);
  form.append(info, actions);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const changes = {};
    for (const [key, { input, spec }] of Object.entries(inputs)) {
      let value;
      if (spec.kind === "boolean") value = input.checked;
      else if (spec.kind === "number") value = input.value === "" ? null : Number(input.value);
      else if (spec.kind === "json") {
        try {
          value = input.value.trim() ? JSON.parse(input.value) : null;
        } catch {
          showError(body, new ApiError(422, `${key}: not valid JSON`, key), form);
          return;
        }
      } else value = input.value.trim() === "" ? null : input.value.trim();
      if (JSON.stringify(value) !== JSON.stringify(current[key] ?? null)) changes[key] = value;
    }
    if (!Object.keys(changes).length) {
      notice(body, "Nothing to save");
      return;
    }
    try {
      current = await api.call("PUT", base, changes);
      for (const [key, { input, spec }] of Object.entries(inputs)) {
        if (spec.kind === "boolean") input.checked = Boolean(current[key]);
        else if (spec.kind === "json") input.value = current[key] == null ? "" : JSON.stringify(current[key], null, 2);
        else input.value = current[key] ?? "";
        input.removeAttribute("aria-invalid");
      }
      renderInfo();
      await refreshSummary();
      notice(body, `${channelName(name)} settings saved`);
    } catch (err) {
      showError(body, err, form);
    }
  });

  // The test: the provider's own answer, as the API gives it.
  const test = el("form", { class: "test-row", "aria-label": `Test ${channelName(name)}`, novalidate: true });
  const testInputs = {};
  for (const key of channel.test_fields) {
    const input = el("input", { type: "text", name: key, class: "input", "aria-label": `Test ${key}` });
    testInputs[key] = input;
    test.append(field(key === "to" ? "Send a test to" : humanize(key), input));
  }
  const send = button("Send test", { class: "button", type: "submit" });
  const answer = el("pre", { class: "answer", "data-role": "test-answer", hidden: true, "aria-live": "polite" });
  test.append(send);
  test.addEventListener("submit", async (e) => {
    e.preventDefault();
    const payload = {};
    for (const [key, input] of Object.entries(testInputs)) if (input.value.trim()) payload[key] = input.value.trim();
    send.disabled = true;
    try {
      const out = await api.call("POST", `${base}/test`, payload);
      answer.dataset.ok = String(Boolean(out.ok));
      answer.textContent = Object.entries(out)
        .filter(([, v]) => v !== null && v !== undefined)
        .map(([k, v]) => `${k}: ${shown(v)}`)
        .join("\n");
      answer.hidden = false;
      clearNotice(body);
    } catch (err) {
      showError(body, err, test);
    } finally {
      send.disabled = false;
    }
  });

  const [settingsCard, settingsBody] = card("Settings");
  settingsBody.append(form);
  const [testCard, testBody] = card("Test", "Sends with the saved settings, enabled or not, and shows the provider's answer.");
  testBody.append(test, answer);
  body.replaceChildren(state, settingsCard, testCard);

  if ("public_key" in current) {
    const [vapidCard, vapidBody] = card("VAPID keys", "Browsers need the public key to subscribe; the private key stays encrypted on the server.");
    const generate = button(current.public_key ? "Generate a new key pair" : "Generate a VAPID key pair", { class: "button" });
    generate.addEventListener("click", async () => {
      try {
        await api.call("POST", `${base}/vapid`);
        current = await api.call("GET", base);
        renderInfo();
        notice(body, "VAPID key pair generated");
      } catch (err) {
        showError(body, err);
      }
    });
    vapidBody.append(generate);
    body.append(vapidCard);
  }
  renderState();
}

// --- routing ----------------------------------------------------------------------------------

async function routingSection(panel) {
  const [routing, types] = await Promise.all([api.call("GET", "/v1/admin/routing"), api.call("GET", "/v1/admin/event-types")]);
  const descriptions = Object.fromEntries(types.map((t) => [t.key, t.description]));
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
    tr.append(label);
    for (const channel of routing.channels) {
      const cell = routing.matrix[key][channel] || { on: false, overridable: false };
      const td = el("td", { "data-channel": channel });
      const on = el("input", { type: "checkbox", role: "switch", class: "switch", "aria-label": `${channelName(channel)} for ${key}`, "data-cell": "on" });
      on.checked = cell.on;
      td.append(on);
      if (channel === "in_app") {
        on.disabled = true;
        on.title = "In-app notifications are always on";
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
        if (channel === "in_app") continue;
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

// --- templates --------------------------------------------------------------------------------

async function templatesSection(panel) {
  const [types, channels] = await Promise.all([api.call("GET", "/v1/admin/event-types"), api.call("GET", "/v1/admin/channels")]);
  const pick = el("div", { class: "toolbar" });
  const typeSelect = select("event_type", types.map((t) => [t.key, t.key]), "lead_assigned", "Event type");
  const channelSelect = select("channel", channels.map((c) => [c.name, channelName(c.name)]), "email", "Channel");
  const localeInput = el("input", { name: "locale", class: "input", value: "en", "aria-label": "Locale", size: "6" });
  pick.append(field("Event type", typeSelect), field("Channel", channelSelect), field("Locale", localeInput));

  const editor = el("form", { class: "editor", "aria-label": "Template", novalidate: true });
  const subject = el("input", { name: "subject", class: "input code", autocomplete: "off", spellcheck: "false" });
  const text = el("textarea", { name: "body", class: "input code", rows: "8", spellcheck: "false" });
  const html = el("textarea", { name: "html", class: "input code", rows: "12", spellcheck: "false" });
  const source = el("p", { class: "hint", "data-role": "source" });
  const variables = el("p", { class: "hint variables" });
  const save = button("Save template", { class: "button primary", type: "submit" });
  const revert = button("Revert to built-in", { class: "button" });
  const actions = el("div", { class: "form-actions" });
  actions.append(revert, save);
  editor.append(source, field("Subject", subject), field("Text", text), field("HTML", html), variables, actions);

  const preview = el("div", { class: "preview", "aria-label": "Preview", role: "region" });
  const pSubject = el("p", { class: "preview-subject", "data-role": "preview-subject" });
  const pSegments = el("p", { class: "hint", "data-role": "preview-segments" });
  const pError = el("p", { class: "preview-error", role: "alert", "data-role": "preview-error", hidden: true });
  const pText = el("pre", { class: "preview-text", "data-role": "preview-text" });
  const pFrame = el("iframe", { class: "preview-html", sandbox: "", title: "HTML preview", "data-role": "preview-html" });
  preview.append(el("h3", {}, "Preview"), pError, pSubject, pSegments, pText, pFrame);

  const split = el("div", { class: "split" });
  split.append(editor, preview);
  const [editCard, editBody] = card("Templates", "Jinja templates per event type, channel and locale; the preview renders them with sample data as you type.");
  editBody.append(pick, split);
  panel.replaceChildren(editCard);

  const path = () => `/v1/admin/templates/${encodeURIComponent(typeSelect.value)}/${encodeURIComponent(channelSelect.value)}${query({ locale: localeInput.value.trim() })}`;
  const partsOf = () => ({ subject: subject.value, body: text.value, html: html.value || null });
  let timer = null;
  let seq = 0;
  async function renderPreview() {
    const mine = ++seq;
    try {
      const out = await api.call("POST", path().replace(/(\?|$)/, "/preview$1"), partsOf());
      if (mine !== seq) return;
      pError.hidden = true;
      for (const input of [subject, text, html]) input.removeAttribute("aria-invalid");
      pSubject.textContent = out.subject ? `Subject: ${out.subject}` : "";
      pSegments.textContent = out.segments ? `${out.segments} SMS segment${out.segments === 1 ? "" : "s"} (${out.encoding})` : "";
      pText.textContent = out.text;
      pFrame.hidden = !out.html;
      pFrame.srcdoc = out.html || "";
    } catch (err) {
      if (mine !== seq) return;
      pError.textContent = errorText(err);
      pError.hidden = false;
      for (const input of [subject, text, html]) input.removeAttribute("aria-invalid");
      const named = err instanceof ApiError && err.field ? editor.querySelector(`[name="${CSS.escape(err.field)}"]`) : null;
      if (named) named.setAttribute("aria-invalid", "true");
    }
  }
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(renderPreview, 250);
  };
  for (const input of [subject, text, html]) input.addEventListener("input", schedule);

  // A load replaces what the editor holds, so the fields are read-only until it answers (typing
  // meanwhile would be overwritten), and only the latest load applies (a slower earlier one for
  // another event type or channel must not land last).
  let loads = 0;
  async function load() {
    const mine = ++loads;
    for (const input of [subject, text, html]) input.readOnly = true;
    try {
      const t = await api.call("GET", path());
      if (mine !== loads) return;
      subject.value = t.subject ?? "";
      text.value = t.body ?? "";
      html.value = t.html ?? "";
      source.textContent = t.source === "custom" ? `Your template (${t.resolved_locale})` : "Built-in template";
      source.dataset.source = t.source;
      revert.disabled = t.source !== "custom";
      variables.textContent = t.variables.length ? `Variables: ${t.variables.join(", ")}` : "";
      clearNotice(panel);
      for (const input of [subject, text, html]) input.readOnly = false;
      await renderPreview();
    } catch (err) {
      if (mine !== loads) return;
      for (const input of [subject, text, html]) input.readOnly = false;
      showError(panel, err);
    }
  }
  for (const input of [typeSelect, channelSelect, localeInput]) input.addEventListener("change", load);
  editor.addEventListener("submit", async (e) => {
    e.preventDefault();
    try {
      await api.call("PUT", path(), partsOf());
      await load();
      notice(panel, "Template saved");
    } catch (err) {
      showError(panel, err, editor);
    }
  });
  revert.addEventListener("click", async () => {
    try {
      await api.call("DELETE", path());
      await load();
      notice(panel, "Template reverted to the built-in one");
    } catch (err) {
      showError(panel, err);
    }
  });
  await load();
}

// --- settings ---------------------------------------------------------------------------------

function weekStrip(dnd) {
  // Each day a 24-hour bar; quiet hours shaded (a window past midnight runs into the next day).
  const svgNs = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(svgNs, "svg");
  svg.setAttribute("viewBox", "0 0 480 150");
  svg.setAttribute("class", "week-strip");
  svg.setAttribute("role", "img");
  const [sh, sm] = dnd.start.split(":").map(Number);
  const [eh, em] = dnd.end.split(":").map(Number);
  const start = sh * 60 + sm;
  const end = eh * 60 + em;
  const spans = Array.from({ length: 7 }, () => []);
  if (dnd.enabled) {
    for (const day of dnd.days) {
      if (start < end) spans[day].push([start, end]);
      else {
        spans[day].push([start, 1440]);
        spans[(day + 1) % 7].push([0, end]);
      }
    }
  }
  const x = (minutes) => 40 + (minutes / 1440) * 430;
  const described = [];
  for (let day = 0; day < 7; day++) {
    const y = 8 + day * 19;
    const label = document.createElementNS(svgNs, "text");
    label.setAttribute("x", "0");
    label.setAttribute("y", String(y + 11));
    label.setAttribute("class", "strip-label");
    label.textContent = DAY_NAMES[day];
    const bar = document.createElementNS(svgNs, "rect");
    for (const [a, v] of [["x", 40], ["y", y], ["width", 430], ["height", 14], ["rx", 3], ["class", "strip-day"]]) bar.setAttribute(a, String(v));
    svg.append(label, bar);
    for (const [a, b] of spans[day]) {
      const quiet = document.createElementNS(svgNs, "rect");
      for (const [k, v] of [["x", x(a)], ["y", y], ["width", x(b) - x(a)], ["height", 14], ["class", "strip-quiet"]]) quiet.setAttribute(k, String(v));
      quiet.setAttribute("data-day", String(day));
      svg.append(quiet);
      const hhmm = (m) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
      described.push(`${DAY_NAMES[day]} ${hhmm(a)}–${hhmm(b === 1440 ? 1440 : b)}`);
    }
  }
  svg.setAttribute("aria-label", dnd.enabled && described.length ? `Quiet hours (${dnd.timezone}): ${described.join(", ")}` : "No quiet hours");
  return svg;
}

async function settingsSection(panel) {
  let current = await api.call("GET", "/v1/admin/settings");
  const inputs = {};
  const form = el("form", { "aria-label": "Settings", novalidate: true });

  // Quiet hours with their week strip.
  const [dndCard, dndBody] = card("Quiet hours", "Emails and messages wait until the window ends; in-app notifications arrive without a pop-up. Users may narrow the window inside it.");
  const dnd = current.dnd;
  const dEnabled = el("input", { type: "checkbox", role: "switch", class: "switch", name: "dnd.enabled", id: "dnd-enabled" });
  dEnabled.checked = dnd.enabled;
  const enabledRow = el("label", { class: "toggle-row" });
  enabledRow.append(dEnabled, el("span", {}, "Quiet hours on"));
  const dStart = el("input", { type: "time", class: "input", name: "dnd.start", value: dnd.start });
  const dEnd = el("input", { type: "time", class: "input", name: "dnd.end", value: dnd.end });
  const dZone = el("input", { type: "text", class: "input", name: "dnd.timezone", value: dnd.timezone, autocomplete: "off" });
  const days = el("div", { class: "days", role: "group", "aria-label": "Days" });
  for (let i = 0; i < 7; i++) {
    const label = el("label", { class: "day" });
    const box = el("input", { type: "checkbox", value: String(i), name: "dnd.days", "aria-label": DAY_NAMES[i] });
    box.checked = dnd.days.includes(i);
    label.append(box, el("span", { "aria-hidden": "true" }, DAY_NAMES[i]));
    days.append(label);
  }
  const dndFields = el("div", { class: "dnd" });
  dndFields.append(field("From", dStart), field("Until", dEnd), field("Time zone (IANA)", dZone), field("Days", days));
  const strip = el("div", { class: "strip-wrap" });
  const dndValue = () => ({
    enabled: dEnabled.checked,
    start: dStart.value,
    end: dEnd.value,
    days: [...days.querySelectorAll("input:checked")].map((b) => Number(b.value)),
    timezone: dZone.value.trim(),
  });
  const drawStrip = () => {
    if (/^\d\d:\d\d$/.test(dStart.value) && /^\d\d:\d\d$/.test(dEnd.value)) strip.replaceChildren(weekStrip(dndValue()));
  };
  for (const input of [dEnabled, dStart, dEnd, ...days.querySelectorAll("input")]) input.addEventListener("input", drawStrip);
  drawStrip();
  dndBody.append(enabledRow, dndFields, strip);
  form.append(dndCard);

  // Every other setting, by the shape of its value (new settings appear without a change here).
  const [otherCard, otherBody] = card("Delivery and recipients");
  const grid = el("div", { class: "form-grid pad" });
  for (const [key, value] of Object.entries(current)) {
    if (key === "dnd") continue;
    const label = SETTING_LABELS[key] || humanize(key);
    let input;
    if (typeof value === "boolean") {
      input = el("input", { type: "checkbox", role: "switch", class: "switch", name: key });
      input.checked = value;
      const row = el("label", { class: "toggle-row" });
      row.append(input, el("span", {}, label));
      grid.append(row);
      inputs[key] = { input, kind: "boolean" };
      continue;
    }
    if (typeof value === "number") input = el("input", { type: "number", class: "input", name: key, value: String(value) });
    else if (typeof value === "string") input = el("input", { type: "text", class: "input", name: key, value, autocomplete: "off" });
    else if (Array.isArray(value)) input = el("input", { type: "text", class: "input", name: key, value: value.join(", "), autocomplete: "off" });
    else if (key in MODULE_DEFAULTS) {
      const group = el("fieldset", { class: "modules", name: key });
      group.append(el("legend", {}, label));
      const modules = [...new Set([...MODULES, ...Object.keys(value)])];
      for (const module of modules) {
        const row = el("label", { class: "module" });
        const box = el("input", { type: "checkbox", "data-module": module, "aria-label": `${label}: ${module}` });
        box.checked = module in value ? value[module] : MODULE_DEFAULTS[key];
        row.append(box, el("span", { "aria-hidden": "true" }, module));
        group.append(row);
      }
      grid.append(group);
      inputs[key] = { input: group, kind: "modules" };
      continue;
    } else {
      input = el("textarea", { class: "input code", name: key, rows: "3", spellcheck: "false" });
      input.value = JSON.stringify(value, null, 2);
    }
    inputs[key] = { input, kind: Array.isArray(value) ? "list" : typeof value === "object" && value !== null ? "json" : typeof value };
    grid.append(field(label, input));
  }
  otherBody.append(grid);
  form.append(otherCard);
  const save = button("Save settings", { class: "button primary", type: "submit" });
  const bar = el("div", { class: "savebar" });
  bar.append(save);
  form.append(bar);
  panel.replaceChildren(form);

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const changes = {};
    const nextDnd = dndValue();
    if (JSON.stringify(nextDnd) !== JSON.stringify(current.dnd)) changes.dnd = nextDnd;
    for (const [key, { input, kind }] of Object.entries(inputs)) {
      let value;
      if (kind === "boolean") value = input.checked;
      else if (kind === "number") value = input.value === "" ? null : Number(input.value);
      else if (kind === "list") value = input.value.split(",").map((s) => s.trim()).filter(Boolean);
      else if (kind === "modules") {
        value = {};
        for (const box of input.querySelectorAll("input")) {
          const module = box.dataset.module;
          if (module in current[key] || box.checked !== MODULE_DEFAULTS[key]) value[module] = box.checked;
        }
      } else if (kind === "json") {
        try {
          value = JSON.parse(input.value);
        } catch {
          showError(panel, new ApiError(422, `${key}: not valid JSON`, key), form);
          return;
        }
      } else value = input.value;
      if (JSON.stringify(value) !== JSON.stringify(current[key])) changes[key] = value;
    }
    if (!Object.keys(changes).length) {
      notice(panel, "Nothing to save");
      return;
    }
    try {
      current = await api.call("PUT", "/v1/admin/settings", changes);
      for (const marked of form.querySelectorAll("[aria-invalid]")) marked.removeAttribute("aria-invalid");
      notice(panel, "Settings saved");
    } catch (err) {
      showError(panel, err, form);
    }
  });
}

// --- the delivery log -------------------------------------------------------------------------

async function deliveriesSection(panel) {
  const [types, channels] = await Promise.all([api.call("GET", "/v1/admin/event-types"), api.call("GET", "/v1/admin/channels")]);
  const filters = el("form", { class: "toolbar filters", "aria-label": "Filter deliveries", novalidate: true });
  const status = select("status", [["", "Any status"], ...STATUSES.map((s) => [s, s])], "", "Status");
  const channel = select("channel", [["", "Any channel"], ...channels.map((c) => [c.name, channelName(c.name)])], "", "Channel");
  const type = select("event_type", [["", "Any event type"], ...types.map((t) => [t.key, t.key])], "", "Event type");
  const user = el("input", { name: "user", class: "input", placeholder: "username", "aria-label": "User", autocomplete: "off" });
  const since = el("input", { type: "datetime-local", name: "since", class: "input", "aria-label": "From" });
  const until = el("input", { type: "datetime-local", name: "until", class: "input", "aria-label": "Until" });
  const apply = button("Filter", { class: "button primary", type: "submit" });
  const failedOnly = button("Failed deliveries", { class: "button" });
  const retryAll = button("Retry all failed matching", { class: "button" });
  filters.append(status, channel, type, user, field("From", since), field("Until", until), apply, failedOnly, retryAll);

  const table = el("table", { class: "log", "aria-label": "Deliveries" });
  const head = el("tr");
  for (const h of ["When", "Event type", "Recipient", "Channel", "Status", "Attempts", "Last error", ""]) head.append(el("th", { scope: "col" }, h));
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  table.append(thead, tbody);
  const wrap = el("div", { class: "table-wrap" });
  wrap.append(table);
  const empty = el("p", { class: "empty-note", hidden: true }, "No deliveries match.");
  const more = button("Load more", { class: "button", hidden: true });
  const [logCard, logBody] = card("Delivery log", "Every delivery on an external channel, newest first, with each attempt.");
  logBody.append(filters, wrap, empty, el("div", { class: "more" }));
  logBody.lastChild.append(more);
  panel.replaceChildren(logCard);

  let cursor = null;
  const params = () => ({
    status: status.value,
    channel: channel.value,
    event_type: type.value,
    user: user.value.trim(),
    since: isoFromLocal(since.value),
    until: isoFromLocal(until.value),
  });

  function row(d) {
    const tr = el("tr", { "data-id": String(d.id), "data-status": d.status });
    tr.append(
      el("td", { title: d.created_at }, whenFull(d.created_at)),
      el("td", {}, d.event_type),
      el("td", {}, d.recipient),
      el("td", {}, channelName(d.channel)),
    );
    const st = el("td");
    st.append(el("span", { class: "chip", "data-status": d.status }, d.status));
    tr.append(st, el("td", {}, String(d.attempts)), el("td", { class: "error-cell" }, d.last_error || ""));
    const actions = el("td", { class: "row-actions" });
    const details = button("Attempts", { class: "button small", "aria-expanded": "false", "aria-label": `Attempts of delivery ${d.id}` });
    details.addEventListener("click", () => toggleDetails(tr, d, details));
    actions.append(details);
    if (d.status === "failed") {
      const retry = button("Retry", { class: "button small", "aria-label": `Retry delivery ${d.id}` });
      retry.addEventListener("click", async () => {
        try {
          const out = await api.call("POST", `/v1/admin/deliveries/${d.id}/retry`);
          const fresh = row(out);
          tr.replaceWith(fresh);
          notice(panel, `Delivery ${d.id} queued again`);
          fresh.querySelector("button").focus();
        } catch (err) {
          showError(panel, err);
        }
      });
      actions.append(retry);
    }
    tr.append(actions);
    return tr;
  }

  async function toggleDetails(tr, d, details) {
    const open = tr.nextElementSibling?.classList.contains("attempts-row");
    if (open) {
      tr.nextElementSibling.remove();
      details.setAttribute("aria-expanded", "false");
      return;
    }
    try {
      const full = await api.call("GET", `/v1/admin/deliveries/${d.id}`);
      const detail = el("tr", { class: "attempts-row" });
      const td = el("td", { colspan: "8" });
      const list = el("ol", { class: "attempts", "aria-label": `Attempts of delivery ${d.id}` });
      for (const a of full.attempts_log) {
        const item = el("li", { "data-outcome": a.outcome });
        item.textContent = `#${a.attempt_no} ${whenFull(a.started_at)} · ${a.outcome}${a.error ? ` · ${a.error}` : ""}${a.provider_message_id ? ` · id ${a.provider_message_id}` : ""}`;
        list.append(item);
      }
      if (!full.attempts_log.length) list.append(el("li", {}, "No attempt yet"));
      const summary = el("p", { class: "hint" }, `Address ${full.address || "—"} · next attempt ${full.next_attempt_at ? whenFull(full.next_attempt_at) : "—"} · provider id ${full.provider_message_id || "—"}`);
      td.append(summary, list);
      detail.append(td);
      tr.after(detail);
      details.setAttribute("aria-expanded", "true");
    } catch (err) {
      showError(panel, err);
    }
  }

  async function load(append = false) {
    try {
      const page = await api.call("GET", `/v1/admin/deliveries${query({ ...params(), cursor: append ? cursor : null, limit: 50 })}`);
      if (!append) tbody.replaceChildren();
      for (const d of page.items) tbody.append(row(d));
      cursor = page.next_cursor;
      more.hidden = !cursor;
      empty.hidden = tbody.children.length > 0;
      clearNotice(panel);
      for (const marked of filters.querySelectorAll("[aria-invalid]")) marked.removeAttribute("aria-invalid");
    } catch (err) {
      showError(panel, err, filters);
    }
  }
  filters.addEventListener("submit", (e) => {
    e.preventDefault();
    load();
  });
  failedOnly.addEventListener("click", () => {
    status.value = "failed";
    load();
  });
  more.addEventListener("click", () => load(true));
  retryAll.addEventListener("click", async () => {
    const { status: _ignored, ...filter } = params();
    const body = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== null && v !== ""));
    try {
      const out = await api.call("POST", "/v1/admin/deliveries/retry", body);
      await load();
      notice(panel, out.retried ? `${out.retried} failed deliver${out.retried === 1 ? "y" : "ies"} queued again` : "No failed deliveries match");
    } catch (err) {
      showError(panel, err, filters);
    }
  });
  await load();
}

// --- the audit log ----------------------------------------------------------------------------

async function auditSection(panel) {
  const table = el("table", { class: "log", "aria-label": "Audit log" });
  const head = el("tr");
  for (const h of ["When", "Who", "What", "Target", "Changes"]) head.append(el("th", { scope: "col" }, h));
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  table.append(thead, tbody);
  const wrap = el("div", { class: "table-wrap" });
  wrap.append(table);
  const refresh = button("Refresh", { class: "button" });
  const more = button("Load more", { class: "button", hidden: true });
  const empty = el("p", { class: "empty-note", hidden: true }, "No changes recorded yet.");
  const [logCard, logBody] = card("Audit log", "Every change made by an administrator, through the API or these pages. Secrets are never shown.");
  const tools = el("div", { class: "toolbar" });
  tools.append(refresh);
  const moreWrap = el("div", { class: "more" });
  moreWrap.append(more);
  logBody.append(tools, wrap, empty, moreWrap);
  panel.replaceChildren(logCard);
  let cursor = null;
  async function load(append = false) {
    const page = await api.call("GET", `/v1/admin/audit${query({ cursor: append ? cursor : null, limit: 50 })}`);
    if (!append) tbody.replaceChildren();
    for (const entry of page.items) {
      const tr = el("tr", { "data-action": entry.action, "data-target": entry.target });
      const changes = el("ul", { class: "changes" });
      for (const [path, [before, after]] of Object.entries(entry.changes)) {
        const li = el("li");
        li.append(el("code", {}, path), document.createTextNode(`: ${shown(before)} → ${shown(after)}`));
        changes.append(li);
      }
      const cell = el("td");
      cell.append(changes);
      tr.append(el("td", { title: entry.at }, whenFull(entry.at)), el("td", {}, entry.actor), el("td", {}, entry.action), el("td", {}, entry.target), cell);
      tbody.append(tr);
    }
    cursor = page.next_cursor;
    more.hidden = !cursor;
    empty.hidden = tbody.children.length > 0;
  }
  refresh.addEventListener("click", () => load().catch((err) => showError(panel, err)));
  more.addEventListener("click", () => load(true).catch((err) => showError(panel, err)));
  // The log grows with every change made in the other tabs: read it afresh each time it is shown.
  document.getElementById("tab-audit").addEventListener("click", () => load().catch((err) => showError(panel, err)));
  await load();
}

// --- outcomes ---------------------------------------------------------------------------------

function minutes(seconds) {
  if (seconds === null || seconds === undefined) return "—";
  if (seconds < 60) return `${Math.round(seconds)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

function outcomeChart(items) {
  // Horizontal bars: median and 90th percentile time to read, per event type and channel.
  const svgNs = "http://www.w3.org/2000/svg";
  const rows = items.filter((i) => i.time_to_read_p90_seconds !== null);
  const svg = document.createElementNS(svgNs, "svg");
  const height = 24 + rows.length * 28;
  svg.setAttribute("viewBox", `0 0 720 ${height}`);
  svg.setAttribute("class", "chart");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", rows.length ? "Time to read per event type and channel: median and 90th percentile" : "No reads in this period");
  const max = Math.max(1, ...rows.map((r) => r.time_to_read_p90_seconds));
  const add = (tag, attrs, text) => {
    const node = document.createElementNS(svgNs, tag);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text) node.textContent = text;
    svg.append(node);
    return node;
  };
  add("text", { x: 230, y: 14, class: "chart-legend" }, "median (dark) and 90th percentile (light) time to read");
  rows.forEach((r, i) => {
    const y = 24 + i * 28;
    const scale = (s) => (s / max) * 380;
    add("text", { x: 0, y: y + 14, class: "chart-label" }, `${r.event_type} · ${channelName(r.channel)}`);
    add("rect", { x: 230, y, width: Math.max(2, scale(r.time_to_read_p90_seconds)), height: 18, class: "bar-p90", "data-row": `${r.event_type}/${r.channel}` });
    add("rect", { x: 230, y, width: Math.max(2, scale(r.time_to_read_p50_seconds)), height: 18, class: "bar-p50" });
    add("text", { x: 236 + scale(r.time_to_read_p90_seconds), y: y + 14, class: "chart-value" }, `${minutes(r.time_to_read_p50_seconds)} / ${minutes(r.time_to_read_p90_seconds)}`);
  });
  return svg;
}

async function outcomesSection(panel) {
  const form = el("form", { class: "toolbar", "aria-label": "Period", novalidate: true });
  const now = new Date();
  const since = el("input", { type: "datetime-local", name: "since", class: "input", value: localInput(new Date(now.getTime() - 7 * 86400000)) });
  const until = el("input", { type: "datetime-local", name: "until", class: "input", value: "" });
  const show = button("Show", { class: "button primary", type: "submit" });
  form.append(field("From", since), field("Until (empty: now)", until), show);
  const chart = el("div", { class: "chart-wrap" });
  const table = el("table", { class: "log", "aria-label": "Outcomes" });
  const head = el("tr");
  for (const h of ["Event type", "Channel", "Sent", "Failed", "Read", "Time to read (median)", "Time to read (90 %)"]) head.append(el("th", { scope: "col" }, h));
  const thead = el("thead");
  thead.append(head);
  const tbody = el("tbody");
  table.append(thead, tbody);
  const wrap = el("div", { class: "table-wrap" });
  wrap.append(table);
  const [outCard, outBody] = card("Outcomes", "Whether hand-offs are seen within minutes: per event type and channel, what was sent, failed and read, and how long reading took from the moment the notification was created.");
  outBody.append(form, chart, wrap);
  panel.replaceChildren(outCard);
  async function load() {
    try {
      const out = await api.call("GET", `/v1/admin/outcomes${query({ since: isoFromLocal(since.value), until: isoFromLocal(until.value) })}`);
      tbody.replaceChildren();
      for (const r of out.items) {
        const tr = el("tr", { "data-row": `${r.event_type}/${r.channel}` });
        for (const value of [r.event_type, channelName(r.channel), r.sent, r.failed, r.read, minutes(r.time_to_read_p50_seconds), minutes(r.time_to_read_p90_seconds)]) tr.append(el("td", {}, String(value)));
        tbody.append(tr);
      }
      chart.replaceChildren(outcomeChart(out.items));
      clearNotice(panel);
    } catch (err) {
      showError(panel, err, form);
    }
  }
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    load();
  });
  await load();
}

const SECTIONS = {
  channels: channelsSection,
  routing: routingSection,
  templates: templatesSection,
  settings: settingsSection,
  deliveries: deliveriesSection,
  audit: auditSection,
  outcomes: outcomesSection,
};

/** The page's API client: an org API key (not a JWT) is used as it is; a user token as on the
 * other pages (its claims name the user shown in the top bar). */
function adminSession() {
  const token = takeToken();
  if (token && token.startsWith("tsn_")) {
    document.getElementById("who").textContent = "API key";
    return new Api(token);
  }
  return startSession();
}

await startLanguage();
const api = adminSession();
if (api) await start();
