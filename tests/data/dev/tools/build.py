#!/usr/bin/env python3
"""Builds tests/data/dev/ from the authoring sources in tools/src/*.txt and tools/conflicts.txt.

usage: python3 tests/data/dev/tools/build.py

Authoring format (tools/src/*.txt), one block per document:
  === FILE | id | title | publisher | kind | language | published | note
  <document text, written byte for byte>
  === GOLD
  key | quote | kind | subject | attribute | period | value | qualifier | note | unit | tier
  === END
tools/conflicts.txt: id | kind | claims (NNkey, NN = the file's number prefix: 01..99, 100..) | explanation | severity
tools/split.txt: NN tune|heldout (NN as in the file name)

Writes tune/ and heldout/ (documents, manifest.xml, dev.gold.tsv, dev.conflicts.tsv), the
top-level manifest.xml (paths into tune/ and heldout/), dev.gold.tsv and dev.conflicts.tsv (both
splits concatenated) and split.tsv. Checks that every quote is a byte substring of its document,
reports quotes that are not unique, and that no conflict spans the two splits. Checks that every
quote of drafts/verdicts.tsv (not generated) occurs exactly once in its draft.
"""
import glob, os, re, sys
from xml.sax.saxutils import quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
GOLD_HEAD = "id\tdoc\tquote\tkind\tsubject\tattribute\tperiod\tvalue\tqualifier\tnote\tunit\ttier"
CONF_HEAD = "id\tkind\tclaims\texplanation\tseverity"


def parse_docs():
    docs = []
    for src in sorted(glob.glob(os.path.join(HERE, "src", "*.txt"))):
        text = open(src, encoding="utf-8").read()
        for block in re.split(r"^=== END\n", text, flags=re.M):
            if not block.strip():
                continue
            head, rest = block.split("\n", 1)
            assert head.startswith("=== "), head
            meta = [x.strip() for x in head[4:].split("|")]
            body, gold = rest.split("=== GOLD\n", 1)
            rows = []
            for line in gold.splitlines():
                if not line.strip():
                    continue
                f = [x.strip() for x in line.split("|")]
                assert len(f) == 11, (meta[0], line)
                rows.append(f)
            docs.append(dict(file=meta[0], id=meta[1], title=meta[2], publisher=meta[3], kind=meta[4],
                             lang=meta[5], published=meta[6], note=meta[7], text=body, rows=rows))
    # Numbered by prefix (01..99, then 100..), so a three-digit document sorts after the others.
    docs.sort(key=lambda d: (int(re.match(r"\d+", d["file"]).group()), d["file"]))
    return docs


def main():
    docs = parse_docs()
    split = dict(l.split() for l in open(os.path.join(HERE, "split.txt")) if l.strip())
    gid, keymap, errors = 0, {}, 0
    for d in docs:
        nn = re.match(r"\d+", d["file"]).group()
        d["split"] = split[nn]
        data = d["text"].encode("utf-8")
        for r in d["rows"]:
            gid += 1
            r.insert(0, f"dv{gid:03d}")
            key = nn + r[1]
            assert key not in keymap, key
            keymap[key] = (r[0], d["split"])
            q = r[2].encode("utf-8")
            n = data.count(q)
            if n == 0:
                print(f"QUOTE NOT FOUND {key}: {r[2]}", file=sys.stderr)
                errors += 1
            elif n > 1:
                print(f"quote not unique ({n}x) {key}: {r[2]}", file=sys.stderr)
    conflicts, seen_conflicts = [], set()
    for line in open(os.path.join(HERE, "conflicts.txt"), encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        f = [x.strip() for x in line.split("|")]
        assert len(f) == 5, line
        if f[0] in seen_conflicts:
            print(f"DUPLICATE CONFLICT ID {f[0]}", file=sys.stderr)
            errors += 1
        seen_conflicts.add(f[0])
        ids, splits = [], set()
        for k in f[2].split(","):
            k = k.strip()
            if k not in keymap:
                print(f"UNKNOWN CLAIM {k} in {f[0]}", file=sys.stderr)
                errors += 1
                continue
            ids.append(keymap[k][0])
            splits.add(keymap[k][1])
        if len(splits) > 1:
            print(f"CONFLICT SPANS SPLITS {f[0]}", file=sys.stderr)
            errors += 1
        conflicts.append((f[0], f[1], ",".join(ids), f[3], f[4], splits.pop() if splits else "tune"))
    verdicts = os.path.join(OUT, "drafts", "verdicts.tsv")
    if os.path.exists(verdicts):
        for n, line in enumerate(open(verdicts, encoding="utf-8").read().splitlines()[1:], 2):
            f = line.split("\t")
            if len(f) != 4 or f[2] not in ("supported", "contradicted", "disputed", "unsupported"):
                print(f"BAD VERDICT ROW drafts/verdicts.tsv:{n}: {line}", file=sys.stderr)
                errors += 1
                continue
            data = open(os.path.join(OUT, "drafts", f[0]), "rb").read()
            if data.count(f[1].encode("utf-8")) != 1:
                print(f"DRAFT QUOTE NOT FOUND ONCE drafts/verdicts.tsv:{n}: {f[1]}", file=sys.stderr)
                errors += 1
    if errors:
        sys.exit(1)

    def manifest(ds, prefix, name):
        out = ['<?xml version="1.0" encoding="UTF-8"?>',
               "<!-- claimtrace development corpus, written for this project. Format: corpus/README.md. -->",
               f'<corpus name={quoteattr(name)} listed-only="true">']
        for d in ds:
            attrs = [f"id={quoteattr(d['id'])}", f"path={quoteattr(prefix + d['file'])}",
                     f"title={quoteattr(d['title'])}"]
            if d["publisher"]:
                attrs.append(f"publisher={quoteattr(d['publisher'])}")
            attrs.append(f"kind={quoteattr(d['kind'])} language={quoteattr(d['lang'])}"
                         + (f" published={quoteattr(d['published'])}" if d["published"] else ""))
            attrs.append(f"note={quoteattr(d['note'])}")
            out.append("  <document " + "\n            ".join(attrs) + "/>")
        out.append("</corpus>")
        return "\n".join(out) + "\n"

    def gold_lines(ds):
        lines = [GOLD_HEAD]
        for d in ds:
            for r in d["rows"]:
                lines.append("\t".join([r[0], d["file"]] + r[2:]))
        return "\n".join(lines) + "\n"

    def conf_lines(cs):
        return "\n".join([CONF_HEAD] + ["\t".join(c[:5]) for c in cs]) + "\n"

    for s in ("tune", "heldout"):
        os.makedirs(os.path.join(OUT, s), exist_ok=True)
        for old in glob.glob(os.path.join(OUT, s, "*")):
            os.remove(old)
        ds = [d for d in docs if d["split"] == s]
        for d in ds:
            with open(os.path.join(OUT, s, d["file"]), "wb") as f:
                f.write(d["text"].encode("utf-8"))
        open(os.path.join(OUT, s, "manifest.xml"), "w", encoding="utf-8").write(
            manifest(ds, "", f"claimtrace development corpus ({s} split)"))
        open(os.path.join(OUT, s, "dev.gold.tsv"), "w", encoding="utf-8").write(gold_lines(ds))
        open(os.path.join(OUT, s, "dev.conflicts.tsv"), "w", encoding="utf-8").write(
            conf_lines([c for c in conflicts if c[5] == s]))
    open(os.path.join(OUT, "manifest.xml"), "w", encoding="utf-8").write(
        manifest([dict(d, file=f"{d['split']}/{d['file']}") for d in docs], "",
                 "claimtrace development corpus (both splits)"))
    open(os.path.join(OUT, "dev.gold.tsv"), "w", encoding="utf-8").write(gold_lines(docs))
    open(os.path.join(OUT, "dev.conflicts.tsv"), "w", encoding="utf-8").write(conf_lines(conflicts))
    with open(os.path.join(OUT, "split.tsv"), "w", encoding="utf-8") as f:
        f.write("doc\tsplit\n")
        for d in docs:
            f.write(f"{d['file']}\t{d['split']}\n")
    print(f"{len(docs)} documents, {gid} gold rows, {len(conflicts)} conflict rows")


if __name__ == "__main__":
    main()
