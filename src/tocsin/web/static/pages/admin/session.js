// The console's API client, shared by every section: an org API key (not a JWT) is used as it is;
// a user token as on the other pages (its claims name the user shown in the top bar).

import { Api, startSession, takeToken } from "../common.js";

export let api = null;

export function openSession() {
  const token = takeToken();
  if (token && token.startsWith("tsn_")) {
    document.getElementById("who").textContent = "API key";
    api = new Api(token);
  } else {
    api = startSession({ missing: "adminMissing" });
  }
  return api;
}
