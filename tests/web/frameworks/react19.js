// React 19 sets properties on custom elements when the element has them, and listens to their
// events with `on<event-name>` props: no ref needed.
const React = window.cjs.require("react");
const { createRoot } = window.cjs.require("react-dom/client");
const { createElement: h, useState } = React;
const root = document.getElementById("app");
const { server, token: firstToken, fresh } = root.dataset;

function App() {
  const [token, setToken] = useState(firstToken);
  const [route, setRoute] = useState("/");
  const [unread, setUnread] = useState(null);
  return h(
    "div",
    null,
    h(
      "header",
      null,
      h("strong", null, "React 19 CRM"),
      h("tocsin-bell", {
        server,
        token,
        theme: "light",
        "ontocsin-click": (e) => {
          e.preventDefault();
          const path = `/${e.detail.entity.type}s/${e.detail.entity.id}`;
          history.pushState({}, "", path);
          setRoute(path);
        },
        "ontocsin-unread": (e) => setUnread(e.detail),
        "ontocsin-token-expired": () => {
          document.body.dataset.expired = String(Number(document.body.dataset.expired || 0) + 1);
          setToken(fresh);
        },
      }),
    ),
    h("p", { id: "route" }, route),
    h("p", { id: "count" }, unread === null ? "" : String(unread)),
  );
}

createRoot(root).render(h(App));
