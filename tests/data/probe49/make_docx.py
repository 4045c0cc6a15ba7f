"""Builds docs/02_*.docx for probe49 from text/02.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; markup as described in ../probe41/make_docx.py).

One addition for the task table: in a table cell, a leading `@vr ` opens a vertically merged cell (w:vMerge restart) and
`@up` continues the one above (an empty w:tc with <w:vMerge/>, as Word writes it).
Run from this folder: python3 make_docx.py
"""
import importlib.util, os

spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join("..", "probe41", "make_docx.py"))
base = importlib.util.module_from_spec(spec)
spec.loader.exec_module(base)

NAME = "02_cangzhou_five_bodies_leading_group_office_2025_rural_living_environment_task_list_docx_vmerge_table.docx"

def cell(text, width, head):
    vm = ""
    if text == "@up":
        vm, text = "<w:vMerge/>", ""
    elif text.startswith("@vr "):
        vm, text = '<w:vMerge w:val="restart"/>', text[4:]
    ps = "".join(base.para(p, '<w:jc w:val="center"/>' if head else "", base.rpr(base.HEI if head else base.FS, 24))
                 for p in text.split("¶"))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vm}<w:vAlign w:val="center"/></w:tcPr>{ps}</w:tc>'

base.cell = cell  # table() looks cell up in its module when it runs

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    base.build("02", NAME)
