using PolicyExtract.Model;

namespace PolicyExtract.Readers.Text;

/// <summary>
/// Plain text: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, GB18030 when the bytes are not valid UTF-8.
/// Line breaks become '\n'; every other character is kept, so tab-laid tables exported from Word stay as they are.
/// One paragraph block per non-blank line, located by its 1-based line number. Text laid out at a fixed width (copied from
/// a PDF) is first joined back into paragraphs (<see cref="HardWrap"/>); its blocks then name the source lines they span.
/// </summary>
public sealed class PlainTextReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Text;

    public PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path)
    {
        var span = bytes.Span;
        if (span.Length == 0)
            throw new DocumentReadException("empty file");
        var (decoded, encoding) = TextDecoding.DecodeUndeclared(span);
        var text = decoded.Replace("\r\n", "\n").Replace('\r', '\n');
        if (string.IsNullOrWhiteSpace(text))
            throw new DocumentReadException("empty file (whitespace only)");
        // Hard-wrapped text (copied from a PDF) is joined back into paragraphs; each block still names its source lines.
        var reflowed = HardWrap.Reflow(text);
        if (reflowed is { } r) text = r.Text;
        var blocks = new List<Block>();
        int lineNo = 0;
        for (int pos = 0; pos <= text.Length;)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            lineNo++;
            var locator = reflowed is { } rr && rr.Lines[lineNo - 1] is var range && range.Last > range.First
                ? $"lines {range.First}-{range.Last}"
                : $"line {(reflowed is { } r2 ? r2.Lines[lineNo - 1].First : lineNo)}";
            if (end > pos && !string.IsNullOrWhiteSpace(text.AsSpan(pos, end - pos).ToString()))
                blocks.Add(new Block { Kind = BlockKind.Paragraph, Span = new TextSpan(pos, end), Locator = locator });
            if (nl < 0) break;
            pos = nl + 1;
        }
        var source = new SourceInfo(path, SourceFormat.Text, encoding, SourceFiles.Sha256Hex(span), span.Length);
        return new PolicyDocument { Source = source, Text = text, Blocks = blocks };
    }
}
