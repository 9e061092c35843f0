import csv,re,unicodedata,sys,collections
C='/work/wt/catalogue-sans-requetes.tsv'
cat={}; theme={}
for r in csv.DictReader(open(C,encoding='utf-8'),delimiter='\t'):
    cat[r['fiche_id']]=r['question_fr']; theme[r['fiche_id']]=r['theme_id']
rows=[r for r in csv.DictReader(open('phase1.tsv',encoding='utf-8'),delimiter='\t')]
# rewrites: n|new query
rw={}
try:
    for l in open('rewrites.txt',encoding='utf-8'):
        if l.strip():
            n,q=l.rstrip('\n').split('|',1); rw[int(n)]=q
except FileNotFoundError: pass
J={}
for l in open('judgments.txt',encoding='utf-8'):
    n,e,a=l.rstrip('\n').split('|'); J[int(n)]=(e,a)
def toks(s):
    s=unicodedata.normalize('NFD',s.lower()); s=''.join(c for c in s if unicodedata.category(c)!='Mn')
    return [t for t in re.split(r'[^a-z0-9]+',s) if t]
def maxrun(a,b):
    best=0
    for i in range(len(a)):
        for j in range(len(b)):
            k=0
            while i+k<len(a) and j+k<len(b) and a[i+k]==b[j+k]: k+=1
            best=max(best,k)
    return best
out=[]; viol=[]; conv=[]
for i,r in enumerate(rows,1):
    q=rw.get(i,r['query']); k=r['kind']
    if k!='none':
        e,a=J[i]
        if e=='none': conv.append(i); k='none'; e=''; a=''
    else: e,a='',''
    ids=[x for x in ([e]+a.split(',')) if x]
    for x in ids: assert x in cat,(i,x)
    assert e not in a.split(',') or not e
    for x in ids:
        m=maxrun(toks(q),toks(cat[x]))
        if m>3: viol.append((i,q,x,m))
    out.append((q,e,a,k))
qs=[o[0].strip().lower() for o in out]; assert len(set(qs))==len(qs)
print('violations',len(viol))
for v in viol: print(*v,sep=' | ')
print('conversions',len(conv),conv)
print(collections.Counter(o[3] for o in out))
ex=[o[1] for o in out if o[1]]
print('distinct expected',len(set(ex)),'of',len(ex))
tc=collections.Counter(theme[x] for x in set(ex)); tt=collections.Counter(theme.values())
for t in sorted(tt): print(f'  {t:28s} fiches={tt[t]:3d} distinct_expected={tc[t]:3d} rows={sum(1 for x in ex if theme[x]==t)}')
if '--write' in sys.argv:
    with open('search-queries.tsv','w',encoding='utf-8') as f:
        f.write('query\texpected\tacceptable\tkind\n')
        for o in out: f.write('\t'.join(o)+'\n')
