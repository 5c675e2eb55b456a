#!/usr/bin/env python3
"""Draws the sample of units to label for the topic classifier (docs/TOPICS.md, "The labelled set").

    sample_units.py PARSE_DIR OUT.jsonl [--size 1500] [--seed 14]

PARSE_DIR holds the product's `parse --out` JSON of ../shared/corpus and ../shared/seeds. Every unit of the
five seeds and every seed speech is taken; the rest is a stratified random draw over the corpus by source
(national report, provincial report, party congress), era, kind (speech, section, measure) and length, with
provincial reports, party congresses and sections drawn at a higher rate than national measures so that each
is well represented. The output is in a random order, so any prefix is a fair sample.

Each unit is keyed by its speech id, kind and a hash of its normalised heading and text (whitespace removed),
because unit ids shift when the parser changes unit boundaries; speechsearch.ingest.topic.UnitKey computes the same.
The output holds corpus text and stays outside the repository.
"""
import argparse, collections, glob, hashlib, json, os, random, sys

def norm(s):
    return ''.join(c for c in (s or '') if not c.isspace())

def key(speech, kind, heading, text):
    h = hashlib.sha256((norm(heading) + '\u0000' + norm(text)).encode('utf-8')).hexdigest()
    return f"{speech}/{kind}/{h[:16]}"

def short_hash(s):
    return hashlib.sha256(norm(s).encode('utf-8')).hexdigest()[:12]

def source_of(name):
    if name[:3].isdigit(): return 'seed'
    return name.split('_')[0]  # natl, prov, cpc

def era(year):
    if year is None: return 'unknown'
    if year < 1978: return '<1978'
    if year < 2000: return '1978-1999'
    if year < 2013: return '2000-2012'
    return '2013-'

def length_bucket(n):
    return '<150' if n < 150 else '150-500' if n < 500 else '500-1500' if n < 1500 else '1500+'

def subtree(u, depth=0, out=None):
    out = [] if out is None else out
    for c in u['children']:
        out.append({'depth': depth + 1, 'marker': c['marker'], 'heading': c['heading'], 'text': c['text']})
        subtree(c, depth + 1, out)
    return out

def subtree_chars(u):
    return len(u['text']) + sum(subtree_chars(c) for c in u['children'])

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('parse_dir'); ap.add_argument('out')
    ap.add_argument('--size', type=int, default=1500); ap.add_argument('--seed', type=int, default=14)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    items = []
    for f in sorted(glob.glob(os.path.join(a.parse_dir, '*.json'))):
        s = json.load(open(f, encoding='utf-8'))
        src = source_of(os.path.basename(f))
        ctx = {'speech': s['id'], 'title': s['title'], 'year': s['year'],
               'level': (s.get('region') or {}).get('level'), 'source': src}
        total = len(s.get('preamble') or '') + len(s.get('closing') or '') + sum(subtree_chars(u) for u in s['sections'])
        items.append(dict(ctx, kind='speech', id=s['id'], key=key(s['id'], 'speech', s['title'] or '', ''),
                          heading=s['title'], path=[], marker='', text=(s.get('preamble') or '')[:3000],
                          outline=[{'marker': u['marker'], 'heading': u['heading'], 'chars': subtree_chars(u)}
                                   for u in s['sections']],
                          closing=(s.get('closing') or '')[:1500], chars=total))
        def walk(units):
            for u in units:
                it = dict(ctx, kind=u['kind'], id=u['id'], key=key(s['id'], u['kind'], u['heading'], u['text']),
                          heading=u['heading'], heading_hash=short_hash(u['heading']),
                          text_hash=short_hash(u['text'][:60]), path=u['path'], marker=u['marker'],
                          text=u['text'], chars=subtree_chars(u))
                if u['children']:
                    it['children'] = subtree(u)
                items.append(it)
                walk(u['children'])
        walk(s['sections'])
    keys = collections.Counter(i['key'] for i in items)
    items = [i for i in items if keys[i['key']] == 1]  # identical units (repeated text) cannot be told apart
    chosen = [i for i in items if i['source'] == 'seed']
    rest = [i for i in items if i['source'] != 'seed']
    rate = {('speech', 'natl'): 0.45, ('speech', 'prov'): 0.6, ('speech', 'cpc'): 1.0,
            ('section', 'natl'): 0.4, ('section', 'prov'): 0.5, ('section', 'cpc'): 0.6,
            ('measure', 'natl'): 0.27, ('measure', 'prov'): 0.42, ('measure', 'cpc'): 0.5}
    strata = collections.defaultdict(list)
    for i in rest:
        strata[(i['kind'], i['source'], era(i['year']), length_bucket(i['chars']))].append(i)
    want = a.size - len(chosen)
    planned = {k: rate[(k[0], k[1])] * len(v) for k, v in strata.items()}
    scale = want / sum(planned.values())
    for k in sorted(strata):
        v = strata[k]
        n = max(1, min(len(v), round(planned[k] * scale)))
        chosen.extend(rnd.sample(v, n))
    rnd.shuffle(chosen)
    with open(a.out, 'w', encoding='utf-8') as out:
        for n, i in enumerate(chosen, 1):
            i['n'] = n
            out.write(json.dumps(i, ensure_ascii=False) + '\n')
    c = collections.Counter((i['source'], i['kind']) for i in chosen)
    print(len(chosen), 'units;', dict(sorted(c.items())), file=sys.stderr)

if __name__ == '__main__':
    main()
