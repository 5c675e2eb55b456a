#!/usr/bin/env python3
"""validate.py hN [TAXONOMY] : checks a labeller's hN/labels.jsonl against the taxonomy (default: topics.tsv in the
current folder, a copy of src/main/resources/topics.tsv) and hN/batch.jsonl; prints problems and progress.
Run from the hand-off folder of make_batches.py."""
import json,sys,re
h=sys.argv[1]
taxonomy=sys.argv[2] if len(sys.argv)>2 else 'topics.tsv'
areas={};cur=None
for l in open(taxonomy,encoding='utf-8'):
    if l.startswith('#') or not l.strip(): continue
    f=l.rstrip('\n').split('\t')
    m=re.match(r'\[(.+)\]',f[0])
    if m: cur=m.group(1); areas[cur]=set()
    else: areas[cur].add(f[0])
valid=set(areas)|{f'{a}/{t}' for a in areas for t in areas[a]}
keys=[json.loads(l)['key'] for l in open(f'{h}/batch.jsonl',encoding='utf-8')]
seen={};bad=0
for i,l in enumerate(open(f'{h}/labels.jsonl',encoding='utf-8'),1):
    if not l.strip(): continue
    try: o=json.loads(l)
    except Exception as e: print('line',i,'not JSON:',e); bad+=1; continue
    k=o.get('key'); labs=o.get('labels'); main=o.get('main')
    p=[]
    if k not in keys: p.append('unknown key')
    if not isinstance(labs,list) or len(labs)>3: p.append('labels must be a list of at most 3')
    else:
        for x in labs:
            if x not in valid: p.append(f'not in taxonomy: {x}')
        ar=[x.split('/')[0] for x in labs]
        for x in labs:
            if '/' not in x and sum(1 for y in labs if y.split('/')[0]==x)>1: p.append(f'area {x} given with a topic of it')
        if len(set(labs))<len(labs): p.append('repeated label')
        if (labs and main!=labs[0]) or (not labs and main is not None): p.append('main must be labels[0], or null when no labels')
    if p: print('line',i,k,'; '.join(p)); bad+=1
    seen[k]=i
print(f'{h}: {len(seen)} of {len(keys)} units labelled, {bad} lines with problems; missing n:',
      [n for n,k in enumerate(keys,1) if k not in seen][:20])
