"""agree.py EARLIER.jsonl hN... : run from the hand-off folder; how each labeller's labels of the check units
(check-hN.json, units of EARLIER's train split shown without their labels) agree with the earlier labels: exact
label sets, the same main subject, the main subject's area, and label-by-label overlap. Prints each disagreement
on the main subject."""
import json,sys
orig={}
for l in open(sys.argv[1]):
    r=json.loads(l); orig[r['key']]=r
tot=ex=mainok=area=n=0; lp=lr=0; lpt=lrt=0
for h in sys.argv[2:]:
    chk=set(json.load(open(f'check-{h}.json')))
    for l in open(f'{h}/labels.jsonl'):
        o=json.loads(l)
        if o['key'] not in chk: continue
        g=orig[o['key']]; n+=1
        ex+= set(o['labels'])==set(g['labels'])
        mainok+= o['main']==g['main']
        area+= (o['main'] or '').split('/')[0]==(g['main'] or '').split('/')[0]
        lp+=len(set(o['labels'])&set(g['labels'])); lpt+=len(o['labels']); lrt+=len(g['labels'])
        if o['main']!=g['main']: print(h, 'gold',g['labels'],'new',o['labels'])
print(f'n={n} exact {ex/n:.2f} main {mainok/n:.2f} main-area {area/n:.2f} label overlap P {lp/lpt:.2f} R {lp/lrt:.2f}')
