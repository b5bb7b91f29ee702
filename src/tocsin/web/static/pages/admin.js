// The admin console (/admin): one tab per section, each built from the admin API with the token
// of the URL fragment (an org API key or the user token of an admin). No build step.
//
// The list of sections is the server's (web/pages.py renders a tab per section); each tab's
// `data-section` names its module, ./admin/{section}.js, whose default export builds the panel.
// Channel tabs and forms come from the API and its OpenAPI document, so a channel added to the
// server gets its tab and its form without a change here.

import { ApiError, showProblem, startLanguage } from "./common.js";
import { openSession } from "./admin/session.js";
import { selectTab, wireTabs } from "./admin/tabs.js";
import { errorText, showError } from "./admin/ui.js";

async function start(api) {
  try {
    await api.call("GET", "/v1/admin/channels");
  } catch (err) {
    if (err instanceof ApiError && err.status === 404) {
      showProblem("notAdmin");
    } else if (!(err instanceof ApiError && err.status === 401)) {
      showProblem("other", errorText(err));
    }
    document.body.setAttribute("data-ready", "true");
    return;
  }
  // Only an administrator is offered the console's link in the top bar.
  document.getElementById("admin-link")?.removeAttribute("hidden");
  const tabs = [...document.querySelectorAll('#tabs [role="tab"]')];
  const loaded = new Set();
  const show = async (tab) => {
    selectTab(tabs, tab);
    const section = tab.dataset.section;
    const panel = document.getElementById(`panel-${section}`);
    if (!loaded.has(section)) {
      loaded.add(section);
      try {
        const module = await import(`./admin/${section}.js`);
        await module.default(panel);
      } catch (err) {
        showError(panel, err);
      }
    }
    document.body.dataset.section = section;
  };
  wireTabs(tabs, show);
  await show(tabs[0]);
  document.body.setAttribute("data-ready", "true");
}

await startLanguage();
const api = openSession();
if (api) await start(api);
