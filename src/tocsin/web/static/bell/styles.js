// The bell's looks: its stylesheet (themable through the --tocsin-* custom properties) and its
// shadow DOM. No logic here.

export const EDGE_PX = 8; // the panel keeps this far from the window's edges

// The dark palette: `theme="dark"`, and `theme="auto"` when the system prefers dark.
const DARK = `
  --_accent: var(--tocsin-accent, #93c5fd);
  --_bg: var(--tocsin-bg, #111827);
  --_fg: var(--tocsin-fg, #f3f4f6);
  --_muted: var(--tocsin-muted, #a7afbb);
  --_read-fg: var(--tocsin-read-fg, #c4cad3);
  --_border: var(--tocsin-border, #374151);
  --_hover: var(--tocsin-hover, #1f2937);
  --_unread-bg: var(--tocsin-unread-bg, #172033);
  --_bell-hover: var(--tocsin-bell-hover, rgba(255, 255, 255, .12));
  --_shadow: var(--tocsin-shadow, 0 12px 32px rgba(0, 0, 0, .5), 0 2px 6px rgba(0, 0, 0, .35));
  color-scheme: dark;
`;

export const CSS = `
:host {
  /* Light theme. Every text colour keeps 4.5:1 or more against the backgrounds it sits on. */
  --_accent: var(--tocsin-accent, #1d4ed8);
  --_bg: var(--tocsin-bg, #ffffff);
  --_fg: var(--tocsin-fg, #111827);
  --_muted: var(--tocsin-muted, #4b5563);
  --_read-fg: var(--tocsin-read-fg, #4b5563);
  --_border: var(--tocsin-border, #e5e7eb);
  --_hover: var(--tocsin-hover, #f3f4f6);
  --_unread-bg: var(--tocsin-unread-bg, #eff4ff);
  --_badge-bg: var(--tocsin-badge-bg, #dc2626);
  --_badge-fg: var(--tocsin-badge-color, #ffffff);
  --_bell-hover: var(--tocsin-bell-hover, rgba(127, 127, 127, .14));
  --_shadow: var(--tocsin-shadow, 0 12px 32px rgba(15, 23, 42, .14), 0 2px 6px rgba(15, 23, 42, .08));
  --_radius: var(--tocsin-radius, 12px);
  --_font: var(--tocsin-font, inherit);
  color-scheme: light;
  display: inline-block;
  position: relative;
  font-family: var(--_font);
  line-height: 1.4;
  color: var(--_fg);
}
:host([theme="dark"]) {
${DARK}}
@media (prefers-color-scheme: dark) {
  :host([theme="auto"]) {
${DARK}  }
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
button { font: inherit; color: inherit; }
.bell {
  position: relative; display: inline-flex; align-items: center; justify-content: center;
  width: var(--tocsin-bell-button-size, 40px); height: var(--tocsin-bell-button-size, 40px);
  padding: 0; border: 0; border-radius: 999px; background: transparent; cursor: pointer;
  color: var(--tocsin-bell-color, currentColor);
  transition: background-color .15s ease;
}
.bell:hover, .bell[aria-expanded="true"] { background: var(--_bell-hover); }
.bell:focus-visible, .panel button:focus-visible, .panel a:focus-visible, .toast button:focus-visible {
  outline: 2px solid var(--_accent); outline-offset: 2px;
}
.bell svg { width: var(--tocsin-bell-size, 22px); height: var(--tocsin-bell-size, 22px); }
.bell[data-state="offline"] svg { opacity: .55; }
.badge {
  position: absolute; top: 2px; right: 0; min-width: 18px; height: 18px; padding: 0 5px;
  border-radius: 9px; background: var(--_badge-bg); color: var(--_badge-fg);
  font-size: 11px; font-weight: 700; line-height: 18px; text-align: center;
  box-shadow: 0 0 0 2px var(--tocsin-badge-ring, var(--_bg)); font-variant-numeric: tabular-nums;
}
/* The panel and the toasts are popovers: in the top layer no ancestor's overflow, transform or
   z-index can clip or cover them, and fixed coordinates are the window's. */
.panel {
  position: fixed; inset: auto; margin: 0; padding: 0; z-index: var(--tocsin-z-index, 1000);
  display: flex; flex-direction: column;
  width: var(--tocsin-panel-width, 380px); max-width: calc(100vw - ${2 * EDGE_PX}px);
  background: var(--_bg); color: var(--_fg); border: 1px solid var(--_border);
  border-radius: var(--_radius); box-shadow: var(--_shadow); overflow: hidden; text-align: left;
  font-family: var(--_font); line-height: 1.4;
}
.panel[popover]:not(:popover-open) { display: none; }
.panel[data-sheet] { width: 100vw; max-width: none; border-width: 0 0 1px; border-radius: 0 0 var(--_radius) var(--_radius); }
.panel[data-sheet][data-side="top"] { border-width: 1px 0 0; border-radius: var(--_radius) var(--_radius) 0 0; }
.head {
  display: flex; align-items: center; justify-content: space-between; gap: 12px;
  padding: 14px 16px 12px; border-bottom: 1px solid var(--_border);
}
.head h2 { margin: 0; font-size: 15px; font-weight: 650; outline: none; }
.linkish {
  border: 0; background: none; padding: 2px 4px; border-radius: 6px; cursor: pointer;
  color: var(--_accent); font-size: 13px; font-weight: 550; text-decoration: none;
}
.linkish:hover { text-decoration: underline; }
.linkish:disabled { color: var(--_muted); cursor: default; text-decoration: none; }
.list {
  list-style: none; margin: 0; padding: 0; max-height: var(--tocsin-panel-max-height, 420px);
  overflow-y: auto; flex: 0 1 auto; min-height: 0; overscroll-behavior: contain;
}
.item { border-bottom: 1px solid var(--_border); }
.item:last-child { border-bottom: 0; }
.item > a, .item > button {
  display: flex; gap: 10px; width: 100%; padding: 12px 16px; border: 0; background: transparent;
  color: inherit; text-decoration: none; text-align: left; cursor: pointer;
}
.item > a:hover, .item > button:hover { background: var(--_hover); }
.item > a:focus-visible, .item > button:focus-visible { outline-offset: -2px; }
.item[data-read="false"] { background: var(--_unread-bg); }
.item[data-read="true"] .title { color: var(--_read-fg); }
.dot { flex: none; width: 8px; height: 8px; margin-top: 6px; border-radius: 50%; background: transparent; }
.item[data-read="false"] .dot { background: var(--_accent); }
.text { display: flex; flex-direction: column; gap: 2px; min-width: 0; }
.title { font-size: 14px; font-weight: 400; overflow-wrap: anywhere; }
.item[data-read="false"] .title { font-weight: 650; }
.body {
  font-size: 13px; color: var(--_muted); overflow-wrap: anywhere;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
}
.time { font-size: 12px; color: var(--_muted); }
.state { padding: 28px 16px; text-align: center; color: var(--_muted); font-size: 14px; }
.state strong { display: block; color: var(--_fg); font-weight: 600; margin-bottom: 2px; }
.foot { padding: 10px 16px; border-top: 1px solid var(--_border); text-align: center; }
.push { margin-left: 12px; }
.push-prompt { display: flex; align-items: center; gap: 12px; padding: 8px 16px; font-size: 13px;
  border-bottom: 1px solid var(--_border); }
.push-prompt[hidden] { display: none; }
.push-prompt span { margin-right: auto; }
.toasts {
  position: fixed; inset: auto 16px 16px auto; margin: 0; padding: 0; border: 0; background: transparent;
  overflow: visible; z-index: var(--tocsin-z-index, 1000);
  display: flex; flex-direction: column; gap: 8px; width: min(360px, calc(100vw - 32px));
  pointer-events: none; font-family: var(--_font); line-height: 1.4; color: var(--_fg);
}
.toasts[popover]:not(:popover-open) { display: none; }
.toast {
  display: flex; gap: 10px; align-items: flex-start; padding: 12px 12px 12px 14px;
  background: var(--tocsin-toast-bg, var(--_bg)); color: var(--tocsin-toast-fg, var(--_fg));
  border: 1px solid var(--_border); border-left: 4px solid var(--_accent);
  border-radius: var(--_radius); box-shadow: var(--_shadow); pointer-events: auto;
  animation: tocsin-in .18s ease-out;
}
.toast[data-urgent="true"] { border-left-color: var(--_badge-bg); }
.acts { display: flex; gap: 6px; flex-wrap: wrap; padding: 0 14px 10px 32px; }
.toast { flex-wrap: wrap; }
.toast .acts { padding: 0; flex-basis: 100%; }
.act {
  font: inherit; font-size: 12px; font-weight: 600; padding: 4px 10px; border-radius: 6px; cursor: pointer;
  border: 1px solid var(--_border, #d0d7de); background: transparent; color: var(--_fg);
}
.act[data-style="primary"] { background: var(--tocsin-accent, #2563eb); border-color: transparent; color: #fff; }
.act[data-style="danger"] { color: #b42318; border-color: #f3b8b2; }
.act:disabled { opacity: .6; cursor: default; }
.outcome { font-size: 12px; font-weight: 600; color: var(--_muted, #57606a); padding: 0 14px 10px 32px; }
.toast .outcome { padding: 0; flex-basis: 100%; }
.toast .open { flex: 1; min-width: 0; border: 0; background: none; padding: 0; text-align: left; cursor: pointer; }
.toast .title { font-weight: 650; }
.toast .close {
  flex: none; width: 24px; height: 24px; border: 0; border-radius: 6px; background: none;
  color: var(--_muted); cursor: pointer; font-size: 18px; line-height: 1;
}
.toast .close:hover { background: var(--_hover); color: var(--_fg); }
@keyframes tocsin-in { from { opacity: 0; transform: translateY(8px); } to { opacity: 1; transform: none; } }
@media (prefers-reduced-motion: reduce) { .toast { animation: none; } .bell { transition: none; } }
.sr-only {
  position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
`;

const BELL_ICON = `<svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8"
  stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">
  <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9"/><path d="M13.73 21a2 2 0 0 1-3.46 0"/></svg>`;

export const TEMPLATE = `
<button part="bell" class="bell" type="button" aria-haspopup="dialog" aria-expanded="false"
  data-l10n-label="bell.label">${BELL_ICON}<span part="badge" class="badge" hidden></span></button>
<div part="panel" class="panel" role="dialog" data-l10n-label="bell.heading">
  <div class="head">
    <h2 tabindex="-1" data-l10n="bell.heading"></h2>
    <button part="mark-all-read" class="linkish mark-all" type="button" data-l10n="bell.markAllRead"></button>
  </div>
  <div part="push-prompt" class="push-prompt" hidden><span data-l10n="bell.push.prompt"></span>
    <button part="push-allow" class="linkish push-allow" type="button" data-l10n="bell.push.allow"></button>
    <button part="push-later" class="linkish push-later" type="button" data-l10n="bell.push.later"></button></div>
  <div class="state" role="status" hidden></div>
  <ul class="list" data-l10n-label="bell.list"></ul>
  <div class="foot"><a part="view-all" class="linkish view-all" target="_blank" rel="noopener" data-l10n="bell.viewAll"></a>
    <button part="push" class="linkish push" type="button" hidden></button></div>
</div>
<div class="toasts" role="region" aria-live="polite" data-l10n-label="bell.toasts"></div>
`;

let sheet = null;
export function styles() {
  // Constructable stylesheets are not subject to the host page's style-src CSP, unlike <style>.
  if (sheet === null && "adoptedStyleSheets" in Document.prototype && "replaceSync" in CSSStyleSheet.prototype) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
