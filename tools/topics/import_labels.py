#!/usr/bin/env python3
"""Builds tools/topics/labels.jsonl (keys, hashes, labels; no text) from the labelling hand-off folder.

    import_labels.py HANDOFF_DIR OUT.jsonl [--keep EARLIER.jsonl]

HANDOFF_DIR holds units.jsonl (from sample_units.py), the labeller's labels-*.jsonl (one object per unit:
key, labels, main, note), any recheck-*.jsonl (later labels for keys already labelled: they replace them) and
HELDOUT-*.txt (speech ids held out, one a line). Every unit of a held-out speech gets split "heldout", the others
"train". Notes are left out: they may quote the text.

--keep EARLIER.jsonl adds a later round of labelling to an earlier set: the earlier rows come first, unchanged,
and a unit they already hold is not added again (a unit labelled in both rounds as a consistency check keeps its
earlier labels). A unit of a speech held out in the earlier set is held out here too.
"""
import glob, json, os, sys

def main(handoff, out, keep=None):
    earlier = [json.loads(l) for l in open(keep, encoding='utf-8')] if keep else []
    units = {}
    for line in open(os.path.join(handoff, 'units.jsonl'), encoding='utf-8'):
        u = json.loads(line)
        units[u['key']] = u
    labels = {}
    for pattern in ('labels-*.jsonl', 'recheck-*.jsonl'):
        for f in sorted(glob.glob(os.path.join(handoff, pattern))):
            for line in open(f, encoding='utf-8'):
                if line.strip():
                    o = json.loads(line)
                    labels[o['key']] = o
    held = set()
    for f in glob.glob(os.path.join(handoff, 'HELDOUT-*.txt')):
        held |= {l.strip() for l in open(f, encoding='utf-8') if l.strip() and not l.startswith('#')}
    held |= {r['speech'] for r in earlier if r['split'] == 'heldout'}
    have = {r['key'] for r in earlier}
    n = {'train': 0, 'heldout': 0}
    with open(out, 'w', encoding='utf-8') as w:
        for r in earlier:
            w.write(json.dumps(r, ensure_ascii=False) + '\n')
        for key, u in units.items():  # the sample's order
            if key not in labels or key in have:
                continue
            o = labels[key]
            split = 'heldout' if u['speech'] in held else 'train'
            n[split] += 1
            w.write(json.dumps({'key': key, 'speech': u['speech'], 'kind': u['kind'],
                                'headingHash': u.get('heading_hash'), 'textHash': u.get('text_hash'),
                                'labels': o['labels'], 'main': o.get('main'), 'split': split},
                               ensure_ascii=False) + '\n')
    print(f"{len(earlier)} earlier and {sum(n.values())} new labelled units: {n['train']} train, "
          f"{n['heldout']} held out ({len(held)} held-out speeches)", file=sys.stderr)

if __name__ == '__main__':
    args = sys.argv[1:]
    keep = None
    if '--keep' in args:
        i = args.index('--keep')
        keep = args[i + 1]
        del args[i:i + 2]
    main(args[0], args[1], keep)
