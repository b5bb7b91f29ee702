// Deutsch: dieselben Schlüssel wie en.js; was fehlt, erscheint auf Englisch.

export default {
  "bell.label": "Benachrichtigungen",
  "bell.label.unread": "Benachrichtigungen, {count} ungelesen",
  "bell.heading": "Benachrichtigungen",
  "bell.markAllRead": "Alle als gelesen markieren",
  "bell.viewAll": "Alle anzeigen",
  "bell.list": "Neueste Benachrichtigungen",
  "bell.toasts": "Neue Benachrichtigungen",
  "bell.dismissToast": "Benachrichtigung schließen",
  "bell.unread": "Ungelesen",
  "bell.loading": "Wird geladen…",
  "bell.empty.title": "Alles erledigt",
  "bell.empty.text": "Neue Benachrichtigungen erscheinen hier.",
  "bell.failed.title": "Benachrichtigungen konnten nicht geladen werden",
  "bell.failed.text": "Prüfen Sie Ihre Verbindung und öffnen Sie die Glocke erneut.",
  "bell.unavailable": "Benachrichtigungen nicht verfügbar",
  "bell.noToken.label": "Kein Benutzer-Token",
  "bell.noToken.text": "Diese Glocke hat noch kein Benutzer-Token.",
  "bell.expired.label": "Benachrichtigungen nicht verfügbar: Sitzung abgelaufen",
  "bell.expired.text": "Ihre Sitzung ist abgelaufen. Laden Sie die Seite neu, um Ihre Benachrichtigungen zu sehen.",
  "time.justNow": "gerade eben",
};
