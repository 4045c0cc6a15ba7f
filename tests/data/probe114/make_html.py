"""Builds docs/02_*.html for probe114 from text/02.txt: a saved page of a county-level city portal (大汉 JCMS layout: meta
tags, a style block, jquery and a baidu script, top bar, header with a search form, nav, breadcrumb, an 信息公开 <table>
of th/td pairs, the portal's short h1, an info line, the body in div#zoom as pasted from Word, a 相关解读 link, print
links, footer and a hit-count script).

Markup of text/02.txt, one paragraph a line: @t title (^ a <br> inside it), @l left, no indent, @h heading (黑体),
@k sub-heading on its own line (楷体, bold), @r right-aligned; other lines are body paragraphs indented two characters.
Inside a paragraph every run of ASCII digits is its own <span lang="EN-US">, as Word's HTML export leaves it.
Run from this folder: python3 make_html.py
"""
import html, os, re

NAME = "02_yiwu_five_bureaus_2025_trade_industry_education_community_opinions_html_lead_responsible_lines.html"
SHORT = "义乌市教育局等五部门关于推进行业产教融合共同体建设的实施意见"
FS = "font-size:16.0pt;font-family:仿宋_GB2312"

def spans(text, style):
    out = []
    for piece in re.split(r"([0-9][0-9.%]*)", text):
        if not piece:
            continue
        if re.match(r"[0-9]", piece):
            out.append(f'<span lang="EN-US" style="{style}">{piece}</span>')
        else:
            out.append(f'<span style="{style}">{html.escape(piece, quote=False)}</span>')
    return "".join(out)

def para(line):
    m = re.match(r"@(\w+) ?(.*)$", line)
    tag, text = (m.group(1), m.group(2)) if m else ("p", line)
    if not line:
        return '<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>'
    if tag == "t":
        parts = [spans(p, "font-size:22.0pt;font-family:方正小标宋简体") for p in text.split("^")]
        return ('<p class="MsoNormal" align="center" style="text-align:center;line-height:30.0pt;mso-line-height-rule:exactly">'
                '<b>' + "<br/>".join(parts) + '</b></p>\n<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>')
    if tag == "l":
        return f'<p class="MsoNormal" style="line-height:28.0pt;mso-line-height-rule:exactly">{spans(text, FS)}</p>'
    if tag == "h":
        return ('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly">'
                f'{spans(text, "font-size:16.0pt;font-family:黑体")}</p>')
    if tag == "k":
        return ('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly"><b>'
                f'{spans(text, "font-size:16.0pt;font-family:楷体_GB2312")}</b></p>')
    if tag == "r":
        return ('<p class="MsoNormal" align="right" style="text-align:right;line-height:28.0pt;mso-line-height-rule:exactly">'
                f'{spans(text, FS)}</p>')
    return ('<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly">'
            f'{spans(text, FS)}</p>')

HEAD = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{SHORT} - 义乌市人民政府</title>
<meta name="SiteName" content="义乌市人民政府">
<meta name="SiteDomain" content="www.yw.gov.cn">
<meta name="SiteIDCode" content="3307820001">
<meta name="ColumnName" content="部门文件">
<meta name="ColumnType" content="其他文件">
<meta name="ArticleTitle" content="{SHORT}">
<meta name="PubDate" content="2025-03-26 16:42">
<meta name="ContentSource" content="市教育局">
<meta name="Keywords" content="行业产教融合共同体,职业教育,产教融合">
<link rel="stylesheet" href="/module/jslib/bootstrap/css/bootstrap.min.css">
<style>
body{{margin:0;font-family:"Microsoft YaHei",SimSun;background:#f4f6f9}}
.top{{height:32px;line-height:32px;background:#eef3f8;font-size:12px}}
.xxgk-info table{{width:100%;border-collapse:collapse}}
.xxgk-info th,.xxgk-info td{{border:1px solid #d6e0ea;padding:6px 10px;font-size:14px}}
.xxgk-info th{{background:#f2f6fa;width:110px;font-weight:normal}}
.article h1{{font-size:24px;color:#1a4a8a;text-align:center;line-height:36px}}
#zoom p{{margin:0}}
</style>
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
<script>
var _hmt = _hmt || [];
(function() {{
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?7b1c2f0e6a1d4c3f9e5b8a2d6c0f4e19";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
}})();
function doZoom(size) {{ document.getElementById("zoom").style.fontSize = size + "px"; }}
</script>
</head>
<body>
<div class="top"><div class="container">
  <span class="fl">欢迎访问义乌市人民政府门户网站！</span>
  <span class="fr"><a href="https://www.zjzwfw.gov.cn/">浙江政务服务网</a> | <a href="javascript:;">无障碍</a> | <a href="javascript:;">长者版</a> | <a href="javascript:;">登录</a></span>
</div></div>
<div class="header"><div class="container">
  <a href="/" class="logo"><img src="/images/logo.png" alt="义乌市人民政府"></a>
  <form action="/module/search/index.jsp" method="get" class="search">
    <input type="text" name="searchText" placeholder="请输入关键字">
    <button type="submit">搜索</button>
  </form>
</div></div>
<div class="nav"><ul>
  <li><a href="/">首页</a></li>
  <li><a href="/col/col1229140/">走进义乌</a></li>
  <li class="on"><a href="/col/col1229141/">政务公开</a></li>
  <li><a href="/col/col1229142/">政务服务</a></li>
  <li><a href="/col/col1229143/">政民互动</a></li>
  <li><a href="/col/col1229144/">专题专栏</a></li>
</ul></div>
<div class="container main">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229141/">政务公开</a> &gt; <a href="/col/col1229471/">政府信息公开</a> &gt; <a href="/col/col1229526/">部门文件</a></div>
<div class="xxgk-info">
<table>
<tr><th>索引号</th><td>11330782002609848P/2025-152031</td><th>组配分类</th><td>其他文件</td></tr>
<tr><th>发布机构</th><td>义乌市教育局</td><th>生成日期</th><td>2025-03-26</td></tr>
<tr><th>文号</th><td>义教发〔2025〕9号</td><th>有效性</th><td>有效</td></tr>
<tr><th>主题分类</th><td colspan="3">教育</td></tr>
</table>
</div>
<div class="article">
<h1 class="title">{SHORT}</h1>
<div class="info">发布时间：2025-03-26 16:42&nbsp;&nbsp;&nbsp;来源：市教育局&nbsp;&nbsp;&nbsp;浏览次数：<span id="hits"></span>&nbsp;&nbsp;&nbsp;字号：[<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div id="zoom">
"""

TAIL = """
</div>
<div class="related">相关解读：<a href="/art/2025/3/26/art_1229526_59731204.html">《关于推进行业产教融合共同体建设的实施意见》政策解读</a></div>
<div class="tool"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><div class="container">
  <p>主办：义乌市人民政府办公室　承办：义乌市大数据发展中心</p>
  <p>网站标识码：3307820001　<a href="https://beian.miit.gov.cn/">浙ICP备05004766号-1</a>　浙公网安备 33078202000123号</p>
</div></div>
<script>$(function(){ $.get("/module/visitcount/articlehits.jsp?colid=1229526&artid=59731188", function(d){ $("#hits").text($.trim(d)); }); });</script>
</body>
</html>
"""

if __name__ == "__main__":
    lines = open(os.path.join("text", "02.txt"), encoding="utf-8").read().splitlines()
    os.makedirs("docs", exist_ok=True)
    path = os.path.join("docs", NAME)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(HEAD + "\n".join(para(l) for l in lines) + TAIL)
    print(path)
