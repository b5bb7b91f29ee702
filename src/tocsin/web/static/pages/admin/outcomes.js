// Outcomes: sent, failed and read per event type and channel, and how long reading took.

import { el } from "../common.js";
import { api } from "./session.js";
import { button, card, channelName, clearNotice, field, isoFromLocal, localInput, logTable, query, showError } from "./ui.js";

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

export default async function outcomesSection(panel) {
  const form = el("form", { class: "toolbar", "aria-label": "Period", novalidate: true });
  const now = new Date();
  const since = el("input", { type: "datetime-local", name: "since", class: "input", value: localInput(new Date(now.getTime() - 7 * 86400000)) });
  const until = el("input", { type: "datetime-local", name: "until", class: "input", value: "" });
  const show = button("Show", { class: "button primary", type: "submit" });
  form.append(field("From", since), field("Until (empty: now)", until), show);
  const chart = el("div", { class: "chart-wrap" });
  const { tbody, wrap } = logTable("Outcomes", ["Event type", "Channel", "Sent", "Failed", "Read", "Time to read (median)", "Time to read (90 %)"]);
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
