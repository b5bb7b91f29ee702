// Settings: quiet hours with their week strip, then every other org setting by the shape of its value.

import { ApiError, el, humanize } from "../common.js";
import { api } from "./session.js";
import { button, card, field, notice, showError } from "./ui.js";

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

export default async function settingsSection(panel) {
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
