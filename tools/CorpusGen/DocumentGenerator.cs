using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicyExtract.CorpusGen;

/// <summary>A generated file: its extension and bytes.</summary>
public sealed record GeneratedDocument(string Extension, byte[] Bytes);

/// <summary>What a generated document says about itself, for the metadata block of a web page.</summary>
public sealed record DocumentFacts(string Title, string City, string Issuer, string DocumentNumber, DateOnly Written, DateOnly Published, string IndexNumber);

/// <summary>Turns the source texts into varied documents; document i is a pure function of (seed, i).</summary>
public sealed partial class DocumentGenerator
{
    private static readonly string[] Cities = ["苏州", "常州", "南通", "扬州", "镇江", "泰州", "徐州", "盐城", "淮安", "宿迁", "连云港", "嘉兴", "湖州", "绍兴", "金华", "台州", "芜湖", "蚌埠", "洛阳", "襄阳"];
    private static readonly string[] Counties = ["闻喜", "绛县", "夏县", "平陆", "芮城", "临猗", "万荣", "新绛", "垣曲", "永济", "昆山", "太仓", "常熟", "张家港", "宜兴", "溧阳", "海门", "启东", "如皋", "泰兴"];
    private static readonly string[] Agencies = ["政发", "政办发", "教发", "人社发", "发改发", "财教"];
    private static readonly string[] IssuerSuffixes = ["人民政府", "人民政府办公室", "教育局", "人力资源和社会保障局"];
    private static readonly string[] Units = ["教育局", "人社局", "财政局", "发改委", "工信局", "农业农村局", "科技局", "税务局", "自然资源局", "总工会", "团委", "文旅局"];

    // One pass over the text, longest constructs first, so a date is never also read as a plain number.
    [GeneratedRegex(@"(?<docno>(?<agency>\p{IsCJKUnifiedIdeographs}{1,8})〔(?<year>\d{4})〕(?<serial>\d{1,4})号)|(?<date>(?<y>\d{4})年(?<m>\d{1,2})月(?<d>\d{1,2})日)|(?<iso>(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2}))|(?<num>\d+(?:\.\d+)?)(?=\s*(?:个|%|％|所|万|亿|名|家|门|项|人|次|倍|支|座|种))")]
    private static partial Regex Perturbable();

    [GeneratedRegex(@"^\s*(?:\d+|[（(]?[一二三四五六七八九十]+[)）]?)[.．、]\s*(?<task>[^。；]{6,60})")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"[（(]责任单位[:：]\s*(?<units>[^）)]+)[）)]")]
    private static partial Regex ResponsibleUnits();

    private readonly string[][] _sources;
    private readonly int _seed;

    public DocumentGenerator(IReadOnlyList<string> texts, int seed)
    {
        _sources = texts.Select(t => t.Replace("\r\n", "\n").Split('\n')).ToArray();
        _seed = seed;
    }

    public GeneratedDocument Generate(int index)
    {
        // HashCode is randomized per process; this mix is fixed, so the corpus is the same on every run and machine.
        var rng = new Random(unchecked(_seed * 486187739 + index * 16777619 + 12345));
        int sourceIndex = rng.Next(_sources.Length);
        var city = Pick(rng, Cities);
        var county = Pick(rng, Counties);
        int dayShift = rng.Next(-900, 900);

        var lines = SelectLines(rng, sourceIndex);
        var perturbed = lines.Select(l => Perturb(l, rng, city, county, dayShift)).ToList();
        var facts = Facts(rng, perturbed, city, dayShift);

        // The mix of a typical download: mostly web pages and text, a quarter Word files.
        int kind = rng.Next(100);
        if (kind < 40)
            return new GeneratedDocument(".html", HtmlPage.Build(rng, facts, perturbed));
        if (kind < 75)
            return new GeneratedDocument(".txt", TextFile(rng, perturbed));
        var tasks = Tasks(rng, perturbed, city);
        return new GeneratedDocument(".docx", DocxFile.Build(facts, perturbed, tasks));
    }

    /// <summary>The source lines, some body paragraphs dropped and sometimes another document appended, for a spread of sizes.</summary>
    private List<string> SelectLines(Random rng, int sourceIndex)
    {
        var source = _sources[sourceIndex];
        double drop = rng.NextDouble() * 0.4;
        var lines = new List<string>(source.Length * 2);
        for (int i = 0; i < source.Length; i++)
            if (i < 15 || rng.NextDouble() >= drop)
                lines.Add(source[i]);
        if (rng.Next(4) == 0)
        {
            var other = _sources[(sourceIndex + 1 + rng.Next(_sources.Length - 1 > 0 ? _sources.Length - 1 : 1)) % _sources.Length];
            lines.Add("");
            lines.Add("附件");
            lines.AddRange(other.Skip(15));
        }
        return lines;
    }

    private static string Perturb(string line, Random rng, string city, string county, int dayShift)
    {
        var text = line.Replace("无锡", city).Replace("江阴", county).Replace("稷山", county).Replace("运城", city);
        return Perturbable().Replace(text, m =>
        {
            if (m.Groups["docno"].Success)
            {
                var agency = m.Groups["agency"].Value;
                int year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) + (int)Math.Round(dayShift / 365.0);
                return $"{agency}〔{year}〕{rng.Next(1, 160)}号";
            }
            if (m.Groups["date"].Success)
                return ShiftDate(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value, dayShift, iso: false) ?? m.Value;
            if (m.Groups["iso"].Success)
                return ShiftDate(m.Groups["iy"].Value, m.Groups["im"].Value, m.Groups["id"].Value, dayShift, iso: true) ?? m.Value;
            var number = m.Groups["num"].Value;
            double value = double.Parse(number, CultureInfo.InvariantCulture) * (0.5 + rng.NextDouble() * 1.1);
            bool isInteger = !number.Contains('.');
            return isInteger
                ? Math.Max(1, (long)Math.Round(value)).ToString(CultureInfo.InvariantCulture)
                : value.ToString("F1", CultureInfo.InvariantCulture);
        });
    }

    private static string? ShiftDate(string y, string m, string d, int dayShift, bool iso)
    {
        if (!DateOnly.TryParseExact($"{y}-{int.Parse(m, CultureInfo.InvariantCulture):D2}-{int.Parse(d, CultureInfo.InvariantCulture):D2}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return null;
        var shifted = date.AddDays(dayShift);
        return iso ? shifted.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : $"{shifted.Year}年{shifted.Month}月{shifted.Day}日";
    }

    private static DocumentFacts Facts(Random rng, List<string> lines, string city, int dayShift)
    {
        var title = Title(lines);
        var written = new DateOnly(2020, 10, 22).AddDays(dayShift);
        var published = written.AddDays(rng.Next(0, 15));
        var issuer = city + "市" + Pick(rng, IssuerSuffixes);
        var number = $"{city[0]}{Pick(rng, Agencies)}〔{written.Year}〕{rng.Next(1, 160)}号";
        var index = $"{rng.Next(10_000_000, 99_999_999):D9}/{written.Year}-{rng.Next(1, 99999):D5}";
        return new DocumentFacts(title, city, issuer, number, written, published, index);
    }

    /// <summary>The first line with 关于, joined with the lines after it when the title wraps (as in a printed document).</summary>
    private static string Title(List<string> lines)
    {
        static bool Ends(string l) => l.EndsWith("通知", StringComparison.Ordinal) || l.EndsWith("意见", StringComparison.Ordinal)
            || l.EndsWith("方案", StringComparison.Ordinal) || l.EndsWith("计划", StringComparison.Ordinal) || l.EndsWith("办法", StringComparison.Ordinal);
        for (int i = 0; i < lines.Count; i++)
        {
            var first = lines[i].Trim();
            if (first.Length is < 6 or > 90 || !first.Contains("关于", StringComparison.Ordinal))
                continue;
            var title = first;
            for (int j = i + 1; !Ends(title) && j < lines.Count && j <= i + 3 && lines[j].Trim().Length > 0; j++)
                title += lines[j].Trim();
            return title;
        }
        return lines.First(l => l.Trim().Length > 0).Trim();
    }

    private static byte[] TextFile(Random rng, List<string> lines)
    {
        // Files saved on Windows keep CRLF; some tools add a BOM.
        var newline = rng.Next(3) == 0 ? "\r\n" : "\n";
        var text = string.Join(newline, lines) + newline;
        var body = Encoding.UTF8.GetBytes(text);
        return rng.Next(4) == 0 ? [0xEF, 0xBB, 0xBF, .. body] : body;
    }

    /// <summary>Rows for a task table: the numbered items of the text, with their responsible units when the text names them.</summary>
    private static List<(string Task, string Units, string Year)> Tasks(Random rng, List<string> lines, string city)
    {
        var tasks = new List<(string, string, string)>();
        foreach (var line in lines)
        {
            var m = NumberedItem().Match(line);
            if (!m.Success)
                continue;
            var named = ResponsibleUnits().Match(line);
            var units = named.Success
                ? named.Groups["units"].Value.Trim()
                : string.Join("、", Enumerable.Range(0, rng.Next(1, 4)).Select(_ => $"{city}市{Pick(rng, Units)}").Distinct());
            tasks.Add((m.Groups["task"].Value.Trim(), units, $"{2021 + rng.Next(5)}年"));
            if (tasks.Count == 30)
                break;
        }
        return tasks;
    }

    internal static T Pick<T>(Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];
}
