#!/usr/bin/env python3
"""show.py FILE FROM TO : prints units n=FROM..TO of a labeller's batch.jsonl or calibration.jsonl (make_batches.py) readably."""
import json,sys
f,a,b=sys.argv[1],int(sys.argv[2]),int(sys.argv[3])
for i,l in enumerate(open(f,encoding='utf-8'),1):
    u=json.loads(l); n=u.get('n',i)
    if not a<=n<=b: continue
    print(f"===== n={n} key={u['key']} kind={u['kind']} | {u['speech_title']} ({u['year']})")
    if u['path']: print('path:',' > '.join(p or '' for p in u['path']))
    print('heading:',u['heading'])
    print('text:',u['text'])
    for c in u.get('children',[]):
        print('  '*c['depth']+f"- {c['marker'] or ''}{c['heading'] or ''} [{c['chars']}字] {c['text']}")
    if u.get('closing'): print('closing:',u['closing'])
    if 'labels' in u: print('LABELS:',u['labels'],'MAIN:',u['main'])
    print()
