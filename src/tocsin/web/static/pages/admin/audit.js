// The audit log: every change an administrator made, newest first.

import { el, whenFull } from "../common.js";
import { api } from "./session.js";
import { button, card, logTable, query, showError, shown } from "./ui.js";

export default async function auditSection(panel) {
  const { tbody, wrap } = logTable("Audit log", ["When", "Who", "What", "Target", "Changes"]);
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
