// "rxjs" for the import map: the names Angular imports, from rxjs's own UMD bundle (window.rxjs),
// since rxjs's ESM build is hundreds of files. Loaded after rxjs.umd.min.js.
const { rxjs } = window;
export const { BehaviorSubject, Observable, Subject, Subscription, of, from, concat, EMPTY, throwError } = rxjs;
