#!/usr/bin/env python3
"""The public top-level types of main code that nothing outside their own package names.

Usage: bench/needless-public.py [--by-module] [REPOSITORY_DIRECTORY]

With --by-module, prints instead, per module, how many public types the main code of another module
names (its API) and how many only the module itself names (its web package, templates, tests).

A type is named from elsewhere when a Java file of another package (main, tests, bench/src) imports
it (plain, nested or static import) or writes its qualified name, when a jte template names it
(templates compile into jte's own packages, so any mention needs it public), or when a resource
names it (spring.factories). Each type printed is a candidate for package-private; the compiler has
the last word (a public method of a public type may still return it to another package).
"""
import pathlib
import re
import sys

args = [a for a in sys.argv[1:] if a != "--by-module"]
by_module = "--by-module" in sys.argv[1:]
root = pathlib.Path(args[0] if args else ".")
main = root / "src/main/java"
DECL = re.compile(
    r"^public ((abstract|final|sealed|non-sealed|static|strictfp) )*(class|interface|record|enum|@interface) (\w+)",
    re.M,
)
PACKAGE = re.compile(r"^package ([\w.]+);", re.M)


def package_of(text):
    m = PACKAGE.search(text)
    return m.group(1) if m else ""


java = [p for d in ("src/main/java", "src/test/java", "bench/src") for p in (root / d).rglob("*.java")]
texts = {p: p.read_text(encoding="utf-8") for p in java}
packages = {p: package_of(t) for p, t in texts.items()}
others = [p.read_text(encoding="utf-8") for p in (root / "src/main/jte").rglob("*.jte")]
others += [p.read_text(encoding="utf-8") for p in (root / "src/main/resources").rglob("*.factories")]
others += [p.read_text(encoding="utf-8") for p in (root / "src/main/resources").rglob("*.imports")]

public = {}
for path in sorted(main.rglob("*.java")):
    m = DECL.search(texts[path]) if path.name != "package-info.java" else None
    if m:
        public[(packages[path], m.group(4))] = path


def named_outside(package, name):
    qualified = re.compile(re.escape(package + "." + name) + r"\b")
    return any(packages[p] != package and qualified.search(t) for p, t in texts.items()) or any(
        qualified.search(t) for t in others
    )


def exposed_names(text):
    """Words of what a file hands out: the return types of its public methods, its record components."""
    words = set()
    for line in text.splitlines():
        method = re.match(r"\s*public (static )?([^(=]*) \w+\(", line)
        if method:  # what a public method returns (a constructor has no return type)
            words |= set(re.findall(r"\w+", method.group(2)))
    for header in re.finditer(r"\brecord \w+\((.*?)\)\s*(implements [\w.<>, ]+)?\{", text, re.S):
        words |= set(re.findall(r"\w+", header.group(1)))
    return words




def module_of(package):
    prefix = "fr.monenfantalecole.portail."
    return package[len(prefix) :].split(".")[0] if package.startswith(prefix) else "(application)"


if by_module:
    counts = {}
    for (package, name), path in public.items():
        qualified = re.compile(re.escape(package + "." + name) + r"\b")
        module = module_of(package)
        api = any(
            "src/main/java" in str(p) and module_of(packages[p]) != module and qualified.search(t)
            for p, t in texts.items()
        )
        counts.setdefault(module, [0, 0])[0 if api else 1] += 1
    print("| module | public, named by another module's main code | public, named only by the module itself |")
    print("|---|---:|---:|")
    for module, (api, own) in sorted(counts.items()):
        print(f"| `{module}` | {api} | {own} |")
    print(f"| **all** | **{sum(c[0] for c in counts.values())}** | **{sum(c[1] for c in counts.values())}** |")
    sys.exit(0)

# Named from another package, or handed out by a public signature of a type that is (a template
# reaches a view record's components without naming their types): these stay public.
named = {key for key in public if named_outside(*key)}
kept = set(named)
frontier = list(kept)
while frontier:
    package, name = frontier.pop()
    words = exposed_names(texts[public[(package, name)]])
    for key in public:
        if key not in kept and key[0] == package and key[1] in words:
            kept.add(key)
            frontier.append(key)

for key, path in sorted(public.items(), key=lambda kv: str(kv[1])):
    if key not in named:
        note = "" if key not in kept else "   (handed out by a public signature: the compiler decides)"
        print(str(path.relative_to(main)) + note)
