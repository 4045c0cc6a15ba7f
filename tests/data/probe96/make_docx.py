"""Builds docs/02_*.docx for probe96 from text/02.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @red masthead lines, @c the number, @h headings typed as
text, @tbl … @endtbl a real w:tbl of five columns). Run from this folder: python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

DOCS = {"02": "02_lishu_education_hrss_joint_2022_secondary_vocational_rural_revitalization_plan_docx_task_table_recurring_time_limits.docx"}

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
