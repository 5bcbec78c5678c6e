#!/usr/bin/env python3
"""Scores the subjects of found claims against a gold annotation.

usage: score_subjects.py GOLD.tsv DOCS_DIR CLAIMS.jsonl [--tier core|all] [--misses]

A gold row is found as score_claims.py finds it (a claim of the same document overlapping the
row's quote with the same value). Of the found rows, it counts those where some such claim
carries the gold subject. Rows are counted in three classes by their gold subject:
  states     ISO 3166 codes (and EU) joined by '-': "BY-CN", "CN-KZ", "EU"
  groupings  a pair with a named grouping: "CN-central_asia"
  others     people, organisations, firms: "aliaksandr_lukashenka", "SCO", "CBIP"
The headline "subject right" is the states class. --tier defaults to all.

An "others" row whose subject is a person is also right when a hit claim names that person as
the holder of an office: an office.holder claim's value ("zhang xiao, ambassador of china to
kazakhstan") or an office.start / office.end event's object ("zhang xiao, ambassador of CN to
KZ") up to its first ", ", folded (diacritics dropped, lower case, runs of other characters as
"_") equal to the gold subject. Names written in another script do not fold to a Latin slug and
are not counted right.
"""
import os, re, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_claims as sc  # noqa: E402

STATE = re.compile(r"^[A-Z]{2}$")


def subject_class(subject):
    parts = subject.split("-")
    if all(STATE.match(p) for p in parts):
        return "states"
    if len(parts) > 1 and any(STATE.match(p) for p in parts):
        return "groupings"
    return "others"


def slug(name):
    s = unicodedata.normalize("NFKD", str(name))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return re.sub(r"[^0-9a-z]+", "_", s).strip("_")


def holder(claim):
    """The person an office claim says holds (or took up, or left) the office, or ""."""
    attribute = claim.get("attribute", "")
    if attribute == "office.holder":
        text = str(claim.get("value") or "")
    elif attribute in ("office.start", "office.end"):
        text = str(claim.get("object") or "")
    else:
        return ""
    return text.split(", ", 1)[0] if ", " in text else ""


def main(argv):
    if len(argv) < 4:
        print(__doc__)
        return 2
    gold_path, docs_dir, claims_path = argv[1:4]
    tier = argv[argv.index("--tier") + 1] if "--tier" in argv else "all"
    show = "--misses" in argv
    import csv, json
    gold = []
    with open(gold_path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            data = open(os.path.join(docs_dir, row["doc"]), "rb").read()
            at = data.find(row["quote"].encode("utf-8"))
            if at < 0:
                print(f"gold quote not in document: {row['id']}", file=sys.stderr)
                return 2
            row["span"] = (at, at + len(row["quote"].encode("utf-8")))
            if tier == "all" or row.get("tier", "core") == tier:
                gold.append(row)
    by_doc = {}
    with open(claims_path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                c = json.loads(line)
                if isinstance(c.get("start"), int) and 0 < c["end"] - c["start"] <= sc.MAX_SPAN:
                    by_doc.setdefault(os.path.basename(str(c.get("path", ""))), []).append(c)
    counts = {k: [0, 0] for k in ("states", "groupings", "others")}
    for g in gold:
        s, e = g["span"]
        hits = [c for c in by_doc.get(g["doc"], [])
                if c["start"] < e and s < c["end"] and sc.value_matches(g, c)]
        if not hits:
            continue
        cls = subject_class(g["subject"])
        counts[cls][0] += 1
        ok = any(c.get("subject", "") == g["subject"] for c in hits)
        if cls == "others" and not ok:
            ok = any(holder(c) and slug(holder(c)) == g["subject"] for c in hits)
        counts[cls][1] += ok
        if show and not ok:
            got = sorted({c.get("subject", "") for c in hits})
            print(f"wrong {g['id']} {g['doc']} gold {g['subject']} got {'/'.join(got) or '-'}: "
                  f"{g['quote']}")
    for cls in ("states", "groupings", "others"):
        total, right = counts[cls]
        print(f"subject right ({cls}, found rows): {right}/{total} = "
              f"{(right / total if total else 0):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
