// The panel's browser push opt-in. Offered only where it can work: the page names a service
// worker its own origin serves (`push-worker`), the browser has the Push API, and the org has a
// VAPID key.

function tokenClaims(token) {
  try {
    const part = String(token).split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(part), (c) => c.charCodeAt(0))));
  } catch {
    return null;
  }
}

function keyBytes(base64url) {
  const padded = base64url.replace(/-/g, "+").replace(/_/g, "/") + "=".repeat((4 - (base64url.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

// A registration's own worker, activated (its scope need not cover this page, so
// `navigator.serviceWorker.ready` might never settle).
function activated(registration) {
  const worker = registration.installing || registration.waiting;
  if (!worker || registration.active) return Promise.resolve(registration);
  return new Promise((resolve) => {
    worker.addEventListener("statechange", () => {
      if (worker.state === "activated") resolve(registration);
    });
  });
}

// The soft prompt: asked once per login (this tab's session and token), and "Not now" is
// remembered on this device for 30 days. Only "Allow" asks the browser for permission.
const DECLINED_KEY = "tocsin.push.declined";
const PROMPTED_KEY = "tocsin.push.prompted";
const DECLINE_DAYS = 30;

function stored(storage, key) {
  try {
    return window[storage].getItem(key);
  } catch {
    return null; // storage refused (privacy settings): behave as if nothing was stored
  }
}

function store(storage, key, value) {
  try {
    window[storage].setItem(key, value);
  } catch {
    /* not remembered: the prompt may come back, which is harmless */
  }
}

export class PushOptIn {
  /** bell: {server, token, workerUrl, t(key)} read when needed; button: the panel's push button;
   *  prompt: the panel's one-line soft prompt. */
  constructor(bell, button, prompt) {
    this.bell = bell;
    this.button = button;
    this.prompt = prompt;
    this.state = null; // {registration, subscription, key} once the opt-in is offered
  }

  get offered() {
    return this.state !== null;
  }

  async offer() {
    const url = this.bell.workerUrl;
    if (!url || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;
    const workerUrl = new URL(url, document.baseURI);
    if (workerUrl.origin !== window.location.origin) return; // browsers refuse other origins' workers
    const org = tokenClaims(this.bell.token)?.org;
    if (!org) return;
    this.state = {};
    const response = await fetch(`${this.bell.server}/v1/webpush/public-key?org=${encodeURIComponent(org)}`, {
      credentials: "omit",
    });
    if (!response.ok) return;
    const key = (await response.json()).public_key;
    const registration = await navigator.serviceWorker.register(workerUrl.href);
    await activated(registration);
    const subscription = await registration.pushManager.getSubscription();
    this.state = { registration, subscription, key };
    this.handToken();
    this.paint();
    this.maybePrompt();
  }

  /** Shown when push can work here, this device is not subscribed, the browser has not been
   *  told no, the user has not said "Not now" in 30 days, and it was not shown this login. */
  maybePrompt() {
    if (!this.prompt || this.state?.subscription || Notification.permission === "denied") return;
    const declined = Number(stored("localStorage", DECLINED_KEY) || 0);
    if (declined && Date.now() - declined < DECLINE_DAYS * 86400000) return;
    const login = this.login();
    if (stored("sessionStorage", PROMPTED_KEY) === login) return;
    store("sessionStorage", PROMPTED_KEY, login);
    this.prompt.hidden = false;
  }

  login() {
    const claims = tokenClaims(this.bell.token) || {};
    return `${claims.org}:${claims.sub}:${claims.iat ?? ""}`;
  }

  async allow() {
    this.prompt.hidden = true;
    await this.toggle(); // asks the browser's permission, then subscribes
  }

  later() {
    this.prompt.hidden = true;
    store("localStorage", DECLINED_KEY, String(Date.now()));
  }

  /** The worker needs the current token to mark a clicked notification read. */
  handToken() {
    const registration = this.state?.registration;
    const worker = registration && (registration.active || registration.waiting || registration.installing);
    if (worker) worker.postMessage({ type: "tocsin-token", server: this.bell.server, token: this.bell.token });
  }

  paint(problem = "") {
    const on = Boolean(this.state?.subscription);
    this.button.textContent = problem || this.bell.t(on ? "bell.push.disable" : "bell.push.enable");
    this.button.dataset.on = String(on);
    this.button.hidden = false;
  }

  async toggle() {
    const push = this.state;
    if (!push?.registration) return;
    const { server, token } = this.bell;
    this.button.disabled = true;
    try {
      if (push.subscription) {
        await fetch(`${server}/v1/me/push-subscriptions`, {
          method: "DELETE",
          headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
          body: JSON.stringify({ endpoint: push.subscription.endpoint }),
          credentials: "omit",
        }).catch(() => null);
        await push.subscription.unsubscribe();
        push.subscription = null;
        return this.paint();
      }
      if ((await Notification.requestPermission()) !== "granted") return this.paint(this.bell.t("bell.push.blocked"));
      push.subscription = await push.registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: keyBytes(push.key),
      });
      const response = await fetch(`${server}/v1/me/push-subscriptions`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(push.subscription.toJSON()),
        credentials: "omit",
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      this.handToken();
      this.paint();
    } catch {
      this.paint(this.bell.t("bell.push.failed"));
    } finally {
      this.button.disabled = false;
    }
  }
}
