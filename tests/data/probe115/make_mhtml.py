"""Builds docs/*.mhtml for probe115 from the saved pages' HTML in html/ (standard library only).

Each file is a MIME multipart/related web archive written the way the browser that saved it writes one:
- 01: Edge in Internet Explorer mode ("Web Archive, single file (*.mht)", the old 寿阳 portal only opens in IE mode):
  From: <Saved by Windows Internet Explorer 11>, a base64 Subject in gb2312, an X-MimeOLE line and the MIME preamble;
  the HTML part (IE's serialisation: upper-case tags, unquoted attributes, scripts kept) in gb2312, base64 in lines of
  76 characters, then the banner GIF.
- 02: Chrome "Save as single file" (From: <Saved by Blink>, Snapshot-Content-Location, a Q-encoded Subject, a
  MultipartBoundary boundary): the HTML part without a charset parameter (Blink re-encodes the page as UTF-8 and puts
  its own <meta http-equiv> first in <head>), quoted-printable in lines of 76 with soft breaks (which fall inside
  characters), scripts dropped; a text/css part under a cid: link, the logo PNG.
- 03: Edge (Chromium) "Save as single file", as 02, with an <iframe> saved as a second text/html part
  (cid:frame-…@mhtml.blink) after the main page, two stylesheets and images.
Run from this folder: python3 make_mhtml.py
"""
import base64, os, struct, zlib

HERE = os.path.dirname(os.path.abspath(__file__))

DOCS = {
    "01": "01_shouyang_county_office_2021_vocational_quality_upgrading_action_plan_notice_mhtml_ie_mode_base64_gb2312_table_layout.mhtml",
    "02": "02_fuping_education_hrss_joint_2022_dual_certificate_skills_notice_mhtml_chrome_quoted_printable_utf8_disclosure_list_stages.mhtml",
    "03": "03_yanling_county_office_2023_vocational_industry_education_three_year_plan_notice_mhtml_edge_quoted_printable_task_table_iframe_part.mhtml",
}

def png(w, h, rgb):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))

def gif(w, h):
    # one colour (dark red), a single image block of LZW code size 2 filled with colour 0
    pixels = w * h
    # a clear code (4) before every second pixel keeps the code width at 3 bits
    out = []
    for i in range(pixels):
        if i % 2 == 0:
            out.append(4)  # clear
        out.append(0)
    out.append(5)  # end of information
    acc = nbits = 0
    data = bytearray()
    for c in out:
        acc |= c << nbits
        nbits += 3
        while nbits >= 8:
            data.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8
    if nbits:
        data.append(acc & 0xFF)
    blocks = b"".join(bytes([len(data[i:i + 255])]) + bytes(data[i:i + 255]) for i in range(0, len(data), 255))
    return (b"GIF89a" + struct.pack("<HHBBB", w, h, 0x80, 0, 0) + b"\xa0\x10\x10\x00\x00\x00"
            + b"," + struct.pack("<HHHHB", 0, 0, w, h, 0) + b"\x02" + blocks + b"\x00;")

def qp(data):
    """Quoted-printable as Blink writes it: CRLF hard breaks for the page's line ends, '=' soft breaks at 76."""
    lines = []
    for line in data.split(b"\n"):
        line = line.rstrip(b"\r")
        out, cur = [], ""
        for i, b in enumerate(line):
            last = i == len(line) - 1
            if (33 <= b <= 126 and b != 61) or (b in (9, 32) and not last):
                tok = chr(b)
            else:
                tok = "=%02X" % b
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
        lines.append("\r\n".join(out))
    return "\r\n".join(lines)

def b64(data):
    s = base64.b64encode(data).decode("ascii")
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76))

def q_words(text, charset="utf-8"):
    words, cur = [], ""
    for ch in text:
        tok = "".join(c if c.isascii() and c.isalnum() else ("_" if c == " " else "=%02X" % ord(c))
                      for c in ch) if ch.isascii() else "".join("=%02X" % x for x in ch.encode(charset))
        if len(cur) + len(tok) > 60:
            words.append(cur)
            cur = ""
        cur += tok
    words.append(cur)
    return "\r\n ".join("=?%s?Q?%s?=" % (charset, w) for w in words)

def b_words(text, charset="gb2312"):
    words, cur = [], b""
    for c in (gb2312_bytes(ch) for ch in text):
        if len(cur) + len(c) > 45:
            words.append(cur)
            cur = b""
        cur += c
    words.append(cur)
    return "\r\n\t".join("=?%s?B?%s?=" % (charset, base64.b64encode(w).decode("ascii")) for w in words)

def gb2312_bytes(s):
    """The page's text in GB2312 (the GB18030 codec maps A1AA to the em dash the page prints); every character must be
    one GB2312 has."""
    data = s.encode("gb18030")
    i = 0
    while i < len(data):
        if data[i] < 0x80:
            i += 1
            continue
        if not (0xA1 <= data[i] <= 0xF7 and 0xA1 <= data[i + 1] <= 0xFE):
            raise ValueError("not GB2312: %r" % data[i:i + 4].decode("gb18030", "replace"))
        i += 2
    return data

def read(name):
    return open(os.path.join(HERE, "html", name), encoding="utf-8").read()

def title_of(html):
    s = html.lower().index("<title>") + 7
    return html[s:html.lower().index("</title>")]

def build_01():
    html = read("01.html")
    url = "http://www.shouyang.gov.cn/zwgk/xxgkml/zfbwj/202109/t20210918_1043617.shtml"
    boundary = "----=_NextPart_000_0000_01DA7470.4C5B9E30"
    head = ("From: <Saved by Windows Internet Explorer 11>\r\n"
            "Subject: " + b_words(title_of(html), "gb2312") + "\r\n"
            "Date: Tue, 12 Mar 2024 15:06:21 +0800\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"%s\"\r\n"
            "X-MimeOLE: Produced By Microsoft MimeOLE V10.0.19041.3636\r\n\r\n"
            "This is a multi-part message in MIME format.\r\n\r\n") % boundary
    parts = [
        ("Content-Type: text/html;\r\n\tcharset=\"gb2312\"\r\nContent-Transfer-Encoding: base64\r\n"
         "Content-Location: %s\r\n\r\n%s\r\n" % (url, b64(gb2312_bytes(html.replace("\n", "\r\n"))))),
        ("Content-Type: image/gif\r\nContent-Transfer-Encoding: base64\r\n"
         "Content-Location: http://www.shouyang.gov.cn/images/top_banner.gif\r\n\r\n%s\r\n" % b64(gif(40, 6))),
    ]
    body = "".join("--%s\r\n%s\r\n" % (boundary, p) for p in parts) + "--%s--\r\n" % boundary
    return (head + body).encode("ascii")

def blink(url, title, date, boundary, parts):
    head = ("From: <Saved by Blink>\r\n"
            "Snapshot-Content-Location: %s\r\n"
            "Subject: %s\r\n"
            "Date: %s\r\n"
            "MIME-Version: 1.0\r\n"
            "Content-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"%s\"\r\n\r\n\r\n") % (
        url, q_words(title), date, boundary)
    body = ""
    for headers, payload in parts:
        body += "--%s\r\n%s\r\n\r\n%s\r\n" % (boundary, "\r\n".join(headers), payload)
    body += "--%s--\r\n" % boundary
    return (head + body).encode("ascii")

def build_02():
    html = read("02.html")
    url = "https://www.fuping.gov.cn/zwgk/bmwj/202204/t20220422_1561590.html"
    css = "@charset \"utf-8\";\n\n.gray-mode-off { filter: none; }\n"
    parts = [
        (["Content-Type: text/html", "Content-ID: <frame-3B7E0A91C4D25F86E0B1A7C3D9F24E58@mhtml.blink>",
          "Content-Transfer-Encoding: quoted-printable", "Content-Location: " + url], qp(html.encode("utf-8"))),
        (["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable",
          "Content-Location: cid:css-4f1c2d7a-8e35-4b6e-9a0d-3c7e51b2f8a4@mhtml.blink"], qp(css.encode("utf-8"))),
        (["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable",
          "Content-Location: https://www.fuping.gov.cn/static/css/common.css"],
         qp(b"@charset \"utf-8\";\n.w1200{width:1200px;margin:0 auto}.top-bar{height:36px;background:#f5f5f5}\n")),
        (["Content-Type: image/png", "Content-Transfer-Encoding: base64",
          "Content-Location: https://www.fuping.gov.cn/static/images/logo.png"], b64(png(64, 16, (178, 34, 34)))),
    ]
    return blink(url, title_of(html), "Tue, 19 Mar 2024 02:47:13 -0000",
                 "----MultipartBoundary--kQ3vT8bW2nLx9ZcR5yHjP0aUeM7sDf4GtN1oXi6Vp----", parts)

def build_03():
    html = read("03.html")
    frame = read("03_frame.html")
    url = "http://www.yanling.gov.cn/zfxxgk/fdzdgknr/zfwj/202304/t20230414_1581937.html"
    parts = [
        (["Content-Type: text/html", "Content-ID: <frame-5D08A2F7E61C94B3A0E7C5D21B8F4A96@mhtml.blink>",
          "Content-Transfer-Encoding: quoted-printable", "Content-Location: " + url], qp(html.encode("utf-8"))),
        (["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable",
          "Content-Location: http://www.yanling.gov.cn/templates/default/css/base.css"],
         qp(b"body{margin:0;font:14px/1.6 \"Microsoft YaHei\"}.wrap{width:1100px;margin:0 auto}\n")),
        (["Content-Type: text/css", "Content-Transfer-Encoding: quoted-printable",
          "Content-Location: http://www.yanling.gov.cn/templates/default/css/xxgk.css"],
         qp(b".xxgk-meta{width:100%;border-collapse:collapse}.xxgk-meta td{border:1px solid #dce6f0;padding:6px}\n")),
        (["Content-Type: image/png", "Content-Transfer-Encoding: base64",
          "Content-Location: http://www.yanling.gov.cn/templates/default/images/logo.png"], b64(png(80, 20, (20, 92, 170)))),
        (["Content-Type: text/html", "Content-ID: <frame-9C41E7A2D05B36F8E1A4C27D90B3E615@mhtml.blink>",
          "Content-Transfer-Encoding: quoted-printable",
          "Content-Location: http://www.yanling.gov.cn/share/qrcode.html?id=1581937"], qp(frame.encode("utf-8"))),
        (["Content-Type: image/png", "Content-Transfer-Encoding: base64",
          "Content-Location: http://www.yanling.gov.cn/qrcode?url=t20230414_1581937.html"], b64(png(25, 25, (0, 0, 0)))),
    ]
    return blink(url, title_of(html), "Tue, 12 Mar 2024 08:15:52 -0000",
                 "----MultipartBoundary--Wm4cX0rP7yHe2KdA9sLq5TbV3gNz8JfU1oRi6Eu----", parts)

if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    for k, build in (("01", build_01), ("02", build_02), ("03", build_03)):
        with open(os.path.join(HERE, "docs", DOCS[k]), "wb") as fh:
            fh.write(build())
