// Angular binds properties with [prop] and listens with (event-name); CUSTOM_ELEMENTS_SCHEMA lets
// its template compiler accept <tocsin-bell>. Compiled in the browser (JIT, @angular/compiler),
// zoneless, with decorators called as functions: no TypeScript, no build.
import "@angular/compiler";
import { CUSTOM_ELEMENTS_SCHEMA, Component, provideZonelessChangeDetection, signal } from "@angular/core";
import { bootstrapApplication } from "@angular/platform-browser";

const host = document.querySelector("crm-app");
const { server, token: firstToken, fresh } = host.dataset;

class CrmApp {
  server = server;
  token = signal(firstToken);
  route = signal("/");
  unread = signal(null);

  open(event) {
    event.preventDefault();
    const path = `/${event.detail.entity.type}s/${event.detail.entity.id}`;
    history.pushState({}, "", path);
    this.route.set(path);
  }

  expired() {
    document.body.dataset.expired = String(Number(document.body.dataset.expired || 0) + 1);
    this.token.set(fresh);
  }
}

Component({
  selector: "crm-app",
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <header><strong>Angular CRM</strong>
      <tocsin-bell [server]="server" [token]="token()" theme="light"
        (tocsin-click)="open($event)" (tocsin-unread)="unread.set($event.detail)"
        (tocsin-token-expired)="expired()"></tocsin-bell>
    </header>
    <p id="route">{{ route() }}</p>
    <p id="count">{{ unread() ?? "" }}</p>`,
})(CrmApp);

bootstrapApplication(CrmApp, { providers: [provideZonelessChangeDetection()] }).catch((err) => {
  document.body.dataset.error = String(err);
  throw err;
});
