"""Builds docs/02_*.html for probe106 from text/02.txt: a page saved from the 新余市人民政府 portal (meta tags, scripts,
nav, breadcrumb, an 信息公开 <table>, the body in div#zoom > div.TRS_Editor of <p style> paragraphs, the annex task table
as a Word-export <table> whose cells hold <p> paragraphs, footer). Markup of text/02.txt: `@title` the h1 and the meta
title, `@center` / `@bcenter` / `@right` / `@p` / `@i` (indented) paragraphs, `@h` a bold heading paragraph, `@blank`,
`@table` … `@endtable` tab-separated rows (the first the header). Run from this folder: python3 make_html.py
"""
import html, os

NAME = "02_xinyu_city_office_2023_vocational_high_quality_development_plan_notice_html_23_row_division_table_multi_sentence_cells.html"

HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="新余市人民政府" />
<meta name="SiteDomain" content="www.xinyu.gov.cn" />
<meta name="SiteIDCode" content="3605000004" />
<meta name="ColumnName" content="市政府办文件" />
<meta name="ColumnType" content="政策文件" />
<meta name="ArticleTitle" content="{title}" />
<meta name="PubDate" content="2023-04-27 09:15" />
<meta name="ContentSource" content="市政府办公室" />
<meta name="Keywords" content="职业教育,产教融合,高质量发展" />
<meta name="Description" content="{title}" />
<title>{title}_市政府办文件_新余市人民政府</title>
<link rel="stylesheet" type="text/css" href="/xysrmzf/css/common.css" />
<link rel="stylesheet" type="text/css" href="/xysrmzf/css/article.css" />
<style type="text/css">
.xxgk_table{{width:100%;border:1px solid #cfdcea;border-collapse:collapse;margin-bottom:18px;font-size:14px}}
.xxgk_table td{{border:1px solid #cfdcea;padding:5px 8px;line-height:22px}}
.xxgk_table td.tit{{width:90px;background:#f2f7fc;color:#333;text-align:right}}
.TRS_Editor p{{margin:0;line-height:2em;font-size:16px;font-family:仿宋_GB2312,仿宋}}
.TRS_Editor table td p{{line-height:1.6em;font-size:14px;text-indent:0}}
</style>
<script type="text/javascript" src="/xysrmzf/js/jquery-1.11.3.min.js"></script>
<script type="text/javascript">
var _hmt = _hmt || [];
(function() {{ var hm = document.createElement("script"); hm.src = "https://hm.baidu.com/hm.js?a91c7f3e4d20b8e5f6c1"; var s = document.getElementsByTagName("script")[0]; s.parentNode.insertBefore(hm, s); }})();
function doZoom(size){{ var el = document.getElementById("zoom"); if (el) {{ el.style.fontSize = size + "px"; }} }}
function doPrint(){{ window.print(); }}
</script>
</head>
<body>
<div class="topbar"><div class="w1200">
<span class="fl">欢迎访问新余市人民政府门户网站！</span>
<span class="fr"><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="/col/col7250/index.html">长者模式</a> | <a href="javascript:;" id="jft">繁體</a> | <a href="/col/col7252/index.html">手机版</a></span>
</div></div>
<div class="header"><div class="w1200">
<a class="logo" href="/"><img src="/xysrmzf/images/logo.png" alt="新余市人民政府" /></a>
<div class="search"><form action="/jsearchfront/search.do" method="get" target="_blank"><input type="hidden" name="websiteid" value="360500000000000" /><input type="text" name="q" class="txt" value="" placeholder="请输入关键字" /><input type="submit" class="btn" value="搜索" /></form></div>
</div></div>
<div class="nav"><div class="w1200"><ul>
<li><a href="/">首页</a></li>
<li><a href="/col/col7260/index.html">新余概况</a></li>
<li><a href="/col/col7270/index.html">政务动态</a></li>
<li class="on"><a href="/col/col7280/index.html">政府信息公开</a></li>
<li><a href="/col/col7290/index.html">政务服务</a></li>
<li><a href="/col/col7300/index.html">互动交流</a></li>
<li><a href="/col/col7310/index.html">专题专栏</a></li>
</ul></div></div>
<div class="w1200 main">
<div class="position">您当前所在位置：<a href="/">首页</a> &gt; <a href="/col/col7280/index.html">政府信息公开</a> &gt; <a href="/col/col7281/index.html">政策文件</a> &gt; <a href="/col/col7284/index.html">市政府办文件</a></div>
<table class="xxgk_table" cellspacing="0" cellpadding="0">
<tr><td class="tit">索&nbsp;引&nbsp;号：</td><td>014052476/2023-00231</td><td class="tit">主题分类：</td><td>教育</td></tr>
<tr><td class="tit">发布机构：</td><td>新余市人民政府办公室</td><td class="tit">成文日期：</td><td>2023-04-20</td></tr>
<tr><td class="tit">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>余府办发〔2023〕12号</td><td class="tit">发布日期：</td><td>2023-04-27</td></tr>
<tr><td class="tit">名&nbsp;&nbsp;&nbsp;&nbsp;称：</td><td colspan="3">{title}</td></tr>
</table>
<div class="article">
<h1 class="art_title">{title}</h1>
<div class="art_info">发布时间：2023-04-27 09:15&nbsp;&nbsp;&nbsp;&nbsp;信息来源：市政府办公室&nbsp;&nbsp;&nbsp;&nbsp;访问量：<span id="hits">2587</span>&nbsp;&nbsp;&nbsp;&nbsp;【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
<div id="zoom" class="art_con">
<div class="TRS_Editor">
"""

FOOT = """</div>
</div>
<div class="art_btn"><a href="javascript:doPrint();">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="art_link">
<p>上一篇：<a href="/art/2023/4/24/art_7284_3981542.html">新余市人民政府办公室关于印发新余市2023年城乡居民基本医疗保险实施办法的通知</a></p>
<p>下一篇：<a href="/art/2023/5/6/art_7284_3990217.html">新余市人民政府办公室关于做好2023年防汛抗旱工作的通知</a></p>
</div>
</div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：新余市人民政府办公室&nbsp;&nbsp;&nbsp;承办单位：新余市大数据中心</p>
<p>网站标识码：3605000004&nbsp;&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">赣ICP备05004218号</a>&nbsp;&nbsp;&nbsp;<img src="/xysrmzf/images/ga.png" alt="" />赣公网安备 36050202000112号</p>
<p>联系电话：0790-6442315&nbsp;&nbsp;&nbsp;建议使用1366*768分辨率浏览</p>
<script type="text/javascript">document.write(unescape("%3Cspan id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/14/000/0000/60416418/CA140000000604164180002.js' type='text/javascript'%3E%3C/script%3E"));</script>
</div></div>
</body>
</html>
"""

P = '<p style="text-indent:2em;">{}</p>'
CELL = '<td width="{w}" valign="center" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal" align="{a}" style="text-align:{a};"><span style="font-size:10.5pt;font-family:宋体">{t}</span></p></td>'
WIDTHS = (36, 96, 300, 80, 150, 76)


def table(rows):
    out = ['<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" width="738" style="border-collapse:collapse;border:none">']
    for n, r in enumerate(rows):
        cells = []
        for w, c, i in zip(WIDTHS, r, range(6)):
            if n == 0:
                cells.append(CELL.format(w=w, a="center", t="<b>" + c + "</b>"))
            else:
                cells.append(CELL.format(w=w, a="left" if i in (2, 4) else "center", t=c))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def build():
    lines = open(os.path.join("text", "02.txt"), encoding="utf-8").read().splitlines()
    title, body, rows, in_table = None, [], [], False
    for ln in lines:
        if ln == "@table":
            in_table = True
            continue
        if ln == "@endtable":
            body.append(table(rows))
            in_table = False
            continue
        if in_table:
            rows.append(ln.split("\t"))
            continue
        tag, _, text = ln.partition(" ")
        if tag == "@title":
            title = text
        elif tag == "@center":
            body.append('<p style="text-align:center;">' + text + "</p>")
        elif tag == "@bcenter":
            body.append('<p style="text-align:center;"><strong><span style="font-size:22px;font-family:方正小标宋简体">' + text + "</span></strong></p>")
        elif tag == "@right":
            body.append('<p style="text-align:right;padding-right:4em;">' + text + "</p>")
        elif tag == "@p":
            body.append("<p>" + text + "</p>")
        elif tag == "@i":
            body.append(P.format(text))
        elif tag == "@h":
            body.append('<p style="text-indent:2em;"><strong><span style="font-family:黑体">' + text + "</span></strong></p>")
        elif tag == "@blank":
            body.append("<p>&nbsp;</p>")
    page = HEAD.format(title=html.escape(title)) + "\n".join(body) + "\n" + FOOT
    os.makedirs("docs", exist_ok=True)
    with open(os.path.join("docs", NAME), "w", encoding="utf-8") as fh:
        fh.write(page)


if __name__ == "__main__":
    build()
