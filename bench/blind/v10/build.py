import csv, re, unicodedata, collections, sys
cat = {}
with open('/work/wt/catalogue-sans-requetes.tsv', encoding='utf-8') as f:
    r = csv.reader(f, delimiter='\t', quoting=csv.QUOTE_NONE)
    next(r)
    for row in r: cat[row[0]] = row
rows = []
with open('phase1.tsv', encoding='utf-8') as f:
    next(f)
    for line in f:
        s, q, k = line.rstrip('\n').split('\t'); rows.append([s, q, k])
over = {}
try:
    for line in open('query_overrides.tsv', encoding='utf-8'):
        n, q = line.rstrip('\n').split('\t'); over[int(n)] = q
except FileNotFoundError: pass
judg = {}
for line in open('judg.txt', encoding='utf-8'):
    n, e, a = line.strip().split('|'); judg[int(n)] = (e, [x for x in a.split(',') if x])
def norm(t):
    t = unicodedata.normalize('NFD', t.lower()); t = ''.join(c for c in t if unicodedata.category(c) != 'Mn')
    return [w for w in re.split(r'[^a-z0-9]+', t) if w]
def maxrun(a, b):
    best = 0
    for i in range(len(a)):
        for j in range(len(b)):
            k = 0
            while i+k < len(a) and j+k < len(b) and a[i+k] == b[j+k]: k += 1
            best = max(best, k)
    return best
out = []; bad = []; conv = 0; seen = set()
for n, (s, q, k) in enumerate(rows, 1):
    q = over.get(n, q)
    e, a = judg[n]
    if e == 'NONE':
        if k != 'none': conv += 1
        k2 = 'none'; e = ''; a = []
    else:
        k2 = k
        for i in [e] + a:
            assert i in cat, (n, i)
        assert e not in a, n
        for i in [e] + a:
            m = maxrun(norm(q), norm(cat[i][3]))
            if m > 3: bad.append((n, q, i, m))
    assert q not in seen, q; seen.add(q)
    out.append((q, e, ','.join(a), k2))
with open('search-queries.tsv', 'w', encoding='utf-8') as o:
    o.write('query\texpected\tacceptable\tkind\n')
    for r in out: o.write('\t'.join(r) + '\n')
print('rows', len(out), 'conversions', conv)
print('kinds', collections.Counter(r[3] for r in out))
ex = [r[1] for r in out if r[1]]
print('distinct expected', len(set(ex)), 'of', len(ex))
th = collections.Counter(cat[e][1] for e in set(ex)); tot = collections.Counter(v[1] for v in cat.values())
for t in sorted(tot): print(f'  {t:28s} fiches {tot[t]:3d} distinct-expected {th[t]:3d} rows {sum(1 for e in ex if cat[e][1]==t)}')
print('NO-COPY violations', len(bad))
for b in bad: print('  ', b)
