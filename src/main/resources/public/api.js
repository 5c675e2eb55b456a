/*
 * The API client: every path the page calls, the parameters it sends, the server's words and
 * limits the page must keep to, and a failed answer as one line of Chinese. No other module
 * writes an /api path or knows a server limit.
 */

// ---------------------------------------------------------------------------------------------
// What the server accepts

/** Result scopes and orders; a hash naming another falls back to the first. */
export const SCOPES = ['measure', 'section', 'speech'];
export const SORTS = ['relevance', 'date', 'title'];
/**
 * Administrative levels from the top down, then the unknown one: the order the sidebar lists them
 * in. Filled from the server's one list (GET /api/vocabulary) by loadVocabulary(), before the first
 * search draws the facets; without it the level facet keeps the server's order.
 */
export const LEVELS = [];

export async function loadVocabulary() {
  const v = await request('/api/vocabulary');
  LEVELS.splice(0, LEVELS.length, ...v.levels, v.unknown);
}
// The region tree's "未知" cannot be filtered on: the server reads region=未知 as the level
// 未知, which matches different speeches than the tree counted, so it is shown without a box.
export const UNFILTERABLE_REGION = '未知';
/** A draft's length for similar measures, in characters (code points of the trimmed text). */
export const DRAFT = { min: 40, max: 2000 };

const PAGE_SIZE = 20;
const SIMILAR_SIZE = 10;
// The server refuses pages past this many hits; the pager stops there instead of erroring.
const MAX_DEPTH = 10000;

/** How many pages the pager offers for `listed` results: at least one, none past MAX_DEPTH. */
export function pageCount(listed) {
  return Math.max(1, Math.min(Math.ceil(listed / PAGE_SIZE), Math.floor(MAX_DEPTH / PAGE_SIZE)));
}

// ---------------------------------------------------------------------------------------------
// Parameters: a search state (see state.js) as the API takes it

/** The query and filters as API parameters. */
function filterParams(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const v of s.topic) p.append('topic', v);
  for (const v of s.region) p.append('region', v);
  for (const v of s.level) p.append('level', v);
  for (const v of s.year) p.append('year', v);
  if (s.yearFrom) p.set('yearFrom', s.yearFrom);
  if (s.yearTo) p.set('yearTo', s.yearTo);
  return p;
}

/** A search's parameters: the query and filters, the scope, the order and the page. */
function searchParams(s) {
  const p = filterParams(s);
  p.set('scope', s.scope);
  p.set('sort', s.sort);
  p.set('page', String(s.page));
  p.set('size', String(PAGE_SIZE));
  return p;
}

/** The filters as a JSON body's fields, for POST /api/similar. */
function filterBody(s) {
  const body = {};
  if (s.topic.length) body.topic = s.topic;
  if (s.region.length) body.region = s.region;
  if (s.level.length) body.level = s.level;
  if (s.year.length) body.year = s.year.map(Number);
  if (s.yearFrom) body.yearFrom = Number(s.yearFrom);
  if (s.yearTo) body.yearTo = Number(s.yearTo);
  return body;
}

// ---------------------------------------------------------------------------------------------
// The calls

export const search = (s, signal) => request('/api/search?' + searchParams(s).toString(), { signal });
export const trend = (s, signal) => request('/api/trend?' + filterParams(s).toString(), { signal });
export const facets = (scope, signal) => request('/api/facets?scope=' + encodeURIComponent(scope), { signal });
export const speech = (id, signal) => request('/api/speeches/' + encodeURIComponent(id), { signal });

export const similarTo = (unitId, signal) =>
  request('/api/units/' + encodeURIComponent(unitId) + '/similar?size=' + SIMILAR_SIZE, { signal });

/** Measures like a draft, under the search's filters. */
export const similarToDraft = (text, s, signal) =>
  request('/api/similar', { method: 'POST', body: { text, size: SIMILAR_SIZE, ...filterBody(s) }, signal });

/** Links that download a search's results, and its count per year, as CSV. */
export const searchCsv = (s) => '/api/search.csv?' + searchParams(s).toString();
export const trendCsv = (s) => '/api/trend.csv?' + filterParams(s).toString();

// ---------------------------------------------------------------------------------------------
// Requests and their errors

export function isAbort(e) {
  return e && e.name === 'AbortError';
}

/**
 * One request at a time for one part of the page: starting a request aborts the one before, and
 * done() says whether the finished request is still the latest.
 */
export function latestOnly() {
  let current = null;
  return {
    start() {
      if (current) current.abort();
      current = new AbortController();
      return current;
    },
    abort() {
      if (current) current.abort();
    },
    done(ctl) {
      if (current !== ctl) return false;
      current = null;
      return true;
    },
  };
}

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
function errorText(error) {
  const msg = error && error.message;
  if (msg && HAN.test(msg)) return msg;
  const known = error && ERROR_TEXT[error.code];
  const id = error && error.id ? '（错误编号 ' + error.id + '）' : '';
  return (known || '请求失败') + id;
}

/** Fetches JSON; a failure becomes an Error carrying the server's own message, in Chinese. */
async function request(path, options = {}) {
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
  if (!res.ok) throw new Error(errorText(data && data.error));
  if (data == null) throw new Error('服务器返回的内容无法读取');
  return data;
}
