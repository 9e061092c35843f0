import csv,re,unicodedata,collections,sys
cat={}
for r in csv.DictReader(open('/work/wt/catalogue-sans-requetes.tsv',encoding='utf-8'),delimiter='\t'):
    cat[r['fiche_id']]=r
changes={"autorisation sortie scolaire":"sortie scolaire zoo assurance",
"je travaille de nuit comme aide-soignante et je finis à 7h30, mon fils de 5 ans doit être déposé avant que je parte et l'école n'ouvre qu'à 8h20":"je suis aide-soignante et je commence à 7h, mon fils de 5 ans doit être déposé avant que je parte et l'école n'ouvre qu'à 8h20"}
rewrites={}
for l in open('rewrites.txt',encoding='utf-8') if __import__('os').path.exists('rewrites.txt') else []:
    a,b=l.rstrip('\n').split('\t'); rewrites[a]=b
p1=[l.rstrip('\n').split('\t') for l in open('phase1.tsv',encoding='utf-8')][1:]
J={}
for l in open('judge.txt',encoding='utf-8'):
    q,e,a=l.rstrip('\n').split('\t'); J[q]=(e,a)
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
out=[];bad=[];conv=0;missing=[]
for s,q,k in p1:
    q=changes.get(q,q)
    jq=q
    q=rewrites.get(q,q)
    if k=='none': out.append((q,'','',k)); continue
    if jq not in J: missing.append(jq); continue
    e,a=J[jq]
    if e=='NONE': out.append((q,'','','none')); conv+=1; continue
    ids=[e]+[x for x in a.split(',') if x]
    for i in ids:
        if i not in cat: print('BADID',i,q)
    assert e not in a.split(',')
    m=max(maxrun(toks(q),toks(cat[i]['question_fr'])) for i in ids)
    if m>3: bad.append((m,q,[ (i,cat[i]['question_fr']) for i in ids if maxrun(toks(q),toks(cat[i]['question_fr']))>3]))
    out.append((q,e,a,k))
print('missing',missing)
print('conversions',conv)
for b in bad: print('COPY',b)
qs=[o[0] for o in out]; print('dups',[x for x,c in collections.Counter(qs).items() if c>1])
print(collections.Counter(o[3] for o in out), len(out))
print('distinct expected',len(set(o[1] for o in out if o[1])))
th=collections.Counter(cat[o[1]]['theme_id'] for o in out if o[1]); tc=collections.Counter(r['theme_id'] for r in cat.values())
n=sum(th.values())
for t in sorted(tc): print(t,tc[t],th[t],round(tc[t]/460*n,1))
if len(sys.argv)>1:
    with open('search-queries.tsv','w',encoding='utf-8') as f:
        f.write('query\texpected\tacceptable\tkind\n')
        for o in out: f.write('\t'.join(o)+'\n')
