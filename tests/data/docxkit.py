"""What the make_docx.py of an evaluation set shares: probe41's builder (standard library only: zipfile and hand-written
WordprocessingML; its docstring gives the markup of text/NN.txt), loaded once, and build_all, which writes a set's
docs/*.docx from its text/*.txt. A set's make_docx.py, run from anywhere, holds only its file names (and, where it
needs them, its own changes to the builder: load it with builder() and pass it to build_all).
"""
import importlib.util, os

HERE = os.path.dirname(os.path.abspath(__file__))


def builder():
    """probe41's make_docx.py as a module."""
    spec = importlib.util.spec_from_file_location("probe41_docx", os.path.join(HERE, "probe41", "make_docx.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build_all(docs, set_folder, with_builder=None):
    """Builds docs/<name> from text/<key>.txt for each key and name of docs, in set_folder."""
    b = with_builder or builder()
    os.chdir(set_folder)
    os.makedirs("docs", exist_ok=True)
    for key, name in docs.items():
        b.build(key, name)


def widths_table(b, widths_for, pad=False):
    """probe41's table with a set's own column widths: widths_for(number of columns) gives them; with pad, a short row
    is filled with empty cells up to them. Set it as the builder's table: b.table = widths_table(b, …)."""
    def table(rows):
        widths = widths_for(len(rows[0]))
        borders = "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                          for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        trs = []
        for i, row in enumerate(rows):
            if pad:
                row = row + [""] * (len(widths) - len(row))
            trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i == 0 else ""
            trs.append(f"<w:tr>{trpr}" + "".join(b.cell(c, w, i == 0) for c, w in zip(row, widths)) + "</w:tr>")
        return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
                f'<w:tblBorders>{borders}</w:tblBorders><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
                + "".join(trs) + "</w:tbl>")
    return table
