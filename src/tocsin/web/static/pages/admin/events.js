// The event history: every event the CRM sent, newest first, filtered as GET /v1/events allows;
// an event's details show who it reached, what each recipient did with the notification, and
// every delivery per channel with its status.

import { el, whenFull } from "../common.js";
import { api } from "./session.js";
import { button, card, channelName, field, isoFromLocal, logTable, pagedLog, select, showError } from "./ui.js";

const FILTERS = [
  ["entity_type", "Record type", "record type (lead)"],
  ["entity_id", "Record id", "record id"],
  ["actor", "Actor", "actor (username)"],
  ["recipient", "Recipient", "recipient (username)"],
];

/** "lead L7 · Jane Smith · ann → bob": the record, and for a reassignment who had it before. */
export function recordText(entity) {
  const parts = [[entity.type, entity.id].filter(Boolean).join(" ")];
  if (entity.name) parts.push(entity.name);
  if (entity.previous_owner) parts.push(`${entity.previous_owner} → ${entity.owner || "—"}`);
  else if (entity.owner) parts.push(`owner ${entity.owner}`);
  return parts.filter(Boolean).join(" · ") || "—";
}

function countsText(counts) {
  const entries = Object.entries(counts || {});
  return entries.length ? entries.map(([channel, n]) => `${channelName(channel)} ${n}`).join(", ") : "—";
}

function noteState(n) {
  if (n.acted_at) return `acted (${n.action}) ${whenFull(n.acted_at)}`;
  if (n.dismissed_at) return `dismissed ${whenFull(n.dismissed_at)}`;
  if (n.read_at) return `read ${whenFull(n.read_at)}`;
  if (n.seen_at) return `seen ${whenFull(n.seen_at)}`;
  return "unread";
}

function detailView(full) {
  const box = el("div", { class: "event-detail", role: "region", "aria-label": `Event ${full.id}` });
  box.append(el("p", { class: "hint" }, `Recipients: ${full.recipients.join(", ") || "nobody"}${full.warnings.length ? ` · ${full.warnings.join("; ")}` : ""}`));
  const notes = logTable(`Notifications of event ${full.id}`, ["Recipient", "In app"]);
  for (const n of full.notifications) {
    const tr = el("tr", { "data-user": n.user });
    tr.append(el("td", {}, n.user), el("td", {}, noteState(n)));
    notes.tbody.append(tr);
  }
  const sent = logTable(`Deliveries of event ${full.id}`, ["Recipient", "Channel", "Status", "Attempts", "Last error"]);
  for (const d of full.deliveries) {
    const tr = el("tr", { "data-user": d.recipient, "data-channel": d.channel, "data-status": d.status });
    const status = el("td");
    status.append(el("span", { class: "chip", "data-status": d.status }, d.status));
    tr.append(el("td", {}, d.recipient), el("td", {}, channelName(d.channel)), status, el("td", {}, String(d.attempts)), el("td", { class: "error-cell" }, d.last_error || d.reason || ""));
    sent.tbody.append(tr);
  }
  if (!full.deliveries.length) box.append(notes.wrap, el("p", { class: "empty-note" }, "No delivery on an external channel."));
  else box.append(notes.wrap, sent.wrap);
  return box;
}

export default async function eventsSection(panel) {
  const types = await api.call("GET", "/v1/admin/event-types");
  const filters = el("form", { class: "toolbar filters", "aria-label": "Filter events", novalidate: true });
  const type = select("type", [["", "Any event type"], ...types.map((t) => [t.key, t.key])], "", "Event type");
  const inputs = FILTERS.map(([name, label, placeholder]) => el("input", { name, class: "input", placeholder, "aria-label": label, autocomplete: "off" }));
  const since = el("input", { type: "datetime-local", name: "since", class: "input", "aria-label": "From" });
  const until = el("input", { type: "datetime-local", name: "until", class: "input", "aria-label": "Until" });
  filters.append(type, ...inputs, field("From", since), field("Until", until), button("Filter", { class: "button primary", type: "submit" }));

  const { tbody, wrap } = logTable("Events", ["When", "Event type", "Record", "Actor", "Recipients", "Deliveries", ""]);
  const empty = el("p", { class: "empty-note", hidden: true }, "No events match.");
  const more = button("Load more", { class: "button", hidden: true });
  const [historyCard, body] = card("Events", "Every event the CRM sent, newest first, kept as long as notifications are.");
  body.append(filters, wrap, empty, el("div", { class: "more" }));
  body.lastChild.append(more);
  panel.replaceChildren(historyCard);

  const params = () => ({
    type: type.value,
    ...Object.fromEntries(inputs.map((input) => [input.name, input.value.trim()])),
    since: isoFromLocal(since.value),
    until: isoFromLocal(until.value),
  });

  function row(e) {
    const tr = el("tr", { "data-id": String(e.id), "data-type": e.type });
    const details = button("Details", { class: "button small", "aria-expanded": "false", "aria-label": `Details of event ${e.id}` });
    details.addEventListener("click", () => toggle(tr, e, details));
    const actions = el("td", { class: "row-actions" });
    actions.append(details);
    tr.append(
      el("td", { title: e.created_at }, whenFull(e.created_at)),
      el("td", {}, e.type),
      el("td", {}, recordText(e.entity)),
      el("td", {}, e.actor || "—"),
      el("td", {}, String(e.recipient_count)),
      el("td", {}, countsText(e.queued)),
      actions,
    );
    return tr;
  }

  async function toggle(tr, e, details) {
    if (tr.nextElementSibling?.classList.contains("detail-row")) {
      tr.nextElementSibling.remove();
      details.setAttribute("aria-expanded", "false");
      return;
    }
    try {
      const full = await api.call("GET", `/v1/events/${e.id}`);
      const detail = el("tr", { class: "detail-row" });
      const td = el("td", { colspan: "7" });
      td.append(detailView(full));
      detail.append(td);
      tr.after(detail);
      details.setAttribute("aria-expanded", "true");
    } catch (err) {
      showError(panel, err);
    }
  }

  const load = pagedLog({ panel, filters, path: "/v1/events", params, tbody, row, more, empty });
  filters.addEventListener("submit", (ev) => {
    ev.preventDefault();
    load();
  });
  more.addEventListener("click", () => load(true));
  await load();
}
