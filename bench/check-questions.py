#!/usr/bin/env python3
"""Checks the lines a writer adds to the `questions:` lists ("other ways to ask it") of the sheets of some themes.
Usage: RANGE=14-17 BASE=main python3 bench/check-questions.py <repository> <theme> [<theme> ...]
Checks only the lines that are not in the same file at git revision BASE (default main): 2-32 words, no price
or year, not 5 words in a row shared with the title or another line of the sheet, not a line of another sheet
of the themes given; and the number of lines per sheet (RANGE). Prints one line per problem and a summary;
exits 1 on problems. DevQueryLeakageTest still decides whether a line copies a development query."""
import os, subprocess, sys, re, unicodedata, pathlib
def fold(s):
    s = unicodedata.normalize('NFD', s.lower())
    s = ''.join(c for c in s if unicodedata.category(c) != 'Mn')
    return re.findall(r'[a-z0-9]+', s)
def grams(ws, n=5):
    return {tuple(ws[i:i+n]) for i in range(len(ws)-n+1)}
root = pathlib.Path(sys.argv[1]) / 'src/main/resources/fiches'
bad = 0; total = 0; files = 0; seen = {}
for theme in sys.argv[2:]:
    for f in sorted((root / theme).glob('*.md')):
        files += 1
        text = f.read_text(encoding='utf-8')
        head = text.split('\n---', 1)[0]
        title = re.search(r'^titre: (.*)$', head, re.M).group(1)
        m = re.search(r'^questions:\n((?:  - .*\n)+)', head + '\n', re.M)
        qs = [l[4:].strip() for l in m.group(1).splitlines()] if m else []
        total += len(qs)
        lo, hi = (int(x) for x in os.environ.get('RANGE', '9-11').split('-'))
        if len(qs) < lo:
            print(f'{f.name}: {len(qs)} questions, {lo} to {hi} expected'); bad += 1
        if len(qs) > hi:
            print(f'{f.name}: {len(qs)} questions, at most {hi}'); bad += 1
        g_title = grams(fold(title))
        base = subprocess.run(['git', '-C', sys.argv[1], 'show', f"{os.environ.get('BASE', 'main')}:src/main/resources/fiches/{theme}/{f.name}"],
                              capture_output=True, text=True).stdout
        own = []
        for q in qs:
            if ('  - ' + q + '\n') in base:
                own.append(fold(q)); seen[' '.join(fold(q))] = f.name
                continue
            w = fold(q)
            if not (2 <= len(w) <= 32):
                print(f'{f.name}: "{q}": {len(w)} words (2 to 32)'); bad += 1
            if re.search(r'\d+ ?(€|euros?)|\b20\d\d\b', q):
                print(f'{f.name}: "{q}": no prices or years'); bad += 1
            key = ' '.join(w)
            if key in seen and seen[key] != f.name:
                print(f'{f.name}: "{q}" is also a question of {seen[key]}'); bad += 1
            seen[key] = f.name
            if grams(w) & g_title:
                print(f'{f.name}: "{q}" shares 5 words in a row with the title'); bad += 1
            for o in own:
                if grams(w) & grams(o):
                    print(f'{f.name}: "{q}" shares 5 words in a row with another of its questions'); bad += 1
                    break
            own.append(w)
print(f'{files} fiches, {total} questions, {bad} problems')
sys.exit(1 if bad else 0)
