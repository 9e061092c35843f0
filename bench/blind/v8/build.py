import csv,unicodedata,re,sys
rows=list(csv.reader(open('/work/blind-v8/phase1.tsv'),delimiter='\t'))[1:]
j=[l.rstrip('\n').split('|') for l in open('/work/blind-v8/judg.txt')]
cat={r[0]:r for r in csv.reader(open('/work/wt/catalogue-sans-requetes.tsv'),delimiter='\t')}
def toks(s):
    s=unicodedata.normalize('NFD',s.lower()); s=''.join(c for c in s if unicodedata.category(c)!='Mn')
    return [t for t in re.split(r'[^a-z0-9]+',s) if t]
def share(q,t,n=4):
    a,b=toks(q),toks(t); grams={tuple(b[i:i+n]) for i in range(len(b)-n+1)}
    return [a[i:i+n] for i in range(len(a)-n+1) if tuple(a[i:i+n]) in grams]
RW={int(l.split('\t')[0]):l.rstrip('\n').split('\t')[1] for l in open('/work/blind-v8/rewrites.tsv')}
out=[];viol=0;conv=0
for i,(r,(e,a)) in enumerate(zip(rows,j),1):
    q,kind=r[1],r[2]
    q=RW.get(i,q)
    if e=='NONE':
        if kind!='none': conv+=1
        e=a='';kind='none'
    ids=([e] if e else [])+[x for x in a.split(',') if x]
    for x in ids:
        assert x in cat,(i,x)
        s=share(q,cat[x][3])
        if s: viol+=1; print('COPY',i,q,'|',x,cat[x][3],s)
    out.append((q,e,a,kind))
qs=[o[0] for o in out]; assert len(qs)==len(set(qs))
print('violations',viol,'conversions',conv)
with open('/work/blind-v8/search-queries.tsv','w') as f:
    f.write('query\texpected\tacceptable\tkind\n')
    for o in out: f.write('\t'.join(o)+'\n')
from collections import Counter
print(Counter(o[3] for o in out))
