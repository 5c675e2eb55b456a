/*
 * Running the search the state names and showing its answer: the summary, the cards, the pager
 * and the CSV link, with the sidebar's counts and the trend drawn from the same answer.
 */

import { $ } from './dom.js';
import * as api from './api.js';
import { card } from './card.js';
import { clearError, report } from './errors.js';
import { renderFacets } from './facets.js';
import { loadSimilar } from './similar.js';
import { hasFilters, searchHash, state } from './state.js';
import { renderTrend } from './trend.js';

const KIND_LABELS = { measure: '措施', section: '章节', speech: '讲话' };

const requests = api.latestOnly();

/** Fetches and shows state.search; a newer search aborts this one. */
export async function runSearch() {
  const ctl = requests.start();
  const s = state.search;
  const key = searchHash(s);
  document.body.classList.add('loading');
  try {
    if (!s.q && !hasFilters(s)) {
      // Without words or filters every unit matches; show the sidebar to browse from instead.
      const data = await api.facets(s.scope, ctl.signal);
      clearError();
      renderFacets(data.facets || {}, s);
      renderIdle();
    } else {
      const [data, trend] = await Promise.all([
        api.search(s, ctl.signal),
        api.trend(s, ctl.signal).catch((e) => {
          if (api.isAbort(e)) throw e;
          return null; // the results still show; the charts stay hidden
        }),
      ]);
      clearError();
      renderFacets(data.facets || {}, s);
      renderResults(data, s);
      renderTrend(trend, s);
    }
    state.shownKey = key;
  } catch (e) {
    report(e);
  } finally {
    if (requests.done(ctl)) document.body.classList.remove('loading');
  }
}

function renderIdle() {
  $('trend').hidden = true;
  $('summary').textContent = '输入检索词，或在左侧选择筛选条件浏览。';
  $('hits').replaceChildren();
  $('partial').hidden = true;
  $('also').hidden = true;
  $('pager').hidden = true;
  $('csv').hidden = true;
}

function renderResults(data, s) {
  // total: units with every word; partialTotal: units with some of them, listed after those
  const total = data.total || 0;
  const partial = data.partialTotal || 0;
  const listed = total + partial;
  const hits = data.hits || [];
  const pages = api.pageCount(listed);
  const took = data.tookMs != null ? `（${data.tookMs} 毫秒）` : '';
  const label = KIND_LABELS[s.scope];
  let summary;
  if (listed === 0) summary = '没有找到结果。可减少词语或清除筛选后再试。';
  else if (total === 0) summary = `没有同时包含全部词语的${label}；${partial} 条包含部分词语` + took;
  else summary = `共 ${total} 条${label}结果` + (partial ? `，另有 ${partial} 条部分匹配` : '') + took;
  $('summary').textContent = summary;
  // the notice is for a result with no full matches at all; partial hits are marked one by one
  $('partial').hidden = !(total === 0 && partial > 0 && hits.length);
  // full forms the server searched beside the drafter's short forms (职校 → 职业学校)
  const also = data.alsoSearched || [];
  $('also').textContent = also.length
    ? '也搜索了：' + also.map((b) => b.fullForm + '（' + b.word + '）').join('、')
    : '';
  $('also').hidden = !also.length;
  $('hits').replaceChildren(...hits.map((h) => card(h, loadSimilar)));
  $('pager').hidden = pages <= 1;
  $('page-info').textContent = `第 ${s.page} / ${pages} 页`;
  $('prev').disabled = s.page <= 1;
  $('next').disabled = s.page >= pages;
  $('csv').href = api.searchCsv(s);
  $('csv').hidden = listed === 0;
}
