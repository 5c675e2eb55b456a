/*
 * The speech reader: a speech as its outline of sections and measures, with a table of contents,
 * opened at the unit or passage a hit named, which is marked.
 */

import { $, el } from './dom.js';
import * as api from './api.js';
import { clearError, report, showError } from './errors.js';
import { regionText, topicLabel, whenText } from './format.js';
import { state } from './state.js';

// ---------------------------------------------------------------------------------------------
// Passage ids, as the index numbers them. A unit's id names the unit. "X~N" is passage N of unit
// X: its paragraph N, counted from 0, where the first paragraph is kept inline with the unit and
// so is never a passage of its own. "X~tN" is paragraph N of section X's tail (the text after its
// last child); "S~pN", "S~cN" and "S~aN" are paragraphs of speech S's preamble, closing and
// appendix. These paragraphs count from 1. Nothing else on the page takes an id apart.

const PART_LETTERS = { preamble: 'p', closing: 'c', appendix: 'a', tail: 't' };

/** The id of paragraph k (from 1) of a part ('preamble', 'closing', 'appendix', 'tail'). */
function partParagraphId(ownerId, part, k) {
  return ownerId + '~' + PART_LETTERS[part] + k;
}

/** For a passage's id, its owner's id and, for "X~N", the number N; null for a unit's own id. */
function passageOf(id) {
  const tilde = id.indexOf('~');
  if (tilde < 0) return null;
  const n = id.slice(tilde + 1);
  return { owner: id.slice(0, tilde), number: /^\d+$/.test(n) ? n : null };
}

/** The paragraphs of a unit's text after its heading (rest), each with its passage number. */
function numberedParagraphs(text, rest) {
  const paras = rest.replace(/^[。；;，,：:\s]+/, '').split('\n').filter((p) => p.trim());
  const all = text.split('\n').filter((p) => p.trim());
  const offset = all.length - paras.length;
  return paras.map((p, i) => ({ number: i + offset, text: p.trim() }));
}

// ---------------------------------------------------------------------------------------------
// Opening and leaving the reader

const requests = api.latestOnly();

/** Shows the reader with a speech, marking the unit or passage unitId when one is given. */
export async function openSpeech(speechId, unitId) {
  if (!$('search-view').hidden) state.searchScrollY = window.scrollY;
  $('search-view').hidden = true;
  $('search-form').hidden = true;
  $('speech-view').hidden = false;
  const ctl = requests.start();
  const article = $('speech');
  article.replaceChildren(el('p', { class: 'muted', text: '正在载入讲话…' }));
  try {
    const speech = await api.speech(speechId, ctl.signal);
    clearError();
    article.replaceChildren(...renderSpeech(speech, Boolean(unitId)));
    markTarget(article, unitId);
  } catch (e) {
    if (!api.isAbort(e)) article.replaceChildren(el('p', { class: 'muted', text: '无法载入这篇讲话。' }));
    report(e);
  } finally {
    requests.done(ctl);
  }
}

export function showSearchView() {
  $('speech-view').hidden = true;
  $('search-view').hidden = false;
  $('search-form').hidden = false;
}

/** The back button, and noting when the reader is opened from a result. */
export function wireReader() {
  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a.heading');
    if (a && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      state.searchScrollY = window.scrollY;
      state.readerFromResults = true;
    }
  });

  // Came here from the results: the browser's back keeps history tidy; a shared link has none.
  $('back').addEventListener('click', () => {
    if (state.readerFromResults) {
      state.readerFromResults = false;
      history.back();
    } else {
      location.hash = state.lastSearchHash;
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Rendering

function renderSpeech(sp, targeted) {
  const nodes = [];
  nodes.push(el('h2', { class: 'speech-heading', text: sp.title || '（无标题讲话）' }));
  if (sp.subtitle) nodes.push(el('p', { class: 'subtitle', text: sp.subtitle }));
  const meta = [
    whenText(sp.date, sp.year, (sp.sources || {}).year),
    regionText(sp.region),
    sp.region && sp.region.level ? sp.region.level + '级' : '',
    sp.speaker || '',
  ].filter(Boolean);
  nodes.push(el('p', { class: 'meta', text: meta.join(' · ') }));
  if ((sp.topics || []).length) {
    // the speech JSON gives each label with its score; hits give the label alone
    const tags = sp.topics.map((t) => el('li', { class: 'tag', title: t.label, text: topicLabel(t.label) }));
    nodes.push(el('ul', { class: 'tags' }, ...tags));
  }
  if (sp.truncated) nodes.push(el('p', { class: 'notice', text: '原文不完整：此讲话只收录了部分内容。' }));

  const sections = sp.sections || [];
  if (sections.length) {
    // Open when reading a whole speech; folded when a unit is marked, so the mark is the focus.
    const toc = el('details', { class: 'toc', open: !targeted }, el('summary', { text: '目录' }));
    toc.append(el('nav', { 'aria-label': '目录' }, contents(sections)));
    nodes.push(toc);
  }
  const body = el('div', { class: 'speech-body' });
  if (sp.preamble) body.append(partNode(sp.preamble, sp.id, 'preamble'));
  if (sections.length) body.append(el('ol', { class: 'units' }, ...sections.map((u) => unitNode(u, 0))));
  if (sp.closing) body.append(partNode(sp.closing, sp.id, 'closing'));
  if (sp.appendix) body.append(partNode(sp.appendix, sp.id, 'appendix'));
  nodes.push(body);
  return nodes;
}

/** The nested table of contents: headings only, each a link to its place in the text. */
function contents(units) {
  return el(
    'ol',
    null,
    ...units.map((u) =>
      el(
        'li',
        null,
        el('a', { href: '#', 'data-target': u.id, text: ((u.marker || '') + ' ' + (u.heading || '')).trim(), onclick: jumpTo }),
        (u.children || []).length ? contents(u.children) : null,
      ),
    ),
  );
}

// TOC links scroll in place; changing the hash would reload the reader and lose the mark.
function jumpTo(e) {
  e.preventDefault();
  const target = document.querySelector(`[data-unit="${CSS.escape(e.currentTarget.dataset.target)}"]`);
  if (target) {
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }
}

/** Preamble, closing, appendix or a section's tail: one paragraph per line, each with its id. */
function partNode(text, ownerId, part) {
  const box = el('div', { class: part });
  let k = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    k++;
    box.append(el('p', { 'data-unit': partParagraphId(ownerId, part, k), tabindex: '-1', text: line.trim() }));
  }
  return box;
}

function unitNode(u, depth) {
  const children = u.children || [];
  const li = el('li', { class: 'unit ' + (children.length ? 'unit-section' : 'unit-measure'), 'data-unit': u.id, tabindex: '-1' });
  const lead = ((u.marker || '') + (u.heading || '')).trim();
  const text = u.text || '';
  // The text usually starts with marker and heading; show them once, as the heading.
  let rest = text;
  if (lead && text.startsWith(lead)) rest = text.slice(lead.length);
  else if (u.marker && text.startsWith(u.marker) && text.slice(u.marker.length).startsWith(u.heading || '\u0000'))
    rest = text.slice(u.marker.length + u.heading.length);
  const headTag = children.length ? (depth === 0 ? 'h3' : 'h4') : 'p';
  // An unmarked group's heading is its lead-in sentence, which its text shows in place.
  if (u.marker) {
    const head = el(headTag, { class: 'unit-head' });
    head.append(el('span', { class: 'marker', text: u.marker }), ' ');
    head.append(u.heading || '');
    li.append(head);
  }
  for (const p of numberedParagraphs(text, rest)) {
    li.append(el('p', { class: 'unit-text', 'data-passage': String(p.number), text: p.text }));
  }
  if (children.length) li.append(el('ol', { class: 'units' }, ...children.map((c) => unitNode(c, depth + 1))));
  // The section's text after its last child, after that child's list.
  if (u.tail) li.append(partNode(u.tail, u.id, 'tail'));
  return li;
}

/** Marks the unit unitId names, or the unit owning that passage, and scrolls to it. */
function markTarget(article, unitId) {
  if (!unitId) {
    window.scrollTo(0, 0);
    return;
  }
  const esc = (v) => CSS.escape(v);
  let target = article.querySelector(`[data-unit="${esc(unitId)}"]`);
  let passage = null;
  const of = passageOf(unitId);
  if (!target && of) {
    target = article.querySelector(`[data-unit="${esc(of.owner)}"]`);
    if (target && of.number != null) passage = target.querySelector(`:scope > [data-passage="${of.number}"]`);
  }
  if (!target) {
    showError('在讲话中找不到所选段落（' + unitId + '），显示全文');
    window.scrollTo(0, 0);
    return;
  }
  target.classList.add('target');
  if (passage) passage.classList.add('target-passage');
  target.setAttribute('aria-current', 'true');
  (passage || target).scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}
