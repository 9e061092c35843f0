import csv,unicodedata,re,math,sys
from collections import Counter
rows=list(csv.reader(open('phase1.tsv'),delimiter='\t'))[1:]
out=list(csv.reader(open('search-queries.tsv'),delimiter='\t'))[1:]
catl=list(csv.reader(open('/work/wt/catalogue-sans-requetes.tsv'),delimiter='\t'))[1:]
stop=set("le la les un une des de du d l a au aux et ou en pour par sur dans mon ma mes son sa ses il elle ils on je j nous vous est sont pas ne que qui quoi quel quelle comment faire peut peux faut avec plus tout tous tres ce cet cette se s y t qu the is my to for of in and what how do can at it i a".split())
def toks(s):
    s=unicodedata.normalize('NFD',s.lower()); s=''.join(c for c in s if unicodedata.category(c)!='Mn')
    return [t[:5] for t in re.split(r'[^a-z0-9]+',s) if t and t not in stop and len(t)>1]
docs={r[0]:Counter(toks(r[3]+' '+r[3]+' '+r[4])) for r in catl}
qs={r[0]:r[3] for r in catl}
df=Counter(); [df.update(set(d)) for d in docs.values()]
N=len(docs)
a,b=int(sys.argv[1]),int(sys.argv[2])
for i in range(a-1,b):
    o=out[i]
    if not o[1]: continue
    q=toks(rows[i][0]+' '+o[0])
    sc={k:sum(math.log(N/df[t])*(1+math.log(d[t])) for t in set(q) if d.get(t)) for k,d in docs.items()}
    have=set([o[1]]+[x for x in o[2].split(',') if x])
    top=[k for k in sorted(sc,key=lambda k:-sc[k]) if k not in have][:4]
    print(f"#{i+1} {o[0][:80]} | E={o[1]} A={o[2]}")
    for k in top: print(f"     ? {k} {qs[k][:80]}")
