namespace PolicyExtract.Extraction.Common;

/// <summary>
/// Splits a signature line into body names: names are separated by runs of spaces; a letter-spaced name
/// (无 锡 市 教 育 局) is a run of single characters and is joined back. The line qualifies only if every piece is a name.
/// </summary>
public static class SignatureLine
{
    private static readonly System.Text.RegularExpressions.Regex SecondNameplate = new(
        @"^(?<a>[^()（）]{4,30})[(（](?<b>[^()（）]{4,20})[)）]$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    public static List<(string Name, int Start, int End)> Split(string line, OrgNames orgs)
    {
        var pieces = new List<(string Text, int Start, int End)>();
        for (int i = 0; i < line.Length;)
        {
            while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
            int s = i;
            while (i < line.Length && !char.IsWhiteSpace(line[i])) i++;
            if (i > s) pieces.Add((line[s..i], s, i));
        }
        var names = new List<(string, int, int)>();
        for (int p = 0; p < pieces.Count;)
        {
            if (pieces[p].Text.Length == 1)
            {
                // Letter-spaced: gather the run of single characters.
                int q = p;
                var sb = new System.Text.StringBuilder();
                while (q < pieces.Count && pieces[q].Text.Length == 1)
                    sb.Append(pieces[q++].Text);
                var joined = sb.ToString();
                if (!orgs.IsOrgName(joined)) return [];
                names.Add((joined, pieces[p].Start, pieces[q - 1].End));
                p = q;
                continue;
            }
            if (!orgs.IsOrgName(pieces[p].Text)) return [];
            // A body signing under both its nameplates (宿迁市市场监督管理局（宿迁市知识产权局）) is two issuers.
            var plates = SecondNameplate.Match(pieces[p].Text);
            if (plates.Success && orgs.IsOrgName(plates.Groups["a"].Value) && orgs.IsOrgName(plates.Groups["b"].Value))
            {
                var b = plates.Groups["b"];
                names.Add((plates.Groups["a"].Value, pieces[p].Start, pieces[p].Start + plates.Groups["a"].Length));
                names.Add((b.Value, pieces[p].Start + b.Index, pieces[p].Start + b.Index + b.Length));
            }
            else
                names.Add((pieces[p].Text, pieces[p].Start, pieces[p].End));
            p++;
        }
        return names;
    }
}
