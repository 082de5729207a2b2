#!/usr/bin/env python3
"""Fit the summariser's learned sentence ranker (logistic regression, L2) from RankerFeatureDump output.

Labels (4th argument): 'oracle' (shipped) = the greedy ROUGE-1 oracle, up to 3 candidates added while
they raise the unigram F1 (lower-cased \\w+ tokens) of their union against the whole reference; a number
T = a candidate is 1 when it is the best unigram-F1 match of some reference sentence with F1 >= T;
'soft' = the best such F1 as a soft target.
Usage: train-summary-ranker.py FEATURES.jsonl FEATURE_NAMES_COMMA_SEPARATED OUT.txt [oracle|T|soft]
"""
import json, re, sys
import numpy as np

W = re.compile(r'\w+')
SPLIT = re.compile(r'(?<=[.!?])\s+')


def toks(s):
    return W.findall(s.lower())


def f1(a, b):
    from collections import Counter
    ca, cb = Counter(a), Counter(b)
    o = sum((ca & cb).values())
    if o == 0:
        return 0.0
    p, r = o / len(a), o / len(b)
    return 2 * p * r / (p + r)


SOFT = len(sys.argv) > 4 and sys.argv[4] == 'soft'
ORACLE = len(sys.argv) > 4 and sys.argv[4] == 'oracle'
THRESHOLD = float(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[4] not in ('soft', 'oracle') else 0.5
X, y = [], []
for line in open(sys.argv[1], encoding='utf-8'):
    d = json.loads(line)
    st = [toks(s) for s in d['sents']]
    lab = [0] * len(st)
    if ORACLE:
        rt = toks(d['summary'])
        chosen, cur = [], 0.0
        while len(chosen) < 3:
            best, bi = cur, -1
            for k, s in enumerate(st):
                if k not in chosen:
                    v = f1(sum((st[j] for j in chosen), []) + s, rt)
                    if v > best:
                        best, bi = v, k
            if bi < 0:
                break
            chosen.append(bi)
            cur = best
        for k in chosen:
            lab[k] = 1
        X.extend(d['x'])
        y.extend(lab)
        continue
    for ref in SPLIT.split(d['summary']):
        rt = toks(ref)
        if not rt:
            continue
        scores = [f1(s, rt) if s else 0 for s in st]
        best = int(np.argmax(scores))
        if SOFT:
            for k, v in enumerate(scores):
                lab[k] = max(lab[k], v)
        elif scores[best] >= THRESHOLD:
            lab[best] = 1
    X.extend(d['x'])
    y.extend(lab)
X = np.array(X, dtype=float)
y = np.array(y, dtype=float)
Xb = np.hstack([X, np.ones((len(X), 1))])
w = np.zeros(Xb.shape[1])
lam = 1e-6
for it in range(50):  # Newton-Raphson
    p = 1 / (1 + np.exp(-Xb @ w))
    g = Xb.T @ (p - y) / len(y) + lam * np.r_[w[:-1], 0]
    H = (Xb * (p * (1 - p))[:, None]).T @ Xb / len(y) + lam * np.diag(np.r_[np.ones(len(w) - 1), 0])
    step = np.linalg.solve(H, g)
    w -= step
    if np.abs(step).max() < 1e-8:
        break
names = sys.argv[2].split(',') + ['bias']
with open(sys.argv[3], 'w', encoding='utf-8') as out:
    out.write('# Learned sentence ranker of RankedSummarizer (logistic regression), see docs/SUMMARY.md (model card).\n')
    out.write('# Provenance: fitted by the Kabar team with src/test/scripts/train-summary-ranker.py; only weights, no text of the data.\n')
    out.write('# Trained by src/test/scripts/train-summary-ranker.py on IndoSum indosum-more (%d sentences, %d positive).\n'
              % (len(y), int(y.sum())))
    out.write('# Format: feature<TAB>weight.\n')
    for n, v in zip(names, w):
        out.write('%s\t%.6f\n' % (n, v))
print('sentences', len(y), 'positive', int(y.sum()))
for n, v in zip(names, w):
    print('%-18s %+.3f' % (n, v))
