#!/usr/bin/env python3
"""Top frames of a JFR recording: python3 bench/jfr-top.py FILE.jfr [depth] [n].

Prints the hottest top frames (self time) of jdk.ExecutionSample, the frames most often on the stack
(inclusive, portal and framework methods), and the allocation sites by weight (jdk.ObjectAllocationSample)."""
import collections
import json
import subprocess
import sys

path = sys.argv[1]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 25


def events(kind):
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events", kind, path],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["recording"]["events"]


def name(frame):
    m = frame["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


samples = events("jdk.ExecutionSample")
top = collections.Counter()
incl = collections.Counter()
for e in samples:
    frames = e["values"]["stackTrace"]["frames"] if e["values"]["stackTrace"] else []
    if not frames:
        continue
    top[name(frames[0])] += 1
    for f in set(name(f) for f in frames):
        incl[f] += 1
total = len(samples) or 1
print(f"== execution samples: {len(samples)}; self")
for k, v in top.most_common(n):
    print(f"{100 * v / total:5.1f}% {k}")
print("== inclusive (portal, spring, tomcat, logging)")
keep = ("fr.", "org.springframework", "org.apache.catalina", "org.apache.coyote", "ch.qos", "org.slf4j",
        "io.micrometer", "jakarta", "org.apache.tomcat")
for k, v in [(k, v) for k, v in incl.most_common() if k.startswith(keep)][:n * 2]:
    print(f"{100 * v / total:5.1f}% {k}")
alloc = events("jdk.ObjectAllocationSample")
by = collections.Counter()
site = collections.Counter()
weight = 0
for e in alloc:
    w = e["values"]["weight"]
    weight += w
    by[e["values"]["objectClass"]["name"]] += w
    frames = e["values"]["stackTrace"]["frames"] if e["values"]["stackTrace"] else []
    chain = [name(f) for f in frames if name(f).startswith(keep)][:2]
    site[" < ".join(chain) or (name(frames[0]) if frames else "?")] += w
print(f"== allocation by class (of {weight / 1e6:.1f} MB)")
for k, v in by.most_common(n):
    print(f"{100 * v / weight:5.1f}% {k}")
print("== allocation by first portal/framework frames")
for k, v in site.most_common(n):
    print(f"{100 * v / weight:5.1f}% {k}")
