using System.Text;
using PolicyExtract.Model;

namespace PolicyExtract.Readers.Text;

/// <summary>Plain text: one paragraph block per non-empty line; the text is kept line for line.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Text;

    public PolicyDocument Read(ReadOnlyMemory<byte> bytes, string path)
    {
        var span = bytes.Span;
        if (span.Length == 0)
            throw new DocumentReadException("empty file");
        string text;
        string encoding;
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            text = new UTF8Encoding(false, true).GetString(span[3..]);
            encoding = "utf-8";
        }
        else
        {
            text = new UTF8Encoding(false, true).GetString(span);
            encoding = "utf-8";
        }
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        var blocks = new List<Block>();
        int lineNo = 0;
        for (int pos = 0; pos <= text.Length;)
        {
            int nl = text.IndexOf('\n', pos);
            int end = nl < 0 ? text.Length : nl;
            lineNo++;
            if (end > pos && !string.IsNullOrWhiteSpace(text.AsSpan(pos, end - pos).ToString()))
                blocks.Add(new Block { Kind = BlockKind.Paragraph, Span = new TextSpan(pos, end), Locator = $"line {lineNo}" });
            if (nl < 0) break;
            pos = nl + 1;
        }
        var source = new SourceInfo(path, SourceFormat.Text, encoding, SourceFiles.Sha256Hex(span), span.Length);
        return new PolicyDocument { Source = source, Text = text, Blocks = blocks };
    }
}
