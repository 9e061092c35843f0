import csv, re, unicodedata, collections, sys
cat={}
for r in csv.DictReader(open('/work/wt/catalogue-sans-requetes.tsv',encoding='utf-8'),delimiter='\t'):
    cat[r['fiche_id']]=r
rows=[l.rstrip('\n').split('\t') for l in open('phase1.tsv',encoding='utf-8')][1:]
J={}
for l in open('judgments.txt',encoding='utf-8'):
    n,e,a=l.rstrip('\n').split('|'); J[int(n)]=(e,a)
def norm(s):
    s=unicodedata.normalize('NFD',s.lower()); s=''.join(c for c in s if unicodedata.category(c)!='Mn')
    return [w for w in re.split(r'[^a-z0-9]+',s) if w]
def maxshared(q,t):
    a,b=norm(q),norm(t); best=0
    for i in range(len(a)):
        for j in range(len(b)):
            k=0
            while i+k<len(a) and j+k<len(b) and a[i+k]==b[j+k]: k+=1
            best=max(best,k)
    return best
RW={int(l.split('\t')[0]):l.rstrip('\n').split('\t')[1] for l in open('rewrites.tsv',encoding='utf-8')}
out=[];bad=[];viol=[]
for i,(s,q,k) in enumerate(rows,1):
    q=RW.get(i,q)
    if k=='none': out.append((q,'','','none')); continue
    e,a=J[i]
    if e=='NONE': out.append((q,'','','none')); continue
    ids=[e]+[x for x in a.split(',') if x]
    for x in ids:
        if x not in cat: bad.append((i,x))
        m=maxshared(q,cat.get(x,{'question_fr':''})['question_fr'])
        if m>3: viol.append((i,q,x,m,cat[x]['question_fr']))
    out.append((q,e,','.join(ids[1:]),k))
print('bad ids',bad)
print('violations',len(viol))
for v in viol: print(v)
qs=[o[0] for o in out]; print('dups',[q for q,c in collections.Counter(qs).items() if c>1])
print(collections.Counter(o[3] for o in out), len(out))
exp=[o[1] for o in out if o[1]]
print('distinct expected',len(set(exp)),'of',len(exp))
th=collections.Counter(cat[e]['theme_id'] for e in exp)
tot=collections.Counter(r['theme_id'] for r in cat.values())
for t in sorted(tot): print(f"{t:25s} fiches={tot[t]:3d} ({tot[t]/460:.1%})  expected={th[t]:3d} ({th[t]/len(exp):.1%}) distinct={len(set(e for e in exp if cat[e]['theme_id']==t))}")
if '--write' in sys.argv:
    with open('search-queries.tsv','w',encoding='utf-8') as f:
        f.write('query\texpected\tacceptable\tkind\n')
        for o in out: f.write('\t'.join(o)+'\n')
