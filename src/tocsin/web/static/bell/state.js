// What the bell knows: the first page of notifications, the unread and unseen counts, and what
// was read, seen or decided since. Plain data and pure updates; the element renders from it.

export class BellState {
  items = [];
  loaded = false;
  count = 0; // unread, as last reported by the server
  countKnown = false;
  unseen = 0;
  reads = 0; // reads made here (a click, mark all): a count asked for before one may be stale

  reset() {
    this.items = [];
    this.loaded = false;
  }

  /** The first page, as the server sent it. */
  setPage(items) {
    this.items = items;
    this.loaded = true;
  }

  /** A notification from the stream; false if the list is not loaded or already has it. */
  add(n) {
    if (!this.loaded || this.items.some((i) => i.id === n.id)) return false;
    this.items.unshift(n);
    return true;
  }

  find(id) {
    return this.items.find((i) => i.id === id);
  }

  hasUnread() {
    return this.items.some((i) => !i.read_at);
  }

  unreadIds() {
    return this.items.filter((i) => !i.read_at).map((i) => i.id);
  }

  /** Items shown but not yet marked seen (nor read). */
  unseenIds() {
    return this.items.filter((i) => !i.seen_at && !i.read_at).map((i) => i.id);
  }

  /** Marks `ids` read; true if any item changed. */
  markRead(ids, now = new Date().toISOString()) {
    const wanted = new Set(ids);
    let changed = false;
    for (const item of this.items) {
      if (wanted.has(item.id) && !item.read_at) {
        item.read_at = now;
        changed = true;
      }
    }
    return changed;
  }

  markSeen(ids, now = new Date().toISOString()) {
    const wanted = new Set(ids);
    for (const item of this.items) if (wanted.has(item.id) && !item.seen_at) item.seen_at = now;
  }

  /** Someone decided these requests: the outcome replaces their buttons, and they count as read. */
  resolve(ids, resolution, now = new Date().toISOString()) {
    const wanted = new Set(ids);
    for (const item of this.items) {
      if (!wanted.has(item.id)) continue;
      item.resolved_at = item.resolved_at || now;
      item.resolution = resolution;
      item.read_at = item.read_at || now;
    }
  }

  /** The unread count; true if it changed (or was not known before). */
  setCount(value) {
    const n = Number.isFinite(value) ? Math.max(0, Math.trunc(value)) : 0;
    if (this.countKnown && n === this.count) return false;
    this.count = n;
    this.countKnown = true;
    return true;
  }

  setUnseen(value) {
    if (Number.isFinite(value)) this.unseen = Math.max(0, Math.trunc(value));
  }

  /** What the badge shows: the unread count, or the unseen one when the page asks for it. */
  badge(kind) {
    return kind === "unseen" ? this.unseen : this.count;
  }
}
