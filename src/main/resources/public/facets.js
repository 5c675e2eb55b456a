/*
 * The facet sidebar: a tree of checkboxes per dimension (topic, region, level, year) with the
 * counts the last answer gave. Ticking a box moves to the search with that filter.
 */

import { el } from './dom.js';
import { LEVELS, UNFILTERABLE_REGION } from './api.js';
import { navigate, state, withChange } from './state.js';

// Which tree nodes are open, kept across re-renders so a click does not collapse the tree.
const expanded = new Set();

export function renderFacets(facets, s) {
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
    const values = state.search[dim].filter((v) => v !== value);
    if (box.checked) values.push(value);
    navigate(withChange({ [dim]: values }), true);
  });
  return el('label', { class: 'facet-label' + (box.checked ? ' selected' : '') }, box, ' ', label, ' ', countNode);
}
