// Texts and times in the bell's language: the shipped tables under ../locales/, placeholders, and
// relative times. The pages of Tocsin itself use the same functions.

import EN from "../locales/en.js";

export { EN };

// Languages with a table under ../locales/; anything else falls back to its base language, then English.
export const LANGUAGES = ["en", "de"];

const formatters = new Map();
function formats(locale) {
  if (!formatters.has(locale)) {
    let tag = locale;
    try {
      Intl.getCanonicalLocales(tag);
    } catch {
      tag = "en";
    }
    formatters.set(locale, {
      relative: new Intl.RelativeTimeFormat(tag, { numeric: "auto" }),
      date: new Intl.DateTimeFormat(tag, { month: "short", day: "numeric" }),
      full: new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short" }),
    });
  }
  return formatters.get(locale);
}

/** "just now", "5 minutes ago", "vor 5 Minuten", or a short date past six days; in `locale`. */
export function relativeTime(iso, now = Date.now(), { locale = "en", justNow = EN["time.justNow"] } = {}) {
  const then = Date.parse(iso);
  if (Number.isNaN(then)) return "";
  const { relative, date } = formats(locale);
  const seconds = Math.round((then - now) / 1000);
  const abs = Math.abs(seconds);
  if (abs < 45) return justNow;
  if (abs < 45 * 60) return relative.format(Math.round(seconds / 60), "minute");
  if (abs < 22 * 3600) return relative.format(Math.round(seconds / 3600), "hour");
  if (abs < 6 * 86400) return relative.format(Math.round(seconds / 86400), "day");
  return date.format(then);
}

/** Date and time in full, in `locale` (for tooltips and the history page). */
export function fullTime(iso, locale = "en") {
  const then = Date.parse(iso);
  return Number.isNaN(then) ? "" : formats(locale).full.format(then);
}

/** The shipped table for `locale` (its language's, else English), merged over English. */
export async function loadStrings(locale) {
  const language = String(locale || "en").toLowerCase().split(/[-_]/)[0];
  if (language === "en" || !LANGUAGES.includes(language)) return { ...EN };
  try {
    const table = await import(new URL(`../locales/${language}.js`, import.meta.url).href);
    return { ...EN, ...table.default };
  } catch {
    return { ...EN };
  }
}

/** `template` with its `{name}` placeholders filled from `values`. */
export function fill(template, values = {}) {
  return String(template).replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}
