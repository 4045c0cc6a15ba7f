using PolicyExtract.Normalization;
namespace PolicyExtract.Tests.Normalization;
public class ScratchDump
{
    [Test, Explicit]
    public void Dump()
    {
        var t = File.ReadAllText("/tmp/synthetic.txt");
        var sb = new System.Text.StringBuilder();
        foreach (var p in PeriodNormalizer.FindAll(t, new DateOnly(2021, 5, 10))) sb.AppendLine($"P {p.KindName} {p.StartIso} {p.EndIso} [{p.Text}]");
        foreach (var q in QuantityParser.FindAll(t)) sb.AppendLine($"Q {q.Kind} {q.Value} {q.Min}-{q.Max} {q.Unit} {q.ComparatorName} [{q.Text}]");
        foreach (var d in DateNormalizer.FindAll(t)) sb.AppendLine($"D {d.Date.Iso} {d.Text}");
        File.WriteAllText("/tmp/norm-dump.txt", sb.ToString());
    }
}
