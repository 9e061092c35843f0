#!/usr/bin/env python3
"""Each sheet's three nearest sheets by the words of their texts (TF-IDF cosine over title x3 and the Markdown body),
from the sheet files alone (no query): given to content writers who add question lines that tell neighbouring
sheets apart (docs/performance.md, session 17). Run from the repository root: python3 bench/sheet-neighbours.py OUT.tsv"""
import re,sys,unicodedata,pathlib,math,collections
def norm(s):
    s=unicodedata.normalize('NFD',s.lower()); s=''.join(c for c in s if unicodedata.category(c)!='Mn')
    return [w for w in re.findall(r'[a-z0-9]+',s) if len(w)>2]
docs={};titles={};liees={}
for f in sorted(pathlib.Path('src/main/resources/fiches').glob('*/*.md')):
    t=f.read_text(encoding='utf-8'); head,body=t.split('\n---',1)
    ti=re.search(r'^titre: (.*)$',head,re.M).group(1).strip().strip('"')
    su=re.search(r'^resume: (.*)$',head,re.M); su=su.group(1) if su else ''
    titles[f.stem]=ti
    docs[f.stem]=collections.Counter(norm(ti)*3+norm(su)*2+norm(body))
df=collections.Counter(w for c in docs.values() for w in c)
N=len(docs)
vec={}
for k,c in docs.items():
    v={w:(1+math.log(n))*math.log(N/df[w]) for w,n in c.items()}
    z=math.sqrt(sum(x*x for x in v.values())) or 1
    vec[k]={w:x/z for w,x in v.items()}
out=open(sys.argv[1] if len(sys.argv)>1 else 'voisins.tsv','w',encoding='utf-8')
out.write('fiche\ttitre\tvoisines (les plus proches d\'abord)\n')
for k in vec:
    sims=sorted(((sum(x*vec[o].get(w,0) for w,x in vec[k].items()),o) for o in vec if o!=k),reverse=True)[:3]
    out.write(k+'\t'+titles[k]+'\t'+' | '.join(f'{o} {titles[o]}' for s,o in sims)+'\n')
