// Vue 3 binds properties with `.prop` (shorthand `.name`) and listens with `@event-name`; it must
// be told that tocsin-* tags are custom elements, not Vue components.
const root = document.getElementById("app");
const { server, token: firstToken, fresh } = root.dataset;

const app = Vue.createApp({
  data: () => ({ token: firstToken, route: "/", unread: null }),
  methods: {
    open(e) {
      e.preventDefault();
      this.route = `/${e.detail.entity.type}s/${e.detail.entity.id}`;
      history.pushState({}, "", this.route);
    },
    expired() {
      document.body.dataset.expired = String(Number(document.body.dataset.expired || 0) + 1);
      this.token = fresh;
    },
  },
  template: `
    <header><strong>Vue 3 CRM</strong>
      <tocsin-bell .server="server" .token="token" theme="light"
        @tocsin-click="open" @tocsin-unread="unread = $event.detail" @tocsin-token-expired="expired"></tocsin-bell>
    </header>
    <p id="route">{{ route }}</p>
    <p id="count">{{ unread === null ? "" : unread }}</p>`,
  setup: () => ({ server }),
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith("tocsin-");
app.mount(root);
