using PolicyExtract.Normalization;
using PolicyExtract.Rules.Gazetteers;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Gazetteers;

public class GazetteerLoadTests
{
    private string _dir = null!;

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "pe-gaz-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(_dir, "gazetteers"));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private void Write(string relative, string text) => File.WriteAllText(Path.Combine(_dir, relative), text);

    [Test]
    public void ShippedFilesOnDisk_LoadWithoutErrors_AndMatchEmbedded()
    {
        var fromDisk = GazetteerSet.Load([RepoPaths.Rules], includeShipped: false);
        Assert.That(fromDisk.Agencies.Codes, Has.Count.EqualTo(GazetteerSet.Shipped.Agencies.Codes.Count));
        Assert.That(fromDisk.Units.Units, Has.Count.EqualTo(UnitTable.Default.Units.Count));
        Assert.That(fromDisk.Jurisdictions.Provinces, Has.Count.EqualTo(34));
        Assert.That(fromDisk.ResolveAgency("苏政发")!.Body, Is.EqualTo("江苏省人民政府"));
        Assert.That(fromDisk.Periods, Is.EqualTo(PeriodVocabulary.Default).Using<PeriodVocabulary>((a, b) =>
            a.OngoingPhrases.SequenceEqual(b.OngoingPhrases) && a.Recurrences.Count == b.Recurrences.Count && a.RelativeYears.Count == b.RelativeYears.Count));
    }

    [Test]
    public void UserDirectory_MergesOverShipped()
    {
        Write("gazetteers/agency-codes.yaml", "codes:\n  - {code: 澄政办发, body: 江阴市人民政府办公室}\n  - {code: 蒙政发, body: 内蒙古自治区人民政府}\n");
        Write("gazetteers/org-abbreviations.yaml", "abbreviations:\n  - {short: 大数据局, full: 大数据发展管理局}\n");
        Write("units.yaml", "units:\n  - {name: 枚, class: count}\n");
        Write("gazetteers/periods.yaml", "ongoing: [久久为功]\nrelative-years:\n  前年: -2\n");
        var g = GazetteerSet.Load([_dir]);
        var reference = new DateOnly(2021, 4, 28);
        Assert.That(PeriodNormalizer.FindAll("久久为功", reference, g.Periods).Single().Kind, Is.EqualTo(PeriodKind.Ongoing));
        Assert.That(PeriodNormalizer.FindAll("持续推进", reference, g.Periods).Single().Kind, Is.EqualTo(PeriodKind.Ongoing), "shipped words stay");
        Assert.That(PeriodNormalizer.FindAll("截至前年底", reference, g.Periods).Single().EndIso, Is.EqualTo("2019-12-31"));
        Assert.That(g.ResolveAgency("澄政办发")!.Body, Is.EqualTo("江阴市人民政府办公室"));
        Assert.That(g.ResolveAgency("蒙政发")!.Uncertain, Is.False, "a user's entry replaces the shipped one");
        Assert.That(g.ResolveAgency("国发")!.Body, Is.EqualTo("国务院"), "shipped entries stay");
        Assert.That(g.NormalizeOrg("大数据局", new Jurisdiction(City: "某市")), Is.EqualTo("某市大数据发展管理局"));
        Assert.That(QuantityParser.TryParse("3枚", out var q, g.Units) && q.Unit == "枚", Is.True);
    }

    [Test]
    public void BrokenYaml_ReportsFileLineColumnAndCode()
    {
        Write("gazetteers/agency-codes.yaml", "codes:\n  - {code: 国发, body: 国务院}\n  - {code: 国办发, body: [unclosed\n");
        var e = Assert.Throws<GazetteerLoadException>(() => GazetteerSet.Load([_dir]))!;
        Assert.That(e.Errors, Has.Count.EqualTo(1));
        var err = e.Errors[0];
        Assert.That(err.File, Does.EndWith(Path.Combine("gazetteers", "agency-codes.yaml")));
        Assert.That(err.Code, Is.EqualTo("PE301"));
        Assert.That(err.Line, Is.EqualTo(4));
        Assert.That(err.ToString(), Does.Match(@"agency-codes\.yaml:4:\d+: \[PE301\] "));
    }

    [Test]
    public void InvalidEntries_AllReportedAtOnce_AcrossFiles()
    {
        Write("gazetteers/agency-codes.yaml", "codes:\n  - {code: 国发}\n  - {code: 国办发, body: 国务院办公厅, uncertian: true}\n");
        Write("gazetteers/org-abbreviations.yaml", "levels:\n  县: village\n");
        Write("gazetteers/periods.yaml", "relative-years:\n  次年: one\n");
        Write("units.yaml", "units:\n  - {name: 个, class: count}\n  - {name: 亩, class: areas}\n  - {name: 个, class: count}\ncomparators:\n  after:\n    以上: more\n");
        var e = Assert.Throws<GazetteerLoadException>(() => GazetteerSet.Load([_dir]))!;
        var lines = e.Errors.Select(x => $"{Path.GetFileName(x.File)}:{x.Line}:{x.Column}: [{x.Code}]").ToList();
        Assert.That(lines, Is.EquivalentTo(new[]
        {
            "agency-codes.yaml:2:5: [PE303]",  // missing body
            "agency-codes.yaml:3:31: [PE306]", // unknown key (typo); columns count characters
            "org-abbreviations.yaml:2:6: [PE304]", // unknown level
            "periods.yaml:2:7: [PE304]",  // offset not a number
            "units.yaml:3:22: [PE304]",  // unknown class
            "units.yaml:4:12: [PE305]",  // duplicate
            "units.yaml:7:9: [PE304]",   // unknown comparator
        }), string.Join("\n", e.Errors));
        Assert.That(e.Message, Does.Contain("unknown unit class 'areas'"));
    }

    [Test]
    public void WrongShape_IsReported()
    {
        Write("gazetteers/jurisdictions.yaml", "- just\n- a list\n");
        var e = Assert.Throws<GazetteerLoadException>(() => GazetteerSet.Load([_dir]))!;
        Assert.That(e.Errors.Single().Code, Is.EqualTo("PE302"));
        Assert.That((e.Errors[0].Line, e.Errors[0].Column), Is.EqualTo((1, 1)));
    }

    [Test]
    public void MissingDirectory_MeansNoUserEntries()
    {
        var g = GazetteerSet.Load([Path.Combine(_dir, "nope")]);
        Assert.That(g.Agencies.Codes, Has.Count.EqualTo(GazetteerSet.Shipped.Agencies.Codes.Count));
    }
}
