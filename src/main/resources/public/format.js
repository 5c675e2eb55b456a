/*
 * How the page names a speech's place, topics and date, and cites it: one wording for the cards,
 * the reader, the first appearance and the copied citation, since a drafter cites what it shows.
 */

import { snippetNodes } from './dom.js';

export function regionText(region) {
  if (!region) return '';
  const names = [region.province, region.city, region.county].filter(Boolean);
  // Municipalities come back as both province and city (北京市 北京市).
  const unique = names.filter((n, k) => names.indexOf(n) === k);
  if (unique.length) return unique.join(' ');
  return region.level === '国家' ? '全国' : '';
}

/** A topic "area/topic" by its own name; an area alone by the area's. */
export function topicLabel(t) {
  const [area, topic] = t.split('/');
  return !topic || topic === area ? area : topic;
}

/**
 * When a speech was given, as the page shows and cites it: its date, else its year. A year
 * inferred from a numbered event (第34个教师节) says 推定; a page's upload or publish date says
 * 网页日期: a drafter must never cite either as the speech's own date.
 */
export function whenText(date, year, source) {
  const plain = date || (year != null ? String(year) + '年' : '');
  if (!plain) return '';
  if (source === 'inferred') return '推定' + (year != null ? String(year) + '年' : plain);
  if (source === 'page') return '网页日期' + plain;
  return plain;
}

/**
 * A speech as the first-appearance lines name it: 《title》（date or year，place）, the date worded as
 * whenText words it, so a page's date or an inferred year is never shown as the speech's own.
 */
export function citeText(sp) {
  const place = regionText(sp.region);
  const when = whenText(sp.date, sp.year, sp.yearSource);
  return `《${sp.title || sp.id}》（${[when, place].filter(Boolean).join('，')}）`;
}

/**
 * The hit's text and a citation line: ——《title》（date or year，place or level）, followed by
 * （原文不完整） when the speech's text is incomplete.
 */
export function citationText(hit) {
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
