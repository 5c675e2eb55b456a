#!/usr/bin/env python3
"""Builds tools/topics/labels.jsonl (keys, hashes, labels; no text) from the labelling hand-off folder.

    import_labels.py HANDOFF_DIR OUT.jsonl

HANDOFF_DIR holds units.jsonl (from sample_units.py), the labeller's labels-*.jsonl (one object per unit:
key, labels, main, note), any recheck-*.jsonl (later labels for keys already labelled: they replace them) and
HELDOUT-*.txt (speech ids held out, one a line). Every unit of a held-out speech gets split "heldout", the others
"train". Notes are left out: they may quote the text.
"""
import glob, json, os, sys

def main(handoff, out):
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
    n = {'train': 0, 'heldout': 0}
    with open(out, 'w', encoding='utf-8') as w:
        for key, u in units.items():  # the sample's order
            if key not in labels:
                continue
            o = labels[key]
            split = 'heldout' if u['speech'] in held else 'train'
            n[split] += 1
            w.write(json.dumps({'key': key, 'speech': u['speech'], 'kind': u['kind'],
                                'headingHash': u.get('heading_hash'), 'textHash': u.get('text_hash'),
                                'labels': o['labels'], 'main': o.get('main'), 'split': split},
                               ensure_ascii=False) + '\n')
    print(f"{sum(n.values())} labelled units: {n['train']} train, {n['heldout']} held out "
          f"({len(held)} held-out speeches)", file=sys.stderr)

if __name__ == '__main__':
    main(*sys.argv[1:3])
