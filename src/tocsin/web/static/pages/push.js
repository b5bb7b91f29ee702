// Browser push opt-in for Tocsin's own pages (the preferences page): registers the service
// worker served from this origin (static/tocsin-sw.js), subscribes with the org's VAPID public key
// and hands the subscription to POST /v1/me/push-subscriptions; turning it off unsubscribes and
// removes it. The worker gets the user's token so a click on a push can mark it read.
//
// Shown only where it can work: a browser with service workers and the Push API, and an org whose
// push channel is set up. The user's preferences say whether it is (the channel is `available`
// there) before the key is asked for, so an org without push costs no failing request.

import { API_BASE, claims, t } from "./common.js";

function keyBytes(base64url) {
  const text = atob(base64url.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (base64url.length % 4)) % 4));
  return Uint8Array.from(text, (c) => c.charCodeAt(0));
}

async function publicKey(token) {
  const org = claims(token)?.org;
  if (!org) return null;
  const response = await fetch(`${API_BASE}/v1/webpush/public-key?org=${encodeURIComponent(org)}`, { cache: "no-store" });
  if (!response.ok) return null;
  return (await response.json()).public_key || null;
}

// The worker's scope (static/) does not cover this page, so `navigator.serviceWorker.ready` would
// never settle: wait for this registration's own worker instead (push needs no controlled page).
function activated(registration) {
  const worker = registration.installing || registration.waiting;
  if (!worker || registration.active) return Promise.resolve(registration);
  return new Promise((resolve) => {
    worker.addEventListener("statechange", () => {
      if (worker.state === "activated") resolve(registration);
    });
  });
}

function handToWorker(registration, token) {
  const worker = registration.active || registration.waiting || registration.installing;
  if (worker) worker.postMessage({ type: "tocsin-token", server: API_BASE, token });
}

/** Whether the org has set up the push channel, from the user's preferences (GET /v1/me/preferences):
 * a channel no event type can use is not set up. */
export function pushConfigured(prefs, channel) {
  return Object.values(prefs?.event_types || {}).some((row) => row[channel]?.available);
}

/** Set up the opt-in inside `card` (hidden until it can work); returns whether it is shown. */
export async function startPush(api, token, card) {
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return false;
  const key = await publicKey(token).catch(() => null);
  if (!key) return false;
  const button = card.querySelector("#push-toggle");
  const state = card.querySelector("#push-state");
  const registration = await navigator.serviceWorker.register(`${API_BASE}/static/tocsin-sw.js`);
  await activated(registration);
  handToWorker(registration, token);

  let subscription = await registration.pushManager.getSubscription();
  const show = (on, message = "") => {
    button.textContent = t(on ? "prefs.push.disable" : "prefs.push.enable");
    button.dataset.on = String(on);
    state.textContent = message || t(on ? "prefs.push.on" : "prefs.push.off");
    card.dataset.state = on ? "on" : "off";
  };
  if (subscription) {
    // Make sure the server has it (a browser subscribed before, for this user or another).
    await api.call("POST", "/v1/me/push-subscriptions", subscription.toJSON()).catch(() => null);
  }
  show(Boolean(subscription));

  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      if (subscription) {
        await api.call("DELETE", "/v1/me/push-subscriptions", { endpoint: subscription.endpoint }).catch(() => null);
        await subscription.unsubscribe();
        subscription = null;
        show(false);
        return;
      }
      const permission = await Notification.requestPermission();
      if (permission !== "granted") {
        show(false, t("prefs.push.blocked"));
        return;
      }
      subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(key),
      });
      await api.call("POST", "/v1/me/push-subscriptions", subscription.toJSON());
      handToWorker(registration, token);
      show(true);
    } catch (err) {
      show(Boolean(subscription), t("prefs.push.failed", { error: err.message || String(err) }));
    } finally {
      button.disabled = false;
    }
  });
  card.hidden = false;
  return true;
}
