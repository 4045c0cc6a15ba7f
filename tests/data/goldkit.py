"""What the make_gold.py of an evaluation set shares: the item builders (t, rng, r, ob) and the check that every gold item
is printed in its document before gold/*.json is written (write_gold). A set's make_gold.py, run from its folder, holds
only its annotations.

Values are checked with their unit (亿/万 folded back to the printed form), ranges as printed (3—5个 or 1至2年, 10万元至20万元), a value
given as a cell (cell=...) as that cell. HTML pages are checked as their text (scripts and styles dropped, tags dropped,
entities unescaped), a .docx as the text of word/document.xml; full-width forms and white space are folded.
"""
import html, json, os, re, unicodedata, zipfile

def t(value, unit, key, comparator=None, optional=False, cell=None):
    d = {"value": value, "unit": unit, "key": key}
    if comparator:
        d["comparator"] = comparator
    if optional:
        d["optional"] = True
    if cell:
        d["cell"] = cell
    return d

def rng(lo, hi, unit, key, optional=False):
    d = {"min": lo, "max": hi, "unit": unit, "key": key, "comparator": "range"}
    if optional:
        d["optional"] = True
    return d

def r(task, units, deadline=None):
    d = {"task": task, "units": units}
    if deadline:
        d["deadline"] = deadline
    return d

def ob(*tasks):
    return [{"task": x} for x in tasks]

YI, WAN = 100000000, 10000

def fold(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))

def doc_text(name, strip_page_numbers=False):
    path = os.path.join("docs", name)
    if name.endswith(".docx"):
        with zipfile.ZipFile(path) as z:
            return fold(re.sub(r"<[^>]+>", "", z.read("word/document.xml").decode("utf-8")))
    s = open(path, encoding="utf-8").read()
    if strip_page_numbers and name.endswith(".txt"):
        s = re.sub(r"(?m)^\s*— \d+ —\s*$", "", s)
    if name.endswith(".html"):
        s = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", s, flags=re.S)
        s = html.unescape(re.sub(r"<[^>]+>", "", s))
    return fold(s)

def printed(v):
    return ("%f" % v).rstrip("0").rstrip(".")

def forms(value, unit):
    """The printed forms a value may take: as is, or folded to 万/亿 before the unit."""
    out = [printed(value) + unit, printed(value) + "个" + unit]
    for f, name in ((YI, "亿"), (WAN, "万")):
        if value >= f / 10:
            out.append(printed(value / f) + name + unit)
    return out

def range_forms(lo, hi, unit):
    """The printed forms a range may take: 3—5个 / 1至2年, the unit after each end (400元至800元), or folded to 万/亿
    (10万—20万元, 10万元至20万元)."""
    out = []
    for sep in ("—", "至"):
        out.append("%d%s%d%s" % (lo, sep, hi, unit))
        out.append("%d%s%s%d%s" % (lo, unit, sep, hi, unit))  # the unit after each end (400元至800元)
        for f, name in ((YI, "亿"), (WAN, "万")):
            if lo >= f / 10:
                a, b = printed(lo / f), printed(hi / f)
                out += [a + sep + b + name + unit, a + name + sep + b + name + unit,
                        a + name + unit + sep + b + name + unit]
    return out

def write_gold(GOLD, strip_page_numbers=False):
    """Checks that every gold item is printed in its document and writes gold/*.json; prints the problems found."""
    problems = 0
    os.makedirs("gold", exist_ok=True)
    for g in GOLD:
        text = doc_text(g["seed"], strip_page_numbers)
        checks = [g["title"], g["issueDate"][:4]] + g["issuers"] + g["references"]
        if g["documentNumber"]:
            checks.append(g["documentNumber"])
        checks += [x["key"] for x in g["targets"]]
        for x in g["responsibilities"]:
            checks += [x["task"]] + x["units"]
        checks += [x["task"] for x in g["optionalResponsibilities"]]
        y, m, d = g["issueDate"].split("-")
        checks.append("%s年%d月%d日" % (y, int(m), int(d)))
        for c in checks:
            if fold(c) not in text:
                problems += 1
                print("missing", g["seed"][:2], c)
        for x in g["targets"]:
            if x.get("comparator") is None:
                x.pop("comparator", None)
            if "min" in x:
                if not any(fold(f) in text for f in range_forms(x["min"], x["max"], x["unit"])):
                    problems += 1
                    print("range missing", g["seed"][:2], x)
                continue
            c = x.pop("cell", None)
            if c is not None:
                # A cell given as a number (a bare indicator-table cell) is checked as printed.
                if fold(c if isinstance(c, str) else printed(c)) not in text:
                    problems += 1
                    print("cell missing", g["seed"][:2], x)
                continue
            if not any(fold(f) in text for f in forms(x["value"], x["unit"])):
                problems += 1
                print("value missing", g["seed"][:2], x)
        out = os.path.join("gold", g["seed"].rsplit(".", 1)[0] + ".json")
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    print("problems:", problems)
    return problems
