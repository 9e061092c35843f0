import csv,re,unicodedata,random
rows=[l.rstrip('\n').split('\t') for l in open('phase1.tsv',encoding='utf-8')][1:]
j={}
for l in open('judg.txt',encoding='utf-8'):
    n,e,a=l.rstrip('\n').split('|'); j[int(n)]=(e,a)
rw={int(l.split('\t')[0]):l.rstrip('\n').split('\t')[1] for l in open('rewrites.tsv',encoding='utf-8')}
cat={}
for r in list(csv.reader(open('/work/wt/catalogue-sans-requetes.tsv',encoding='utf-8'),delimiter='\t'))[1:]:
    cat[r[0]]=r
def toks(s):
    s=unicodedata.normalize('NFD',s.lower()); s=''.join(c for c in s if unicodedata.category(c)!='Mn')
    return [t for t in re.split(r'[^a-z0-9]+',s) if t]
def grams(t,n=4): return {tuple(t[i:i+n]) for i in range(len(t)-n+1)}
out=[];bad=0;conv=0
for i,(sit,q,k) in enumerate(rows,1):
    q=rw.get(i,q)
    e,a=j[i]
    if e=='NONE':
        if k!='none': conv+=1
        out.append((q,'','','none')); continue
    acc=[x for x in a.split(',') if x]
    assert e not in acc and len(set(acc))==len(acc)
    for x in [e]+acc:
        assert x in cat, x
        g=grams(toks(q))&grams(toks(cat[x][3]))
        if g: bad+=1; print('COPY',i,q,'|',x,g)
    out.append((q,e,','.join(acc),k))
qs=[o[0] for o in out]; assert len(set(qs))==len(qs)
with open('search-queries.tsv','w',encoding='utf-8') as f:
    f.write('query\texpected\tacceptable\tkind\n')
    for o in out: f.write('\t'.join(o)+'\n')
print('conversions',conv,'copy hits',bad,'rows',len(out))
from collections import Counter
print(Counter(o[3] for o in out))
ex=Counter(o[1] for o in out if o[1]); print('distinct expected',len(ex))
th=Counter(cat[e][1] for e in ex); tot=Counter(r[1] for r in cat.values())
for t in sorted(tot): print(t, tot[t], 'distinct-exp', th[t], 'rows', sum(v for e,v in ex.items() if cat[e][1]==t))
