using System.Text;

namespace PolicyExtract.Readers.Doc;

/// <summary>How a unit of story text ended.</summary>
internal enum UnitEnd
{
    /// <summary>A paragraph mark (0x0D), or a page/section break (0x0C), which also ends the paragraph.</summary>
    Paragraph,

    /// <summary>A cell mark (0x07): the end of a table cell or, with fTtp, of a table row.</summary>
    Cell,

    /// <summary>The story ran out without a mark.</summary>
    StoryEnd,
}

/// <summary>One paragraph's visible text, the CP range it came from and the CP of its mark (for its properties).</summary>
internal sealed record TextUnit(string Text, int CpStart, int MarkCp, UnitEnd End);

/// <summary>
/// Turns the raw characters of a story into paragraph units: fields are reduced to their results
/// (begin 0x13, separator 0x14, end 0x15; nested fields keep only what is visible at every level),
/// object anchors and other control characters are dropped, line breaks (0x0B) become <see cref="BlockBuilder.LineBreak"/>.
/// </summary>
internal static class StoryText
{
    /// <param name="raw">The story's characters as stored.</param>
    /// <param name="cpOffset">CP of the first character of <paramref name="raw"/>.</param>
    /// <param name="deleted">Tells, by CP, which characters are tracked deletions; they are skipped entirely,
    /// marks included, so a deleted paragraph mark joins its paragraph to the next, as Word shows it.</param>
    public static List<TextUnit> Split(string raw, int cpOffset, Func<int, bool>? deleted = null)
    {
        var units = new List<TextUnit>();
        var sb = new StringBuilder();
        // One entry per open field: false while in its code, true once past its separator.
        var fields = new List<bool>();
        int hiddenDepth = 0; // number of open fields still in their code
        int start = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            char c = raw[i];
            if (deleted is not null && deleted(cpOffset + i))
                continue;
            switch (c)
            {
                case '\u0013':
                    fields.Add(false);
                    hiddenDepth++;
                    continue;
                case '\u0014':
                    if (fields.Count > 0 && !fields[^1])
                    {
                        fields[^1] = true;
                        hiddenDepth--;
                    }
                    continue;
                case '\u0015':
                    if (fields.Count > 0)
                    {
                        if (!fields[^1]) hiddenDepth--;
                        fields.RemoveAt(fields.Count - 1);
                    }
                    continue;
                case '\r':
                case '\u000C':
                case '\u0007':
                    // Marks end the paragraph even inside a field: the paragraph structure is not the field's.
                    units.Add(new TextUnit(sb.ToString(), cpOffset + start, cpOffset + i, c == '\u0007' ? UnitEnd.Cell : UnitEnd.Paragraph));
                    sb.Clear();
                    start = i + 1;
                    continue;
            }
            if (hiddenDepth > 0)
                continue;
            switch (c)
            {
                case '\u000B': sb.Append(BlockBuilder.LineBreak); break;
                case '\t': sb.Append('\t'); break;
                case '\u001E': sb.Append('-'); break; // non-breaking hyphen
                case < ' ': break; // 0x01 picture, 0x08 drawn object, 0x02 footnote reference, 0x05 annotation, 0x1F optional hyphen…
                default: sb.Append(c); break;
            }
        }
        if (sb.Length > 0)
            units.Add(new TextUnit(sb.ToString(), cpOffset + start, cpOffset + raw.Length, UnitEnd.StoryEnd));
        return units;
    }
}
