"""Writes docs/04_*.html: the UTF-8 source in text/ saved as a GBK page (as the portal serves it).
Run from this folder: python3 make_gbk.py
"""
import os
for name in os.listdir("text"):
    if name.endswith(".utf8.html"):
        s = open(os.path.join("text", name), encoding="utf-8").read()
        with open(os.path.join("docs", name.replace(".utf8.html", ".html")), "wb") as fh:
            fh.write(s.encode("gbk"))
