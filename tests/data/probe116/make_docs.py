"""Builds docs/*.txt for probe116 from text/NN.txt (UTF-8, LF) as files saved on a Chinese Windows machine: CRLF line ends
and the bytes of the file's encoding. 01 and 03 are ANSI (code page 936) files written with GB18030 (01's issuer, 琯头镇,
has a character outside GB2312 that GBK and GB18030 encode); 02 is Word's "Unicode" plain-text export, UTF-16 LE after
a FF FE byte-order mark, with the form feeds Word writes for page breaks. Run from this folder: python3 make_docs.py
"""
import os

DOCS = {
    "01": ("01_guantou_town_lianjiang_government_2023_rural_labour_skills_training_plan_notice_portal_text_gbk_crlf_rare_char.txt", "gb18030"),
    "02": ("02_cenxi_city_office_2023_vocational_education_three_year_plan_notice_word_unicode_text_utf16_bom_tab_table_page_breaks.txt", "utf-16-le"),
    "03": ("03_zhengan_hrss_finance_industry_joint_2024_guitar_industry_skills_plan_notice_saved_page_text_gb18030_tab_tables.txt", "gb18030"),
}

def build(key):
    name, enc = DOCS[key]
    with open(os.path.join("text", key + ".txt"), encoding="utf-8") as fh:
        s = fh.read()
    s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    data = s.encode(enc)
    if enc == "utf-16-le":
        data = b"\xff\xfe" + data
    with open(os.path.join("docs", name), "wb") as fh:
        fh.write(data)

if __name__ == "__main__":
    os.makedirs("docs", exist_ok=True)
    for k in DOCS:
        build(k)
