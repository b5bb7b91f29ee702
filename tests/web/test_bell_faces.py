"""The bell's face for any CRM page in real Chromium: placement, single-page apps, tokens, languages
and themes. One server and one browser for the module; each test opens its own page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from playwright.sync_api import expect

from tests.factories import OrgHandle
from tests.servers import Proc
from tests.waiting import wait_until
from tests.web.conftest import WAIT_MS, CrmSite, me, note, post_event, screenshot_path, user_token

pytestmark = pytest.mark.browser

RECORDER = """<script>
  window.unreadEvents = []; window.clicks = []; window.expired = 0;
  document.addEventListener("tocsin-unread", (e) => window.unreadEvents.push(e.detail));
</script>"""


def crm_page(server: Proc, body: str, *, style: str = "", head: str = "") -> str:
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>CRM</title>{RECORDER}{head}
<script type="module" src="{server.base_url}/static/tocsin-bell.js"></script>
<style>body {{ margin: 0; font: 14px system-ui, sans-serif; }} {style}</style></head>
<body>{body}</body></html>"""


def bell_tag(server: Proc, token: str, attrs: str = "") -> str:
    return f'<tocsin-bell {attrs} server="{server.base_url}" token="{token}"></tocsin-bell>'


def at_right(html: str) -> str:
    return f'<div style="display:flex;justify-content:flex-end;padding:8px">{html}</div>'


def luminance(rgb: tuple[float, float, float]) -> float:
    def channel(c: float) -> float:
        c = c / 255
        return c / 12.92 if c <= 0.04045 else float(((c + 0.055) / 1.055) ** 2.4)

    r, g, b = (channel(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def rgb(css: str) -> tuple[float, float, float]:
    """`rgb(1, 2, 3)` or `rgba(1, 2, 3, 1)` as computed by the browser."""
    numbers = css[css.index("(") + 1 : css.index(")")].replace(",", " ").split()
    assert len(numbers) == 3 or float(numbers[3]) == 1, css  # opaque: the contrast is what it says
    return (float(numbers[0]), float(numbers[1]), float(numbers[2]))


# The panel's colours as painted: each text element against the background it sits on.
COLOURS = """(bell) => {
  const root = bell.shadowRoot;
  const background = (node) => {
    for (let n = node; n; n = n.parentElement || n.getRootNode().host) {
      const bg = getComputedStyle(n).backgroundColor;
      if (bg && bg !== "rgba(0, 0, 0, 0)" && bg !== "transparent") return bg;
    }
    return "rgb(255, 255, 255)";
  };
  return [...root.querySelectorAll(".item .title, .item .body, .item .time, .head h2, .linkish")].map((n) => ({
    text: n.textContent.trim(), read: n.closest(".item")?.dataset.read ?? null,
    fg: getComputedStyle(n).color, bg: background(n),
  }));
}"""


@pytest.mark.parametrize("width", [1280, 390])
def test_the_panel_lies_inside_the_window_wherever_the_bell_is(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, browser: Any, width: int
) -> None:
    for i in range(3):
        note(tocsin, org, "jane", f"Placed {i}")
    token = user_token(org, "jane")
    # A sidebar layout: each bell inside a clipped, transformed box; the toasts must not clip either.
    bells = "".join(
        f'<div class="slot {side}">{bell_tag(tocsin, token, f"id={side}")}</div>'
        for side in ("left", "centre", "right")
    )
    style = """
      .frame { position: relative; height: 64px; overflow: hidden; transform: translateZ(0); background: #1f2937; }
      .slot { position: absolute; top: 12px; }
      .left { left: 4px; } .centre { left: calc(50% - 20px); } .right { right: 4px; }"""
    url = crm.put(crm_page(tocsin, f'<div class="frame">{bells}</div><main style="height:900px"></main>', style=style))
    context = browser.new_context(viewport={"width": width, "height": 760}, device_scale_factor=1)
    try:
        page = context.new_page()
        page.goto(url)
        page.wait_for_function("window.unreadEvents.length >= 3")
        for side in ("left", "centre", "right"):
            bell = page.locator(f"#{side}")
            bell.locator('[part~="bell"]').click()
            panel = bell.locator('[part~="panel"]')
            expect(panel).to_be_visible()
            expect(bell.locator('[part~="item"]')).to_have_count(3)
            box = panel.bounding_box()
            assert box is not None
            assert box["x"] >= 0 and box["x"] + box["width"] <= width, (side, width, box)
            assert box["y"] >= 0 and box["y"] + box["height"] <= 760, (side, width, box)
            # Not clipped by the overflow: hidden box: the top item is what the browser hits there.
            first = bell.locator('[part~="item"]').first.bounding_box()
            hit = page.evaluate(
                "([x, y, id]) => document.getElementById(id).shadowRoot"
                ".elementFromPoint(x, y)?.closest('.item') !== null",
                [first["x"] + first["width"] / 2, first["y"] + first["height"] / 2, side],
            )
            assert hit, (side, width)
            if width < 480:
                assert box["x"] == 0 and box["width"] == width  # the full-width sheet
            else:
                assert box["width"] == 380
            page.screenshot(path=screenshot_path(f"bell-placement-{side}-{width}.png"), animations="disabled")
            page.keyboard.press("Escape")
            expect(panel).to_be_hidden()
    finally:
        context.close()


def test_toasts_never_cover_the_open_panel(tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any) -> None:
    token = user_token(org, "jane")
    page.set_viewport_size({"width": 390, "height": 700})
    body = at_right(bell_tag(tocsin, token))
    page.goto(crm.put(crm_page(tocsin, body)))
    page.wait_for_function("window.unreadEvents.length > 0")
    note(tocsin, org, "jane", "Before opening")
    expect(page.locator('tocsin-bell [part~="toast"]')).to_have_count(1)
    page.locator('tocsin-bell [part~="bell"]').click()
    expect(page.locator('tocsin-bell [part~="toast"]')).to_have_count(0)  # opening clears the toasts
    note(tocsin, org, "jane", "While open")
    expect(page.locator('tocsin-bell [part~="item"]').first).to_contain_text("While open")
    expect(page.locator('tocsin-bell [part~="toast"]')).to_have_count(0)
    expect(page.locator('tocsin-bell [part~="view-all"]')).to_be_visible()
    page.locator('tocsin-bell [part~="view-all"]').click(trial=True)  # nothing lies over it


def test_a_cancelled_tocsin_click_routes_without_navigation(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any
) -> None:
    post_event(
        tocsin,
        org,
        "lead_assigned",
        actor="bob",
        entity={"type": "lead", "id": "L5", "name": "Ada Park", "url": f"{crm.origin}/leads/L5", "owner": "jane"},
    )
    token = user_token(org, "jane")
    router = """<script>
      // A single-page CRM: it takes the click and routes itself.
      document.addEventListener("tocsin-click", (e) => {
        e.preventDefault();
        window.clicks.push(e.detail.entity.id);
        history.pushState({}, "", "/spa/leads/" + e.detail.entity.id);
      });
      window.marker = "still the same page";
    </script>"""
    url = crm.put(
        crm_page(tocsin, f'<tocsin-bell server="{tocsin.base_url}" token="{token}"></tocsin-bell>', head=router)
    )
    page.goto(url)
    page.wait_for_function("window.unreadEvents.length > 0")
    page.locator('tocsin-bell [part~="bell"]').click()
    page.locator('tocsin-bell [part~="item"]').first.click()
    page.wait_for_function("window.clicks.length === 1")
    assert page.evaluate("window.clicks") == ["L5"]
    assert page.evaluate("window.marker") == "still the same page"  # no reload
    assert page.url == f"{crm.origin}/spa/leads/L5"
    expect(page.locator('tocsin-bell [part~="panel"]')).to_be_hidden()
    expect(page.locator('tocsin-bell [part~="badge"]')).to_be_hidden()  # still marked read
    # The badge drops at the click; the read reaches the server a moment later.
    wait_until(
        lambda: int(me(tocsin, token, "GET", "/notifications/unread-count").json()["unread"]) == 0,
        "the server to record the read",
        timeout=WAIT_MS / 1000,
    )


def test_a_new_token_takes_effect_without_reload(tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any) -> None:
    note(tocsin, org, "jane", "Waiting for you")
    expired = user_token(org, "jane", now=datetime.now(UTC) - timedelta(hours=2), ttl=timedelta(hours=1))
    fresh = user_token(org, "jane")
    answer = f"""<script>
      window.marker = 1;
      // The CRM answers an expired token with a fresh one, set as a property.
      document.addEventListener("tocsin-token-expired", (e) => {{
        window.expired += 1;
        if (window.expired === 1) setTimeout(() => {{ e.target.token = "{fresh}"; }}, 50);
      }});
    </script>"""
    url = crm.put(
        crm_page(tocsin, f'<tocsin-bell server="{tocsin.base_url}" token="{expired}"></tocsin-bell>', head=answer)
    )
    page.goto(url)
    page.wait_for_function("window.expired === 1")
    expect(page.locator('tocsin-bell [part~="badge"]')).to_have_text("1")
    bell = page.locator('tocsin-bell [part~="bell"]')
    expect(bell).to_have_attribute("aria-label", "Notifications, 1 unread")
    assert page.evaluate("window.marker") == 1
    assert page.evaluate("document.querySelector('tocsin-bell').getAttribute('token')") == expired  # not put in the DOM
    note(tocsin, org, "jane", "Live again")
    expect(page.locator('tocsin-bell [part~="badge"]')).to_have_text("2")
    assert page.evaluate("window.expired") == 1


def test_locale_de_texts_and_dates(tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any) -> None:
    note(tocsin, org, "jane", "Neu")
    token = user_token(org, "jane")
    body = at_right(bell_tag(tocsin, token, 'locale="de"'))
    page.goto(crm.put(crm_page(tocsin, body)))
    page.wait_for_function("window.unreadEvents.length > 0")
    bell = page.locator('tocsin-bell [part~="bell"]')
    expect(bell).to_have_attribute("aria-label", "Benachrichtigungen, 1 ungelesen")
    bell.click()
    expect(page.locator("tocsin-bell .head h2")).to_have_text("Benachrichtigungen")
    expect(page.locator('tocsin-bell [part~="mark-all-read"]')).to_have_text("Alle als gelesen markieren")
    expect(page.locator('tocsin-bell [part~="view-all"]')).to_have_text("Alle anzeigen")
    time = page.locator('tocsin-bell [part~="item"] time')
    expect(time).to_have_text("gerade eben")
    # Full dates in German: "30.11.2026, 02:05" style, with the German month-day order.
    title = time.get_attribute("title") or ""
    assert title.count(".") >= 2 and "," in title, title
    view_all = page.locator('tocsin-bell [part~="view-all"]').get_attribute("href") or ""
    assert view_all.endswith("&locale=de")
    # Older items use Intl's relative phrases in the locale.
    phrase = page.evaluate(
        """async () => {
          const { relativeTime } = await import(document.querySelector("script[type=module]").src);
          return relativeTime(new Date(Date.now() - 3 * 3600e3).toISOString(), Date.now(), { locale: "de" });
        }"""
    )
    assert phrase == "vor 3 Stunden"
    page.screenshot(path=screenshot_path("bell-de.png"), animations="disabled")

    # The page's own words win over the table; switching the locale back gives English.
    page.evaluate("document.querySelector('tocsin-bell').strings = { 'bell.viewAll': 'Alle Meldungen' }")
    expect(page.locator('tocsin-bell [part~="view-all"]')).to_have_text("Alle Meldungen")
    page.evaluate(
        "document.querySelector('tocsin-bell').strings = {}; document.querySelector('tocsin-bell').locale = 'en-GB'"
    )
    expect(page.locator('tocsin-bell [part~="view-all"]')).to_have_text("View all")
    view_all = page.locator('tocsin-bell [part~="view-all"]').get_attribute("href") or ""
    assert view_all.endswith("&locale=en-GB")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_theme_contrast_is_aa_read_items_included(
    tocsin: Proc, crm: CrmSite, org: OrgHandle, page: Any, theme: str
) -> None:
    note(tocsin, org, "jane", "Seen already", message="A body line of a read item")
    note(tocsin, org, "jane", "Fresh one", message="A body line of an unread item")
    token = user_token(org, "jane")
    first = me(tocsin, token, "GET", "/notifications", params={"q": "Seen already"}).json()["items"][0]
    assert me(tocsin, token, "POST", f"/notifications/{first['id']}/read").status_code == 200
    page.emulate_media(color_scheme="dark" if theme == "dark" else "light")
    # `auto` follows the emulated scheme.
    body_bg = "#0b1020" if theme == "dark" else "#f6f7f9"
    body = at_right(bell_tag(tocsin, token, 'theme="auto"'))
    page.goto(crm.put(crm_page(tocsin, body, style=f"body {{ background: {body_bg}; }}")))
    page.wait_for_function("window.unreadEvents.length > 0")
    page.locator('tocsin-bell [part~="bell"]').click()
    expect(page.locator('tocsin-bell [part~="item"]')).to_have_count(2)
    page.mouse.move(0, 0)
    colours = page.locator("tocsin-bell").evaluate(COLOURS)
    assert {c["read"] for c in colours} >= {"true", "false"}
    panel_bg = rgb(page.locator('tocsin-bell [part~="panel"]').evaluate("(e) => getComputedStyle(e).backgroundColor"))
    assert (luminance(panel_bg) < 0.05) == (theme == "dark")
    for c in colours:
        ratio = contrast(rgb(c["fg"]), rgb(c["bg"]))
        assert ratio >= 4.5, (theme, c, round(ratio, 2))
    page.screenshot(path=screenshot_path(f"bell-theme-{theme}.png"), animations="disabled")
