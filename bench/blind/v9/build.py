import csv,unicodedata,re,sys
cat={}
with open('/work/wt/catalogue-sans-requetes.tsv',encoding='utf-8') as f:
    r=csv.DictReader(f,delimiter='\t',quoting=csv.QUOTE_NONE)
    for row in r: cat[row['fiche_id']]=row
rows=[l.rstrip('\n').split('\t') for l in open('phase1.tsv',encoding='utf-8')][1:]
jud=[l.rstrip('\n').split('|') for l in open('judg.txt',encoding='utf-8')]
rew={}
try:
    for l in open('rewrites.tsv',encoding='utf-8'):
        a,b=l.rstrip('\n').split('\t'); rew[a]=b
except FileNotFoundError: pass
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
out=[];ji=0;bad=0
for sit,q,kind in rows:
    q=rew.get(q,q)
    if kind=='none': out.append((q,'','',kind)); continue
    e,a=jud[ji]; ji+=1
    if e=='NONE': out.append((q,'','','none')); continue
    acc=[x for x in a.split(',') if x]
    for i in [e]+acc:
        if i not in cat: print('MISSING',i,q); bad+=1
    if e in acc: print('DUP',q)
    for i in [e]+acc:
        if i in cat:
            m=maxrun(toks(q),toks(cat[i]['question_fr']))
            if m>3: print('COPY',m,i,'|',q,'|',cat[i]['question_fr']); bad+=1
    out.append((q,e,','.join(acc),kind))
assert ji==len(jud),(ji,len(jud))
qs=[o[0] for o in out]; assert len(set(qs))==len(qs)
if len(sys.argv)>1:
    with open('search-queries.tsv','w',encoding='utf-8') as f:
        f.write('query\texpected\tacceptable\tkind\n')
        for o in out: f.write('\t'.join(o)+'\n')
print('bad',bad,'rows',len(out))
