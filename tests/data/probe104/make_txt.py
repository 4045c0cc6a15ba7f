"""Writes docs/01_*.txt for probe104 from text/01.txt as Word's "Save as Plain Text" does with Unicode (UTF-8) chosen and
Windows line ends: a UTF-8 BOM, CRLF after every paragraph, no blank lines between paragraphs (Word's spacing is not
text), the automatic numbering of every heading level gone (一、 / （一） / 1. are not characters of the paragraph).
Run from this folder: python3 make_txt.py
"""
import os

DOCS = {"01": "01_jiexiu_city_office_2022_vocational_quality_upgrading_plan_notice_word_plain_text_lost_numbering_comparator_signs.txt"}

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k, name in DOCS.items():
        with open(os.path.join("text", k + ".txt"), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        with open(os.path.join("docs", name), "wb") as out:
            out.write(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
