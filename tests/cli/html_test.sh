#!/usr/bin/env bash
# `diplotier analyze --format=html`, run by ctest:
#   html_test.sh PATH/TO/diplotier SOURCE_DIR WORK_DIR
# The page is parsed with python3's html.parser and compared with the JSONL
# output of the same documents: one <mark class="tier ..."> per mention,
# holding exactly the mention's bytes (multi-byte UTF-8 included), one <span
# class="chg ..."> per sentence that states a change; text escaped; nothing
# fetched; a document too big to hold is listed without its text.
set -u

. "$(dirname "$0")/checks.sh" "$@"

# Markup in the text, multi-byte text before and inside phrases, invalid
# UTF-8 and control bytes, a hypothetical and a negated mention.
printf 'date 2023-09-13\n<script>alert("x")</script> & <b>bold</b>: 中国与委内瑞拉 — China and Venezuela raised their ties to an all-weather strategic partnership.\n\n中巴双方一致同意将两国战略合作伙伴关系提升为全天候战略合作伙伴关系。\n\n\xff\xfe\x01 Vietnam and Australia may upgrade ties to a comprehensive strategic partnership. India and Japan did not form a strategic partnership.\n' >tricky.txt
# A document over the 4 MiB of text a page holds.
python3 - <<'PY'
with open("big.txt", "w") as f:
    f.write("China and Pakistan are all-weather strategic cooperative partners. ")
    f.write("Nothing here but filler words to make it long. " * 100000)
    f.write("Vietnam and India upgraded ties to a comprehensive strategic partnership.\n")
PY
docs=(tricky.txt "$SRC"/examples/data/*.txt)

"$BIN" analyze --format=html "${docs[@]}" >page.html 2>page.err
rc=$?
[ $rc = 0 ] && pass "analyze --format=html (exit 0)" || fail "analyze --format=html: exit $rc"
"$BIN" analyze --format=jsonl "${docs[@]}" >page.jsonl 2>/dev/null

py "every mention and change sentence highlighted, with its exact bytes" <<'PY'
import html, html.parser, json
recs = [json.loads(l) for l in open("page.jsonl", encoding="utf-8")]

class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.docs = [], []
        self.mark = None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = a.get("class", "").split()
        self.stack.append(tag)
        if tag == "section" and "doc" in cls:
            self.docs.append({"marks": [], "chg": 0, "titles": []})
        if not self.docs or "main" not in self.stack and tag != "main":
            pass
        if tag == "mark" and "tier" in cls and self.docs:
            self.mark = {"cls": cls, "title": a.get("title", ""), "text": ""}
        if tag == "span" and "chg" in cls and self.docs:
            self.docs[-1]["chg"] += 1
    def handle_endtag(self, tag):
        self.stack.pop()
        if tag == "mark" and self.mark is not None:
            self.docs[-1]["marks"].append(self.mark)
            self.mark = None
    def handle_data(self, data):
        if self.mark is not None:
            self.mark["text"] += data

raw = open("page.html", "rb").read()
text = raw.decode("utf-8")  # strict: valid UTF-8 whatever the input
p = Page()
p.feed(text)
assert len(p.docs) == len(recs), (len(p.docs), len(recs))
for doc, rec in zip(p.docs, recs):
    want = [m["text"] for m in rec["mentions"]]
    got = [m["text"] for m in doc["marks"]]
    assert got == want, (rec["doc"], got, want)
    for m, mark in zip(rec["mentions"], doc["marks"]):
        assert m["status"] in mark["cls"], (m, mark)
        assert m["tier"] in mark["title"] and m["status"] in mark["title"], mark
        if m["dyad"]:
            assert m["dyad"] in mark["title"], mark
    spans = len({(c["begin"], c["end"]) for c in rec["changes"]})
    assert doc["chg"] == spans, (rec["doc"], doc["chg"], spans)
statuses = {m["status"] for r in recs for m in r["mentions"]}
assert {"asserted", "hypothetical", "negated"} <= statuses, statuses
PY

py "text escaped, no script, nothing fetched" <<'PY'
import re
page = open("page.html", encoding="utf-8").read()
assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
assert "&lt;b&gt;bold&lt;/b&gt;" in page
assert "<script" not in page.lower(), "a script element"
for pattern in (r"\bsrc\s*=", r"\bhref\s*=", r"url\(", r"@import", r"<link\b", r"@font-face"):
    assert not re.search(pattern, page, re.I), pattern
assert "\ufffd" in page  # the invalid bytes
assert "\x01" not in page
PY

"$BIN" analyze --format=html big.txt tricky.txt >big.html 2>big.err
rc=$?
[ $rc = 0 ] && pass "a big document (exit 0)" || fail "a big document: exit $rc"
"$BIN" analyze --format=jsonl big.txt >big.jsonl 2>/dev/null
py "a big document is listed without its text, and says so" <<'PY'
import json, re
page = open("big.html", encoding="utf-8").read()
(rec,) = [json.loads(l) for l in open("big.jsonl", encoding="utf-8")]
first = page.index('<section class="doc">')
second = page.index('<section class="doc">', first + 1)
big = page[first:second]
assert "Text not shown" in big, big[:500]
assert "filler words" not in big
assert len(re.findall(r'<mark class="tier ', big)) == len(rec["mentions"]) == 2
assert len(re.findall(r'<span class="chg ', big)) == len({(c["begin"], c["end"]) for c in rec["changes"]})
assert '<pre class="text">' in page[second:]  # the next document is shown whole
PY

"$BIN" analyze --format=html --ledger --history="$SRC/examples/data/known_tiers.tsv" \
  "$SRC"/examples/data/*.txt >ledger.html 2>ledger.err
rc=$?
[ $rc = 0 ] && pass "--ledger --format=html (exit 0)" || fail "--ledger --format=html: exit $rc"
py "--ledger: the documents, then one SVG timeline per dyad" <<'PY'
import re, xml.dom.minidom
page = open("ledger.html", encoding="utf-8").read()
assert page.count('<section class="doc">') == 5
sections = re.findall(r'<section class="timeline">.*?</section>', page, re.S)
assert len(sections) > 3, len(sections)
assert any("CHN|VEN" in s for s in sections)
for s in sections:
    (svg,) = re.findall(r"<svg.*?</svg>", s, re.S)
    xml.dom.minidom.parseString(svg)  # well-formed
    assert "<circle" in svg and "<path" in svg
assert page.rstrip().endswith("</html>")
PY

if [ -w /dev/full ]; then
  "$BIN" analyze --format=html --ledger "$SRC"/examples/data/*.txt >/dev/full 2>full.err
  rc=$?
  if [ $rc = 1 ] && grep -q "cannot write standard output: No space left on device" full.err; then
    pass "--format=html --ledger > /dev/full: exit 1, reported"
  else
    fail "--format=html --ledger > /dev/full: exit $rc"
  fi
fi

echo
if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all html checks passed"
