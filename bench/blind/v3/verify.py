import csv, unicodedata, re, collections, sys
cat={x['fiche_id']:x for x in csv.DictReader(open('/work/wt/catalogue-sans-requetes.tsv',encoding='utf-8'),delimiter='\t')}
rows=list(csv.DictReader(open('search-queries.tsv',encoding='utf-8'),delimiter='\t'))
assert list(rows[0].keys())==['query','expected','acceptable','kind']
def toks(s):
    s=unicodedata.normalize('NFKD',s.lower()); s=''.join(c for c in s if not unicodedata.combining(c))
    return [t for t in re.split(r'[^a-z0-9]+',s) if t]
def ngrams(t,n): return {tuple(t[i:i+n]) for i in range(len(t)-n+1)}
err=0; seen=set()
for r in rows:
    q=r['query']; k=q.strip().lower()
    if k in seen: print('DUP',q); err+=1
    seen.add(k)
    if r['kind']=='none':
        if r['expected'] or r['acceptable']: print('none with ids',q); err+=1
        continue
    acc=[a for a in r['acceptable'].split(',') if a]
    for f in [r['expected']]+acc:
        if f not in cat: print('BAD ID',f); err+=1; continue
        if ngrams(toks(q),4) & ngrams(toks(cat[f]['question_fr']),4): print('OVERLAP',q,f); err+=1
    if r['expected'] in acc: print('EXP IN ACC',q); err+=1
    if len(acc)!=len(set(acc)): print('ACC DUP',q); err+=1
print('rows',len(rows),'errors',err)
print(collections.Counter(r['kind'] for r in rows))
th=collections.Counter(cat[r['expected']]['theme_id'] for r in rows if r['expected'])
print(sorted(th.items(), key=lambda x:-x[1]))
sys.exit(1 if err else 0)
