#!/usr/bin/env python3
"""The weights of the second reading of the first hits (search.Reranking, issue 18).

Reads the TSV of search.RerankFeatures (the engine's first 30 hits of each query, with their features
and a label: 2 expected sheet, 1 acceptable, 0 other, -1 a query without any hit), fits a linear
ranking model on the sets named by --train (XGBoost gblinear, objective rank:ndcg, coordinate descent,
so the same data gives the same weights), and prints MRR@10 of the engine's order and of the learned
order for every set, strict (expected sheet only) and lenient (expected or acceptable), marking which
sets were trained on. --trees fits gradient-boosted trees instead (for comparison; not shippable as a
dot product). --write FILE writes the weights in the format search.Reranking reads.

Run with Debian's python3-xgboost (apt-get install python3-xgboost):
  /usr/bin/python3 bench/rerank-trial.py FEATURES.tsv --train v2,v3,v4,v5,v6,v7,devTUNE [--write F]
"""
import argparse
import collections
import csv
import datetime

import numpy as np
import xgboost as xgb

parser = argparse.ArgumentParser()
parser.add_argument("features")
parser.add_argument("--train", required=True)
parser.add_argument("--rounds", type=int, default=300)
parser.add_argument("--trees", action="store_true")
parser.add_argument("--write")
args = parser.parse_args()
train_sets = set(args.train.split(","))

with open(args.features, encoding="utf-8") as f:
    reader = csv.DictReader(f, delimiter="\t")
    FEATURES = reader.fieldnames[5:]
    rows = list(reader)
queries = collections.OrderedDict()
for r in rows:
    queries.setdefault((r["set"], r["qid"]), [])
    if r["label"] != "-1":
        queries[(r["set"], r["qid"])].append(r)


def vectors(q):
    return np.array([[float(r[f]) for f in FEATURES] for r in q])


train_keys = [k for k in queries if k[0] in train_sets and queries[k]]
X = np.vstack([vectors(queries[k]) for k in train_keys])
y = np.array([int(r["label"]) for k in train_keys for r in queries[k]])
dtrain = xgb.DMatrix(X, label=y)
dtrain.set_group([len(queries[k]) for k in train_keys])
if args.trees:
    params = dict(objective="rank:ndcg", eta=0.05, max_depth=4, min_child_weight=5, subsample=0.8,
                  colsample_bytree=0.8, seed=7)
else:
    params = dict(objective="rank:ndcg", booster="gblinear", eta=0.1, reg_lambda=0.0, seed=7,
                  updater="coord_descent", feature_selector="cyclic")
model = xgb.train(params, dtrain, args.rounds)


def mrr(keys, learned, lenient):
    total = 0.0
    for k in keys:
        q = queries[k]
        if not q:
            continue
        s = model.predict(xgb.DMatrix(vectors(q))) if learned else [-float(r["rank"]) for r in q]
        order = sorted(range(len(q)), key=lambda i: -s[i])[:10]
        for pos, i in enumerate(order):
            if int(q[i]["label"]) == 2 or (lenient and int(q[i]["label"]) == 1):
                total += 1.0 / (pos + 1)
                break
    return total / max(len(keys), 1)


sets = collections.OrderedDict()
for k in queries:
    sets.setdefault(k[0], []).append(k)
print(f"{'set':10} {'n':>5}  strict engine -> learned   lenient engine -> learned")
for name, keys in sets.items():
    tag = "(trained on)" if name in train_sets else "(held out)"
    print(f"{name:10} {len(keys):5}  {mrr(keys, False, False):.3f} -> {mrr(keys, True, False):.3f}"
          f"           {mrr(keys, False, True):.3f} -> {mrr(keys, True, True):.3f}  {tag}")

if not args.trees:
    dump = model.get_dump()[0].split()
    weights = [float(w) for w in dump[dump.index("weight:") + 1:]]
    print("weights", dict(zip(FEATURES, weights)))
    if args.write:
        with open(args.write, "w", encoding="utf-8") as out:
            out.write("# Poids de la seconde lecture des premiers résultats (search.Reranking), appris par\n")
            out.write("# bench/rerank-trial.py (XGBoost gblinear, rank:ndcg) le "
                      + datetime.date.today().isoformat() + " sur : " + ",".join(sorted(train_sets)) + ".\n")
            out.write("# Ne pas modifier à la main : relancer le script (voir docs/performance.md).\n")
            for name, w in zip(FEATURES, weights):
                out.write(f"{name}\t{w:.6g}\n")
