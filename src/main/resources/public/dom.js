/*
 * Building the page's DOM without parsing markup.
 *
 * Safety rule for every module of the page: text from the API is inserted with textContent only.
 * The one exception is a hit's `snippet`, which the server sends as HTML (matches in <mark>,
 * everything else escaped); even that goes through snippetNodes(), which keeps only text and
 * <mark>. WebPageResourcesTest checks this rule statically, so keep innerHTML out of other code.
 */

export const $ = (id) => document.getElementById(id);

/** An element with text content and attributes; never parses markup. */
export function el(tag, props, ...children) {
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
export function snippetNodes(html) {
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
export function markedTerms(fragment) {
  const terms = new Set();
  for (const m of fragment.querySelectorAll('mark')) {
    const t = m.textContent.trim();
    if (t) terms.add(t);
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

/** Plain text with the given words wrapped in <mark>, built from text nodes. */
export function highlightText(text, terms) {
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
