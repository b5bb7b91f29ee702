// "rxjs/operators" for the import map (see rxjs.js).
const { operators } = window.rxjs;
export const { concatMap, filter, finalize, map, switchMap, tap, catchError, share, take } = operators;
