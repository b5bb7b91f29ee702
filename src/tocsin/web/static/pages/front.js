// The front page: static texts, in the visitor's language where the tables have them.

import { startLanguage } from "./common.js";

await startLanguage();
document.body.setAttribute("data-ready", "true");
