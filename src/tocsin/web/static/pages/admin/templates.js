// Templates: per event type, channel and locale, with a live preview rendered by the server.

import { ApiError, el } from "../common.js";
import { api } from "./session.js";
import { button, card, channelName, clearNotice, errorText, field, notice, query, select, showError } from "./ui.js";

export default async function templatesSection(panel) {
  const [types, channels] = await Promise.all([api.call("GET", "/v1/admin/event-types"), api.call("GET", "/v1/admin/channels")]);
  const pick = el("div", { class: "toolbar" });
  const typeSelect = select("event_type", types.map((t) => [t.key, t.key]), "lead_assigned", "Event type");
  const channelSelect = select("channel", channels.map((c) => [c.name, channelName(c.name)]), channels[0]?.name, "Channel");
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
