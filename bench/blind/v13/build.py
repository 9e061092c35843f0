import csv, unicodedata, re, sys, collections
cat = {}
with open('/work/wt/catalogue-sans-requetes.tsv', encoding='utf-8') as f:
    r = csv.reader(f, delimiter='\t')
    next(r)
    for row in r: cat[row[0]] = row
rows = []
with open('phase1.tsv', encoding='utf-8') as f:
    lines = f.read().splitlines()[1:]
for l in lines:
    s, q, k = l.split('\t'); rows.append([s, q, k])
over = {}
import os
if os.path.exists('rewrites.tsv'):
    for l in open('rewrites.tsv', encoding='utf-8').read().splitlines():
        i, q = l.split('\t'); over[int(i)] = q
J = {}
for l in open('judg.tsv', encoding='utf-8').read().splitlines():
    p = l.split('\t') + ['']
    J[int(p[0])] = (p[1], p[2])
def toks(t):
    t = unicodedata.normalize('NFD', t.lower())
    t = ''.join(c for c in t if unicodedata.category(c) != 'Mn')
    return [w for w in re.split(r'[^a-z0-9]+', t) if w]
def maxrun(a, b):
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            n = 0
            while i+n < len(a) and j+n < len(b) and a[i+n] == b[j+n]: n += 1
            best = max(best, n)
    return best
out = []; bad = []; conv = []
for idx, (s, q, k) in enumerate(rows, 1):
    q = over.get(idx, q)
    if k == 'none':
        out.append((q, '', '', 'none')); continue
    e, a = J[idx]
    if e == 'NONE':
        conv.append((idx, q, k)); out.append((q, '', '', 'none')); continue
    ids = [e] + [x for x in a.split(',') if x]
    for x in ids:
        if x not in cat: print('MISSING', idx, x)
    if e in a.split(','): print('DUP', idx)
    for x in ids:
        m = maxrun(toks(q), toks(cat[x][3]))
        if m > 3: bad.append((idx, q, x, cat[x][3], m))
    out.append((q, e, ','.join(ids[1:]), k))
for b in bad: print('COPY', *b, sep=' | ')
qs = [o[0] for o in out]
print('dups', [q for q, c in collections.Counter(qs).items() if c > 1])
print('conversions', len(conv)); [print('  ', c) for c in conv]
print(collections.Counter(o[3] for o in out))
if '--write' in sys.argv:
    with open('search-queries.tsv', 'w', encoding='utf-8') as f:
        f.write('query\texpected\tacceptable\tkind\n')
        for o in out: f.write('\t'.join(o) + '\n')
# distribution
th = collections.Counter(cat[i][1] for i in cat)
ex = collections.Counter(cat[o[1]][1] for o in out if o[1])
dist = len(set(o[1] for o in out if o[1]))
print('distinct expected', dist, 'answerable', sum(1 for o in out if o[1]))
tot = sum(1 for o in out if o[1])
for t in th: print(f'{t:28s} fiches={th[t]:3d} share={th[t]/460*tot:5.1f} got={ex[t]}')
