// The delivery log: filters, attempts per delivery, retry one or every failed one matching.

import { el, whenFull } from "../common.js";
import { api } from "./session.js";
import { button, card, channelName, field, isoFromLocal, logTable, notice, pagedLog, select, showError } from "./ui.js";

const STATUSES = ["pending", "deferred", "held", "sending", "sent", "delivered", "undelivered", "failed", "skipped"];

export default async function deliveriesSection(panel) {
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

  const { tbody, wrap } = logTable("Deliveries", ["When", "Event type", "Recipient", "Channel", "Status", "Attempts", "Last error", ""]);
  const empty = el("p", { class: "empty-note", hidden: true }, "No deliveries match.");
  const more = button("Load more", { class: "button", hidden: true });
  const [logCard, logBody] = card("Delivery log", "Every delivery on an external channel, newest first, with each attempt.");
  logBody.append(filters, wrap, empty, el("div", { class: "more" }));
  logBody.lastChild.append(more);
  panel.replaceChildren(logCard);

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

  const load = pagedLog({ panel, filters, path: "/v1/admin/deliveries", params, tbody, row, more, empty });
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
