"""The "accepted public solutions" section of docs/problems.md, from docs/public-solutions.tsv
(written by scripts/public-solutions.sh); printed on stdout, nothing when the file is absent.
Run by scripts/problems-table.sh."""
import os
import sys

if not os.path.exists("docs/public-solutions.tsv"):
    sys.exit(0)
lines = open("docs/public-solutions.tsv").read().splitlines()
header = [l[2:] for l in lines if l.startswith("# ")]
tried = [l.split("\t") for l in lines if l and not l.startswith("#")][1:]
accepted = sum(1 for t in tried if t[2] == "accepted")
print()
print("## Accepted public solutions, judged here")
print()
print("A solution LeetCode accepts must be accepted here too, unchanged. "
      "`scripts/public-solutions.sh` judges the Python solutions of a well-known public "
      "repository against every bundled problem it has one for; the solutions stay outside "
      "onsite, only the verdicts are kept (`docs/public-solutions.tsv`). " + " ".join(header))
print()
print(f"{accepted} of {len(tried)} accepted. A file that is not a whole solution (a method "
      "pasted without its class, a broken indent) fails on its own; the reason is given.")
print()
print("| problem | solution | verdict | tests passed | why |")
print("|---|---|---|---|---|")
for t in tried:
    why = (t[4] if len(t) > 4 else "").replace("|", "\\|")
    print(f"| {t[0]} | `{t[1]}` | {t[2]} | {t[3]} | {why} |")
