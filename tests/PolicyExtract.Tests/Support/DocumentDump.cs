using System.Text;
using PolicyExtract.Model;

namespace PolicyExtract.Tests.Support;

/// <summary>
/// A readable, complete rendering of what a reader produced: source, metadata, headers/footers, and every block
/// with its kind, span, locator and text (table cells one per column, continuations marked ↑). Golden files hold it.
/// </summary>
public static class DocumentDump
{
    public static string Render(PolicyDocument doc)
    {
        var sb = new StringBuilder();
        var s = doc.Source;
        sb.Append($"source: {s.Path} | {s.Format.ToString().ToLowerInvariant()} | {s.Encoding ?? "-"} | {s.Bytes} bytes | sha256 {s.Sha256}\n");
        sb.Append("metadata:\n");
        foreach (var m in doc.Metadata)
            sb.Append($"  {m.Key} [{m.Label}] = {m.Value}{(m.Span is { } sp ? " @" + sp : "")}\n");
        if (doc.HeadersAndFooters.Count > 0)
        {
            sb.Append("headers and footers:\n");
            foreach (var h in doc.HeadersAndFooters)
                sb.Append("  ").Append(h.Replace("\n", " / ")).Append('\n');
        }
        if (doc.ReadWarnings.Count > 0)
        {
            sb.Append("warnings:\n");
            foreach (var w in doc.ReadWarnings)
                sb.Append("  ").Append(w).Append('\n');
        }
        sb.Append("blocks:\n");
        foreach (var b in doc.Blocks)
        {
            sb.Append($"{b.Kind}{(b.Level is int l ? " L" + l : "")} {b.Span} {b.Locator}");
            if (b.NumberingLabel is not null) sb.Append($" label={b.NumberingLabel}");
            if (b.Kind != BlockKind.Table)
            {
                sb.Append(" | ").Append(doc.Slice(b.Span).Replace("\t", "→")).Append('\n');
                continue;
            }
            sb.Append('\n');
            foreach (var row in b.Rows)
            {
                sb.Append("  |");
                foreach (var c in row.Cells)
                {
                    sb.Append(' ');
                    if (c.IsMergedContinuation) sb.Append('↑');
                    if (c.IsHeader) sb.Append('#');
                    if (c.RowSpan > 1 || c.ColSpan > 1) sb.Append($"{{{c.RowSpan}x{c.ColSpan}}}");
                    sb.Append(doc.Slice(c.Span)).Append(" |");
                }
                sb.Append('\n');
            }
        }
        return sb.ToString();
    }
}
