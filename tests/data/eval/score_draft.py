#!/usr/bin/env python3
"""Scores the verdicts of `claimtrace check` on a draft against expected verdicts.

usage: score_draft.py VERDICTS.tsv CHECK.json [CHECK.json ...] [--drafts DIR] [--list]

VERDICTS.tsv (tab-separated, no quoting): draft, quote, expected, note. `draft` is the draft's file
name, `quote` a byte substring of it (unique), `expected` one of supported, contradicted,
disputed, unsupported. Drafts are read from --drafts DIR (default: the directory of VERDICTS.tsv)
to find each quote's byte span.

CHECK.json is what `claimtrace check DRAFT --format json` writes (check.json). Its `draft` field
names the draft (matched by file name); each of its `findings` has a `verdict` and a `claim` with
`start` and `end` (byte offsets into the draft, end exclusive). A row's verdict is that of the
findings whose claim overlaps the quote; when several overlap, the most severe counts
(contradicted > disputed > unsupported > supported), as a desk reads a sentence by its worst
finding. A row no finding overlaps gets "none" and is wrong (the draft claim was not checked).
Rows of drafts no CHECK.json covers are skipped and listed.
"""
import csv, json, os, sys

csv.field_size_limit(10**9)
VERDICTS = ("supported", "contradicted", "disputed", "unsupported")
SEVERITY = {"contradicted": 3, "disputed": 2, "unsupported": 1, "supported": 0}


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    drafts_dir = None
    if "--drafts" in argv:
        i = argv.index("--drafts")
        if i + 1 >= len(argv):
            print(__doc__)
            return 2
        drafts_dir = argv[i + 1]
        args.remove(drafts_dir)
    if len(args) < 2:
        print(__doc__)
        return 2
    verdicts_path, checks = args[0], args[1:]
    drafts_dir = drafts_dir or os.path.dirname(os.path.abspath(verdicts_path))

    findings = {}  # draft file name -> [(start, end, verdict, quote)]
    for path in checks:
        data = json.load(open(path, encoding="utf-8"))
        name = os.path.basename(data.get("draft", ""))
        rows = findings.setdefault(name, [])
        for f in data.get("findings", []):
            c = f.get("claim", {})
            if c.get("source", "draft") != "draft" or c.get("start") is None:
                continue
            rows.append((int(c["start"]), int(c["end"]), f.get("verdict", ""), c.get("quote", "")))

    right = total = 0
    skipped, lines = [], []
    per_class = {v: [0, 0] for v in VERDICTS}
    with open(verdicts_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            draft, quote, expected = row["draft"], row["quote"], row["expected"].strip()
            if expected not in VERDICTS:
                print(f"bad expected verdict {expected!r} for {quote!r}", file=sys.stderr)
                return 2
            if draft not in findings:
                skipped.append(draft)
                continue
            text = open(os.path.join(drafts_dir, draft), "rb").read()
            q = quote.encode("utf-8")
            at = text.find(q)
            if at < 0:
                print(f"quote not in {draft}: {quote!r}", file=sys.stderr)
                return 2
            if text.count(q) > 1:
                print(f"warning: quote not unique in {draft}: {quote!r}", file=sys.stderr)
            end = at + len(q)
            hits = [h for h in findings[draft] if h[0] < end and at < h[1]]
            got = max((h[2] for h in hits), key=lambda v: SEVERITY.get(v, -1)) if hits else "none"
            ok = got == expected
            total += 1
            right += ok
            per_class[expected][1] += 1
            per_class[expected][0] += ok
            seen = ", ".join(f"{h[2]} \"{h[3]}\"" for h in hits) or "no finding"
            lines.append(f"{'ok   ' if ok else 'WRONG'} {draft}: \"{quote}\" expected {expected}, "
                         f"got {got} ({seen})")
    if "--list" in argv:
        print("\n".join(lines))
    for v in VERDICTS:
        if per_class[v][1]:
            print(f"expected {v}: {per_class[v][0]}/{per_class[v][1]} right")
    if skipped:
        print(f"skipped (no check.json for the draft): {', '.join(sorted(set(skipped)))}")
    print(f"draft verdicts right: {right}/{total} = {(right / total if total else 0):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
