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
