#!/usr/bin/env python3
# Writes many small dated documents for timing `diplotier analyze --threads`
# and for checking that its output does not depend on the thread count:
#
#   bench/make_documents.py OUT_DIR [--docs 2000] [--seed 1] [--large 0]
#                           [--large-bytes 300000] [--prose DIR --one-in 5]
#
# Each document is a date line and paragraphs of sentences drawn (with a
# fixed seed, so the same bytes every run) from tests/data/gold.tsv and the
# sample articles in examples/data/: English and Chinese, tier phrases,
# changes, parties, distractors. With --prose, paragraphs of plain English
# from the files in DIR (e.g. /usr/share/common-licenses) are mixed in, one
# paragraph in --one-in holding the sentences above, as news text around a
# few tier phrases. Documents are about 1-12 KB; --large N
# makes every N-th one about --large-bytes (300 KB) long, so that it is
# streamed in several pieces. Files are named doc00000.txt, doc00001.txt, ...
import argparse
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sentences():
    out = []
    with open(os.path.join(ROOT, "tests/data/gold.tsv"), encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1 and cols[1]:
                out.append(cols[1])
    data = os.path.join(ROOT, "examples/data")
    for name in sorted(os.listdir(data)):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(data, name), encoding="utf-8") as f:
            for para in f.read().split("\n\n"):
                para = " ".join(para.split())
                if para and not para.lower().startswith("date"):
                    out.append(para)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--large", type=int, default=0)
    ap.add_argument("--large-bytes", type=int, default=300_000)
    ap.add_argument("--prose", default="")
    ap.add_argument("--one-in", type=int, default=5)
    args = ap.parse_args()
    pool = sentences()
    prose = []
    if args.prose:
        for name in sorted(os.listdir(args.prose)):
            path = os.path.join(args.prose, name)
            if os.path.isfile(path) and not os.path.islink(path):
                with open(path, encoding="utf-8", errors="replace") as f:
                    prose += [" ".join(p.split()) for p in f.read().split("\n\n")
                              if len(p.split()) > 8]
    rng = random.Random(args.seed)
    os.makedirs(args.out_dir, exist_ok=True)
    total = 0
    for i in range(args.docs):
        target = args.large_bytes if args.large and i % args.large == args.large - 1 \
            else rng.randint(1_000, 12_000)
        year = rng.randint(1995, 2025)
        text = "date %04d-%02d-%02d\n\n" % (year, rng.randint(1, 12),
                                             rng.randint(1, 28))
        while len(text.encode("utf-8")) < target:
            if prose and rng.randrange(args.one_in) != 0:
                para = rng.choice(prose)
            else:
                para = " ".join(rng.choice(pool)
                                for _ in range(rng.randint(1, 6)))
            text += para + "\n\n"
        data = text.encode("utf-8")
        total += len(data)
        with open(os.path.join(args.out_dir, "doc%05d.txt" % i), "wb") as f:
            f.write(data)
    print("%d documents, %d bytes in %s" % (args.docs, total, args.out_dir),
          file=sys.stderr)


if __name__ == "__main__":
    main()
