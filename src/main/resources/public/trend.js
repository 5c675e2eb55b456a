/*
 * When and where, above the results (/api/trend): the timeline of years, the tile map of
 * provinces with its cities, and the first appearance. A bar or a tile filters like the sidebar.
 */

import { $, el } from './dom.js';
import { UNFILTERABLE_REGION, trendCsv } from './api.js';
import { citeText } from './format.js';
import { navigate, speechHash, withChange } from './state.js';

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

/** Draws the trend of search s, or hides the box when there is none (t null: the call failed). */
export function renderTrend(t, s) {
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
  $('trend-csv').href = trendCsv(s);
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
    bar.addEventListener('click', () => navigate(withChange({ year: on ? [] : [String(year)] }), true));
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
    tile.addEventListener('click', () => navigate(withChange({ region: on ? [] : [name] }), true));
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
    navigate(withChange({ level: on ? [] : ['国家'] }), true);
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
        onclick: () => navigate(withChange({ region: [c.label] }), true),
      })),
    ),
  );
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
