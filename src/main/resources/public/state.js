/*
 * The page's one state object, and the URL hash that mirrors it:
 *   #q=..&topic=..&scope=..&sort=..&page=..  a search, as the controls show it
 *   #speech=ID&unit=UID                      the reader, opened at a unit
 * navigate() moves to a new search; the router that followHash() is given (app.js) is called on
 * every change of the hash and shows the view it names.
 */

import { SCOPES, SORTS } from './api.js';

/** The filter dimensions, in the order the hash lists them. */
export const DIMS = ['topic', 'region', 'level', 'year'];

export function emptyState() {
  return {
    q: '',
    scope: 'measure',
    sort: 'relevance',
    page: 1,
    topic: [],
    region: [],
    level: [],
    year: [],
    yearFrom: '',
    yearTo: '',
  };
}

/** What the views share. Each module keeps only its own requests and widgets' state besides. */
export const state = {
  // the search the controls show; the hash follows it (see navigate)
  search: emptyState(),
  // the canonical hash of the results on screen, so returning from the reader does not refetch
  shownKey: null,
  // where the reader's back button goes when the reader was opened from a link
  lastSearchHash: '#',
  // the results' scroll position, restored on return from the reader
  searchScrollY: 0,
  // the reader was opened from the results: going back keeps the browser's history tidy
  readerFromResults: false,
};

/** The current search with some fields changed; any change but the page's goes to page 1. */
export function withChange(change) {
  const next = { ...state.search, ...change };
  if (!('page' in change)) next.page = 1;
  return next;
}

export function hasFilters(s) {
  return DIMS.some((d) => s[d].length) || s.yearFrom || s.yearTo;
}

export function parseHash(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  if (p.get('speech')) return { view: 'speech', speech: p.get('speech'), unit: p.get('unit') || '' };
  const s = emptyState();
  s.q = p.get('q') || '';
  if (SCOPES.includes(p.get('scope'))) s.scope = p.get('scope');
  if (SORTS.includes(p.get('sort'))) s.sort = p.get('sort');
  const page = parseInt(p.get('page') || '1', 10);
  s.page = page > 0 ? page : 1;
  for (const d of DIMS) s[d] = [...new Set(p.getAll(d).filter(Boolean))];
  s.yearFrom = /^\d{4}$/.test(p.get('yearFrom') || '') ? p.get('yearFrom') : '';
  s.yearTo = /^\d{4}$/.test(p.get('yearTo') || '') ? p.get('yearTo') : '';
  return { view: 'search', state: s };
}

/** The canonical hash of a search state; equal states give equal strings. */
export function searchHash(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.scope !== 'measure') p.set('scope', s.scope);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  for (const d of DIMS) for (const v of [...s[d]].sort()) p.append(d, v);
  if (s.yearFrom) p.set('yearFrom', s.yearFrom);
  if (s.yearTo) p.set('yearTo', s.yearTo);
  if (s.page > 1) p.set('page', String(s.page));
  return '#' + p.toString();
}

/** The hash that opens a speech in the reader, at a unit or passage when one is given. */
export function speechHash(speechId, unitId) {
  const p = new URLSearchParams({ speech: speechId });
  if (unitId) p.set('unit', unitId);
  return '#' + p.toString();
}

// route(fromBrowser, force): shows what the hash names; set by followHash.
let route = () => {};
// Hashes this page set itself; their hashchange must not overwrite what the user is typing.
let ownHash = null;

/** Hands every change of the hash to route(fromBrowser); the caller routes the first time itself. */
export function followHash(router) {
  route = router;
  window.addEventListener('hashchange', () => {
    const own = ownHash !== null && location.hash === ownHash;
    ownHash = null;
    route(!own);
  });
}

/** Moves to a new search state: push adds a history entry (Enter, clicks), replace does not. */
export function navigate(next, push) {
  state.search = next;
  const hash = searchHash(next);
  if (hash === location.hash || (hash === '#' && !location.hash)) {
    route(false, true);
  } else if (push) {
    ownHash = hash;
    location.hash = hash;
  } else {
    history.replaceState(null, '', hash === '#' ? location.pathname + location.search : hash);
    route(false);
  }
}
