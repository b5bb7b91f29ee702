// English: the bell's and the pages' texts. Every language is one table like this with the same
// keys; a missing key falls back to English. `{name}` marks a value filled in at run time.

export default {
  "bell.label": "Notifications",
  "bell.label.unread": "Notifications, {count} unread",
  "bell.heading": "Notifications",
  "bell.markAllRead": "Mark all read",
  "bell.viewAll": "View all",
  "bell.list": "Latest notifications",
  "bell.toasts": "New notifications",
  "bell.dismissToast": "Dismiss notification",
  "bell.unread": "Unread",
  "bell.loading": "Loading…",
  "bell.empty.title": "You're all caught up",
  "bell.empty.text": "New notifications will show up here.",
  "bell.failed.title": "Could not load notifications",
  "bell.failed.text": "Check your connection and open the bell again.",
  "bell.unavailable": "Notifications unavailable",
  "bell.noToken.label": "No user token",
  "bell.noToken.text": "This bell has no user token yet.",
  "bell.expired.label": "Notifications unavailable: session expired",
  "bell.expired.text": "Your session has expired. Reload the page to see your notifications.",
  "time.justNow": "just now",
};
