using PolicyExtract.Model;
using PolicyExtract.Readers;
using PolicyExtract.Tests.Support;

namespace PolicyExtract.Tests.Readers;

/// <summary>Reading helpers for reader tests: samples by path, small inputs from bytes.</summary>
public abstract class ReaderTestBase
{
    protected static readonly ReaderSelector Selector = ReaderSelector.CreateDefault();

    protected static PolicyDocument Sample(string relative) =>
        Selector.Read(File.ReadAllBytes(Path.Combine(RepoPaths.Samples, relative)), "samples/" + relative);

    protected static PolicyDocument Read(byte[] bytes, string name) => Selector.Read(bytes, name);

    protected static PolicyDocument ReadHtml(string html) => Selector.Read(new System.Text.UTF8Encoding(false).GetBytes(html), "page.html");

    protected static IEnumerable<string> TextsOf(PolicyDocument doc, BlockKind kind) =>
        doc.Blocks.Where(b => b.Kind == kind).Select(b => doc.Slice(b.Span));
}
