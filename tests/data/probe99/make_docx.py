"""Builds docs/03_*.docx for probe99 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup). Two changes to the builder, made here: ↵ inside a line is a
line break within the paragraph (<w:br/>, Word's Shift+Enter), so a table cell can hold units on lines of one paragraph
as well as in paragraphs of their own (¶); and a table of four columns gets widths for 序号 | 工作任务 | 责任单位 | 完成时间.
Headings are typed as text (一、 / （一） / 1.), not numbered by Word. Run from this folder: python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

DOCS = {"03": "03_turpan_hrss_bureau_2024_high_skilled_talent_plan_notice_docx_task_table_units_split_by_line_breaks.docx"}

_runs = builder.runs

def runs(text, props):
    # ↵ is a line break inside the paragraph: the run before it, <w:br/>, the run after it
    parts = text.split("↵")
    out = []
    for i, part in enumerate(parts):
        if i:
            out.append(f'<w:r>{props}<w:br/></w:r>')
        out.append(_runs(part, props))
    return "".join(out)

_table = builder.table

def table(rows):
    if len(rows[0]) != 4:
        return _table(rows)
    xml = _table(rows)
    # the builder's first four widths (700, 2600, 1900, 2700) give the date column the room; give it to the task
    for old, new in (('w:w="2600"', 'w:w="4000"'), ('w:w="1900"', 'w:w="2900"'), ('w:w="2700"', 'w:w="1500"')):
        xml = xml.replace(old, new)
    return xml

builder.runs = runs
builder.table = table

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
