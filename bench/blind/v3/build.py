import csv, unicodedata, re, json
cat={x['fiche_id']:x for x in csv.DictReader(open('/work/wt/catalogue-sans-requetes.tsv',encoding='utf-8'),delimiter='\t')}
exec(open('judge.py').read())
rows=list(csv.DictReader(open('phase1.tsv',encoding='utf-8'),delimiter='\t'))
REW={}
try: exec(open('rewrites.py').read())
except FileNotFoundError: pass
def toks(s):
    s=unicodedata.normalize('NFKD',s.lower()); s=''.join(c for c in s if not unicodedata.combining(c))
    return [t for t in re.split(r'[^a-z0-9]+',s) if t]
def maxrun(a,b):
    best=0
    for i in range(len(a)):
        for j in range(len(b)):
            k=0
            while i+k<len(a) and j+k<len(b) and a[i+k]==b[j+k]: k+=1
            best=max(best,k)
    return best
out=[]; viol=[]; converted=[]
for i,r in enumerate(rows):
    q=REW.get(i,r['query']); kind=r['kind']
    if kind=='none' or J.get(i)=='NONE':
        if kind!='none': converted.append((i,kind))
        out.append((q,'','', 'none')); continue
    e,a=J[i].split('|'); acc=[x for x in a.split(',') if x]
    assert e in cat, e; assert all(x in cat for x in acc), acc; assert e not in acc
    assert len(set(acc))==len(acc)
    for f in [e]+acc:
        m=maxrun(toks(q),toks(cat[f]['question_fr']))
        if m>3: viol.append((i,f,m,q,cat[f]['question_fr']))
    out.append((q,e,','.join(acc),kind))
qs=[o[0].strip().lower() for o in out]; assert len(set(qs))==len(qs)
for v in viol: print(v)
print('violations',len(viol),'rewrites',len(REW),'converted',converted)
json.dump({'out':out,'converted':converted},open('/tmp/blind3_build.json','w'))
