"""Builds docs/03_*.docx for probe110 from text/03.txt with probe41's builder (standard library only: zipfile and
hand-written WordprocessingML; its docstring gives the markup: @h headings typed as text, @tbl … @endtbl a real w:tbl,
here of four columns 序号 | 任务 | 责任单位 | 时间). The goals are two numbered body paragraphs typed as text (1. / 2.).
Run from this folder: python3 make_docx.py
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "..", "probe41", "make_docx.py"))
builder = importlib.util.module_from_spec(spec)
spec.loader.exec_module(builder)

DOCS = {"03": "03_changdu_city_office_2022_vocational_quality_upgrading_plan_notice_docx_numbered_goal_list_task_table_period_cells.docx"}

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k, n in DOCS.items():
        builder.build(k, n)
