/*
 * Similar measures, of a result (its 相似措施 button) or of a pasted draft (the draft box, under
 * the sidebar's filters), in the panel above the results.
 */

import { $ } from './dom.js';
import * as api from './api.js';
import { card } from './card.js';
import { clearError, report, showError } from './errors.js';
import { hasFilters, state } from './state.js';

const requests = api.latestOnly();

/** Opens the panel with `source` as its heading and the cards of request(signal)'s hits. */
async function showSimilar(source, request) {
  const ctl = requests.start();
  const panel = $('similar');
  panel.hidden = false;
  $('similar-source').textContent = source + '（查找中…）';
  $('similar-list').replaceChildren();
  panel.scrollIntoView({ block: 'start' });
  try {
    const data = await request(ctl.signal);
    clearError();
    const hits = data.hits || [];
    $('similar-source').textContent =
      source + (hits.length ? `：${howMany(data)}，显示前 ${hits.length} 条` : '：没有找到相似措施');
    $('similar-list').replaceChildren(...hits.map((h) => card(h, loadSimilar)));
  } catch (e) {
    if (!api.isAbort(e)) $('similar-source').textContent = source;
    report(e);
  } finally {
    requests.done(ctl);
  }
}

/**
 * The count of similar measures: exact ("共 N 条"), or a lower bound ("至少 N 条") when the server
 * ranked the best-scoring measures without scoring every one that shares a word (totalRelation gte).
 */
function howMany(data) {
  return (data.totalRelation === 'gte' ? '至少 ' : '共 ') + data.total + ' 条';
}

/** The measures like a hit's. */
export function loadSimilar(hit) {
  const name = (hit.marker ? hit.marker + ' ' : '') + (hit.heading || '');
  showSimilar('与「' + name + '」相似', (signal) => api.similarTo(hit.id, signal));
}

/** Characters as the server counts them: code points of the trimmed text. */
function draftLength() {
  return [...$('draft-text').value.trim()].length;
}

function updateDraftCount() {
  const n = draftLength();
  const count = $('draft-count');
  const { min, max } = api.DRAFT;
  count.textContent = n + ' 字' + (n && n < min ? `（至少 ${min} 字）` : n > max ? `（最多 ${max} 字）` : '');
  count.classList.toggle('bad', n > 0 && (n < min || n > max));
}

/** The panel's close button and the draft box. */
export function wireSimilar() {
  $('similar-close').addEventListener('click', () => {
    requests.abort();
    $('similar').hidden = true;
  });

  const draft = $('draft-text');
  draft.addEventListener('input', updateDraftCount);
  $('draft-form').addEventListener('submit', (e) => {
    e.preventDefault();
    updateDraftCount();
    const n = draftLength();
    if (n < api.DRAFT.min || n > api.DRAFT.max) {
      showError(`草稿段落需要 ${api.DRAFT.min}–${api.DRAFT.max} 字，当前 ${n} 字`);
      draft.focus();
      return;
    }
    const s = state.search;
    const note = hasFilters(s) ? '与草稿相似的措施（已按当前筛选）' : '与草稿相似的措施';
    showSimilar(note, (signal) => api.similarToDraft(draft.value.trim(), s, signal));
  });
}
