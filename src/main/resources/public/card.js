/*
 * One result card, the same for search, similar and draft results, and copying a hit with its
 * citation, ready to paste into a draft.
 */

import { $, el, highlightText, markedTerms, snippetNodes } from './dom.js';
import { citationText, regionText, topicLabel, whenText } from './format.js';
import { speechHash } from './state.js';

/** The card of a hit; its 相似措施 button calls onSimilar(hit). */
export function card(hit, onSimilar) {
  const li = $('card-template').content.firstElementChild.cloneNode(true);
  const sp = hit.speech || {};
  li.dataset.id = hit.id;
  li.dataset.kind = hit.kind || '';
  const path = hit.path || [];
  li.querySelector('.crumbs').textContent = path.join(' › ');
  if (!path.length) li.querySelector('.crumbs').remove();

  const snippet = snippetNodes(hit.snippet || '');
  const terms = markedTerms(snippet);
  const link = li.querySelector('.heading');
  link.href = speechHash(sp.id, hit.id);
  if (hit.marker) link.append(el('span', { class: 'marker', text: hit.marker }), ' ');
  link.append(highlightText(hit.heading || sp.title || '（无标题）', terms));
  li.querySelector('.snippet').append(snippet);
  // similar measures say which of the draft's words and phrases each hit shares
  if (hit.shared && hit.shared.length) {
    const shared = li.querySelector('.shared');
    shared.textContent = '共同词语：' + hit.shared.slice(0, 8).join('、');
    shared.hidden = false;
  }

  const meta = li.querySelector('.meta');
  if (hit.kind === 'speech') meta.querySelector('.speech-title').remove();
  else meta.querySelector('.speech-title').textContent = sp.title || '（无标题讲话）';
  meta.querySelector('.speech-year').textContent = whenText(sp.date, sp.year, sp.yearSource);
  meta.querySelector('.speech-region').textContent = regionText(sp.region);
  meta.querySelector('.speech-truncated').textContent = sp.truncated ? '原文不完整' : '';
  for (const part of meta.querySelectorAll('span')) if (!part.textContent) part.remove();

  if (hit.match === 'partial') li.querySelector('.match-badge').hidden = false;

  const tags = li.querySelector('.tags');
  for (const t of hit.topics || []) tags.append(el('li', { class: 'tag', title: t, text: topicLabel(t) }));

  const copy = li.querySelector('.copy-button');
  copy.setAttribute('aria-label', '复制此条及出处');
  copy.addEventListener('click', () => copyHit(hit, li.querySelector('.copy-status')));

  const button = li.querySelector('.similar-button');
  // A whole speech has no text of its own to compare; similar works on units and passages.
  if (hit.kind === 'speech') button.remove();
  else {
    button.setAttribute('aria-label', '查找与此条相似的措施');
    button.addEventListener('click', () => onSimilar(hit));
  }
  return li;
}

/**
 * execCommand('copy') on a hidden textarea: the Clipboard API exists only in secure contexts,
 * and the page is often served over plain http on an intranet address.
 */
function copyByCommand(text) {
  const area = el('textarea', { readonly: true, class: 'copy-buffer', 'aria-hidden': 'true' });
  area.value = text;
  document.body.append(area);
  const focused = document.activeElement;
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch (e) {
    ok = false;
  }
  area.remove();
  if (focused && focused.focus) focused.focus({ preventScroll: true });
  return ok;
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) {
      // Denied (no permission, page not focused): the older command may still be allowed.
    }
  }
  return copyByCommand(text);
}

const copyTimers = new WeakMap();

async function copyHit(hit, status) {
  const ok = await copyText(citationText(hit));
  status.textContent = ok ? '已复制' : '复制失败，请手动选择文字';
  status.classList.toggle('bad', !ok);
  clearTimeout(copyTimers.get(status));
  copyTimers.set(
    status,
    setTimeout(() => {
      status.textContent = '';
    }, 2500),
  );
}
