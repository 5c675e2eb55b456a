/*
 * The drafter's page: search with facets, a speech reader, similar measures and a draft box.
 * This module starts it: it routes the URL hash to a view and wires the search bar and the
 * sidebar's own controls. The parts, each a module of its own:
 *   state.js    the one state object and the URL hash that mirrors it
 *   api.js      every call to the server, its parameters, words and limits, its errors
 *   results.js  running a search and listing its hits (card.js: one hit, and copying it)
 *   facets.js   the sidebar's trees        trend.js    the timeline, the tile map, 最早见于
 *   similar.js  similar measures, draft    outline.js  the speech reader
 *   dom.js      building DOM safely        format.js   a speech's place, date and citation
 *   errors.js   the error line
 */

import { loadVocabulary } from './api.js';
import { $ } from './dom.js';
import { catchUncaught, clearError, showError } from './errors.js';
import { openSpeech, showSearchView, wireReader } from './outline.js';
import { runSearch } from './results.js';
import { wireSimilar } from './similar.js';
import { emptyState, followHash, navigate, parseHash, searchHash, state, withChange } from './state.js';

// Typing searches by itself after this pause.
const DEBOUNCE_MS = 250;

/** Shows what the hash names: the reader, or the search (fetched unless already on screen). */
function route(fromBrowser, force) {
  const parsed = parseHash(location.hash);
  if (parsed.view === 'speech') {
    openSpeech(parsed.speech, parsed.unit);
    return;
  }
  showSearchView();
  state.search = parsed.state;
  if (fromBrowser) syncControls();
  const key = searchHash(state.search);
  state.lastSearchHash = key;
  if (key === state.shownKey && !force) {
    // These results were fetched without error; a message from a later request is stale.
    clearError();
    window.scrollTo(0, state.searchScrollY);
    return;
  }
  runSearch();
}

const input = $('q');

/** The controls show the state, after the browser changed the hash (back, a link, a reload). */
function syncControls() {
  const s = state.search;
  input.value = s.q;
  document.querySelector(`input[name=scope][value=${s.scope}]`).checked = true;
  document.querySelector(`input[name=sort][value=${s.sort}]`).checked = true;
  $('yearFrom').value = s.yearFrom;
  $('yearTo').value = s.yearTo;
}

function wireSearchBar() {
  let debounce = 0;
  const searchTyped = () => navigate(withChange({ q: input.value.trim() }), false);
  input.addEventListener('input', (e) => {
    // Pinyin being composed in an IME is not a query yet; compositionend brings the real text.
    if (e.isComposing) return;
    clearTimeout(debounce);
    debounce = setTimeout(searchTyped, DEBOUNCE_MS);
  });
  input.addEventListener('compositionend', () => {
    clearTimeout(debounce);
    debounce = setTimeout(searchTyped, DEBOUNCE_MS);
  });

  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(debounce);
    navigate(withChange({ q: input.value.trim() }), true);
  });

  for (const name of ['scope', 'sort']) {
    for (const radio of document.querySelectorAll(`input[name=${name}]`)) {
      radio.addEventListener('change', () => navigate(withChange({ [name]: radio.value }), true));
    }
  }

  $('home').addEventListener('click', (e) => {
    e.preventDefault();
    input.value = '';
    navigate(emptyState(), true);
  });
}

function wireSidebarAndPager() {
  for (const id of ['yearFrom', 'yearTo']) {
    $(id).addEventListener('change', () => {
      const v = $(id).value.trim();
      if (v && !/^\d{4}$/.test(v)) {
        showError('年份请填写四位数字，如 2020');
        return;
      }
      navigate(withChange({ [id]: v }), true);
    });
  }

  $('clear-filters').addEventListener('click', () =>
    navigate(withChange({ topic: [], region: [], level: [], year: [], yearFrom: '', yearTo: '' }), true),
  );

  const turnPage = (delta) => {
    navigate(withChange({ page: Math.max(1, state.search.page + delta) }), true);
    $('results').focus({ preventScroll: true });
    $('results').scrollIntoView({ block: 'start' });
  };
  $('prev').addEventListener('click', () => turnPage(-1));
  $('next').addEventListener('click', () => turnPage(1));

  // In-page links must not touch the hash: it holds the search, and "#results" would clear it.
  for (const a of document.querySelectorAll('a[data-jump]')) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const target = $(a.dataset.jump);
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    });
  }
}

catchUncaught();
wireSearchBar();
wireSidebarAndPager();
wireSimilar();
wireReader();
followHash(route);
// Without the vocabulary the level facet keeps the server's order; the search still runs and
// reports its own errors.
loadVocabulary()
  .catch(() => {})
  .finally(() => route(true));
