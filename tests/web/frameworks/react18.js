// React 18 sets unknown props on custom elements as attributes (strings) and has no way to
// listen to their events in JSX: a ref gives the element, properties and listeners go on it.
const { createElement: h, useEffect, useRef, useState } = React;
const root = document.getElementById("app");
const { server, token: firstToken, fresh } = root.dataset;

function App() {
  const bell = useRef(null);
  const [route, setRoute] = useState("/");
  const [unread, setUnread] = useState(null);
  useEffect(() => {
    const el = bell.current;
    const onClick = (e) => {
      e.preventDefault(); // we route ourselves
      const path = `/${e.detail.entity.type}s/${e.detail.entity.id}`;
      history.pushState({}, "", path);
      setRoute(path);
    };
    const onUnread = (e) => setUnread(e.detail);
    const onExpired = () => {
      document.body.dataset.expired = String(Number(document.body.dataset.expired || 0) + 1);
      el.token = fresh; // as if just fetched from the CRM's session
    };
    el.addEventListener("tocsin-click", onClick);
    el.addEventListener("tocsin-unread", onUnread);
    el.addEventListener("tocsin-token-expired", onExpired);
    return () => {
      el.removeEventListener("tocsin-click", onClick);
      el.removeEventListener("tocsin-unread", onUnread);
      el.removeEventListener("tocsin-token-expired", onExpired);
    };
  }, []);
  return h(
    "div",
    null,
    h("header", null, h("strong", null, "React 18 CRM"), h("tocsin-bell", { ref: bell, server, token: firstToken, theme: "light" })),
    h("p", { id: "route" }, route),
    h("p", { id: "count" }, unread === null ? "" : String(unread)),
  );
}

ReactDOM.createRoot(root).render(h(App));
