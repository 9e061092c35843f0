import csv, re, unicodedata, sys
cat = {}
with open('/work/wt/catalogue-sans-requetes.tsv', encoding='utf-8') as f:
    r = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
    next(r)
    for row in r:
        cat[row[0]] = row
p1 = [l.rstrip('\n').split('\t') for l in open('phase1.tsv', encoding='utf-8')][1:]
overrides = {}
try:
    for l in open('rewrites.tsv', encoding='utf-8'):
        n, q = l.rstrip('\n').split('\t'); overrides[int(n)] = q
except FileNotFoundError: pass
judg = {}
for l in open('judg.txt', encoding='utf-8'):
    p = l.rstrip('\n').split('\t'); judg[int(p[0])] = (p[1], p[2] if len(p) > 2 else '')
def toks(s):
    s = unicodedata.normalize('NFKD', s.lower())
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return [t for t in re.split(r'[^a-z0-9]+', s) if t]
def maxrun(a, b):
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i+k < len(a) and j+k < len(b) and a[i+k] == b[j+k]: k += 1
            best = max(best, k)
    return best
out = []; bad = []; errs = []; conv = 0
for i, (sit, q, kind) in enumerate(p1, 1):
    q = overrides.get(i, q)
    if kind == 'none':
        exp, acc = '', ''
    else:
        exp, acc = judg[i]
        if exp == 'NONE':
            kind = 'none'; exp = ''; acc = ''; conv += 1
    ids = ([exp] if exp else []) + [a for a in acc.split(',') if a]
    for x in ids:
        if x not in cat: errs.append((i, x))
    if exp and exp in acc.split(','): errs.append((i, 'exp in acc'))
    for x in ids:
        if x in cat:
            m = maxrun(toks(q), toks(cat[x][3]))
            if m > 3: bad.append((i, m, q, x, cat[x][3]))
    out.append((q, exp, acc, kind))
qs = [o[0] for o in out]
assert len(qs) == len(set(qs)), 'dups'
print('errors', errs); print('conversions', conv)
for b in bad: print('COPY', b)
with open('search-queries.tsv', 'w', encoding='utf-8') as f:
    f.write('query\texpected\tacceptable\tkind\n')
    for o in out: f.write('\t'.join(o) + '\n')
from collections import Counter
print(Counter(o[3] for o in out))
exps = Counter(o[1] for o in out if o[1]); print('distinct expected', len(exps))
th = Counter(cat[e][1] for e in exps); print(th)
