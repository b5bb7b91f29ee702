// Tocsin's service worker for browser push notifications.
//
// A service worker only controls pages of its own origin, and a page can only register a worker
// served from its own origin. A CRM that wants push on its pages therefore serves this file from
// its own origin (a copy, or a reverse-proxy route to Tocsin's /static/tocsin-sw.js) and registers
// it there; Tocsin's own pages (/preferences) register it from Tocsin's origin.
//
// What it does:
// - push: shows the notification from the decrypted JSON payload (title, body, icon, the entity
//   link, the notification id); one per notification (tag), so a retried push does not stack.
// - notificationclick: focuses an open tab already showing the entity's URL (or any tab of the
//   CRM's origin, navigated there), else opens the URL in a new window; then marks the
//   notification read through the API with the last user token a page handed over.
// - message {type: "tocsin-token", server, token}: a page (the bell, the preferences page) keeps the
//   worker's token fresh; it is kept in Cache Storage so a restarted worker still has it.
"use strict";

const STORE = "tocsin-sw";
const TOKEN_KEY = "/__tocsin/token";

async function saveToken(server, token) {
  const cache = await caches.open(STORE);
  await cache.put(TOKEN_KEY, new Response(JSON.stringify({ server, token })));
}

async function loadToken() {
  try {
    const cache = await caches.open(STORE);
    const hit = await cache.match(TOKEN_KEY);
    return hit ? await hit.json() : null;
  } catch (_) {
    return null;
  }
}

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "tocsin-token" && data.token) {
    event.waitUntil(saveToken(data.server || "", data.token));
  }
});

self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (_) {
    data = { title: event.data ? event.data.text() : "Notification" };
  }
  const options = {
    body: data.body || "",
    icon: data.icon || undefined,
    tag: data.tag || undefined,
    renotify: Boolean(data.urgent),
    requireInteraction: Boolean(data.urgent),
    data: { url: data.url || null, id: data.notification_id || null, server: data.server || null },
  };
  event.waitUntil(self.registration.showNotification(data.title || "Notification", options));
});

async function openOrFocus(url) {
  const all = await self.clients.matchAll({ type: "window", includeUncontrolled: true });
  if (url) {
    const target = new URL(url, self.location.origin).href;
    for (const client of all) {
      if (client.url === target && "focus" in client) return client.focus();
    }
    for (const client of all) {
      if (new URL(client.url).origin === new URL(target).origin && "navigate" in client) {
        const focused = await client.focus();
        return focused.navigate ? focused.navigate(target) : focused;
      }
    }
    return self.clients.openWindow(target);
  }
  if (all.length) return all[0].focus();
  return self.clients.openWindow(self.location.origin);
}

async function markRead(data) {
  if (!data || !data.id) return;
  const saved = await loadToken();
  if (!saved || !saved.token) return;
  const server = (saved.server || data.server || "").replace(/\/$/, "");
  try {
    await fetch(`${server}/v1/me/notifications/${encodeURIComponent(data.id)}/read`, {
      method: "POST",
      headers: { Authorization: `Bearer ${saved.token}` },
    });
  } catch (_) {
    // Offline or an expired token: the bell marks it read when the user opens it.
  }
}

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const data = event.notification.data || {};
  event.waitUntil(Promise.all([openOrFocus(data.url), markRead(data)]));
});
