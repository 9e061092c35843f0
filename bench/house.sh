#!/usr/bin/env bash
# The house figures of issue 13, read from the sources (no build needed):
#   - per module, the public top-level types over all top-level types of its main code;
#   - the 10 largest main classes, in lines;
#   - the main files over 250 lines (Checkstyle's limit: should be none).
# Usage: bench/house.sh [REPOSITORY_DIRECTORY]   (default: the current directory)
# A top-level type is a type declared at column 0 of a file (the format puts nested ones deeper);
# package-info.java declares none. Output is Markdown, to paste into docs/architecture.md.
set -euo pipefail

root="${1:-.}"
main="$root/src/main/java/fr/monenfantalecole/portail"
[ -d "$main" ] || { echo "no main sources under $main" >&2; exit 2; }

declaration='^(public |protected |private )?((abstract|final|sealed|non-sealed|static|strictfp) )*(class|interface|record|enum|@interface) '

echo "| module | public top-level types | all top-level types |"
echo "|---|---:|---:|"
total_public=0
total_all=0
for dir in "$main"/*/; do
  module="$(basename "$dir")"
  files="$(find "$dir" -name '*.java' ! -name package-info.java)"
  all="$(printf '%s\n' "$files" | xargs grep -hE "$declaration" | wc -l)"
  public="$(printf '%s\n' "$files" | xargs grep -hE "$declaration" | grep -c '^public ' || true)"
  echo "| \`$module\` | $public | $all |"
  total_public=$((total_public + public))
  total_all=$((total_all + all))
done
echo "| **all** | **$total_public** | **$total_all** |"

echo
echo "The 10 largest main classes (lines):"
echo
echo "| lines | file |"
echo "|---:|---|"
find "$main" -name '*.java' -print0 | xargs -0 wc -l | grep -v ' total$' | sort -rn | sed -n 1,10p \
  | while read -r lines file; do echo "| $lines | \`${file#"$main"/}\` |"; done

echo
over="$(find "$main" -name '*.java' -print0 | xargs -0 wc -l | grep -v ' total$' | awk '$1 > 250' | wc -l)"
echo "Main files over 250 lines: $over"
find "$main" -name '*.java' -print0 | xargs -0 wc -l | grep -v ' total$' | awk '$1 > 250 {print "  " $0}'
