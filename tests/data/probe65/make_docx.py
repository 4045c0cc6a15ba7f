"""Builds docs/01_*.docx for probe65 from text/01.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @n0 / @n1 are headings numbered by Word's w:numPr, @tbl …
@endtbl a real w:tbl) and probe49's merged cells: in a table cell a leading `@vr ` opens a vertically merged cell
(w:vMerge restart) and `@up` continues the one above (an empty w:tc with <w:vMerge/>). Run from this folder:
python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))

def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

builder = load("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))

def cell(text, width, head):
    vm = ""
    if text == "@up":
        vm, text = "<w:vMerge/>", ""
    elif text.startswith("@vr "):
        vm, text = '<w:vMerge w:val="restart"/>', text[4:]
    ps = "".join(builder.para(p, '<w:jc w:val="center"/>' if head else "", builder.rpr(builder.HEI if head else builder.FS, 24))
                 for p in text.split("¶"))
    return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{vm}<w:vAlign w:val="center"/></w:tcPr>{ps}</w:tc>'

builder.cell = cell  # table() looks cell up in its module when it runs

DOCS = {"01": "01_weifang_city_office_2024_2026_childcare_service_system_plan_docx_auto_numbering_vmerge_task_table.docx"}

if __name__ == "__main__":
    os.chdir(HERE)
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
