#!/usr/bin/env python3
"""Builds the web-page and plain-text samples under samples/ from the evaluation texts in tests/data/eval/docs.

The pages reproduce the layouts government sites use (disclosure metadata as a <table>, as <ul>/<div> label/value
rows, old nested layout tables, a task table), with their navigation noise. Run from the repository root:
    python3 tools/samples/make_web_samples.py
"""
import html
import os
import re

DOCS = "tests/data/eval/docs"
OUT = "samples"


def read(name):
    with open(os.path.join(DOCS, name), encoding="utf-8") as f:
        return f.read()


def esc(s):
    return html.escape(s, quote=False)


def paragraphs(lines):
    out = []
    for line in lines:
        if line.strip() == "":
            continue
        # Web pages indent with two ideographic spaces or &nbsp;; keep the source's leading spaces as &nbsp;.
        lead = len(line) - len(line.lstrip(" "))
        out.append("<p>" + "&nbsp;" * lead + esc(line.strip(" ")) + "</p>")
    return "\n".join(out)


def write(path, text, encoding="utf-8", bom=False):
    full = os.path.join(OUT, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    data = text.encode(encoding)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding] + data
    with open(full, "wb") as f:
        f.write(data)


NAV = """<div class="top-bar"><a href="#">繁体版</a> <a href="#">English</a> <a href="#">EN</a></div>
<div class="top-links"><a href="#">手机客户端</a> <a href="#">无障碍浏览</a> <a href="#">长者版</a></div>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/bsfw/">办事服务</a></li></ul></nav>"""


def wuxi():
    """000: Wuxi education bureau opinion; disclosure metadata as a <table>; title in an <h1>; body in #zoom."""
    lines = read("000_84a26a079fc050bc.txt").split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("各市(县)区教育局"))
    end = next(i for i, l in enumerate(lines) if l.strip() == "2020年10月22日")
    title = "关于实施无锡市职业教育质量提升攀登计划(2021—2025) 加快建设国家职业教育高地城市的意见"
    body = paragraphs(lines[start:end + 1])
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{esc(title)}_无锡市人民政府</title>
<link rel="stylesheet" href="/css/style.css">
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
<style>.xxgk-table td {{ border: 1px solid #ccc; }}</style>
</head>
<body>
<header class="site-header">
{NAV}
</header>
<div class="container">
<div class="position">当前位置:<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgkml/">市政府信息公开目录</a> &gt; <a href="#">政府文件</a> &gt; 正文</div>
<table class="xxgk-table" cellspacing="0" cellpadding="0">
<tr><td class="label">信息索引号</td><td>014006438/2020-05900</td><td class="label">生成日期</td><td>2020-10-22</td><td class="label">公开日期</td><td>2020-10-22</td></tr>
<tr><td class="label">文件编号</td><td>锡教发〔2020〕86号</td><td class="label">发布机构</td><td>无锡市教育局</td></tr>
<tr><td class="label">效力状况</td><td>有效</td><td class="label">附件下载</td><td><a href="/att/2020-86.pdf">下载</a></td></tr>
<tr><td class="label">内容概述</td><td colspan="5">{esc(title)}</td></tr>
</table>
<div class="article">
<h1 class="article-title">{esc(title)}</h1>
<div class="article-info">文字大小: [<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>] 浏览次数: <span id="hits"></span></div>
<div id="zoom" class="TRS_Editor">
{body}
</div>
<div class="source">来源:无锡市教育局</div>
<div class="share"><a href="#">微信</a> <a href="#">微博</a> <a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a></div>
</div>
</div>
<footer class="site-footer">
<ul class="footer-apps"><li><a href="#">微信公众号</a></li><li>扫码关注我们</li><li><a href="#">政务微博</a></li><li><a href="#">智能问答</a></li><li><a href="#">问答知识库</a></li><li><a href="#">灵锡APP</a></li><li><a href="#">锡企服务平台</a></li></ul>
<p>主办：无锡市人民政府办公室 网站标识码：3202000012</p>
<a href="#top" class="back-top">回到顶部</a>
</footer>
</body>
</html>
"""
    write("html/wuxi-education-bureau-disclosure-table.html", page)


def jishan():
    """001: Jishan county action plan; metadata as <ul><li> and label/value <div>s; a paragraph split mid-word."""
    lines = read("001_4b298fee1b352756.txt").split("\n")
    start = next(i for i, l in enumerate(lines) if l.strip().startswith("各乡(镇)人民政府"))
    rest = lines[start:]
    out = []
    i = 0
    while i < len(rest):
        l = rest[i]
        s = l.strip()
        if s == "稷山县推进新时代职业教育改革发展":
            out.append(f'<p style="text-align:center"><strong>{esc(s)}</strong></p>')
        elif s == "行 动 计 划":
            out.append(f'<p style="text-align:center"><strong>{esc(s)}</strong></p>')
        elif s in ("稷山县人民政府", "2021年4月28日"):
            out.append(f'<p style="text-align:right">{esc(s)}</p>')
        elif s:
            out.append("<p>&nbsp;&nbsp;" + esc(s) + "</p>")
        else:
            out.append("<p>&nbsp;</p>" if i + 1 < len(rest) and rest[i + 1].startswith("  绕省委") else "")
        i += 1
    body = "\n".join(x for x in out if x)
    title = "稷山县人民政府关于印发稷山县推进新时代职业教育改革发展行动计划的通知"
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}-稷山县人民政府门户网站</title>
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="header">
<div class="toolbar"><a href="#">无障碍浏览</a><span>网站支持IPv6</span> <a href="#">登录</a> | <a href="#">注册</a></div>
<div class="menu"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjjs/">走进稷山</a></div>
</div>
<div class="main">
<div class="sidebar"><h3>信息公开</h3><ul><li><a href="#">政府文件</a></li><li><a href="#">政策解读</a></li><li><a href="#">规划计划</a></li></ul></div>
<div class="detail">
<div class="detail-title">{esc(title)}</div>
<div class="detail-meta"><span>时间:2021-05-21</span> <span class="font">字体大小:【<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<ul class="xxgk-info">
<li><span class="lab">信息索引号：</span>1114102301289005557/2021-00433</li>
<li><span class="lab">发布时间：</span>2021-05-21</li>
</ul>
<div class="xxgk-info2">
<div class="row"><div class="lab">发布机构</div><div class="val">稷山县人民政府</div></div>
<div class="row"><div class="lab">文　　号</div><div class="val">稷政发〔2021〕6号</div></div>
</div>
<div class="detail-content">
{body}
</div>
</div>
</div>
<div class="footer"><p>版权所有：稷山县人民政府办公室 &nbsp; 晋ICP备05001213号</p><p><a href="#">网站地图</a> | <a href="#">联系我们</a></p></div>
</body>
</html>
"""
    write("html/jishan-county-list-and-div-metadata.html", page)


def jiangyin_parts():
    text = read("002_7fdab2a4388eb7e7.txt")
    text = re.sub(r"\[bookmark: [^\]]*\]", "", text)
    lines = text.split("\n")
    att = next(i for i, l in enumerate(lines) if l.startswith("附件：江阴市"))
    return lines, att


def jiangyin_gbk():
    """002 body: an old page laid out with nested tables, encoded in GBK with no charset declaration."""
    lines, att = jiangyin_parts()
    head = [l for l in lines[:att + 1]]
    title_lines = [l for l in head[:6] if l.strip()][:3]
    rest = head[head.index(title_lines[-1]) + 1:]
    body = "\n".join("<p>" + esc(l.strip()) + "</p>" for l in rest if l.strip())
    title_html = "<br>".join(esc(l) for l in title_lines)
    page = f"""<html>
<head>
<title>市政府办公室关于印发《江阴市推进职业教育改革创新 打造高质量发展样板的实施方案》的通知</title>
</head>
<body topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><table width="100%"><tr><td><a href="/">首页</a></td><td><a href="/col/zwgk/">政务公开</a></td><td><a href="/col/zcjd/">政策解读</a></td><td><a href="/col/hdjl/">互动交流</a></td></tr></table></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="bt_title" align="center"><font size="5"><b>{title_html}</b></font></td></tr>
<tr><td align="center">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</td></tr>
<tr><td class="bt_content">
{body}
</td></tr>
</table>
</td></tr>
<tr><td align="center">江阴市人民政府办公室主办　<a href="#">网站地图</a></td></tr>
</table>
</body>
</html>
"""
    write("html/jiangyin-gbk-no-charset.html", page, encoding="gbk")


def jiangyin_table_cells(lines, att):
    """The attachment's tab-laid table: rows split by blank lines, a line starting with a tab starts a cell."""
    rows, row, cell = [], [], None
    for l in lines[att + 3:]:
        if l.startswith("— "):
            break
        if l == "":
            if cell is not None:
                row.append(cell)
            if row:
                rows.append(row)
            row, cell = [], None
        elif l.startswith("\t"):
            if cell is not None:
                row.append(cell)
            cell = [l[1:]]
        else:
            cell.append(l)
    if row:
        rows.append(row)
    return rows


def jiangyin_table():
    """002 attachment: the task list as a real HTML table (rowspan for 工程名称, <br> inside cells)."""
    lines, att = jiangyin_parts()
    rows = jiangyin_table_cells(lines, att)
    header, body = rows[0], rows[1:]
    # Group rows by their first column (工程名称): a non-empty first cell starts a group covering the rows after it.
    trs = ["<tr>" + "".join(f"<th>{esc(c[0])}</th>" for c in header[:3]) + "<th>完成时限</th></tr>"]
    i = 0
    while i < len(body):
        j = i + 1
        while j < len(body) and "".join(body[j][0]).strip() == "":
            j += 1
        for k in range(i, j):
            cells = body[k]
            tds = ""
            if k == i:
                tds += f'<td rowspan="{j - i}">' + "<br>".join(esc(x) for x in cells[0]) + "</td>"
            tds += "".join("<td>" + "<br>".join(esc(x) for x in c) + "</td>" for c in cells[1:])
            trs.append("<tr>" + tds + "</tr>")
        i = j
    table = "\n".join(trs)
    caption = lines[att + 2]
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>附件：{esc(caption)}</title>
</head>
<body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zfwj/">政府文件</a></div>
<div class="content">
<h2>附件</h2>
<p style="text-align:center"><strong>{esc(caption)}</strong></p>
<table class="task-table" border="1" cellspacing="0">
{table}
</table>
</div>
<div class="footer">江阴市人民政府办公室主办 <a href="#">网站地图</a></div>
</body>
</html>
"""
    write("html/jiangyin-task-table.html", page)


def texts():
    names = {
        "000_84a26a079fc050bc.txt": "wuxi-education-bureau-opinion-web-text.txt",
        "001_4b298fee1b352756.txt": "jishan-county-action-plan-web-text.txt",
        "002_7fdab2a4388eb7e7.txt": "jiangyin-implementation-plan-word-export.txt",
    }
    for src, dst in names.items():
        write("text/" + dst, read(src))
    # The same Jishan text as Windows tools save it: UTF-16 LE with a BOM and CRLF line ends.
    write("text/jishan-county-action-plan-utf16le-crlf.txt", read("001_4b298fee1b352756.txt").replace("\n", "\r\n"), "utf-16-le", bom=True)
    # And as an old Chinese editor saves it: GB18030 with no BOM.
    write("text/wuxi-education-bureau-opinion-gb18030.txt", read("000_84a26a079fc050bc.txt"), "gb18030")


if __name__ == "__main__":
    wuxi()
    jishan()
    jiangyin_gbk()
    jiangyin_table()
    texts()
