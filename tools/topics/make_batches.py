#!/usr/bin/env python3
"""Hands a further round of units to labellers (docs/TOPICS.md, "The labelled set").

    make_batches.py PARSE_DIR LABELS.jsonl SAMPLE.jsonl OUT_DIR [--helpers 10] [--per 200] [--checks 12]
                    [--calibration 25] [--seed 20261207]

PARSE_DIR holds `parse --out` JSON of ../shared/corpus and ../shared/seeds; SAMPLE.jsonl is a draw of
sample_units.py (any prefix of it is a fair sample). Units already in LABELS.jsonl (by key, or by speech and
heading hash) are left out, and the rest are dealt out in sample order, PER to a labeller. Each labeller's folder
OUT_DIR/hN gets batch.jsonl (its units, plus CHECKS units of the earlier set's train split whose labels it does
not see, shuffled in: their agreement with the earlier labels is the round's consistency figure, agree.py) and
calibration.jsonl (CALIBRATION earlier train units with their labels, to read first). OUT_DIR/units.jsonl lists
the new units with their split (a unit of a held-out speech, or of the other source of a held-out national report
of the same year, is held out) and OUT_DIR/HELDOUT-round.txt the held-out speeches, as import_labels.py reads
them. The labeller's brief is LABELLING.md beside this script; show.py displays units, validate.py checks a
labeller's file. Everything written holds corpus text and stays outside the repository.
"""
import argparse, glob, json, os, random
from sample_units import key, short_hash, subtree_chars

def clip(t, n):
    t = t or ''
    return t if len(t) <= n else t[:n] + f'……〔后略，全文{len(t)}字〕'

def units_of(parse_dir):
    units = {}
    for f in sorted(glob.glob(os.path.join(parse_dir, '*.json'))):
        s = json.load(open(f, encoding='utf-8'))
        ctx = {'speech': s['id'], 'title': s['title'], 'year': s['year']}
        units[key(s['id'], 'speech', s['title'] or '', '')] = dict(
            ctx, kind='speech', heading=s['title'], path=[], text=s.get('preamble') or '',
            children=s['sections'], closing=s.get('closing') or '')
        def walk(us):
            for u in us:
                units[key(s['id'], u['kind'], u['heading'], u['text'])] = dict(
                    ctx, kind=u['kind'], heading=u['heading'], path=u['path'], text=u['text'],
                    children=u['children'])
                walk(u['children'])
        walk(s['sections'])
    return units

def present(k, u):
    """A unit as the labeller sees it: long texts cut, children as marker, heading, size and start."""
    o = {'key': k, 'kind': u['kind'], 'speech_title': u['title'], 'year': u['year'], 'path': u['path'],
         'heading': u['heading'], 'text': clip(u['text'], 2500 if u['kind'] != 'measure' else 4000)}
    def kids(cs, depth):
        out = []
        for c in cs:
            out.append({'depth': depth, 'marker': c.get('marker'), 'heading': c.get('heading'),
                        'chars': subtree_chars(c), 'text': clip(c['text'], 300)})
            if depth < 2:
                out += kids(c['children'], depth + 1)
        return out
    if u['children']:
        o['children'] = kids(u['children'], 1)
    if u.get('closing'):
        o['closing'] = clip(u['closing'], 600)
    return o

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('parse_dir'); ap.add_argument('labels'); ap.add_argument('sample'); ap.add_argument('out')
    ap.add_argument('--helpers', type=int, default=10); ap.add_argument('--per', type=int, default=200)
    ap.add_argument('--checks', type=int, default=12); ap.add_argument('--calibration', type=int, default=25)
    ap.add_argument('--seed', type=int, default=20261207)
    a = ap.parse_args()
    units = units_of(a.parse_dir)
    earlier = [json.loads(l) for l in open(a.labels, encoding='utf-8')]
    keys = {r['key'] for r in earlier}
    headings = {(r['speech'], r['headingHash']) for r in earlier if r['headingHash']}
    labelled_speeches = {r['speech'] for r in earlier if r['kind'] == 'speech'}
    held = {r['speech'] for r in earlier if r['split'] == 'heldout'}
    held_years = {s.split('_')[-1] for s in held if s.startswith('natl_')}
    fresh = []
    for i in (json.loads(l) for l in open(a.sample, encoding='utf-8')):
        if i['key'] in keys or i['key'] not in units:
            continue
        if i['kind'] == 'speech' and i['speech'] in labelled_speeches:
            continue
        if i['kind'] != 'speech' and i.get('heading') and (i['speech'], i.get('heading_hash')) in headings:
            continue
        s = i['speech']
        i['split'] = 'heldout' if s in held or (s.startswith('natl_') and s.split('_')[-1] in held_years) else 'train'
        fresh.append(i)
    rnd = random.Random(a.seed)
    known = [r for r in earlier if r['split'] == 'train' and r['key'] in units]
    rnd.shuffle(known)
    os.makedirs(a.out, exist_ok=True)
    dealt = fresh[:a.helpers * a.per]
    with open(os.path.join(a.out, 'units.jsonl'), 'w', encoding='utf-8') as w:
        for i in dealt:
            w.write(json.dumps({k: i.get(k) for k in ('key', 'speech', 'kind', 'heading_hash', 'text_hash', 'split')},
                               ensure_ascii=False) + '\n')
    with open(os.path.join(a.out, 'HELDOUT-round.txt'), 'w', encoding='utf-8') as w:
        w.write('# held-out speeches of this round\n')
        w.write(''.join(s + '\n' for s in sorted({i['speech'] for i in dealt if i['split'] == 'heldout'})))
    for h in range(a.helpers):
        calib = known[h * a.calibration % len(known):][:a.calibration]
        check = known[len(known) // 2 + h * a.checks:][:a.checks]
        batch = [present(i['key'], units[i['key']]) for i in dealt[h * a.per:(h + 1) * a.per]]
        batch += [present(r['key'], units[r['key']]) for r in check]
        rnd.shuffle(batch)
        d = os.path.join(a.out, f'h{h + 1}')
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, 'batch.jsonl'), 'w', encoding='utf-8') as w:
            for n, b in enumerate(batch, 1):
                b['n'] = n
                w.write(json.dumps(b, ensure_ascii=False) + '\n')
        with open(os.path.join(d, 'calibration.jsonl'), 'w', encoding='utf-8') as w:
            for r in calib:
                o = present(r['key'], units[r['key']])
                o['labels'], o['main'] = r['labels'], r['main']
                w.write(json.dumps(o, ensure_ascii=False) + '\n')
        json.dump([r['key'] for r in check], open(os.path.join(a.out, f'check-h{h + 1}.json'), 'w'))
    print(f'{len(fresh)} unlabelled units in the sample; {len(dealt)} dealt to {a.helpers} labellers')

if __name__ == '__main__':
    main()
