/*
 * The drafter's page: search with facets, a speech reader, similar measures and a draft box.
 *
 * Safety rule for this file: text from the API is inserted with textContent only. The one
 * exception is a hit's `snippet`, which the server sends as HTML (matches in <mark>, everything
 * else escaped); even that goes through snippetNodes(), which keeps only text and <mark>.
 * WebPageResourcesTest checks this rule statically, so keep innerHTML out of other code.
 */
'use strict';

(function () {
  const PAGE_SIZE = 20;
  const SIMILAR_SIZE = 10;
  const DEBOUNCE_MS = 250;
  const DRAFT_MIN = 40;
  const DRAFT_MAX = 2000;
  // The server refuses pages past this many hits; the pager stops there instead of erroring.
  const MAX_DEPTH = 10000;
  const LEVELS = ['国家', '省', '市', '区', '县', '镇', '未知'];
  const SCOPES = ['measure', 'section', 'speech'];
  const SORTS = ['relevance', 'date', 'title'];
  const KIND_LABELS = { measure: '措施', section: '章节', speech: '讲话' };
  // The region tree's "未知" cannot be filtered on: the server reads region=未知 as the level
  // 未知, which matches different speeches than the tree counted, so it is shown without a box.
  const UNFILTERABLE_REGION = '未知';

  // ---------------------------------------------------------------------------------------------
  // DOM helpers

  const $ = (id) => document.getElementById(id);

  /** An element with text content and attributes; never parses markup. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v == null || v === false) continue;
        if (k === 'text') node.textContent = v;
        else if (k === 'class') node.className = v;
        else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) if (c != null) node.append(c);
    return node;
  }

  /**
   * The server's snippet HTML as DOM nodes. Parsed in an inert <template> (no scripts run, no
   * images load) and rebuilt from text and <mark> only, so a server bug cannot inject markup.
   */
  function snippetNodes(html) {
    const tpl = document.createElement('template');
    tpl.innerHTML = html;
    const out = document.createDocumentFragment();
    const copy = (from, to) => {
      for (const n of from.childNodes) {
        if (n.nodeType === Node.TEXT_NODE) to.append(n.textContent);
        else if (n.nodeName === 'MARK') copy(n, to.appendChild(document.createElement('mark')));
        else copy(n, to);
      }
    };
    copy(tpl.content, out);
    return out;
  }

  /** The marked words of a snippet, longest first so that overlapping words mark the longer. */
  function markedTerms(fragment) {
    const terms = new Set();
    for (const m of fragment.querySelectorAll('mark')) {
      const t = m.textContent.trim();
      if (t) terms.add(t);
    }
    return [...terms].sort((a, b) => b.length - a.length);
  }

  /** Plain text with the given words wrapped in <mark>, built from text nodes. */
  function highlightText(text, terms) {
    const out = document.createDocumentFragment();
    let i = 0;
    while (i < text.length) {
      let at = -1;
      let term = '';
      for (const t of terms) {
        const j = text.indexOf(t, i);
        if (j >= 0 && (at < 0 || j < at || (j === at && t.length > term.length))) {
          at = j;
          term = t;
        }
      }
      if (at < 0) break;
      if (at > i) out.append(text.slice(i, at));
      out.append(el('mark', { text: term }));
      i = at + term.length;
    }
    if (i < text.length) out.append(text.slice(i));
    return out;
  }

  function regionText(region) {
    if (!region) return '';
    const names = [region.province, region.city, region.county].filter(Boolean);
    // Municipalities come back as both province and city (北京市 北京市).
    const unique = names.filter((n, k) => names.indexOf(n) === k);
    if (unique.length) return unique.join(' ');
    return region.level === '国家' ? '全国' : '';
  }

  function topicLabel(t) {
    const [area, topic] = t.split('/');
    return !topic || topic === area ? area : topic;
  }

  // ---------------------------------------------------------------------------------------------
  // Errors: one quiet line, never an exception that stops the page

  function showError(message) {
    const line = $('error');
    line.textContent = message;
    line.hidden = false;
  }

  function clearError() {
    $('error').hidden = true;
    $('error').textContent = '';
  }

  function isAbort(e) {
    return e && e.name === 'AbortError';
  }

  function report(e) {
    if (isAbort(e)) return;
    showError(e && e.message ? e.message : '出现未知错误');
  }

  window.addEventListener('error', (e) => showError('页面脚本出错：' + (e.message || '未知错误')));
  window.addEventListener('unhandledrejection', (e) => report(e.reason));

  // ---------------------------------------------------------------------------------------------
  // API

  // What each error code means, for answers whose message is not in Chinese (errors that Jetty
  // answers before the app, or that have no Chinese message).
  const ERROR_TEXT = {
    bad_request: '请求有误，请检查检索词和筛选条件',
    not_found: '没有找到所请求的内容',
    method_not_allowed: '请求方式不被接受',
    too_large: '提交的内容太大',
    uri_too_long: '检索条件太长',
    headers_too_large: '请求头太大',
    unauthorized: '需要管理口令',
    forbidden: '管理口令不正确',
    busy: '服务器繁忙，请稍后再试',
    no_index: '还没有索引，请先建立索引',
    unavailable: '服务暂不可用，请稍后再试',
    internal: '服务器出错，请稍后再试',
  };
  const HAN = /[\u4e00-\u9fff]/;

  /** The message to show for an error answer: the server's own when it is Chinese. */
  function errorText(status, error) {
    const msg = error && error.message;
    if (msg && HAN.test(msg)) return msg;
    const known = error && ERROR_TEXT[error.code];
    const id = error && error.id ? '（错误编号 ' + error.id + '）' : '';
    return (known || '请求失败') + id;
  }

  /** Fetches JSON; a failure becomes an Error carrying the server's own message, in Chinese. */
  async function api(path, options = {}) {
    let res;
    const headers = { 'Accept-Language': 'zh-CN' };
    if (options.body) headers['Content-Type'] = 'application/json';
    try {
      res = await fetch(path, {
        method: options.method || 'GET',
        signal: options.signal,
        headers,
        body: options.body ? JSON.stringify(options.body) : undefined,
      });
    } catch (e) {
      if (isAbort(e)) throw e;
      throw new Error('无法连接服务器，请稍后再试');
    }
    let data = null;
    try {
      data = await res.json();
    } catch (e) {
      if (isAbort(e)) throw e;
    }
    if (!res.ok) throw new Error(errorText(res.status, data && data.error));
    if (data == null) throw new Error('服务器返回的内容无法读取');
    return data;
  }

  // ---------------------------------------------------------------------------------------------
  // State in the URL hash: #q=..&topic=..  (search)  or  #speech=ID&unit=UID  (reader)

  function emptyState() {
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

  const DIMS = ['topic', 'region', 'level', 'year'];

  function parseHash(hash) {
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
  function searchHash(s) {
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

  /** The query and filters as API parameters; levels travel as region values, as the server expects. */
  function filterParams(s) {
    const p = new URLSearchParams();
    if (s.q) p.set('q', s.q);
    for (const v of s.topic) p.append('topic', v);
    for (const v of s.region) p.append('region', v);
    for (const v of s.level) p.append('region', v);
    for (const v of s.year) p.append('year', v);
    if (s.yearFrom) p.set('yearFrom', s.yearFrom);
    if (s.yearTo) p.set('yearTo', s.yearTo);
    return p;
  }

  /** A search's parameters: the query and filters, the scope, the order and the page. */
  function apiParams(s) {
    const p = filterParams(s);
    p.set('scope', s.scope);
    p.set('sort', s.sort);
    p.set('page', String(s.page));
    p.set('size', String(PAGE_SIZE));
    return p;
  }

  function hasFilters(s) {
    return DIMS.some((d) => s[d].length) || s.yearFrom || s.yearTo;
  }

  function speechHash(speechId, unitId) {
    const p = new URLSearchParams({ speech: speechId });
    if (unitId) p.set('unit', unitId);
    return '#' + p.toString();
  }

  // The state the search controls show; the hash follows it (see navigate).
  let state = emptyState();
  // The canonical hash of the results on screen, so returning from the reader does not refetch.
  let shownKey = null;
  let lastSearchHash = '#';
  let searchScrollY = 0;
  // Hashes this page set itself; their hashchange must not overwrite what the user is typing.
  let ownHash = null;

  /** Moves to a new search state: push adds a history entry (Enter, clicks), replace does not. */
  function navigate(next, push) {
    state = next;
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

  function route(fromBrowser, force) {
    const parsed = parseHash(location.hash);
    if (parsed.view === 'speech') {
      openSpeech(parsed.speech, parsed.unit);
      return;
    }
    showSearchView();
    state = parsed.state;
    if (fromBrowser) syncControls();
    const key = searchHash(state);
    lastSearchHash = key;
    if (key === shownKey && !force) {
      // These results were fetched without error; a message from a later request is stale.
      clearError();
      window.scrollTo(0, searchScrollY);
      return;
    }
    runSearch();
  }

  window.addEventListener('hashchange', () => {
    const own = ownHash !== null && location.hash === ownHash;
    ownHash = null;
    route(!own);
  });

  // ---------------------------------------------------------------------------------------------
  // Search controls

  const input = $('q');
  let debounce = 0;

  function syncControls() {
    input.value = state.q;
    document.querySelector(`input[name=scope][value=${state.scope}]`).checked = true;
    document.querySelector(`input[name=sort][value=${state.sort}]`).checked = true;
    $('yearFrom').value = state.yearFrom;
    $('yearTo').value = state.yearTo;
  }

  function withChange(change) {
    const next = { ...state, ...change };
    if (!('page' in change)) next.page = 1;
    return next;
  }

  input.addEventListener('input', (e) => {
    // Pinyin being composed in an IME is not a query yet; compositionend brings the real text.
    if (e.isComposing) return;
    clearTimeout(debounce);
    debounce = setTimeout(() => navigate(withChange({ q: input.value.trim() }), false), DEBOUNCE_MS);
  });
  input.addEventListener('compositionend', () => {
    clearTimeout(debounce);
    debounce = setTimeout(() => navigate(withChange({ q: input.value.trim() }), false), DEBOUNCE_MS);
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

  $('prev').addEventListener('click', () => turnPage(-1));
  $('next').addEventListener('click', () => turnPage(1));

  function turnPage(delta) {
    navigate(withChange({ page: Math.max(1, state.page + delta) }), true);
    $('results').focus({ preventScroll: true });
    $('results').scrollIntoView({ block: 'start' });
  }

  // In-page links must not touch the hash: it holds the search, and "#results" would clear it.
  for (const a of document.querySelectorAll('a[data-jump]')) {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      const target = $(a.dataset.jump);
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    });
  }

  $('home').addEventListener('click', (e) => {
    e.preventDefault();
    input.value = '';
    navigate(emptyState(), true);
  });

  // ---------------------------------------------------------------------------------------------
  // Search and results

  let searchCtl = null;

  async function runSearch() {
    if (searchCtl) searchCtl.abort();
    const ctl = new AbortController();
    searchCtl = ctl;
    const s = state;
    const key = searchHash(s);
    document.body.classList.add('loading');
    try {
      if (!s.q && !hasFilters(s)) {
        // Without words or filters every unit matches; show the sidebar to browse from instead.
        const data = await api('/api/facets?scope=' + encodeURIComponent(s.scope), { signal: ctl.signal });
        clearError();
        renderFacets(data.facets || {}, s);
        renderIdle();
      } else {
        const [data, trend] = await Promise.all([
          api('/api/search?' + apiParams(s).toString(), { signal: ctl.signal }),
          api('/api/trend?' + filterParams(s).toString(), { signal: ctl.signal }).catch((e) => {
            if (isAbort(e)) throw e;
            return null; // the results still show; the charts stay hidden
          }),
        ]);
        clearError();
        renderFacets(data.facets || {}, s);
        renderResults(data, s);
        renderTrend(trend, s);
      }
      shownKey = key;
    } catch (e) {
      report(e);
    } finally {
      if (searchCtl === ctl) {
        searchCtl = null;
        document.body.classList.remove('loading');
      }
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
    const pages = Math.max(1, Math.min(Math.ceil(listed / PAGE_SIZE), Math.floor(MAX_DEPTH / PAGE_SIZE)));
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
    $('hits').replaceChildren(...hits.map((h) => card(h)));
    $('pager').hidden = listed <= PAGE_SIZE;
    $('page-info').textContent = `第 ${s.page} / ${pages} 页`;
    $('prev').disabled = s.page <= 1;
    $('next').disabled = s.page >= pages;
    const csv = apiParams(s);
    $('csv').href = '/api/search.csv?' + csv.toString();
    $('csv').hidden = listed === 0;
  }

  // ---------------------------------------------------------------------------------------------
  // When and where: the timeline, the tile map and the first appearance (/api/trend)

  // China's provinces as a tile grid, roughly where they lie: [short name, column, row].
  const TILES = [
    ['黑龙江', 8, 0], ['内蒙古', 5, 0],
    ['新疆', 1, 1], ['甘肃', 3, 1], ['宁夏', 4, 1], ['山西', 5, 1], ['北京', 6, 1], ['天津', 7, 1], ['吉林', 8, 1],
    ['青海', 2, 2], ['陕西', 4, 2], ['河北', 5, 2], ['山东', 6, 2], ['辽宁', 8, 2],
    ['西藏', 1, 3], ['四川', 3, 3], ['重庆', 4, 3], ['河南', 5, 3], ['安徽', 6, 3], ['江苏', 7, 3], ['上海', 8, 3],
    ['云南', 3, 4], ['贵州', 4, 4], ['湖北', 5, 4], ['江西', 6, 4], ['浙江', 7, 4],
    ['广西', 4, 5], ['湖南', 5, 5], ['福建', 6, 5], ['台湾', 7, 5],
    ['广东', 5, 6],
    ['海南', 4, 7], ['澳门', 5, 7], ['香港', 6, 7],
  ];
  // Years between the first and the latest are drawn, empty ones too, up to this many.
  const MAX_TIMELINE_YEARS = 80;

  function renderTrend(t, s) {
    const box = $('trend');
    const counted = t ? t.years.reduce((n, y) => n + y.measures, 0) : 0;
    if (!t || (counted === 0 && !(t.firstAppearance && t.firstAppearance.length))) {
      box.hidden = true;
      return;
    }
    box.hidden = false;
    renderTimeline(t, s);
    renderMap(t, s);
    renderFirst(t);
    $('trend-csv').href = '/api/trend.csv?' + filterParams(s).toString();
  }

  function renderTimeline(t, s) {
    const byYear = new Map(t.years.map((y) => [y.year, y]));
    const shown = t.years.filter((y) => y.measures > 0);
    let years = shown.map((y) => y.year);
    if (t.firstYear != null && t.latestYear - t.firstYear < MAX_TIMELINE_YEARS) {
      years = [];
      for (let y = t.firstYear; y <= t.latestYear; y++) years.push(y);
    }
    const max = Math.max(1, ...shown.map((y) => y.measures));
    const partial = t.counted === 'partial' ? '（部分匹配）' : '';
    const total = shown.reduce((n, y) => n + y.measures, 0);
    $('timeline-caption').textContent =
      t.firstYear == null
        ? '没有带年份的措施'
        : `按年份：${t.firstYear}—${t.latestYear} 年，${total} 条措施${partial}。点击年份筛选`;
    const selected = new Set(s.year.map(String));
    const bars = years.map((year) => {
      const y = byYear.get(year) || { year, measures: 0, measuresInferred: 0, speeches: 0 };
      const stated = y.measures - y.measuresInferred;
      const label =
        `${year} 年：${y.measures} 条措施` +
        (y.measuresInferred ? `（其中 ${y.measuresInferred} 条的年份来自网页日期或推断）` : '') +
        `，${y.speeches} 篇讲话`;
      const solid = el('span', { class: 'bar-solid' });
      const soft = el('span', { class: 'bar-soft' });
      // heights through the CSS object model: the page's policy allows no style attributes
      solid.style.height = (100 * stated) / max + '%';
      soft.style.height = (100 * y.measuresInferred) / max + '%';
      const on = selected.has(String(year));
      const bar = el(
        'button',
        { type: 'button', class: 'bar', title: label, 'aria-label': label, 'aria-pressed': on ? 'true' : 'false', 'data-year': year },
        soft,
        solid,
      );
      if (year === years[0] || year === years[years.length - 1] || year % 10 === 0 || years.length <= 12) {
        bar.append(el('span', { class: 'bar-year', 'aria-hidden': 'true', text: String(year) }));
      }
      bar.addEventListener('click', () => {
        navigate({ ...state, year: on ? [] : [String(year)], page: 1 }, true);
      });
      return bar;
    });
    $('timeline').replaceChildren(...bars);
  }

  function renderMap(t, s) {
    const regions = t.regions || [];
    const level = (label) => ((t.levels || []).find((v) => v.label === label) || { count: 0 }).count;
    const find = (short) => regions.find((r) => r.label.startsWith(short));
    const max = Math.max(1, ...regions.filter((r) => r.label !== UNFILTERABLE_REGION).map((r) => r.count));
    const heat = (n) => (n <= 0 ? 0 : Math.min(4, 1 + Math.floor((3 * n) / max)));
    const chosen = new Set(s.region);
    const tiles = TILES.map(([short, col, row]) => {
      const r = find(short);
      const n = r ? r.count : 0;
      const name = r ? r.label : short;
      const on = chosen.has(name);
      const label = `${name}：${n} 条措施`;
      const tile = el(
        'button',
        { type: 'button', class: 'tile heat-' + heat(n), title: label, 'aria-label': label, 'aria-pressed': on ? 'true' : 'false', 'data-region': name },
        el('span', { text: short }),
        el('span', { class: 'tile-count', text: String(n) }),
      );
      tile.style.gridColumn = String(col + 1);
      tile.style.gridRow = String(row + 1);
      tile.addEventListener('click', () => {
        navigate({ ...state, region: on ? [] : [name], page: 1 }, true);
      });
      return tile;
    });
    // beside the map: national speeches (the level 国家) and units of no known province
    const nation = level('国家');
    const national = el(
      'button',
      {
        type: 'button', class: 'tile tile-side heat-' + heat(nation), title: `全国：${nation} 条措施`,
        'aria-label': `全国：${nation} 条措施`, 'aria-pressed': s.level.includes('国家') ? 'true' : 'false',
      },
      el('span', { text: '全国' }),
      el('span', { class: 'tile-count', text: String(nation) }),
    );
    national.style.gridColumn = '1';
    national.style.gridRow = '7';
    national.addEventListener('click', () => {
      const on = s.level.includes('国家');
      navigate({ ...state, level: on ? [] : ['国家'], page: 1 }, true);
    });
    const unknownCount = (regions.find((r) => r.label === UNFILTERABLE_REGION) || { count: 0 }).count;
    const unknown = el(
      'div',
      { class: 'tile tile-side', role: 'img', 'aria-label': `未知省份（含全国性讲话）：${unknownCount} 条措施`, title: '未知省份（含全国性讲话）' },
      el('span', { text: '未知' }),
      el('span', { class: 'tile-count', text: String(unknownCount) }),
    );
    unknown.style.gridColumn = '1';
    unknown.style.gridRow = '8';
    $('tilemap').replaceChildren(...tiles, national, unknown);
    const provinces = regions.filter((r) => r.label !== UNFILTERABLE_REGION).length;
    $('map-caption').textContent = `按地区：${provinces} 个省份有结果。点击省份筛选`;

    // the cities of a chosen province
    const province = s.region.length === 1 ? regions.find((r) => r.label === s.region[0]) : null;
    const cities = province ? province.children || [] : [];
    $('cities').hidden = cities.length === 0;
    $('cities').replaceChildren(
      ...cities.map((c) =>
        el('li', null, el('button', {
          type: 'button', text: `${c.label} ${c.count}`, 'aria-label': `${c.label}：${c.count} 条措施`,
          onclick: () => navigate({ ...state, region: [c.label], page: 1 }, true),
        })),
      ),
    );
  }

  function citeText(sp) {
    const place = regionText(sp.region);
    return `《${sp.title || sp.id}》（${[sp.date || sp.year, place].filter(Boolean).join('，')}）`;
  }

  function renderFirst(t) {
    const list = t.firstAppearance || [];
    $('first-seen').hidden = list.length === 0;
    if (!list.length) return;
    const first = list[0];
    const link = (a, text) => el('a', { href: speechHash(a.speech.id, a.unitId), text });
    $('first-line').replaceChildren(
      el('strong', { text: '最早见于' }),
      link(first, citeText(first.speech)),
      '：' + first.sentence,
    );
    $('first-next').replaceChildren(
      ...list.slice(1).map((a) => el('li', null, '其后见于', link(a, citeText(a.speech)), '：' + a.sentence)),
    );
  }

  /** One result card; the same rendering serves search, similar and draft results. */
  function card(hit) {
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
      button.addEventListener('click', () => loadSimilar(hit));
    }
    return li;
  }

  // ---------------------------------------------------------------------------------------------
  // Copy a hit with its citation, ready to paste into a draft

  /**
   * When a speech was given, as the page shows and cites it: its date, else its year. A year
   * inferred from a numbered event (第34个教师节) says 推定; a page's upload or publish date says
   * 网页日期: a drafter must never cite either as the speech's own date.
   */
  function whenText(date, year, source) {
    const plain = date || (year != null ? String(year) + '年' : '');
    if (!plain) return '';
    if (source === 'inferred') return '推定' + (year != null ? String(year) + '年' : plain);
    if (source === 'page') return '网页日期' + plain;
    return plain;
  }

  /**
   * The hit's text and a citation line: ——《title》（date or year，place or level）, followed by
   * （原文不完整） when the speech's text is incomplete.
   */
  function citationText(hit) {
    const sp = hit.speech || {};
    const body = (hit.text || snippetNodes(hit.snippet || '').textContent || '').trim();
    const when = whenText(sp.date, sp.year, sp.yearSource);
    const r = sp.region || {};
    const names = [r.province, r.city].filter(Boolean);
    // Municipalities come back as both province and city; name them once.
    let where = names.filter((n, k) => names.indexOf(n) === k).join('');
    if (!where && r.level) where = r.level === '国家' ? '全国' : r.level + '级';
    const source = [when, where].filter(Boolean).join('，');
    // A quote from an incomplete text says so where it is cited.
    const note = sp.truncated ? '（原文不完整）' : '';
    return body + '\n——《' + (sp.title || '无标题讲话') + '》' + (source ? '（' + source + '）' : '') + note;
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

  // ---------------------------------------------------------------------------------------------
  // Facet sidebar

  // Which tree nodes are open, kept across re-renders so a click does not collapse the tree.
  const expanded = new Set();

  function renderFacets(facets, s) {
    // The lists are rebuilt, so a keyboard user's focus would fall back to the page start.
    const active = document.activeElement;
    const focused =
      active && active.matches('.facet input[type=checkbox]')
        ? { dim: active.closest('.facet').dataset.dim, value: active.value }
        : null;
    renderTree('topic', facets.topic || [], s.topic, (node, parent) =>
      parent ? parent.label + '/' + node.label : node.label,
    );
    renderTree('region', facets.region || [], s.region, (node) => node.label);
    const levels = [...(facets.level || [])].sort((a, b) => LEVELS.indexOf(a.label) - LEVELS.indexOf(b.label));
    renderTree('level', levels, s.level, (node) => node.label);
    const years = [...(facets.year || [])].sort((a, b) => Number(b.label) - Number(a.label));
    renderTree('year', years, s.year, (node) => node.label);
    if (focused) {
      const box = [...document.querySelectorAll(`.facet[data-dim=${focused.dim}] input[type=checkbox]`)].find(
        (b) => b.value === focused.value,
      );
      if (box) box.focus();
    }
  }

  /**
   * One dimension as a tree of checkboxes. Selected values the response no longer counts (their
   * count fell to zero) are added back, so the user can always see and undo a choice.
   */
  function renderTree(dim, nodes, selected, valueOf) {
    const list = document.querySelector(`.facet[data-dim=${dim}] .tree`);
    const shown = new Set();
    const build = (items, parent, depth) =>
      items.map((node) => {
        const value = valueOf(node, parent);
        shown.add(value);
        const children = node.children || [];
        const li = el('li', { class: 'node depth-' + depth });
        const row = el('div', { class: 'row' });
        const key = dim + ':' + value;
        const sub = children.length ? el('ul', { class: 'tree' }, ...build(children, node, depth + 1)) : null;
        const open = expanded.has(key) || (sub && sub.querySelector('input:checked'));
        if (sub) {
          sub.hidden = !open;
          row.append(
            el('button', {
              type: 'button',
              class: 'toggle',
              'aria-expanded': open ? 'true' : 'false',
              'aria-label': (open ? '收起 ' : '展开 ') + node.label,
              text: open ? '▾' : '▸',
              onclick: (e) => {
                const nowOpen = sub.hidden;
                sub.hidden = !nowOpen;
                if (nowOpen) expanded.add(key);
                else expanded.delete(key);
                e.currentTarget.textContent = nowOpen ? '▾' : '▸';
                e.currentTarget.setAttribute('aria-expanded', String(nowOpen));
                e.currentTarget.setAttribute('aria-label', (nowOpen ? '收起 ' : '展开 ') + node.label);
              },
            }),
          );
        } else {
          row.append(el('span', { class: 'toggle-space', 'aria-hidden': 'true' }));
        }
        row.append(facetLabel(dim, value, node.label, node.count, selected));
        li.append(row);
        if (sub) li.append(sub);
        return li;
      });
    const items = build(nodes, null, 0);
    for (const value of selected) {
      if (!shown.has(value)) {
        const row = el('div', { class: 'row' }, el('span', { class: 'toggle-space', 'aria-hidden': 'true' }));
        row.append(facetLabel(dim, value, value.replace('/', ' › '), 0, selected));
        items.unshift(el('li', { class: 'node depth-0' }, row));
      }
    }
    list.replaceChildren(...items);
    if (!items.length) list.append(el('li', { class: 'muted empty', text: '无' }));
  }

  function facetLabel(dim, value, label, count, selected) {
    const countNode = el('span', { class: 'count', text: String(count) });
    if (dim === 'region' && value === UNFILTERABLE_REGION) {
      return el('span', { class: 'facet-label disabled', title: '地区未能识别的讲话' }, label, ' ', countNode);
    }
    const box = el('input', { type: 'checkbox', value });
    box.checked = selected.includes(value);
    box.addEventListener('change', () => {
      const values = state[dim].filter((v) => v !== value);
      if (box.checked) values.push(value);
      navigate(withChange({ [dim]: values }), true);
    });
    return el('label', { class: 'facet-label' + (box.checked ? ' selected' : '') }, box, ' ', label, ' ', countNode);
  }

  // ---------------------------------------------------------------------------------------------
  // Similar measures (of a result, or of a pasted draft)

  let similarCtl = null;

  function filtersBody() {
    const body = {};
    if (state.topic.length) body.topic = state.topic;
    const regions = [...state.region, ...state.level];
    if (regions.length) body.region = regions;
    if (state.year.length) body.year = state.year.map(Number);
    if (state.yearFrom) body.yearFrom = Number(state.yearFrom);
    if (state.yearTo) body.yearTo = Number(state.yearTo);
    return body;
  }

  async function showSimilar(source, request) {
    if (similarCtl) similarCtl.abort();
    const ctl = new AbortController();
    similarCtl = ctl;
    const panel = $('similar');
    panel.hidden = false;
    $('similar-source').textContent = source + '（查找中…）';
    $('similar-list').replaceChildren();
    panel.scrollIntoView({ block: 'start' });
    try {
      const data = await request(ctl.signal);
      clearError();
      const hits = data.hits || [];
      $('similar-source').textContent = source + (hits.length ? '' : '：没有找到相似措施');
      $('similar-list').replaceChildren(...hits.map((h) => card(h)));
    } catch (e) {
      if (!isAbort(e)) $('similar-source').textContent = source;
      report(e);
    } finally {
      if (similarCtl === ctl) similarCtl = null;
    }
  }

  function loadSimilar(hit) {
    const name = (hit.marker ? hit.marker + ' ' : '') + (hit.heading || '');
    showSimilar('与「' + name + '」相似', (signal) =>
      api('/api/units/' + encodeURIComponent(hit.id) + '/similar?size=' + SIMILAR_SIZE, { signal }),
    );
  }

  $('similar-close').addEventListener('click', () => {
    if (similarCtl) similarCtl.abort();
    $('similar').hidden = true;
  });

  const draft = $('draft-text');

  /** Characters as the server counts them: code points of the trimmed text. */
  function draftLength() {
    return [...draft.value.trim()].length;
  }

  function updateDraftCount() {
    const n = draftLength();
    const count = $('draft-count');
    count.textContent = n + ' 字' + (n && n < DRAFT_MIN ? `（至少 ${DRAFT_MIN} 字）` : n > DRAFT_MAX ? `（最多 ${DRAFT_MAX} 字）` : '');
    count.classList.toggle('bad', n > 0 && (n < DRAFT_MIN || n > DRAFT_MAX));
  }

  draft.addEventListener('input', updateDraftCount);

  $('draft-form').addEventListener('submit', (e) => {
    e.preventDefault();
    updateDraftCount();
    const n = draftLength();
    if (n < DRAFT_MIN || n > DRAFT_MAX) {
      showError(`草稿段落需要 ${DRAFT_MIN}–${DRAFT_MAX} 字，当前 ${n} 字`);
      draft.focus();
      return;
    }
    const body = { text: draft.value.trim(), size: SIMILAR_SIZE, ...filtersBody() };
    const note = hasFilters(state) ? '与草稿相似的措施（已按当前筛选）' : '与草稿相似的措施';
    showSimilar(note, (signal) => api('/api/similar', { method: 'POST', body, signal }));
  });

  // ---------------------------------------------------------------------------------------------
  // Speech reader

  let speechCtl = null;

  function showSearchView() {
    $('speech-view').hidden = true;
    $('search-view').hidden = false;
    $('search-form').hidden = false;
  }

  async function openSpeech(speechId, unitId) {
    if (!$('search-view').hidden) searchScrollY = window.scrollY;
    $('search-view').hidden = true;
    $('search-form').hidden = true;
    $('speech-view').hidden = false;
    if (speechCtl) speechCtl.abort();
    const ctl = new AbortController();
    speechCtl = ctl;
    const article = $('speech');
    article.replaceChildren(el('p', { class: 'muted', text: '正在载入讲话…' }));
    try {
      const speech = await api('/api/speeches/' + encodeURIComponent(speechId), { signal: ctl.signal });
      clearError();
      article.replaceChildren(...renderSpeech(speech, Boolean(unitId)));
      markTarget(article, speech.id, unitId);
    } catch (e) {
      if (!isAbort(e)) article.replaceChildren(el('p', { class: 'muted', text: '无法载入这篇讲话。' }));
      report(e);
    } finally {
      if (speechCtl === ctl) speechCtl = null;
    }
  }

  // Came here from the results: the browser's back keeps history tidy; a shared link has none.
  let readerFromResults = false;

  document.addEventListener('click', (e) => {
    const a = e.target.closest && e.target.closest('a.heading');
    if (a && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      searchScrollY = window.scrollY;
      readerFromResults = true;
    }
  });

  $('back').addEventListener('click', () => {
    if (readerFromResults) {
      readerFromResults = false;
      history.back();
    } else {
      location.hash = lastSearchHash;
    }
  });

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
      toc.append(el('nav', { 'aria-label': '目录' }, outline(sections)));
      nodes.push(toc);
    }
    const body = el('div', { class: 'speech-body' });
    if (sp.preamble) body.append(passages(sp.preamble, sp.id + '~p', 'preamble'));
    if (sections.length) body.append(el('ol', { class: 'units' }, ...sections.map((u) => unitNode(u, 0))));
    if (sp.closing) body.append(passages(sp.closing, sp.id + '~c', 'closing'));
    if (sp.appendix) body.append(passages(sp.appendix, sp.id + '~a', 'appendix'));
    nodes.push(body);
    return nodes;
  }

  /** The nested table of contents: headings only, each a link to its place in the text. */
  function outline(units) {
    return el(
      'ol',
      null,
      ...units.map((u) =>
        el(
          'li',
          null,
          el('a', { href: '#', 'data-target': u.id, text: ((u.marker || '') + ' ' + (u.heading || '')).trim(), onclick: jumpTo }),
          (u.children || []).length ? outline(u.children) : null,
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

  /**
   * Preamble, closing, appendix or a section's tail: one paragraph per line, numbered as the index
   * numbers its passages.
   */
  function passages(text, idPrefix, cls) {
    const box = el('div', { class: cls });
    let k = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      k++;
      box.append(el('p', { 'data-unit': idPrefix + k, tabindex: '-1', text: line.trim() }));
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
    const paras = rest.replace(/^[。；;，,：:\s]+/, '').split('\n').filter((p) => p.trim());
    // Passages are numbered from the unit's second paragraph (the index keeps the first inline).
    const all = text.split('\n').filter((p) => p.trim());
    const offset = all.length - paras.length;
    paras.forEach((p, i) =>
      li.append(el('p', { class: 'unit-text', 'data-passage': String(i + offset), text: p.trim() })),
    );
    if (children.length) li.append(el('ol', { class: 'units' }, ...children.map((c) => unitNode(c, depth + 1))));
    // The section's text after its last child, after that child's list.
    if (u.tail) li.append(passages(u.tail, u.id + '~t', 'tail'));
    return li;
  }

  /**
   * Marks the unit a hit belongs to. A hit id "X~N" is passage N of unit X (its N+1th
   * paragraph); "X~tN" is paragraph N of section X's tail; "S~pN", "S~cN" and "S~aN" are
   * paragraphs of the preamble, closing and appendix of speech S.
   */
  function markTarget(article, speechId, unitId) {
    if (!unitId) {
      window.scrollTo(0, 0);
      return;
    }
    const esc = (v) => CSS.escape(v);
    let target = article.querySelector(`[data-unit="${esc(unitId)}"]`);
    let passage = null;
    const tilde = unitId.indexOf('~');
    if (!target && tilde >= 0) {
      target = article.querySelector(`[data-unit="${esc(unitId.slice(0, tilde))}"]`);
      const n = unitId.slice(tilde + 1);
      if (target && /^\d+$/.test(n)) passage = target.querySelector(`:scope > [data-passage="${n}"]`);
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

  // ---------------------------------------------------------------------------------------------
  // Start

  route(true);
})();
