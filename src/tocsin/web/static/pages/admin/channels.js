// Channels: a tab per channel the server lists, each with its state, its settings form (from the
// OpenAPI schema of its PUT route), its test and, where the settings have one, its VAPID key pair.

import { ApiError, el, humanize } from "../common.js";
import { api } from "./session.js";
import { bodyFields, schemaDoc } from "./openapi.js";
import { selectTab, wireTabs } from "./tabs.js";
import { button, card, channelName, clearNotice, field, notice, select, showError, shown } from "./ui.js";

const READ_ONLY = new Set(["configured", "source", "status_callback_url", "public_key", "providers"]);

// Settings that only some providers use, by provider value; a field not named here applies to
// every provider. A channel without a `provider` setting shows all its fields.
const PROVIDER_FIELDS = {
  host: ["smtp"],
  port: ["smtp"],
  username: ["smtp"],
  encryption: ["smtp"],
  auth: ["smtp"],
  oauth_token_url: ["smtp"],
  oauth_client_id: ["smtp"],
  oauth_client_secret: ["smtp"],
  oauth_scope: ["smtp"],
  password: ["smtp", "resend"],
  from_address: ["smtp", "resend", "file", ""],
  from_name: ["smtp", "resend", "file", ""],
};

// Hints for settings whose meaning the name alone does not give.
const FIELD_HINTS = {
  daily_cap: "The most messages sent per day; 0 means no cap.",
  auth: "password: log in with the username and password; oauth2: XOAUTH2 with a token from the token URL.",
  fallbacks: 'Providers tried in order when the first fails, as JSON: [{"provider": "resend", "password": "re_..."}].',
};

// A provider's circuit breaker, as people read it.
const BREAKER_TEXT = {
  closed: "in use",
  open: "paused after repeated failures",
  half_open: "cool-down over: the next message tries it again",
};

/** The channel's providers in the order they are tried, each with its breaker's state. */
function providersList(providers) {
  const list = el("ol", { class: "providers", "data-role": "providers" });
  for (const p of providers || []) {
    const until = p.state === "open" && p.reopens_at ? ` until ${new Date(p.reopens_at).toLocaleTimeString()}` : "";
    const failures = p.consecutive_failures ? ` · ${p.consecutive_failures} failure${p.consecutive_failures === 1 ? "" : "s"} in a row` : "";
    const item = el("li", { "data-state": p.state, "data-provider": p.provider });
    item.append(el("strong", {}, p.provider), ` — ${BREAKER_TEXT[p.state] || p.state}${until}${failures}`);
    list.append(item);
  }
  return list;
}

/** The read-only facts of a channel's settings as a sentence for people. */
function statusLine(current) {
  const parts = [];
  if (current.configured !== undefined && current.configured !== null) {
    parts.push(current.configured ? "Ready to send" : "Not ready: some required settings are missing");
  }
  if (current.source === "server") parts.push("using this server's default provider (its host and credentials are not shown)");
  else if (current.source === "org") parts.push("using your organisation's own settings");
  if (current.status_callback_url) parts.push(`delivery reports come back to ${current.status_callback_url}`);
  if (current.public_key) parts.push(`public key ${current.public_key}`);
  if (!parts.length) return "";
  const text = parts.join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export default async function channelsSection(panel) {
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
  }
  wireTabs(buttons, selectChannel);
  const built = new Set();
  async function selectChannel(tab) {
    selectTab(buttons, tab);
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
    const hint = secret ? "Secret: stored encrypted, shown masked; leave as is to keep it." : FIELD_HINTS[key] || null;
    const wrap = field(humanize(key), input, hint);
    inputs[key] = { input, spec, wrap };
    form.append(wrap);
  }
  // Only the settings the chosen provider uses are shown (and sent).
  const providerInput = inputs.provider?.input;
  const applies = (key) => !providerInput || !PROVIDER_FIELDS[key] || PROVIDER_FIELDS[key].includes(providerInput.value);
  const showProviderFields = () => {
    for (const [key, { wrap }] of Object.entries(inputs)) wrap.hidden = !applies(key);
  };
  providerInput?.addEventListener("change", showProviderFields);
  showProviderFields();
  const info = el("p", { class: "hint read-only", "data-role": "status" });
  const providers = el("div");
  const renderInfo = () => {
    info.textContent = statusLine(current);
    providers.replaceChildren(
      ...(current.providers?.length ? [el("p", { class: "hint" }, "Providers, tried in this order:"), providersList(current.providers)] : []),
    );
  };
  renderInfo();
  const save = button("Save settings", { class: "button primary", type: "submit" });
  const actions = el("div", { class: "form-actions" });
  actions.append(save);
  form.append(info, providers, actions);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const changes = {};
    for (const [key, { input, spec }] of Object.entries(inputs)) {
      if (!applies(key)) continue;
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
      const wasEnabled = summary.enabled;
      await refreshSummary();
      // Complete settings switch some channels on by themselves: say so where it happens.
      const nowOn = !wasEnabled && summary.enabled;
      notice(
        body,
        nowOn
          ? `${channelName(name)} settings saved. ${channelName(name)} is now on and sends to users; send a test below.`
          : `${channelName(name)} settings saved`,
      );
    } catch (err) {
      showError(body, err, form);
    }
  });

  // The test: the provider's own answer, as the API gives it.
  const test = el("form", { class: "test-row", "aria-label": `Test ${channelName(name)}`, novalidate: true });
  const testInputs = {};
  for (const key of channel.test_fields) {
    // The visible label is the input's accessible name (the <label> wraps it).
    const input = el("input", { type: "text", name: key, class: "input" });
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
    // A provider that does not answer keeps the test waiting for the server's send timeout: say
    // that it is under way and how long it has been, so a slow test does not look like a dead button.
    const started = Date.now();
    const label = send.textContent;
    send.textContent = "Testing…";
    answer.dataset.ok = "";
    answer.textContent = "Waiting for the provider's answer…";
    answer.hidden = false;
    const ticking = setInterval(() => {
      answer.textContent = `Waiting for the provider's answer… ${Math.round((Date.now() - started) / 1000)} s`;
    }, 1000);
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
      answer.hidden = true;
      showError(body, err, test);
    } finally {
      clearInterval(ticking);
      send.textContent = label;
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
