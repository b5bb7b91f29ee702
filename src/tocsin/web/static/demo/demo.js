// The demo CRM page: its buttons ask the demo-only endpoint to fire an event (the org's API key
// stays on the server), and the user switcher reloads the page as someone else.

const user = document.body.dataset.user;
const root = new URL("../../", import.meta.url).href; // this script is at {root}static/demo/demo.js

function summary(answer) {
  const { event, result } = answer;
  const who = result.recipients.length ? result.recipients.join(", ") : "nobody";
  const channels = Object.entries(result.deliveries)
    .map(([channel, n]) => `${channel} ×${n}`)
    .join(", ");
  return `${event.type} → ${who} · ${result.notifications} in-app${channels ? ` · ${channels}` : ""}`;
}

function log(text, kind = "ok") {
  const list = document.getElementById("log");
  if (!list) return;
  list.querySelector(".empty-log")?.remove();
  const item = document.createElement("li");
  item.dataset.kind = kind;
  const time = document.createElement("time");
  time.textContent = new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" });
  item.append(time, document.createTextNode(text));
  list.prepend(item);
  while (list.children.length > 8) list.lastElementChild.remove();
}

for (const button of document.querySelectorAll("[data-action]")) {
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const response = await fetch(`${root}demo/fire`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action: button.dataset.action, user }),
      });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer?.error?.message || `HTTP ${response.status}`);
      log(summary(answer));
    } catch (err) {
      log(`Could not fire the event: ${err.message}`, "error");
    } finally {
      button.disabled = false;
    }
  });
}

document.getElementById("as")?.addEventListener("change", (e) => {
  window.location.assign(`${root}demo?as=${encodeURIComponent(e.target.value)}`);
});

for (const link of document.querySelectorAll('a[aria-disabled="true"]')) {
  link.addEventListener("click", (e) => e.preventDefault());
}
